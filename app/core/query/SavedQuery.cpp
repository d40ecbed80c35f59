#include "core/query/SavedQuery.h"

namespace {
const QString kName = QStringLiteral("name");
const QString kClassName = QStringLiteral("className");
const QString kOptions = QStringLiteral("options");
const QString kAt = QStringLiteral("at");
} // namespace

QJsonObject SavedQuery::toJson() const
{
    QJsonObject o{
        {kClassName, className}, {kOptions, options.toJson()}, {kAt, at.toUTC().toString(Qt::ISODateWithMs)}};
    if (!name.isEmpty())
        o.insert(kName, name);
    return o;
}

std::optional<SavedQuery> SavedQuery::fromJson(const QJsonObject &json)
{
    SavedQuery q;
    q.name = json.value(kName).toString();
    q.className = json.value(kClassName).toString();
    q.at = QDateTime::fromString(json.value(kAt).toString(), Qt::ISODateWithMs);
    const std::optional<QueryOptions> options = QueryOptions::fromJson(json.value(kOptions).toObject());
    if (q.className.isEmpty() || !q.at.isValid() || !json.value(kOptions).isObject() || !options)
        return std::nullopt;
    q.options = *options;
    return q;
}
