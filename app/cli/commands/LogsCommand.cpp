#include "cli/commands/LogsCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/data/JsonText.h"
#include "core/net/ParseClient.h"

#include <QTimer>

namespace {
constexpr int kFollowIntervalMs = 2000;
// A followed log is read in pages this large, whatever --size says: a page is the entries from the newest
// printed on, and one smaller than the entries sharing that timestamp would never get past them.
constexpr int kFollowPage = 1000;
} // namespace

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
    m_started = now;
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
    // The newest entries of the window (the server's order), printed oldest first.
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
        print(r.json.toArray());
        if (!follow) {
            m_app.succeed({});
            return;
        }
        auto *timer = new QTimer(this);
        timer->setInterval(kFollowIntervalMs);
        connect(timer, &QTimer::timeout, this, &LogsCommand::poll);
        timer->start();
    });
}

void LogsCommand::poll()
{
    // From the newest entry printed, inclusive: LogCursor drops the ones printed already.
    const QDateTime from = m_cursor.from().isValid() ? m_cursor.from() : m_started;
    ParseRequest request = AdminRequest::scriptLog(m_level, from, {}, kFollowPage, true);
    request.priority = ParseRequest::Priority::Background;
    connect(m_app.client()->send(request), &ParseReply::finished, this, [this](const ParseResult &r) {
        // A failed poll is said once per failure and the follow goes on.
        if (!r.ok()) {
            CliOutput::writeErr(r.error.describe());
            return;
        }
        print(r.json.toArray());
        if (r.json.toArray().size() >= kFollowPage)
            poll(); // more than a page came meanwhile: the rest at once
    });
}

void LogsCommand::print(const QJsonArray &page)
{
    QByteArray out;
    for (const QJsonObject &entry : m_cursor.take(page))
        out += JsonText::compact(entry).toUtf8() + '\n';
    if (!out.isEmpty())
        CliOutput::writeOut(out);
}
