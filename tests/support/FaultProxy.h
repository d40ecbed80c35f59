#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A proxy the tests put between the client and the real local Parse Server to produce faults a real server
// can't be made to produce on demand: a connection dropped mid-reply, a reply later than the timeout, 500,
// 502, 429 with Retry-After, a truncated body, a body that is not JSON. One request per connection
// (it answers "Connection: close"), so every request meets the fault in force when it arrives.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        DropMidReply,
        Delay,
        Http500,
        Http502,
        Http429,
        Truncated,
        NotJson
    };
    Q_ENUM(Fault)

    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);

    // The upstream URL with the proxy's host and port.
    QUrl url() const;
    // The fault for the next `count` requests (-1: until changed).
    void setFault(Fault fault, int count = -1);
    void setDelayMs(int ms) { m_delayMs = ms; }
    int requestsSeen() const { return m_seen; }

private:
    void onConnection();
    void handle(QTcpSocket *client, const QByteArray &request);
    void forward(QTcpSocket *client, const QByteArray &request, Fault fault);
    static QByteArray cannedReply(int status, const QByteArray &reason, const QByteArray &body,
                                  const QByteArray &contentType, const QByteArray &extraHeaders = {});

    QTcpServer m_server;
    QUrl m_upstream;
    Fault m_fault = Fault::None;
    int m_remaining = -1;
    int m_delayMs = 5000;
    int m_seen = 0;
};
