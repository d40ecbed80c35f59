#pragma once

#include "cli/CliCommand.h"

// export CLASS FILE|-: every object a query matches, paged by cursor, as JSON or typed CSV.
class ExportCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;
};
