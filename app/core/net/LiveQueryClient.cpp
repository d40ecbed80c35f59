#include "core/net/LiveQueryClient.h"

#include "core/net/ParseError.h"
#include "core/net/TlsTrust.h"

#include <QJsonArray>
#include <QJsonDocument>

LiveQueryClient::LiveQueryClient(const ServerProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LiveQueryClient::open);
    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setInterval(10000);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        m_lastError = tr("no subscription confirmed within 10 s");
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
                    m_lastError = m_socket.errorString();
            });
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const QSslCertificate peer = m_socket.sslConfiguration().peerCertificate();
        m_tlsRefused = !TlsTrust::isTrusted(peer, m_profile.trustedCertificate);
        if (m_tlsRefused)
            m_lastError =
                ParseError::tls(TlsTrust::describe(errors, peer), TlsTrust::fingerprint(peer)).describe();
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
    m_lastError.clear();
    m_tlsRefused = false;
    m_handshakeTimer.start();
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
        QJsonObject query{{QStringLiteral("className"), m_className}, {QStringLiteral("where"), m_where}};
        if (!m_keys.isEmpty())
            query.insert(QStringLiteral("keys"), QJsonArray::fromStringList(m_keys));
        const QJsonObject subscribe{{QStringLiteral("op"), QStringLiteral("subscribe")},
                                    {QStringLiteral("requestId"), ++m_requestId},
                                    {QStringLiteral("query"), query}};
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
    } else if (op == QLatin1String("subscribed")) {
        m_handshakeTimer.stop();
        m_subscribed = true;
        m_everSubscribed = true;
        m_failures = 0;
        Q_EMIT subscribed();
    } else if (op == QLatin1String("error")) {
        m_lastError = tr("LiveQuery error %1: %2")
                          .arg(message.value(QLatin1String("code")).toInt())
                          .arg(message.value(QLatin1String("error")).toString());
        if (!message.value(QLatin1String("reconnect")).toBool(true) || !m_everSubscribed)
            giveUp(m_lastError);
    } else if (message.value(QLatin1String("requestId")).toInt() == m_requestId) {
        Q_EMIT objectEvent(op, message.value(QLatin1String("object")).toObject());
    }
}

void LiveQueryClient::onDisconnected()
{
    m_subscribed = false;
    m_handshakeTimer.stop();
    if (m_closing)
        return;
    const QString reason = m_lastError.isEmpty() ? tr("the LiveQuery connection closed") : m_lastError;
    if (!m_everSubscribed) {
        giveUp(reason);
        return;
    }
    // 1 s, 2 s, 4 s ... up to 30 s between attempts.
    const int retryMs = qMin(30000, 1000 << qMin(m_failures++, 5));
    Q_EMIT interrupted(reason, retryMs);
    m_retryTimer.start(retryMs);
}

void LiveQueryClient::giveUp(const QString &reason)
{
    close();
    Q_EMIT unavailable(reason);
}
