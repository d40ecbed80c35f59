#include "core/query/CursorPager.h"

#include <QJsonArray>

namespace {
const QString kObjectId = QStringLiteral("objectId");
}

CursorPager::CursorPager(QJsonObject where, QString key, bool descending, bool keyIsDate, int pageSize)
    : m_where(std::move(where))
    , m_key(std::move(key))
    , m_descending(descending)
    , m_keyIsDate(keyIsDate)
    , m_keyAlwaysSet(m_key == kObjectId || m_key == QLatin1String("createdAt") ||
                     m_key == QLatin1String("updatedAt"))
    , m_pageSize(pageSize)
    // Postgres puts missing values last ascending and first descending.
    , m_phase(descending && !m_keyAlwaysSet ? Phase::WithoutKey : Phase::WithKey)
{}

bool CursorPager::isSortableType(const QString &schemaType)
{
    return schemaType == QLatin1String("String") || schemaType == QLatin1String("Number") ||
           schemaType == QLatin1String("Boolean") || schemaType == QLatin1String("Date");
}

QJsonValue CursorPager::cursorValue(const QJsonValue &raw) const
{
    // createdAt / updatedAt come back as bare ISO strings but compare only as Parse Dates.
    if (m_keyIsDate && raw.isString())
        return QJsonObject{{QStringLiteral("__type"), QStringLiteral("Date")}, {QStringLiteral("iso"), raw}};
    return raw;
}

QString CursorPager::order() const
{
    const QString sign = m_descending ? QStringLiteral("-") : QString();
    if (m_key == kObjectId || m_phase == Phase::WithoutKey)
        return sign + kObjectId;
    return sign + m_key + QLatin1Char(',') + sign + kObjectId;
}

QueryOptions CursorPager::nextQuery() const
{
    QueryOptions options;
    options.where = nextWhere();
    options.order = order().split(QLatin1Char(','));
    options.limit = m_pageSize;
    return options;
}

QJsonObject CursorPager::nextWhere() const
{
    const QString cmp = m_descending ? QStringLiteral("$lt") : QStringLiteral("$gt");
    QJsonObject cursor;
    if (m_key == kObjectId) {
        if (!m_lastId.isEmpty())
            cursor.insert(kObjectId, QJsonObject{{cmp, m_lastId}});
    } else if (m_phase == Phase::WithoutKey) {
        cursor.insert(m_key, QJsonObject{{QStringLiteral("$exists"), false}});
        if (!m_lastId.isEmpty())
            cursor.insert(kObjectId, QJsonObject{{cmp, m_lastId}});
    } else if (m_lastId.isEmpty()) {
        if (!m_keyAlwaysSet)
            cursor.insert(m_key, QJsonObject{{QStringLiteral("$exists"), true}});
    } else if (m_lastKey.isBool()) {
        // Postgres compares no booleans ($gt on one answers 119): beyond false ascending is true, beyond
        // true descending is false, and beyond the other end only the same key with a later objectId.
        const QJsonObject sameKey{{m_key, m_lastKey}, {kObjectId, QJsonObject{{cmp, m_lastId}}}};
        if (m_lastKey.toBool() == m_descending)
            cursor.insert(QStringLiteral("$or"),
                          QJsonArray{QJsonObject{{m_key, !m_lastKey.toBool()}}, sameKey});
        else
            cursor = sameKey;
    } else {
        // (key beyond the last one) or (the same key and objectId beyond the last one)
        cursor.insert(QStringLiteral("$or"),
                      QJsonArray{QJsonObject{{m_key, QJsonObject{{cmp, m_lastKey}}}},
                                 QJsonObject{{m_key, m_lastKey}, {kObjectId, QJsonObject{{cmp, m_lastId}}}}});
    }
    if (m_where.isEmpty())
        return cursor;
    if (cursor.isEmpty())
        return m_where;
    return QJsonObject{{QStringLiteral("$and"), QJsonArray{m_where, cursor}}};
}

bool CursorPager::advance(const QJsonArray &page)
{
    return advance(page.size(), page.isEmpty() ? QJsonObject() : page.last().toObject());
}

bool CursorPager::advance(qsizetype count, const QJsonObject &last)
{
    if (count > 0) {
        const QString lastId = last.value(kObjectId).toString();
        const QJsonValue lastKey = cursorValue(last.value(m_key));
        if (lastId == m_lastId && lastKey == m_lastKey) {
            m_stalled = true;
            m_atEnd = true;
            return false;
        }
        m_lastId = lastId;
        m_lastKey = lastKey;
        m_read += count;
        if (m_knownTotal < 0 || m_read < m_knownTotal)
            return true;
    } else if (m_knownTotal < 0 || m_read < m_knownTotal) {
        // An empty page ends this phase; the objects without the key come in the other one.
        if (!m_keyAlwaysSet && m_phase == (m_descending ? Phase::WithoutKey : Phase::WithKey)) {
            m_phase = m_descending ? Phase::WithKey : Phase::WithoutKey;
            m_lastId.clear();
            m_lastKey = QJsonValue();
            return true;
        }
    }
    m_atEnd = true;
    return false;
}
