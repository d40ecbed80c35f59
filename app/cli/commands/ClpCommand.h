#pragma once

#include "cli/CliCommand.h"

class ClassPermissions;

// clp CLASS [--set FILE|-]: prints a class's classLevelPermissions, or replaces them with a file's
// (checked as the server would check them, against the class's fields, before anything is sent) and
// prints what the server then holds.
class ClpCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClpCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    bool readsStandardInput() const override;
    void run() override;

private:
    void replace(const QString &className, const ClassPermissions &permissions);
};
