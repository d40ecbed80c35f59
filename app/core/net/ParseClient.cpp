#include "core/net/ParseClient.h"

#include "core/data/JsonText.h"
#include "core/net/Redaction.h"
#include "core/net/RequestBudget.h"
#include "core/net/SingleUseBody.h"
#include "core/net/TlsTrust.h"
#include "core/net/WriteGate.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace {
struct Decoded
{
    QJsonValue json;
    std::shared_ptr<const ObjectRows> rows;
    ParseError error;
};

Decoded decode(int status, const QByteArray &body, const QByteArray &contentType, bool compactRows)
{
    Decoded d;
    if (compactRows && status >= 200 && status < 300) {
        ObjectRows::Decoded rows = ObjectRows::fromFindReply(body);
        if (rows.rows) {
            d.json = rows.rest;
            d.rows = std::make_shared<const ObjectRows>(std::move(*rows.rows));
        } else {
            d.error.kind = ParseError::Kind::Decode;
            d.error.httpStatus = status;
            d.error.message = rows.error;
        }
        return d;
    }
    d.error = ParseError::fromHttpReply(status, body, contentType, &d.json);
    return d;
}

// Reads a reply's body as it arrives, so Qt's buffer never holds it all beside ours, into one allocation of
// the announced size with spare capacity for simdjson's padding, so decoding it needs no copy either.
class BodyReader
{
public:
    BodyReader(QNetworkReply *net, qint64 cap)
        : m_net(net)
        , m_cap(cap)
    {
        // Qt's network thread would otherwise read ahead of us and hold most of a large reply twice.
        net->setReadBufferSize(kReadAhead);
    }
    // The reply's announced length decides before its body arrives: refused, or read into one allocation.
    void onMetaData()
    {
        const qint64 length = m_net->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_cap)
            refuse(length);
        else if (length > 0)
            m_body.reserve(length + ObjectRows::padding());
    }
    void onReadyRead()
    {
        if (m_tooLarge > 0)
            return;
        m_body.append(m_net->readAll());
        if (m_body.size() > m_cap)
            refuse(m_body.size());
    }
    // Bytes of a reply refused for its size (0: not refused).
    qint64 tooLarge() const { return m_tooLarge; }
    QByteArray take()
    {
        if (m_net->isOpen())
            onReadyRead();
        if (m_body.capacity() - m_body.size() < ObjectRows::padding())
            m_body.reserve(m_body.size() + ObjectRows::padding());
        return std::exchange(m_body, {});
    }

private:
    static constexpr qint64 kReadAhead = 1024 * 1024;
    void refuse(qint64 bytes)
    {
        m_tooLarge = bytes;
        m_body = {};
        m_net->abort();
    }

    QNetworkReply *m_net;
    qint64 m_cap;
    qint64 m_tooLarge = 0;
    QByteArray m_body;
};

// A write answered by something other than the server's own verdict: a reply that is not the server's
// JSON (a proxy's 502/503/504 or HTML page, a body cut short), or any 5xx (the server may have applied part
// of it before failing). Only a 3xx, or a 4xx from the server, says it was not applied.
bool outcomeLeftOpen(const ParseResult &r)
{
    const int status = r.httpStatus;
    return (status >= 200 && status < 300) || status >= 500 || status == 408 || status == 499;
}

// A find as POST with "_method":"GET" (what the Parse SDKs do for long queries): its URL parameters become
// the JSON body, the where spliced in as the text it is (re-parsing could hit a nesting limit).
QByteArray methodOverrideBody(const QUrlQuery &query)
{
    const auto string = [](const QString &text) { return JsonText::compact(text).toUtf8(); };
    QByteArray body = R"({"_method":"GET")";
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        body += ',' + string(key) + ':';
        bool isNumber = false;
        value.toLongLong(&isNumber);
        if (key == QLatin1String("where"))
            body += value.toUtf8();
        else if (isNumber && (key == QLatin1String("limit") || key == QLatin1String("skip") ||
                              key == QLatin1String("count")))
            body += value.toUtf8();
        else
            body += string(value);
    }
    return body + '}';
}
} // namespace

