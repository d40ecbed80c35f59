#pragma once

#include <QByteArray>
#include <atomic>
#include <thread>

// bench_querymemory's server: answers every GET of /parse/classes/X with a find reply of a chosen size,
// written as it is sent (one block of BenchFixture objects, about 4 MB, again and again: the reply is
// never held whole), with its Content-Length; anything else gets a 404. Plain sockets on a thread of its
// own, one connection at a time: the bench's main thread is busy waiting for the CLI it measures.
class BigReplyServer final
{
public:
    // Listens on 127.0.0.1, on a free port; port() is 0 when that failed.
    BigReplyServer();
    ~BigReplyServer();
    BigReplyServer(const BigReplyServer &) = delete;
    BigReplyServer &operator=(const BigReplyServer &) = delete;

    quint16 port() const { return m_port; }
    // The next replies are about `bytes` long (whole blocks); returns their exact length.
    qint64 setReplyBytes(qint64 bytes);
    // Body bytes the last reply got out before it ended or the client closed the connection.
    qint64 lastBodyBytesSent() const { return m_sent; }

private:
    void serve();
    void answer(int fd);
    qint64 replyLength(qint64 blocks) const;

    int m_listenFd = -1;
    quint16 m_port = 0;
    QByteArray m_block; // the objects of one block, comma-separated, without the array's brackets
    std::atomic<qint64> m_blocks{1};
    std::atomic<qint64> m_sent{0};
    std::atomic<bool> m_stopping{false};
    std::thread m_thread;
};
