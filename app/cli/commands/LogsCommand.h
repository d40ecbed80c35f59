#pragma once

#include "cli/CliCommand.h"
#include "core/net/AdminRequest.h"
#include "core/query/LogFollower.h"

// logs [--level info|error] [--since ISO|-10m] [--until ISO] [--size N] [--follow]: the server's log
// (/scriptlog), one JSON object per line, oldest first: the newest N entries of the window, then, with
// --follow, every new entry as it comes (LogFollower: polled, nothing printed twice).
class LogsCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogsCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;

private:
    void print(const QList<QJsonObject> &entries);

    LogFollower m_follower;
    AdminRequest::LogLevel m_level = AdminRequest::LogLevel::Info;
};
