#include "BigReplyServer.h"

#include "BenchFixture.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
const QByteArray kHead = "{\"results\":[";
const QByteArray kTail = "]}";
constexpr int kBlockObjects = 10000; // about 3.9 MB

bool sendAll(int fd, const char *data, qint64 size, std::atomic<qint64> *sent)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n <= 0)
            return false; // the client closed it (a refused reply is aborted as soon as it is announced)
        data += n;
        size -= n;
        if (sent)
            *sent += n;
    }
    return true;
}
} // namespace

BigReplyServer::BigReplyServer()
{
    const QByteArray page = BenchFixture::findReply(kBlockObjects);
    m_block = page.mid(kHead.size(), page.size() - kHead.size() - kTail.size());

    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
        ::listen(m_listenFd, 4) != 0 ||
        ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return;
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

BigReplyServer::~BigReplyServer()
{
    m_stopping = true;
    if (m_listenFd >= 0)
        ::shutdown(m_listenFd, SHUT_RDWR); // wakes accept()
    if (m_thread.joinable())
        m_thread.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

qint64 BigReplyServer::setReplyBytes(qint64 bytes)
{
    const qint64 blocks = qMax<qint64>(1, (bytes - kHead.size() - kTail.size()) / (m_block.size() + 1));
    m_blocks = blocks;
    return replyLength(blocks);
}

qint64 BigReplyServer::replyLength(qint64 blocks) const
{
    return kHead.size() + blocks * m_block.size() + (blocks - 1) + kTail.size();
}

void BigReplyServer::serve()
{
    while (!m_stopping) {
        const int fd = ::accept(m_listenFd, nullptr, nullptr);
        if (fd < 0)
            continue;
        answer(fd);
        ::close(fd);
    }
}

void BigReplyServer::answer(int fd)
{
    QByteArray request;
    char buffer[4096];
    while (!request.contains("\r\n\r\n") && request.size() < 65536) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return;
        request.append(buffer, n);
    }
    if (!request.startsWith("GET /parse/classes/")) {
        const QByteArray body = R"({"code":119,"error":"not this route"})";
        const QByteArray notFound =
            "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        sendAll(fd, notFound.constData(), notFound.size(), nullptr);
        return;
    }
    const qint64 blocks = m_blocks;
    const QByteArray header = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
                              "Content-Length: " +
                              QByteArray::number(replyLength(blocks)) + "\r\nConnection: close\r\n\r\n";
    const QByteArray next = ',' + m_block;
    m_sent = 0;
    if (!sendAll(fd, header.constData(), header.size(), nullptr) ||
        !sendAll(fd, kHead.constData(), kHead.size(), &m_sent) ||
        !sendAll(fd, m_block.constData(), m_block.size(), &m_sent))
        return;
    for (qint64 i = 1; i < blocks; ++i) {
        if (m_stopping || !sendAll(fd, next.constData(), next.size(), &m_sent))
            return;
    }
    sendAll(fd, kTail.constData(), kTail.size(), &m_sent);
    ::shutdown(fd, SHUT_WR);
}
