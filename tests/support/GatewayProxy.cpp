#include "GatewayProxy.h"

#include <QTcpSocket>

namespace {
// Bytes of a complete HTTP request (headers, then Content-Length bytes of body); 0 while incomplete.
qsizetype completeLength(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return data.size() >= end + 4 + length ? end + 4 + length : 0;
}
} // namespace

GatewayProxy::GatewayProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &GatewayProxy::onConnection);
}

QUrl GatewayProxy::url() const
{
    QUrl u = m_upstream;
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    return u;
}

void GatewayProxy::setFailure(int status, int count)
{
    m_status = status;
    m_remaining = count;
}

void GatewayProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            buffer->append(client->readAll());
            if (const qsizetype length = completeLength(*buffer)) {
                forward(client, buffer->left(length));
                buffer->clear();
            }
        });
    }
}

void GatewayProxy::forward(QTcpSocket *client, const QByteArray &request)
{
    const bool write = !request.startsWith("GET ");
    const int status = !write || m_remaining == 0 ? 0 : m_status;
    if (write && m_remaining > 0)
        --m_remaining;
    auto *upstream = new QTcpSocket(client);
    auto reply = std::make_shared<QByteArray>();
    // The upstream closes after its answer, so that close marks the whole answer.
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    QByteArray head;
    for (const QByteArray &line : request.left(headEnd).split('\n')) {
        if (!line.toLower().startsWith("connection:"))
            head += line.trimmed() + "\r\n";
    }
    const QByteArray sent = head + "Connection: close\r\n\r\n" + request.mid(headEnd + 4);
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, sent] { upstream->write(sent); });
    connect(upstream, &QTcpSocket::readyRead, upstream,
            [upstream, reply] { reply->append(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [this, client, reply, status] {
        if (status == 0) {
            client->write(*reply);
        } else {
            ++m_replaced;
            const QByteArray body =
                "<html><body><h1>" + QByteArray::number(status) + " from the gateway</h1></body></html>";
            client->write("HTTP/1.1 " + QByteArray::number(status) +
                          " Gateway Error\r\nContent-Type: text/html\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        }
        client->disconnectFromHost();
    });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
}