ParseClient::ParseClient(ServerProfile profile, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_network(network)
    , m_writesLocked(m_profile.production)
{
    m_releaseTimer.setSingleShot(true);
    connect(&m_releaseTimer, &QTimer::timeout, this, &ParseClient::releaseHeld);
    QString ignored; // ServerProfile::validationError() reports a bad budget text
    if (std::optional<RequestBudget> budget = RequestBudget::parse(m_profile.budget, &ignored))
        m_budget = std::make_unique<RequestBudget>(*budget);
    if (!m_network)
        return;
    // warmUp()'s connections answer only through the manager. A certificate trusted by its fingerprint is
    // accepted for them as for requests (otherwise the warm connection fails its handshake), and the
    // placeholder replies Qt makes for them are deleted.
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                if (isOwnWarmUp(reply) && TlsTrust::isTrusted(reply->sslConfiguration().peerCertificate(),
                                                              m_profile.trustedCertificate))
                    reply->ignoreSslErrors(errors);
            });
    connect(m_network, &QNetworkAccessManager::encrypted, this, [this](QNetworkReply *reply) {
        if (isOwnWarmUp(reply) && !pinViolations(reply->sslConfiguration()).isEmpty())
            reply->abort();
    });
    connect(m_network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (isOwnWarmUp(reply))
            reply->deleteLater();
    });
}

ParseClient::~ParseClient()
{
    // Nothing waiting here is dropped silently.
    std::deque<Parked> waiting = std::move(m_held);
    for (auto it = m_retrying.begin(); it != m_retrying.end(); ++it)
        waiting.push_back({it.key(), it.value()});
    m_retrying.clear();
    for (auto it = m_admitting.begin(); it != m_admitting.end(); ++it)
        waiting.push_back({it.key(), it.value()});
    m_admitting.clear();
    for (const Parked &p : waiting) {
        ParseResult r = p.base;
        r.error = ParseError::cancelled(tr("The connection was closed before this request was sent."));
        p.reply->complete(r);
    }
}

void ParseClient::setProfile(const ServerProfile &profile)
{
    const bool becameProduction = profile.production && !m_profile.production;
    m_profile = profile;
    if (becameProduction || !profile.production)
        setWritesLocked(profile.production);
}

void ParseClient::setWritesLocked(bool locked)
{
    if (locked == m_writesLocked)
        return;
    m_writesLocked = locked;
    Q_EMIT writesLockedChanged(locked);
}

void ParseClient::setWriteGate(WriteGate *gate)
{
    if (m_writeGate)
        disconnect(m_writeGate, &QObject::destroyed, this, nullptr);
    m_writeGate = gate;
    if (!gate)
        return;
    connect(gate, &QObject::destroyed, this, [this] {
        // Writes still waiting for a gate that is gone were not sent; say so rather than wait forever.
        const QHash<ParseReply *, ParseResult> waiting = std::exchange(m_admitting, {});
        for (auto it = waiting.begin(); it != waiting.end(); ++it)
            refuse(it.key(), it.value(),
                   ParseError::cancelled(tr("Not sent: the undo journal closed before the write could be "
                                            "recorded.")));
    });
}

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
    const QString &token = request.sessionToken.isEmpty() ? m_sessionToken : request.sessionToken;
    if (!token.isEmpty())
        r.setRawHeader("X-Parse-Session-Token", token.toUtf8());
    if (!request.requestId.isEmpty())
        r.setRawHeader("X-Parse-Request-Id", request.requestId.toLatin1());
    // Never followed: a redirect to another host would carry every key there, and a 307/308 would re-send
    // a write. The reply's 3xx becomes an error naming the target.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!request.body.isUndefined())
        r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType());
    // Background reads (counts, polls) wait behind the others for the host's connections.
    if (request.priority == ParseRequest::Priority::Background)
        r.setPriority(QNetworkRequest::LowPriority);
    return r;
}

