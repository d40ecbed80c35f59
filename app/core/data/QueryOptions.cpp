#include "core/data/QueryOptions.h"

#include "core/data/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <cmath>
#include <limits>

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
    QJsonObject o = toJson();
    if (where.isEmpty() && count && !estimateCount)
        o.insert(QStringLiteral("where"),
                 QJsonObject{{QStringLiteral("objectId"), QJsonObject{{QStringLiteral("$exists"), true}}}});
    return o;
}

QJsonObject QueryOptions::toJson() const
{
    QJsonObject o;
    if (!where.isEmpty())
        o.insert(QStringLiteral("where"), where);
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

QStringList QueryOptions::listFromText(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(kComma, Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

std::optional<QueryOptions> QueryOptions::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // "a,-b" as Parse takes it, or ["a", "-b"].
    const auto list = [](const QJsonValue &v, QStringList *out) {
        if (v.isString()) {
            *out = listFromText(v.toString());
            return true;
        }
        if (!v.isArray())
            return false;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return false;
            out->append(item.toString());
        }
        return true;
    };
    const auto number = [](const QJsonValue &v, std::optional<int> *out) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != std::floor(d) || d > std::numeric_limits<int>::max())
            return false;
        *out = int(d);
        return true;
    };
    QueryOptions o;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &v = it.value();
        bool ok = true;
        if (key == QLatin1String("where")) {
            ok = v.isObject();
            o.where = v.toObject();
        } else if (key == QLatin1String("order")) {
            ok = list(v, &o.order);
        } else if (key == QLatin1String("keys")) {
            ok = list(v, &o.keys);
        } else if (key == QLatin1String("excludeKeys")) {
            ok = list(v, &o.excludeKeys);
        } else if (key == QLatin1String("include")) {
            ok = list(v, &o.include);
        } else if (key == QLatin1String("limit")) {
            ok = number(v, &o.limit);
        } else if (key == QLatin1String("skip")) {
            ok = number(v, &o.skip);
        } else if (key == QLatin1String("count")) {
            ok = v.isBool() || v.isDouble();
            o.count = v.toBool() || v.toDouble() != 0;
        } else {
            return fail(tr("\"%1\" is not a query option.").arg(key));
        }
        if (!ok)
            return fail(tr("The query option \"%1\" has a value of the wrong kind.").arg(key));
    }
    return o;
}
