#include "Redaction.h"

#include <QUrlQuery>

namespace Redaction {

bool isSecretName(QStringView name)
{
    // "keys"/"excludeKeys" (projection) must stay readable, so "key" counts only as a suffix.
    if (name.endsWith(QLatin1String("key"), Qt::CaseInsensitive))
        return true;
    static const QLatin1String markers[] = {QLatin1String("token"), QLatin1String("password"),
                                            QLatin1String("secret"), QLatin1String("authorization")};
    for (const auto &m : markers) {
        if (name.contains(m, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QUrl url(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo({});
    QUrlQuery query(copy);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    bool changed = false;
    QUrlQuery redacted;
    for (const auto &[name, value] : items) {
        const bool secretItem = isSecretName(name);
        changed |= secretItem;
        redacted.addQueryItem(name, secretItem ? QStringLiteral("***") : value);
    }
    if (changed)
        copy.setQuery(redacted);
    return copy;
}

QString secret(const QString &value)
{
    if (value.isEmpty())
        return value;
    return value.left(2) + QStringLiteral("…(redacted)");
}

QString scrub(QString text, const QStringList &secrets)
{
    for (const QString &s : secrets) {
        if (s.size() >= 4)
            text.replace(s, QStringLiteral("***"));
    }
    return text;
}

} // namespace Redaction
