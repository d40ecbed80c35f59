#include "core/net/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <algorithm>

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
    // Longest first, so a secret that contains another goes whole.
    QStringList sorted = secrets;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &s : std::as_const(sorted)) {
        if (s.size() < 4)
            continue;
        // As a server or proxy may echo it: raw, URL-encoded (in either hex case, or form-encoded), or
        // escaped inside a JSON string.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(s));
        QString json = QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact));
        json = json.mid(2, json.size() - 4);
        QString slashed = json;
        slashed.replace(QLatin1Char('/'), QLatin1String("\\/"));
        for (const QString &form : {s, json, slashed})
            text.replace(form, QStringLiteral("***"));
        for (const QString &form :
             {encoded, QString(encoded).replace(QLatin1String("%20"), QLatin1String("+"))})
            text.replace(form, QStringLiteral("***"), Qt::CaseInsensitive);
    }
    return text;
}

} // namespace Redaction
