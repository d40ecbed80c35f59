#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>

// SO_LINGER 0 makes a close a reset; Qt has no call for it. Winsock has the same option.
#ifdef Q_OS_WIN
#include <winsock2.h>
using NativeSocket = SOCKET;
#else
#include <sys/socket.h>
using NativeSocket = int;
#endif

namespace {
// Bytes of a complete HTTP request: headers, then Content-Length bytes of body; 0 while incomplete.
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
    const qsizetype total = end + 4 + length;
    return data.size() >= total ? total : 0;
}

// One request per connection keeps the fault bookkeeping per request.
QByteArray withConnectionClose(const QByteArray &request)
{
    const qsizetype end = request.indexOf("\r\n\r\n");
    QList<QByteArray> lines = request.left(end).split('\n');
    QByteArray head;
    for (QByteArray line : lines) {
        if (line.toLower().startsWith("connection:"))
            continue;
        head += line.endsWith('\r') ? line + '\n' : line + "\r\n";
    }
    return head + "Connection: close\r\n\r\n" + request.mid(end + 4);
}
} // namespace

FaultProxy::FaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

QUrl FaultProxy::url() const
{
    QUrl u = m_upstream;
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    return u;
}

void FaultProxy::setFault(Fault fault, int count)
{
    m_fault = fault;
    m_remaining = count;
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            buffer->append(client->readAll());
            const qsizetype length = completeLength(*buffer);
            if (length == 0)
                return;
            const QByteArray request = buffer->left(length);
            buffer->clear();
            handle(client, request);
        });
    }
}

