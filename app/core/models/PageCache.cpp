#include "core/models/PageCache.h"

PageCache::PageCache(qsizetype maxBytes)
    : m_maxBytes(maxBytes)
{}

void PageCache::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    clear();
    m_owner = owner;
}

const PageCache::Page *PageCache::find(const QString &key)
{
    const auto it = m_pages.constFind(key);
    if (it == m_pages.constEnd())
        return nullptr;
    m_recent.removeOne(key);
    m_recent.append(key);
    return &*it;
}

void PageCache::insert(const QString &key, const ObjectRows &rows, const QDateTime &fetchedAt)
{
    // The count stays until its own check replaces it (it comes after the page).
    const std::optional<qint64> count = m_pages.contains(key) ? m_pages.value(key).count : std::nullopt;
    remove(key);
    const qsizetype size = rows.bytes();
    if (size > m_maxBytes)
        return;
    while (m_bytes + size > m_maxBytes)
        remove(m_recent.first());
    m_pages.insert(key, {rows, count, fetchedAt});
    m_recent.append(key);
    m_bytes += size;
}

void PageCache::setCount(const QString &key, qint64 count)
{
    if (const auto it = m_pages.find(key); it != m_pages.end())
        it->count = count;
}

void PageCache::remove(const QString &key)
{
    const auto it = m_pages.find(key);
    if (it == m_pages.end())
        return;
    m_bytes -= it->rows.bytes();
    m_pages.erase(it);
    m_recent.removeOne(key);
}

void PageCache::clear()
{
    m_pages.clear();
    m_recent.clear();
    m_bytes = 0;
}
