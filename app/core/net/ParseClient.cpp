#include "ParseClient.h"

#include "Redaction.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {
struct Decoded
{
    QJsonValue json;
    ParseError error;
};

Decoded decode(int status, const QByteArray &body, const QByteArray &contentType)
{
    Decoded d;
    d.error = ParseError::fromHttpReply(status, body, contentType, &d.json);
    return d;
}
} // namespace

ParseClient::ParseClient(ServerProfile profile, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_network(network)
{}

QUrl ParseClient::url(const ParseRequest &request) const
{
    QUrl u = m_profile.serverUrl;
    u.setPath(m_profile.mountPath() + request.path, QUrl::TolerantMode);
    u.setQuery(request.query.isEmpty() ? QUrlQuery() : request.query);
    return u;
}

bool ParseClient::sendsMasterKey(const ParseRequest &request) const
{
    if (!m_profile.hasMasterKey())
        return false;
    switch (request.masterKey) {
    case ParseRequest::MasterKey::Required:
        return true;
    case ParseRequest::MasterKey::Never:
        return false;
    case ParseRequest::MasterKey::FromProfile:
        return m_profile.useMasterKey;
    }
    return false;
}

QNetworkRequest ParseClient::networkRequest(const ParseRequest &request) const
{
    QNetworkRequest r(url(request));
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ParseDesk/" PARSEDESK_VERSION));
    r.setRawHeader("X-Parse-Application-Id", m_profile.applicationId.toUtf8());
    if (!m_profile.restApiKey.isEmpty())
        r.setRawHeader("X-Parse-REST-API-Key", m_profile.restApiKey.toUtf8());
    if (!m_profile.clientKey.isEmpty())
        r.setRawHeader("X-Parse-Client-Key", m_profile.clientKey.toUtf8());
    if (sendsMasterKey(request))
        r.setRawHeader("X-Parse-Master-Key", m_profile.masterKey.toUtf8());
    if (!request.sessionToken.isEmpty())
        r.setRawHeader("X-Parse-Session-Token", request.sessionToken.toUtf8());
    if (!request.body.isUndefined())
        r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType());
    return r;
}

ParseReply *ParseClient::send(const ParseRequest &request)
{
    auto *reply = new ParseReply(this);
    ParseResult base;
    base.request = request;
    const QUrl shown = Redaction::url(url(request));
    base.url = shown.toString();
    base.displayPath =
        shown.path() + (shown.hasQuery() ? QLatin1Char('?') + shown.query(QUrl::FullyDecoded) : QString());
    base.startedAt = QDateTime::currentDateTimeUtc();

    if (request.masterKey == ParseRequest::MasterKey::Required && !m_profile.hasMasterKey()) {
        base.error = ParseError::config(
            tr("%1 needs the master key, and this profile has none. Add the master key to the profile "
               "(Parse Server accepts it only from the addresses in its masterKeyIps).")
                .arg(request.path));
        // Queued, so the caller has connected to finished() before it fires.
        QTimer::singleShot(0, reply, [this, reply, base] { finish(reply, base); });
        return reply;
    }

    const int timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : m_profile.timeoutMs;
    const QByteArray body = request.encodedBody();
    QNetworkReply *net = m_network->sendCustomRequest(networkRequest(request), request.methodName(), body);
    // Owned by its ParseReply, so a client deleted mid-request takes its network replies with it.
    net->setParent(reply);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto timedOut = std::make_shared<bool>(false);

    auto *timer = new QTimer(net);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, net, [net, timedOut] {
        *timedOut = true;
        net->abort();
    });
    timer->start(timeoutMs);

    connect(reply, &ParseReply::abortRequested, net, [net] { net->abort(); });

    connect(net, &QNetworkReply::finished, this, [this, reply, net, base, clock, timedOut, timeoutMs] {
        net->deleteLater();
        ParseResult result = base;
        result.elapsedMs = clock->elapsed();
        const QVariant status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        result.rawBody = net->readAll();
        result.bytesReceived = result.rawBody.size();

        if (*timedOut) {
            result.error = ParseError::timeout(timeoutMs);
        } else if (net->error() == QNetworkReply::OperationCanceledError && !status.isValid()) {
            result.error = ParseError::cancelled();
        } else if (!status.isValid()) {
            result.error = ParseError::transport(net->errorString());
        }
        if (!status.isValid()) {
            // Only a connection that never opened proves a write was not applied.
            const bool neverSent = net->error() == QNetworkReply::ConnectionRefusedError ||
                                   net->error() == QNetworkReply::HostNotFoundError;
            result.error.outcomeUnknown = result.request.method != ParseRequest::Method::Get && !neverSent;
        } else {
            result.httpStatus = status.toInt();
            const QByteArray contentType = net->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            if (result.rawBody.size() <= kOffThreadDecodeBytes) {
                const Decoded d = decode(result.httpStatus, result.rawBody, contentType);
                result.json = d.json;
                result.error = d.error;
            } else {
                auto *watcher = new QFutureWatcher<Decoded>(this);
                connect(watcher, &QFutureWatcherBase::finished, this,
                        [this, watcher, reply, result]() mutable {
                            const Decoded d = watcher->result();
                            watcher->deleteLater();
                            result.json = d.json;
                            result.error = d.error;
                            finish(reply, result);
                        });
                watcher->setFuture(QtConcurrent::run(decode, result.httpStatus, result.rawBody, contentType));
                return;
            }
        }
        finish(reply, result);
    });
    return reply;
}

void ParseClient::finish(ParseReply *reply, const ParseResult &result)
{
    Q_EMIT requestFinished(result);
    reply->complete(result);
}
