#pragma once

#include "core/data/ObjectRows.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// The first pages of finds shown lately, by the find's path and query, so that a class (a filter, an
// order) shown again appears at once while the same find checks it (ObjectTableModel). Bounded by the
// reply text the pages hold: the least recently used page goes first. One reader's pages only: another
// owner (profile, server, key or session: what the server answers by) empties it.
class PageCache
{
public:
    struct Page
    {
        ObjectRows rows;
        std::optional<qint64> count;
        QDateTime fetchedAt;
    };
    static constexpr qsizetype kMaxBytes = 32 * 1024 * 1024;

    explicit PageCache(qsizetype maxBytes = kMaxBytes);

    // Pages of another owner are dropped.
    void setOwner(const QString &owner);
    // The page, now the most recently used; nullptr when there is none.
    const Page *find(const QString &key);
    // A page bigger than the whole budget is not kept. A count the key had stays.
    void insert(const QString &key, const ObjectRows &rows, const QDateTime &fetchedAt);
    void setCount(const QString &key, qint64 count);
    void remove(const QString &key);
    void clear();
    qsizetype bytes() const { return m_bytes; }
    qsizetype size() const { return m_pages.size(); }

private:
    qsizetype m_maxBytes;
    QString m_owner;
    QHash<QString, Page> m_pages;
    QList<QString> m_recent; // least recently used first
    qsizetype m_bytes = 0;
};
