#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

// Following a server log (/scriptlog) by polling: each poll asks from the newest timestamp seen, inclusive
// (entries in the same millisecond may arrive in different polls), and take() lets through only entries not
// seen before, oldest first. Nothing new: nothing taken, so a view need not change.
class LogCursor
{
public:
    // The entries of a reply (in either order) that were not taken before, oldest first.
    QList<QJsonObject> take(const QJsonArray &page);
    // Where the next poll starts (invalid before anything was taken).
    QDateTime from() const { return m_last; }

    // An entry's time ("timestamp", ISO 8601 UTC).
    static QDateTime timeOf(const QJsonObject &entry);
    // --since: an ISO 8601 time, or a time before now: -30s, -10m, -2h, -1d (nullopt: neither).
    static std::optional<QDateTime> parseTime(const QString &text, const QDateTime &now);

private:
    QDateTime m_last;
    QSet<QByteArray> m_atLast; // the entries with timestamp m_last, as compact JSON
};
