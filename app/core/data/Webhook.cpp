#include "core/data/Webhook.h"

#include <QUrl>

const QStringList &Webhook::triggerNames()
{
    static const QStringList names{
        QStringLiteral("beforeSave"),    QStringLiteral("afterSave"),
        QStringLiteral("beforeDelete"),  QStringLiteral("afterDelete"),
        QStringLiteral("beforeFind"),    QStringLiteral("afterFind"),
        QStringLiteral("beforeLogin"),   QStringLiteral("afterLogin"),
        QStringLiteral("afterLogout"),   QStringLiteral("beforePasswordResetRequest"),
        QStringLiteral("beforeConnect"), QStringLiteral("beforeSubscribe"),
        QStringLiteral("afterEvent")};
    return names;
}

Webhook Webhook::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("functionName")).toString(),
            json.value(QLatin1String("className")).toString(),
            json.value(QLatin1String("triggerName")).toString(), json.value(QLatin1String("url")).toString()};
}

QJsonObject Webhook::toJson() const
{
    if (isFunction())
        return {{QStringLiteral("functionName"), functionName}, {QStringLiteral("url"), url}};
    return {{QStringLiteral("className"), className},
            {QStringLiteral("triggerName"), triggerName},
            {QStringLiteral("url"), url}};
}

QString Webhook::problem() const
{
    if (isFunction() == !className.isEmpty())
        return tr("Give either a function name or a class and a trigger.");
    if (!isFunction() && !triggerNames().contains(triggerName))
        return tr("'%1' is not a trigger Parse Server knows (%2).")
            .arg(triggerName, triggerNames().join(QStringLiteral(", ")));
    const QUrl target(url, QUrl::StrictMode);
    if (!target.isValid() || target.host().isEmpty() ||
        (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")))
        return tr("'%1' is not an http or https URL.").arg(url);
    return {};
}
