#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A proxy the tests put between the client and the real local Parse Server to produce faults a real server
// can't be made to produce on demand: a connection dropped mid-reply, a reply later than the timeout, 500,
// 502, 429 with Retry-After, a truncated body, a body that is not JSON; a connection closed (FIN) or reset
// (RST) after the server applied the request and before any byte of its reply; a redirect; a reply that
// stalls after its headers; a reply larger than any cap. One request per connection (it answers
// "Connection: close"), so every request meets the fault in force when it arrives.
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
        NotJson,
        CloseAfterUpstream,   // the server replied; the client gets a FIN and no byte of the reply
        ResetAfterUpstream,   // the same with a RST
        Http502AfterUpstream, // the server applied it; the client gets a proxy's HTML 502
        Redirect,             // setRedirect(): the status and Location, without asking the server
        StallAfterHeaders,    // the server's status line and headers, then nothing, connection kept open
        Trickle,    // the server's headers, then its body in 8 pieces setDelayMs() apart (a slow link)
        Oversized,  // a 200 of setOversizeBytes() JSON bytes without Content-Length
        EchoHeaders // a 400 whose Parse error message is the request's headers, keys and all
    };
    Q_ENUM(Fault)

    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);

    // The upstream URL with the proxy's host and port.
    QUrl url() const;
    // The fault for the next `count` requests (-1: until changed).
    void setFault(Fault fault, int count = -1);
    void setDelayMs(int ms) { m_delayMs = ms; }
    // Only requests whose request line contains this ("POST /parse/batch") meet the fault; others pass.
    void setFaultOnly(const QByteArray &requestLinePart) { m_faultOnly = requestLinePart; }
    // Fault::Redirect answers `status` with Location: target + the request's path and query.
    void setRedirect(int status, const QUrl &target)
    {
        m_redirectStatus = status;
        m_redirectTarget = target;
    }
    void setOversizeBytes(qint64 bytes) { m_oversizeBytes = bytes; }
    int requestsSeen() const { return m_seen; }
    // The requests that reached the proxy, as received (request line, headers, body).
    const QList<QByteArray> &requests() const { return m_requests; }

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
    QByteArray m_faultOnly;
    int m_redirectStatus = 307;
    QUrl m_redirectTarget;
    qint64 m_oversizeBytes = 0;
    QList<QByteArray> m_requests;
};
