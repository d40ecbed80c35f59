#pragma once

#include "core/data/LogCursor.h"
#include "core/net/AdminRequest.h"
#include "core/net/ParseResult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ParseClient;

// Following a server's log (/scriptlog) as the Logs pane and `parsedesk-cli logs --follow` do: after the
// first page (its entries pass the same LogCursor), a poll every kIntervalMs asks for up to a page of 1000
// entries from the newest one seen on, and arrived() brings only the entries not seen before, never an
// empty list. More than a page meanwhile: the rest is asked at once.
class LogFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFollower)

public:
    static constexpr int kIntervalMs = 2000;

    explicit LogFollower(QObject *parent = nullptr);

    // Starts over for another read of the log: nothing seen, replies of earlier polls dropped, and no poll
    // until firstPage() (its reply could bring older entries than a poll meanwhile). Following, if on,
    // goes on; null client: no polls.
    void restart(ParseClient *client, AdminRequest::LogLevel level, const QDateTime &since);
    // The first read's entries that are new, oldest first; polls may run from now on. Polls start at
    // `since` until an entry is seen.
    QList<QJsonObject> firstPage(const QJsonArray &page);
    void setFollowing(bool follow);
    bool isFollowing() const { return m_timer.isActive(); }

Q_SIGNALS:
    // New entries, oldest first.
    void arrived(const QList<QJsonObject> &entries);
    // A poll finished, well or not (then result.error says why; following goes on).
    void polled(const ParseResult &result);

private:
    void poll();

    QPointer<ParseClient> m_client;
    AdminRequest::LogLevel m_level = AdminRequest::LogLevel::Info;
    QDateTime m_since;
    LogCursor m_cursor;
    QTimer m_timer;
    quint64 m_generation = 0; // replies for an earlier restart are dropped
    bool m_ready = false;     // the first page is in
    bool m_polling = false;
};
