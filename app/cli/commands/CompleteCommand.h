#pragma once

#include "cli/CliCommand.h"

// complete profiles|classes: the words the shell completion (completions/) cannot take from --help, one a
// line: the saved profiles' names (no server asked), or the class names of the connection (--profile NAME,
// one /schemas request; the completion gives it a short --timeout and drops standard error).
class CompleteCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompleteCommand)

public:
    using CliCommand::CliCommand;
    bool needsConnection() const override;
    void run() override;
};
