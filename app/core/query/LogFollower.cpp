#include "core/query/LogFollower.h"

#include "core/net/ParseClient.h"

namespace {
// Polls read pages this large, whatever size the first read had: a page is the entries from the newest
// seen on, and one smaller than the entries sharing that timestamp would never get past them.
constexpr int kPage = 1000;
} // namespace

LogFollower::LogFollower(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LogFollower::poll);
}

void LogFollower::restart(ParseClient *client, AdminRequest::LogLevel level, const QDateTime &since)
{
    ++m_generation;
    m_client = client;
    m_level = level;
    m_since = since;
    m_cursor = LogCursor();
    m_ready = false;
    m_polling = false;
    if (!client)
        m_timer.stop();
}

QList<QJsonObject> LogFollower::firstPage(const QJsonArray &page)
{
    m_ready = true;
    return m_cursor.take(page);
}

void LogFollower::setFollowing(bool follow)
{
    if (follow && m_client)
        m_timer.start();
    else
        m_timer.stop();
}

void LogFollower::poll()
{
    if (!m_client || !m_ready || m_polling)
        return;
    m_polling = true;
    const quint64 generation = m_generation;
    // From the newest entry seen, inclusive: LogCursor drops the ones seen already.
    const QDateTime from = m_cursor.from().isValid() ? m_cursor.from() : m_since;
    ParseRequest request = AdminRequest::scriptLog(m_level, from, {}, kPage, true);
    request.priority = ParseRequest::Priority::Background;
    connect(m_client->send(request), &ParseReply::finished, this, [this, generation](const ParseResult &r) {
        if (generation != m_generation)
            return;
        m_polling = false;
        if (r.ok()) {
            const QList<QJsonObject> fresh = m_cursor.take(r.json.toArray());
            if (!fresh.isEmpty())
                Q_EMIT arrived(fresh);
        }
        Q_EMIT polled(r);
        if (r.ok() && r.json.toArray().size() >= kPage)
            poll(); // more than a page came meanwhile: the rest at once
    });
}
