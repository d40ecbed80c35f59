#include "core/data/LogCursor.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

QDateTime LogCursor::timeOf(const QJsonObject &entry)
{
    return QDateTime::fromString(entry.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs);
}

QList<QJsonObject> LogCursor::take(const QJsonArray &page)
{
    QList<QJsonObject> entries;
    for (const QJsonValue &v : page)
        entries.append(v.toObject());
    std::stable_sort(entries.begin(), entries.end(),
                     [](const QJsonObject &a, const QJsonObject &b) { return timeOf(a) < timeOf(b); });
    QList<QJsonObject> fresh;
    for (const QJsonObject &entry : std::as_const(entries)) {
        const QDateTime time = timeOf(entry);
        const QByteArray key = QJsonDocument(entry).toJson(QJsonDocument::Compact);
        if (m_last.isValid() && (time < m_last || (time == m_last && m_atLast.contains(key))))
            continue;
        if (time != m_last) {
            m_last = time;
            m_atLast.clear();
        }
        m_atLast.insert(key);
        fresh.append(entry);
    }
    return fresh;
}

std::optional<QDateTime> LogCursor::parseTime(const QString &text, const QDateTime &now)
{
    static const QRegularExpression relative(QStringLiteral("^-(\\d{1,9})([smhd])$"));
    if (const QRegularExpressionMatch m = relative.match(text); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = QStringLiteral("smhd").indexOf(m.captured(2));
        static constexpr qint64 seconds[] = {1, 60, 3600, 86400};
        return now.addSecs(-n * seconds[unit]);
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time;
}
