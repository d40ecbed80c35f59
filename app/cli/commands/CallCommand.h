#pragma once

#include "cli/CliCommand.h"

// call FUNCTION: runs a Cloud Code function and prints its result.
class CallCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;
};
