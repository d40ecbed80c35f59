#pragma once

#include "cli/CliCommand.h"
#include "core/data/LogCursor.h"
#include "core/net/AdminRequest.h"

class QTimer;

// logs [--level info|error] [--since ISO|-10m] [--until ISO] [--size N] [--follow]: the server's log
// (/scriptlog), one JSON object per line, oldest first: the newest N entries of the window, then, with
// --follow, every new entry as it comes (polled; LogCursor keeps out what was printed).
class LogsCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogsCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;

private:
    void poll();
    void print(const QJsonArray &page);

    LogCursor m_cursor;
    AdminRequest::LogLevel m_level = AdminRequest::LogLevel::Info;
    QDateTime m_started; // where following starts when the first page was empty
};
