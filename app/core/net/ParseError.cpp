#include "core/net/ParseError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

QString ParseError::describe() const
{
    QString text = describeKind();
    if (outcomeUnknown)
        text += QLatin1Char(' ') + tr("Outcome unknown: the server may have applied this write; check before "
                                      "sending it again.");
    return text;
}

QString ParseError::describeAt(const QUrl &server) const
{
    return kind == Kind::Transport && !outcomeUnknown
               ? tr("Server unreachable at %1: %2.").arg(server.toString(), message)
               : describe();
}

QString ParseError::describeKind() const
{
    switch (kind) {
    case Kind::None:
        return tr("OK");
    case Kind::Parse:
        if (isUnauthorized())
            return tr("The server refused the application id or key (HTTP 403 unauthorized).");
        if (code == 0 && httpStatus == 403)
            return tr(
                "Permission denied (HTTP 403): this needs the master key or rights the keys don't give.");
        if (code == InvalidSessionToken)
            return tr("The session token is invalid or has expired (Parse error 209): log in again for a new "
                      "one.");
        return tr("Parse error %1: %2").arg(code).arg(message);
    case Kind::Http:
        if (!redirectTo.isEmpty())
            return tr("The server redirected to %1 (HTTP %2). ParseDesk does not follow redirects, so keys "
                      "and writes never go to another server: if that is the right address, change the "
                      "profile's server URL to it.")
                .arg(redirectTo)
                .arg(httpStatus);
        if (httpStatus == 404)
            return tr(
                "HTTP 404: no Parse route here. Check the server URL and its mount path (e.g. /parse).");
        return tr("HTTP %1: %2").arg(httpStatus).arg(message);
    case Kind::Transport:
        // A write that left may have been applied: the server was reached, the reply was lost.
        return outcomeUnknown ? tr("Connection lost before the reply: %1").arg(message)
                              : tr("Server unreachable: %1").arg(message);
    case Kind::Timeout:
        return tr("No reply in time: %1").arg(message);
    case Kind::Decode:
        return tr("The server's reply is not valid JSON: %1").arg(message);
    case Kind::Config:
        return message;
    case Kind::Cancelled:
        return message.isEmpty() ? tr("Cancelled before a reply arrived.") : message;
    case Kind::Tls:
        return tr("The server's TLS certificate is not trusted, so nothing was sent: %1 To trust this "
                  "certificate, add its SHA-256 fingerprint to the profile (Connections, or --trust-cert).")
            .arg(message);
    }
    return message;
}

ParseError ParseError::fromHttpReply(int httpStatus, const QByteArray &body, const QByteArray &contentType,
                                     QJsonValue *decoded)
{
    ParseError e;
    e.httpStatus = httpStatus;
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    const bool isJson = jsonError.error == QJsonParseError::NoError;
    if (decoded && isJson)
        *decoded = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const bool success = httpStatus >= 200 && httpStatus < 300;

    if (success) {
        // An empty 2xx body never comes from Parse Server; a non-JSON one means a proxy or another app
        // answered.
        if (!isJson) {
            e.kind = Kind::Decode;
            e.message = body.isEmpty()
                            ? tr("empty reply")
                            : tr("%1 at offset %2").arg(jsonError.errorString()).arg(jsonError.offset);
        }
        return e;
    }

    if (isJson && doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue error = o.value(QLatin1String("error"));
        const QJsonValue msg = o.value(QLatin1String("message"));
        if (o.contains(QLatin1String("code")) || error.isString() || msg.isString()) {
            e.kind = Kind::Parse;
            e.code = o.value(QLatin1String("code")).toInt();
            e.message = error.isString() ? error.toString() : msg.toString();
            return e;
        }
    }
    e.kind = Kind::Http;
    // HTML error pages say more in their status than in their body; keep a short, readable start only.
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (!isJson && contentType.contains("html"))
        text = httpStatus == 404 ? tr("not found") : tr("an HTML page instead of JSON");
    e.message = text.isEmpty() ? tr("no body") : text;
    return e;
}

ParseError ParseError::tls(const QString &details, const QString &fingerprint)
{
    ParseError e;
    e.kind = Kind::Tls;
    e.code = ConnectionFailed;
    e.message = details;
    e.certificate = fingerprint;
    return e;
}

ParseError ParseError::transport(const QString &message)
{
    ParseError e;
    e.kind = Kind::Transport;
    e.code = ConnectionFailed;
    e.message = message;
    return e;
}

ParseError ParseError::timeout(int timeoutMs, bool receiving)
{
    ParseError e;
    e.kind = Kind::Timeout;
    e.code = ConnectionFailed;
    const QString seconds = QString::number(timeoutMs / 1000.0, 'g', 3);
    e.message = receiving
                    ? tr("timed out: nothing arrived for %1 s while receiving the reply (its body stalled)")
                          .arg(seconds)
                    : tr("timed out after %1 s waiting for the reply").arg(seconds);
    return e;
}

ParseError ParseError::redirect(int httpStatus, const QString &target)
{
    ParseError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    e.redirectTo = target;
    e.message = target;
    return e;
}

ParseError ParseError::tooLarge(qint64 bytes, qint64 cap)
{
    ParseError e;
    e.kind = Kind::Config;
    e.message = tr("The reply is larger than the limit of %1 MB (%2 MB or more); it was not read. Ask for "
                   "fewer objects (limit, keys) or raise the limit.")
                    .arg(cap / (1024 * 1024))
                    .arg(bytes / (1024 * 1024));
    return e;
}

ParseError ParseError::config(const QString &message)
{
    ParseError e;
    e.kind = Kind::Config;
    e.message = message;
    return e;
}

ParseError ParseError::cancelled(const QString &message)
{
    ParseError e;
    e.kind = Kind::Cancelled;
    e.message = message;
    return e;
}