QByteArray FaultProxy::cannedReply(int status, const QByteArray &reason, const QByteArray &body,
                                   const QByteArray &contentType, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" +
           extraHeaders + "\r\n" + body;
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &request)
{
    ++m_seen;
    m_requests.append(request);
    const bool meetsFault = request.left(request.indexOf("\r\n")).contains(m_faultOnly);
    if (!meetsFault) {
        forward(client, request, Fault::None);
        return;
    }
    const Fault fault = m_remaining == 0 ? Fault::None : m_fault;
    if (m_remaining > 0 && --m_remaining == 0)
        m_fault = Fault::None;
    const auto answer = [client](const QByteArray &reply) {
        client->write(reply);
        client->disconnectFromHost();
    };
    switch (fault) {
    case Fault::Http500:
        answer(cannedReply(500, "Internal Server Error", R"({"code":1,"message":"Internal server error."})",
                           "application/json"));
        return;
    case Fault::Http502:
        answer(cannedReply(502, "Bad Gateway", "<html><body>502 Bad Gateway</body></html>", "text/html"));
        return;
    case Fault::Http429:
        answer(cannedReply(429, "Too Many Requests", R"({"code":100,"error":"Too many requests."})",
                           "application/json", "Retry-After: 1\r\n"));
        return;
    case Fault::NotJson:
        answer(cannedReply(200, "OK", "<html><body>Welcome to nginx!</body></html>", "text/html"));
        return;
    case Fault::Redirect: {
        // Location: the same path and query on the target's origin.
        const QByteArray line = request.left(request.indexOf("\r\n"));
        const QUrl location = m_redirectTarget.resolved(QUrl::fromEncoded(line.split(' ').value(1)));
        answer(cannedReply(m_redirectStatus, "Moved", "<html><body>Moved</body></html>", "text/html",
                           "Location: " + location.toEncoded() + "\r\n"));
        return;
    }
    case Fault::EchoHeaders: {
        const QByteArray headers = request.left(request.indexOf("\r\n\r\n"));
        const QByteArray text = QString::fromLatin1(headers)
                                    .toUtf8()
                                    .replace('\\', "\\\\")
                                    .replace('"', "\\\"")
                                    .replace("\r\n", " | ");
        answer(cannedReply(400, "Bad Request", R"({"code":141,"error":"proxy saw: )" + text + R"("})",
                           "application/json"));
        return;
    }
    case Fault::Oversized: {
        client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                      "{\"results\":[");
        const QByteArray item = R"({"objectId":"xxxxxxxxxx","name":"padding padding padding padding"},)";
        QByteArray chunk;
        while (chunk.size() < 64 * 1024)
            chunk += item;
        // Written as the client reads, so the proxy itself never holds the whole reply; the connection owns
        // what is left to write.
        auto left = std::make_shared<qint64>(m_oversizeBytes);
        const auto pump = [client, chunk, left] {
            if (*left < 0 || client->bytesToWrite() > 0)
                return;
            if (*left == 0) {
                *left = -1;
                client->write(R"({"objectId":"end"}]})");
                client->disconnectFromHost();
                return;
            }
            *left = qMax<qint64>(0, *left - chunk.size());
            client->write(chunk);
        };
        connect(client, &QTcpSocket::bytesWritten, client, pump);
        pump();
        return;
    }
    case Fault::Delay:
        QTimer::singleShot(m_delayMs, client,
                           [this, client, request] { forward(client, request, Fault::None); });
        return;
    default:
        forward(client, request, fault);
    }
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request, Fault fault)
{
    auto *upstream = new QTcpSocket(client);
    auto reply = std::make_shared<QByteArray>();
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, request] { upstream->write(withConnectionClose(request)); });
    connect(upstream, &QTcpSocket::readyRead, upstream,
            [upstream, reply] { reply->append(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client, reply, fault, delayMs = m_delayMs] {
        if (fault == Fault::CloseAfterUpstream) {
            client->disconnectFromHost();
            return;
        }
        if (fault == Fault::ResetAfterUpstream) {
            // SO_LINGER 0: closing sends a RST instead of a FIN.
            const linger reset{1, 0};
            ::setsockopt(NativeSocket(client->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                         reinterpret_cast<const char *>(&reset), sizeof reset);
            client->abort();
            return;
        }
        if (fault == Fault::Http502AfterUpstream) {
            client->write(
                cannedReply(502, "Bad Gateway", "<html><body>502 Bad Gateway</body></html>", "text/html"));
            client->disconnectFromHost();
            return;
        }
        if (fault == Fault::StallAfterHeaders) {
            // Status line and headers only; the body never comes and the connection stays open.
            client->write(reply->left(reply->indexOf("\r\n\r\n") + 4));
            client->flush();
            return;
        }
        if (fault == Fault::Trickle) {
            // The headers at once (they fit in a packet), then the body in pieces.
            constexpr int kPieces = 8;
            const qsizetype bodyStart = reply->indexOf("\r\n\r\n") + 4;
            const qsizetype piece = (reply->size() - bodyStart) / kPieces + 1;
            for (int i = 0; i < kPieces; ++i) {
                const qsizetype from = i == 0 ? 0 : bodyStart + i * piece;
                const QByteArray part = reply->mid(from, bodyStart + (i + 1) * piece - from);
                QTimer::singleShot(i * delayMs, client, [client, part] {
                    client->write(part);
                    client->flush();
                });
            }
            QTimer::singleShot(kPieces * delayMs, client, [client] { client->disconnectFromHost(); });
            return;
        }
        if (fault == Fault::DropMidReply) {
            // The server did the work; the reply dies on the way back, after its headers and half its body.
            // (A connection that dies before the status line is one Qt quietly sends again.)
            const qsizetype bodyStart = reply->indexOf("\r\n\r\n") + 4;
            client->write(reply->left(bodyStart + (reply->size() - bodyStart) / 2));
            client->flush();
            client->abort();
            return;
        }
        if (fault == Fault::Truncated) {
            // Headers promise the whole body; half of it comes, then the connection closes.
            const qsizetype bodyStart = reply->indexOf("\r\n\r\n") + 4;
            client->write(reply->left(bodyStart + (reply->size() - bodyStart) / 2));
            client->flush();
            client->disconnectFromHost();
            return;
        }
        client->write(*reply);
        client->disconnectFromHost();
    });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
}
