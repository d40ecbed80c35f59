#pragma once

#include "cli/commands/DocumentCommand.h"

// import CLASS FILE|-: creates an object per item of a JSON array or row of a CSV file, in batches.
class ImportCommand final : public DocumentCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCommand)

public:
    using DocumentCommand::DocumentCommand;
    static QList<QCommandLineOption> options();
    void run() override;
};