ParseReply *ParseClient::send(const ParseRequest &request)
{
    auto *reply = new ParseReply(this);
    ParseResult base;
    base.request = request;
    if (request.isWrite() && base.request.requestId.isEmpty())
        base.request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QUrl shown = Redaction::url(url(request));
    base.url = shown.toString();
    base.displayPath =
        shown.path() + (shown.hasQuery() ? QLatin1Char('?') + shown.query(QUrl::FullyDecoded) : QString());
    connect(reply, &ParseReply::abortRequested, this, [this, reply] { cancelParked(reply); });

    if (request.masterKey == ParseRequest::MasterKey::Required && !m_profile.hasMasterKey()) {
        refuse(reply, base,
               ParseError::config(
                   tr("%1 needs the master key, and this profile has none. Add the master key to the profile "
                      "(Parse Server accepts it only from the addresses in its masterKeyIps).")
                       .arg(request.path)));
        return reply;
    }
    if (m_writesLocked && request.isWrite()) {
        refuse(reply, base,
               ParseError::config(
                   tr("%1 %2 was not sent: the production connection %3 is read-only until "
                      "writes are unlocked.")
                       .arg(QString::fromLatin1(request.methodName()), request.path, m_profile.name)));
        return reply;
    }
    if (m_writeGate && request.isWrite() && m_writeGate->wants(request))
        admit(reply, base);
    else
        submit(reply, base);
    return reply;
}

