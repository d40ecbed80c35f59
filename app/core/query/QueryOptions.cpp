#include "QueryOptions.h"

#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {
const QString kComma = QStringLiteral(",");
}

QUrlQuery QueryOptions::toUrlQuery() const
{
    return urlQueryFromBody(toBatchBody());
}

QUrlQuery QueryOptions::urlQueryFromBody(const QJsonObject &body)
{
    QUrlQuery q;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString text = JsonText::text(it.value());
        // Fully percent-encoded, so '+', '&' and '%' inside where JSON survive QUrlQuery unchanged.
        q.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    }
    return q;
}

QJsonObject QueryOptions::toBatchBody() const
{
    QJsonObject o;
    if (!where.isEmpty())
        o.insert(QStringLiteral("where"), where);
    else if (count && !estimateCount)
        o.insert(QStringLiteral("where"),
                 QJsonObject{{QStringLiteral("objectId"), QJsonObject{{QStringLiteral("$exists"), true}}}});
    if (!order.isEmpty())
        o.insert(QStringLiteral("order"), order.join(kComma));
    if (limit)
        o.insert(QStringLiteral("limit"), *limit);
    if (skip)
        o.insert(QStringLiteral("skip"), *skip);
    if (!keys.isEmpty())
        o.insert(QStringLiteral("keys"), keys.join(kComma));
    if (!excludeKeys.isEmpty())
        o.insert(QStringLiteral("excludeKeys"), excludeKeys.join(kComma));
    if (!include.isEmpty())
        o.insert(QStringLiteral("include"), include.join(kComma));
    if (count)
        o.insert(QStringLiteral("count"), 1);
    return o;
}
