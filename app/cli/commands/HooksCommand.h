#pragma once

#include "cli/CliCommand.h"

// hooks: the server's function and trigger webhooks, {"functions":[...],"triggers":[...]}.
class HooksCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HooksCommand)

public:
    using CliCommand::CliCommand;
    void run() override;
};
