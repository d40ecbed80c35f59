#pragma once

#include "cli/commands/DocumentCommand.h"

// batch FILE|-: sends a batch document ({"requests":[...]}), checked against the server's mount first.
class BatchCommand final : public DocumentCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCommand)

public:
    using DocumentCommand::DocumentCommand;
    static QList<QCommandLineOption> options();
    void run() override;
};