void ParseClient::warmUp()
{
    const QUrl &server = m_profile.serverUrl;
    if (!m_network || server.host().isEmpty() ||
        (m_warmedUp.isValid() && m_warmedUp.elapsed() < kWarmUpEveryMs))
        return;
    m_warmedUp.start();
    if (server.scheme() != QLatin1String("https")) {
        m_network->connectToHost(server.host(), quint16(server.port(80)));
        return;
    }
    // Qt's pool keeps HTTP/2-capable connections apart from the others, and requests allow HTTP/2 (Qt's
    // default), so the warm connection must offer it too, or the next request would not find it.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setAllowedNextProtocols(
        {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
    m_network->connectToHostEncrypted(server.host(), quint16(server.port(443)), tls);
}

QList<QSslError> ParseClient::pinViolations(const QSslConfiguration &tls) const
{
    const QString &trusted = m_profile.trustedCertificate;
    if (trusted.isEmpty() || TlsTrust::isTrusted(tls.peerCertificate(), trusted))
        return {};
    return QSslCertificate::verify(tls.peerCertificateChain(), m_profile.serverUrl.host());
}

bool ParseClient::isOwnWarmUp(const QNetworkReply *reply) const
{
    // connectToHost() and connectToHostEncrypted() send a placeholder request of the scheme
    // preconnect-http(s) to the host and port.
    const QUrl url = reply->url();
    const QUrl &server = m_profile.serverUrl;
    const int port = server.port(server.scheme() == QLatin1String("https") ? 443 : 80);
    return url.scheme().startsWith(QLatin1String("preconnect-")) && url.host() == server.host() &&
           url.port() == port;
}

void ParseClient::refuse(ParseReply *reply, const ParseResult &base, const ParseError &error)
{
    ParseResult result = base;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.error = error;
    // Queued, so the caller has connected to finished() before it fires.
    QTimer::singleShot(0, reply, [this, reply, base, result] { settle(reply, base, result); });
}

void ParseClient::admit(ParseReply *reply, const ParseResult &base)
{
    m_admitting.insert(reply, base);
    QPointer<WriteGate> gate = m_writeGate;
    QPointer<ParseReply> guarded = reply;
    m_writeGate->admit(base.request, [this, gate, guarded, base](const ParseError &refusal, quint64 ticket) {
        ParseReply *reply = guarded.data();
        // Cancelled (or the reply is gone) while the gate prepared: nothing was sent.
        if (!reply || !m_admitting.remove(reply)) {
            if (gate && !refusal.isError()) {
                ParseResult cancelled = base;
                cancelled.error = ParseError::cancelled();
                gate->settled(ticket, cancelled);
            }
            return;
        }
        if (refusal.isError()) {
            refuse(reply, base, refusal);
            return;
        }
        if (gate) {
            connect(reply, &ParseReply::finished, gate,
                    [gate, ticket](const ParseResult &r) { gate->settled(ticket, r); });
        }
        submit(reply, base);
    });
}

qint64 ParseClient::pausedForMs() const
{
    return qMax<qint64>(0, m_pausedUntil - QDateTime::currentMSecsSinceEpoch());
}

void ParseClient::setBudget(std::unique_ptr<RequestBudget> budget)
{
    m_budget = std::move(budget);
    releaseHeld();
}

void ParseClient::submit(ParseReply *reply, ParseResult base)
{
    const bool mustWait = !m_held.empty() || pausedForMs() > 0 ||
                          (m_budget && !m_budget->tryTake(base.request.operationCount()));
    if (!mustWait) {
        dispatch(reply, base);
        return;
    }
    // Interactive requests overtake waiting background ones; otherwise first come, first served.
    auto at = m_held.end();
    if (base.request.priority == ParseRequest::Priority::Interactive) {
        at = std::find_if(m_held.begin(), m_held.end(), [](const Parked &p) {
            return p.base.request.priority == ParseRequest::Priority::Background;
        });
    }
    m_held.insert(at, Parked{reply, base});
    releaseHeld();
}

void ParseClient::releaseHeld()
{
    while (!m_held.empty()) {
        const Parked &next = m_held.front();
        const int ops = next.base.request.operationCount();
        const qint64 wait = qMax(pausedForMs(), m_budget ? m_budget->msUntilAvailable(ops) : 0);
        if (wait > 0) {
            m_releaseTimer.start(int(qMin<qint64>(wait, 60000)));
            Q_EMIT throttled(wait, int(m_held.size()));
            return;
        }
        if (m_budget)
            m_budget->tryTake(ops);
        const Parked parked = next;
        m_held.pop_front();
        dispatch(parked.reply, parked.base);
    }
    m_releaseTimer.stop();
    Q_EMIT throttled(0, 0);
}

void ParseClient::cancelParked(ParseReply *reply)
{
    ParseResult base;
    const auto held =
        std::find_if(m_held.begin(), m_held.end(), [reply](const Parked &p) { return p.reply == reply; });
    if (held != m_held.end()) {
        base = held->base;
        m_held.erase(held);
    } else if (m_retrying.contains(reply)) {
        base = m_retrying.take(reply);
    } else if (m_admitting.contains(reply)) {
        base = m_admitting.take(reply);
    } else {
        return; // in flight: the network reply's abort answers it
    }
    ParseResult result = base;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.error = ParseError::cancelled(tr("Cancelled while waiting to be sent; it was not sent."));
    reply->complete(result);
}

void ParseClient::dispatch(ParseReply *reply, const ParseResult &base)
{
    const ParseRequest &request = base.request;
    const int timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : m_profile.timeoutMs;
    QNetworkRequest netRequest = networkRequest(request);
    QByteArray body = request.encodedBody();
    QByteArray method = request.methodName();
    if (request.method == ParseRequest::Method::Get &&
        netRequest.url().toEncoded().size() > kMaxGetUrlBytes) {
        // Servers and proxies refuse long URLs (HTTP 431/414); Parse reads the same query from a POST body.
        body = methodOverrideBody(request.query);
        method = "POST";
        ParseRequest withoutQuery = request;
        withoutQuery.query = {};
        netRequest.setUrl(url(withoutQuery));
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    const bool deflated = body.size() > kDeflateAboveBytes && !m_plainBodies;
    if (deflated) {
        // HTTP's "deflate" is the zlib stream; qCompress puts a 4-byte length before it.
        body = qCompress(body, 1).mid(4);
        netRequest.setRawHeader("Content-Encoding", "deflate");
    }
    QNetworkReply *net = nullptr;
    if (request.isWrite()) {
        // Qt resends a request by itself when its connection closes before the reply (see SingleUseBody):
        // a write's body it cannot rewind turns that into an error, so no write is ever sent twice.
        netRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        netRequest.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *upload = new SingleUseBody(body);
        net = m_network->sendCustomRequest(netRequest, method, upload);
        upload->setParent(net);
    } else {
        net = m_network->sendCustomRequest(netRequest, method, body);
    }
    // Owned by its ParseReply, so a client deleted mid-request takes its network replies with it.
    net->setParent(reply);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto timedOut = std::make_shared<bool>(false);
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();

    auto *timer = new QTimer(net);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, net, [net, timedOut] {
        *timedOut = true;
        net->abort();
    });
    timer->start(timeoutMs);
    // The timeout is one of silence, not of the whole exchange: a big page or batch on a slow link keeps
    // moving for longer than any fixed limit a user would set.
    const auto moving = [timer] { timer->start(); };
    connect(net, &QNetworkReply::uploadProgress, timer, moving);
    connect(net, &QNetworkReply::downloadProgress, timer, moving);

    connect(reply, &ParseReply::abortRequested, net, [net] { net->abort(); });
    // Refused rather than held in memory: by its announced length, or as it arrives when none is given.
    const qint64 cap = m_maxReplyBytes;
    auto bodyReader = std::make_shared<BodyReader>(net, cap);
    connect(net, &QNetworkReply::metaDataChanged, net, [bodyReader] { bodyReader->onMetaData(); });
    connect(net, &QNetworkReply::readyRead, net, [bodyReader] { bodyReader->onReadyRead(); });
    // Certificate errors fail the request with their details unless the profile trusts this certificate.
    auto tlsError = std::make_shared<ParseError>();
    connect(net, &QNetworkReply::sslErrors, this, [this, net, tlsError](const QList<QSslError> &errors) {
        const QSslCertificate peer = net->sslConfiguration().peerCertificate();
        if (TlsTrust::isTrusted(peer, m_profile.trustedCertificate))
            net->ignoreSslErrors(errors);
        else
            *tlsError = ParseError::tls(TlsTrust::describe(errors, peer), TlsTrust::fingerprint(peer));
    });

    // Qt's pool ignores again, when a connection reconnects, the certificate errors once ignored on it, and
    // a resumed TLS session shows no certificate at all: a fingerprint changed since would pass on the old
    // decision. So each handshake meets the profile's pin here, before the request is sent.
    connect(net, &QNetworkReply::encrypted, this, [this, net, tlsError] {
        const QList<QSslError> violations = pinViolations(net->sslConfiguration());
        if (violations.isEmpty())
            return;
        const QSslCertificate peer = net->sslConfiguration().peerCertificate();
        *tlsError = ParseError::tls(TlsTrust::describe(violations, peer), TlsTrust::fingerprint(peer));
        net->abort();
    });

    connect(
        net, &QNetworkReply::finished, this,
        [this, reply, net, base, clock, timedOut, timeoutMs, startedAt, tlsError, deflated, cap, bodyReader] {
            net->deleteLater();
            ParseResult result = base;
            result.startedAt = startedAt;
            result.elapsedMs = clock->elapsed();
            const QVariant status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (deflated && status.toInt() == 415) {
                // Refused before it was read, so nothing was applied: send it again as it is.
                m_plainBodies = true;
                dispatch(reply, base);
                return;
            }
            result.rawBody = bodyReader->take();
            result.bytesReceived = result.rawBody.size();
            bool seconds = false;
            const int retryAfter = net->rawHeader("Retry-After").trimmed().toInt(&seconds);
            if (seconds)
                result.retryAfterMs = retryAfter * 1000;
            result.jobStatusId = QString::fromLatin1(net->rawHeader("X-Parse-Job-Status-Id"));

            const bool isWrite = result.request.isWrite();
            const qint64 tooLarge = bodyReader->tooLarge();
            if (tooLarge > 0 || *timedOut) {
                // Whatever arrived is incomplete; a write it answered may have been applied.
                result.rawBody.clear();
                result.httpStatus = status.toInt();
                result.error = tooLarge > 0 ? ParseError::tooLarge(tooLarge, cap)
                                            : ParseError::timeout(timeoutMs, status.isValid());
                result.error.outcomeUnknown = isWrite;
                settle(reply, base, result);
                return;
            }
            if (tlsError->isError() && !status.isValid()) {
                result.error = *tlsError;
            } else if (net->error() == QNetworkReply::OperationCanceledError && !status.isValid()) {
                result.error = ParseError::cancelled();
            } else if (net->error() == QNetworkReply::ContentReSendError) {
                result.error = ParseError::transport(
                    tr("the connection closed after the request was sent and before its reply arrived"));
            } else if (!status.isValid()) {
                result.error = ParseError::transport(net->errorString());
            }
            if (status.isValid() && status.toInt() >= 300 && status.toInt() < 400) {
                result.httpStatus = status.toInt();
                const QUrl target =
                    net->url().resolved(net->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
                result.error = ParseError::redirect(result.httpStatus, Redaction::url(target).toString());
            } else if (!status.isValid()) {
                // Only a connection that never opened proves a write was not applied.
                const bool neverSent = tlsError->isError() ||
                                       net->error() == QNetworkReply::ConnectionRefusedError ||
                                       net->error() == QNetworkReply::HostNotFoundError ||
                                       net->error() == QNetworkReply::SslHandshakeFailedError;
                result.error.outcomeUnknown = isWrite && !neverSent;
            } else {
                result.httpStatus = status.toInt();
                const QByteArray contentType = net->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                const bool compactRows = result.request.compactRows;
                if (result.rawBody.size() <= kOffThreadDecodeBytes) {
                    const Decoded d = decode(result.httpStatus, result.rawBody, contentType, compactRows);
                    result.json = d.json;
                    result.rows = d.rows;
                    result.error = d.error;
                } else {
                    auto *watcher = new QFutureWatcher<Decoded>(this);
                    connect(watcher, &QFutureWatcherBase::finished, this,
                            [this, watcher, reply, base, result]() mutable {
                                const Decoded d = watcher->result();
                                watcher->deleteLater();
                                result.json = d.json;
                                result.rows = d.rows;
                                result.error = d.error;
                                settle(reply, base, result);
                            });
                    watcher->setFuture(QtConcurrent::run(decode, result.httpStatus, result.rawBody,
                                                         contentType, compactRows));
                    return;
                }
            }
            settle(reply, base, result);
        });
}

QUrl ParseClient::serverUrlFromRedirect(const ParseResult &result)
{
    QUrl target(result.error.redirectTo);
    const QString path = target.path();
    if (!target.isValid() || result.request.path.isEmpty() || !path.endsWith(result.request.path))
        return {};
    target.setPath(path.chopped(result.request.path.size()));
    target.setQuery(QString());
    target.setFragment(QString());
    return target;
}

QString ParseClient::redacted(const QString &text, const ParseRequest &request) const
{
    return Redaction::scrub(text, {m_profile.masterKey, m_profile.restApiKey, m_profile.clientKey,
                                   request.sessionToken, m_sessionToken});
}

void ParseClient::reportLiveQuery(ParseResult traffic)
{
    traffic.displayPath = redacted(traffic.displayPath, traffic.request);
    traffic.error.message = redacted(traffic.error.message, traffic.request);
    Q_EMIT requestFinished(traffic);
}

int ParseClient::retryDelayMs(const ParseResult &result) const
{
    const ParseError &e = result.error;
    const bool isRead = result.request.method == ParseRequest::Method::Get;
    // Parse Server's rate limiter refuses a whole batch before running any of it: safe to send again.
    const bool batchRefused =
        result.request.path == QLatin1String("/batch") &&
        (result.httpStatus == 429 || (result.httpStatus == 400 && e.code == ParseError::ConnectionFailed));
    // A 2xx that is not JSON is usually a reply cut short: for a read, asking again is harmless.
    const bool transient = e.kind == ParseError::Kind::Transport || e.kind == ParseError::Kind::Timeout ||
                           e.kind == ParseError::Kind::Decode || result.httpStatus == 429 ||
                           result.httpStatus == 502 || result.httpStatus == 503 || result.httpStatus == 504;
    if (result.attempt >= result.request.maxRetries || !(batchRefused || (isRead && transient)))
        return -1;
    // Retry-After when the server gives one, else 0.5 s, 1 s, 2 s ...
    return result.retryAfterMs >= 0 ? qMin(result.retryAfterMs, 60000) : 500 << result.attempt;
}

void ParseClient::settle(ParseReply *reply, const ParseResult &base, ParseResult result)
{
    if (result.error.isError()) {
        if (result.httpStatus != 0 && result.request.isWrite() && outcomeLeftOpen(result))
            result.error.outcomeUnknown = true;
        result.error.message = redacted(result.error.message, result.request);
    }
    Q_EMIT requestFinished(result);
    const bool tooMany = result.httpStatus == 429 ||
                         (result.httpStatus == 400 && result.error.code == ParseError::ConnectionFailed);
    const int delay = retryDelayMs(result);
    if (tooMany) {
        // Everything of this profile waits, not just this request: the server counts them all.
        const qint64 pause = delay >= 0 ? delay : (result.retryAfterMs >= 0 ? result.retryAfterMs : 1000);
        m_pausedUntil = qMax(m_pausedUntil, QDateTime::currentMSecsSinceEpoch() + pause);
        if (m_budget)
            m_budget->pauseFor(pause);
    }
    if (delay < 0 || reply->isFinished()) {
        reply->complete(result);
        return;
    }
    ParseResult again = base;
    again.attempt = result.attempt + 1;
    m_retrying.insert(reply, again);
    QTimer::singleShot(delay, reply, [this, reply] {
        if (m_retrying.contains(reply))
            submit(reply, m_retrying.take(reply));
    });
}
