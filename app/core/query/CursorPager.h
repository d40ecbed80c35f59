#pragma once

#include "core/data/QueryOptions.h"

#include <QJsonObject>
#include <QString>

// Pages through a class by cursor: the sort key, then objectId as the tie-breaker, never by a growing skip
// (objects created by one batch share createdAt, and skip paging over them repeats and drops rows).
// Objects missing the sort key come last ascending and first descending, as Postgres orders them, and are
// paged by objectId alone in a phase of their own. A page shorter than asked is not the end: a server's
// maxLimit silently clamps every page, so only an empty page (or a known total reached) ends a phase.
class CursorPager
{
public:
    // key: a field of type String, Number, Boolean or Date (or objectId); descending sorts "-key".
    CursorPager(QJsonObject where, QString key, bool descending, bool keyIsDate, int pageSize);

    // The where and order for the next page; call advance() with the page's rows afterwards.
    QJsonObject nextWhere() const;
    QString order() const;
    // Both, with the page size as limit: the next page's find.
    QueryOptions nextQuery() const;
    // How many objects there are when the caller knows it exactly (objects asked for by id): reading
    // that many ends the paging without the empty page that otherwise proves the end.
    void setKnownTotal(qint64 total) { m_knownTotal = total; }
    // Moves the cursor past a page; returns false once everything has been read.
    bool advance(const QJsonArray &page);
    // The same for a page of `count` rows whose last row is `last` (rows kept other than as a QJsonArray).
    bool advance(qsizetype count, const QJsonObject &last);
    bool atEnd() const { return m_atEnd; }
    // The paging ended because a page did not move the cursor: the server ignored the where, and
    // going on would read the same page forever. What was read is not everything.
    bool stalled() const { return m_stalled; }

    static bool isSortableType(const QString &schemaType);

private:
    enum class Phase
    {
        WithKey,
        WithoutKey
    };
    QJsonValue cursorValue(const QJsonValue &raw) const;

    QJsonObject m_where;
    QString m_key;
    bool m_descending;
    bool m_keyIsDate;
    bool m_keyAlwaysSet; // objectId, createdAt, updatedAt: no phase for objects without the key
    int m_pageSize;
    Phase m_phase;
    QJsonValue m_lastKey;
    QString m_lastId;
    qint64 m_knownTotal = -1;
    qint64 m_read = 0;
    bool m_atEnd = false;
    bool m_stalled = false;
};
