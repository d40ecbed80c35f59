#pragma once

#include "cli/CliCommand.h"

// query CLASS: the objects a find returns, written out row by row as they are formatted.
class QueryCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;
};
