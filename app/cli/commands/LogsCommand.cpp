#include "cli/commands/LogsCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/data/JsonText.h"
#include "core/data/LogCursor.h"
#include "core/net/ParseClient.h"

QList<QCommandLineOption> LogsCommand::options()
{
    return {
        {QStringLiteral("level"), QStringLiteral("logs: info (default: every entry) or error."),
         QStringLiteral("LEVEL")},
        {QStringLiteral("since"), QStringLiteral("logs: from this time: ISO 8601, or -30s, -10m, -2h, -1d."),
         QStringLiteral("TIME")},
        {QStringLiteral("until"), QStringLiteral("logs: up to this time (same forms as --since)."),
         QStringLiteral("TIME")},
        {QStringLiteral("size"), QStringLiteral("logs: the newest N entries, 1 to 10000 (default 10)."),
         QStringLiteral("N")},
        {QStringLiteral("follow"), QStringLiteral("logs: then print new entries as they come (every 2 s).")}};
}

void LogsCommand::run()
{
    if (m_app.positional().size() != 1) {
        m_app.fail(CliApp::UsageError, QStringLiteral("logs takes no arguments, only flags (see --help)"));
        return;
    }
    const QString level = m_app.parser().value(QStringLiteral("level"));
    if (level == QLatin1String("error"))
        m_level = AdminRequest::LogLevel::Error;
    else if (!level.isEmpty() && level != QLatin1String("info")) {
        m_app.fail(CliApp::UsageError, QStringLiteral("--level: '%1' is not info or error").arg(level));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime times[2];
    const char *const flags[2] = {"since", "until"};
    for (int i = 0; i < 2; ++i) {
        const QString flag = QString::fromLatin1(flags[i]);
        if (!m_app.parser().isSet(flag))
            continue;
        const std::optional<QDateTime> time = LogCursor::parseTime(m_app.parser().value(flag), now);
        if (!time) {
            m_app.fail(CliApp::UsageError,
                       QStringLiteral("--%1: '%2' is not an ISO 8601 time or -N followed by s, m, h or d")
                           .arg(flag, m_app.parser().value(flag)));
            return;
        }
        times[i] = *time;
    }
    const bool follow = m_app.parser().isSet(QStringLiteral("follow"));
    if (follow && times[1].isValid()) {
        m_app.fail(CliApp::UsageError, QStringLiteral("--follow and --until: a followed log has no end"));
        return;
    }
    const std::optional<double> size = m_app.numberOption(QStringLiteral("size"), 10, 1, 10000, true);
    if (!size)
        return;
    // The newest entries of the window (the server's order), printed oldest first; following goes on from
    // now when the window was empty.
    m_follower.restart(m_app.client(), m_level, now);
    connect(&m_follower, &LogFollower::arrived, this, &LogsCommand::print);
    connect(&m_follower, &LogFollower::polled, this, [](const ParseResult &r) {
        // A failed poll is said once per failure and the follow goes on.
        if (!r.ok())
            CliOutput::writeErr(r.error.describe());
    });
    const ParseRequest first = AdminRequest::scriptLog(m_level, times[0], times[1], int(*size), false);
    connect(m_app.client()->send(first), &ParseReply::finished, this, [this, follow](const ParseResult &r) {
        if (!r.ok()) {
            ParseResult explained = r;
            if (r.httpStatus >= 500)
                explained.error.message += QStringLiteral(
                    " (Parse Server reads its log only from its file logger, logsFolder: a server without "
                    "one cannot answer /scriptlog)");
            m_app.failWith(explained);
            return;
        }
        print(m_follower.firstPage(r.json.toArray()));
        if (follow)
            m_follower.setFollowing(true);
        else
            m_app.succeed({});
    });
}

void LogsCommand::print(const QList<QJsonObject> &entries)
{
    QByteArray out;
    for (const QJsonObject &entry : entries)
        out += JsonText::compact(entry).toUtf8() + '\n';
    if (!out.isEmpty())
        CliOutput::writeOut(out);
}
