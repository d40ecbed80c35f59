#include "core/query/CurlCommand.h"

#include "core/net/ParseClient.h"
#include "core/net/Redaction.h"

#include <QRegularExpression>
#include <QStringList>

namespace CurlCommand {

QString placeholder(const QString &headerName)
{
    QString name = headerName;
    name.remove(QRegularExpression(QStringLiteral("^X-Parse-"), QRegularExpression::CaseInsensitiveOption));
    return QLatin1Char('<') + name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')) + QLatin1Char('>');
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    return QLatin1Char('\'') + quoted.replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
}

QString of(const ParseClient &client, const ParseRequest &request)
{
    const QNetworkRequest net = client.networkRequest(request);
    QUrl url = net.url();
    url.setQuery(QString());
    const bool get = request.method == ParseRequest::Method::Get;
    QStringList lines{QStringLiteral("curl%1 %2")
                          .arg(get ? QStringLiteral(" -G")
                                   : QStringLiteral(" -X ") + QString::fromLatin1(request.methodName()),
                               shellQuote(url.toString()))};
    for (const QByteArray &raw : net.rawHeaderList()) {
        const QString name = QString::fromLatin1(raw);
        if (name.compare(QLatin1String("User-Agent"), Qt::CaseInsensitive) == 0)
            continue;
        const QString value =
            Redaction::isSecretName(name) ? placeholder(name) : QString::fromUtf8(net.rawHeader(raw));
        lines << QStringLiteral("-H ") + shellQuote(name + QStringLiteral(": ") + value);
    }
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        const QString shown = Redaction::isSecretName(key) ? placeholder(key) : value;
        lines << QStringLiteral("--data-urlencode ") + shellQuote(key + QLatin1Char('=') + shown);
    }
    if (!request.body.isUndefined())
        lines << QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(request.encodedBody()));
    return lines.join(QStringLiteral(" \\\n  ")) + QLatin1Char('\n');
}

} // namespace CurlCommand
