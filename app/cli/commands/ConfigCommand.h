#pragma once

#include "cli/CliCommand.h"

// config [get NAME | set NAME JSON [--master-only] | delete NAME]: Parse Config. A save reads /config
// first (ConfigSave) and goes through the profile's undo journal.
class ConfigCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;

private:
    void save(const QString &verb, const QString &name, const std::optional<QJsonValue> &value);
};
