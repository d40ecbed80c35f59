#include "TlsProxy.h"

#include "core/net/TlsTrust.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

TlsProxy::TlsProxy(const QUrl &upstream, const QString &certificateName, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    const QString base = QStringLiteral(PARSEDESK_TLS_DIR "/") + certificateName;
    QFile certFile(base + QStringLiteral(".crt"));
    QFile keyFile(base + QStringLiteral(".key"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return;
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(config);
    m_fingerprint = TlsTrust::fingerprint(certificate);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &TlsProxy::onConnection);
    m_server.listen(QHostAddress::LocalHost);
}

QUrl TlsProxy::url() const
{
    QUrl url = m_upstream;
    url.setScheme(QStringLiteral("https"));
    url.setPort(m_server.serverPort());
    return url;
}

QString TlsProxy::fingerprint() const
{
    return m_fingerprint;
}

void TlsProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        // Bytes flow both ways as they come; either side closing closes both.
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        if (client->bytesAvailable() > 0)
            upstream->write(client->readAll());
    }
}
