#pragma once

#include "cli/CliCommand.h"

// watch CLASS: keeps a query current (polling or LiveQuery) and writes a snapshot, then one JSON line
// per change, until interrupted.
class WatchCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;
};
