#pragma once

#include "cli/CliCommand.h"

// schema [CLASS]: every class with its field count and exact object count, or one class's fields.
class SchemaCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaCommand)

public:
    using CliCommand::CliCommand;
    void run() override;
};
