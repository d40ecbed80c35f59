#include "core/net/LiveQueryClient.h"

#include "core/net/Redaction.h"
#include "core/net/TlsTrust.h"

#include <QJsonArray>
#include <QJsonDocument>

LiveQueryClient::LiveQueryClient(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(client->profile())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LiveQueryClient::open);
    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setInterval(10000);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        m_lastError = ParseError::transport(tr("no subscription confirmed within 10 s"));
        m_socket.abort();
    });
    connect(&m_socket, &QWebSocket::connected, this, &LiveQueryClient::onConnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveQueryClient::onMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, &LiveQueryClient::onDisconnected);
    // Qt 6.4 has no QWebSocket::errorOccurred.
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                // A refused certificate already said what is wrong with it.
                if (!m_tlsRefused)
                    m_lastError = ParseError::transport(m_socket.errorString());
            });
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const QSslCertificate peer = m_socket.sslConfiguration().peerCertificate();
        m_tlsRefused = !TlsTrust::isTrusted(peer, m_profile.trustedCertificate);
        if (m_tlsRefused)
            m_lastError = ParseError::tls(TlsTrust::describe(errors, peer), TlsTrust::fingerprint(peer));
        else
            m_socket.ignoreSslErrors(errors);
    });
}

LiveQueryClient::~LiveQueryClient()
{
    close();
}

QUrl LiveQueryClient::urlFor(const ServerProfile &profile)
{
    QUrl url = profile.serverUrl;
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(profile.mountPath());
    url.setQuery(QString());
    return url;
}

void LiveQueryClient::subscribe(const QString &className, const QJsonObject &where, const QStringList &keys)
{
    m_className = className;
    m_where = where;
    m_keys = keys;
    m_closing = false;
    open();
}

void LiveQueryClient::close()
{
    m_closing = true;
    m_retryTimer.stop();
    m_handshakeTimer.stop();
    m_subscribed = false;
    m_socket.abort();
}

void LiveQueryClient::open()
{
    m_subscribed = false;
    m_lastError = {};
    m_tlsRefused = false;
    m_handshakeTimer.start();
    m_stepStartedAt = QDateTime::currentDateTimeUtc();
    m_stepTimer.start();
    m_socket.open(urlFor(m_profile));
}

void LiveQueryClient::onConnected()
{
    QJsonObject hello{{QStringLiteral("op"), QStringLiteral("connect")},
                      {QStringLiteral("applicationId"), m_profile.applicationId}};
    if (!m_profile.restApiKey.isEmpty())
        hello.insert(QStringLiteral("restAPIKey"), m_profile.restApiKey);
    if (!m_profile.clientKey.isEmpty())
        hello.insert(QStringLiteral("clientKey"), m_profile.clientKey);
    if (m_profile.useMasterKey && m_profile.hasMasterKey())
        hello.insert(QStringLiteral("masterKey"), m_profile.masterKey);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
}

void LiveQueryClient::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString op = message.value(QLatin1String("op")).toString();
    if (op == QLatin1String("connected")) {
        report(connectPath(), tr("connected"), {}, text.size(), true);
        QJsonObject query{{QStringLiteral("className"), m_className}, {QStringLiteral("where"), m_where}};
        if (!m_keys.isEmpty())
            query.insert(QStringLiteral("keys"), QJsonArray::fromStringList(m_keys));
        const QJsonObject subscribe{{QStringLiteral("op"), QStringLiteral("subscribe")},
                                    {QStringLiteral("requestId"), ++m_requestId},
                                    {QStringLiteral("query"), query}};
        m_stepStartedAt = QDateTime::currentDateTimeUtc();
        m_stepTimer.start();
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
    } else if (op == QLatin1String("subscribed")) {
        m_handshakeTimer.stop();
        report(subscribePath(), tr("subscribed"), {}, text.size(), true);
        m_subscribed = true;
        m_everSubscribed = true;
        m_failures = 0;
        Q_EMIT subscribed();
    } else if (op == QLatin1String("error")) {
        m_lastError = {};
        m_lastError.kind = ParseError::Kind::Parse;
        m_lastError.code = message.value(QLatin1String("code")).toInt();
        m_lastError.message = message.value(QLatin1String("error")).toString();
        if (!message.value(QLatin1String("reconnect")).toBool(true) || !m_everSubscribed)
            giveUp();
        else
            report(m_subscribed ? subscribePath() : connectPath(), tr("error"), m_lastError, text.size());
    } else if (message.value(QLatin1String("requestId")).toInt() == m_requestId) {
        const QJsonObject object = message.value(QLatin1String("object")).toObject();
        report(m_className + QLatin1Char(' ') + object.value(QLatin1String("objectId")).toString(),
               tr("event: %1").arg(op), {}, text.size());
        Q_EMIT objectEvent(op, object);
    }
}

void LiveQueryClient::onDisconnected()
{
    m_subscribed = false;
    m_handshakeTimer.stop();
    if (m_closing)
        return;
    if (!m_lastError.isError())
        m_lastError = ParseError::transport(tr("the LiveQuery connection closed"));
    if (!m_everSubscribed) {
        giveUp();
        return;
    }
    // 1 s, 2 s, 4 s ... up to 30 s between attempts.
    const int retryMs = qMin(30000, 1000 << qMin(m_failures++, 5));
    report(Redaction::url(urlFor(m_profile)).toString(), tr("closed, retrying in %1 s").arg(retryMs / 1000),
           m_lastError);
    Q_EMIT interrupted(reason(), retryMs);
    m_retryTimer.start(retryMs);
}

void LiveQueryClient::giveUp()
{
    report(connectPath(), tr("unavailable"), m_lastError, 0, true);
    close();
    Q_EMIT unavailable(reason());
}

QString LiveQueryClient::reason() const
{
    if (m_lastError.kind == ParseError::Kind::Parse)
        return tr("LiveQuery error %1: %2").arg(m_lastError.code).arg(m_lastError.message);
    // A certificate's refusal says what to do about it; socket errors are plain words.
    return m_lastError.kind == ParseError::Kind::Tls ? m_lastError.describe() : m_lastError.message;
}

QString LiveQueryClient::connectPath() const
{
    return QStringLiteral("connect ") + Redaction::url(urlFor(m_profile)).toString();
}

QString LiveQueryClient::subscribePath() const
{
    QString path = QStringLiteral("subscribe ") + m_className;
    if (!m_where.isEmpty())
        path += QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(m_where).toJson(QJsonDocument::Compact));
    return path;
}

void LiveQueryClient::report(const QString &path, const QString &status, const ParseError &error,
                             qint64 bytes, bool endsStep)
{
    if (!m_client)
        return;
    ParseResult row;
    row.liveQuery = status;
    row.displayPath = path;
    row.error = error;
    row.bytesReceived = bytes;
    row.startedAt = endsStep ? m_stepStartedAt : QDateTime::currentDateTimeUtc();
    row.elapsedMs = endsStep ? m_stepTimer.elapsed() : 0;
    m_client->reportLiveQuery(row);
}
