#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A gateway (nginx, a load balancer) in front of the real server that fails after the fact: every request
// goes to the upstream and is applied there, and once the upstream has answered a write (anything but a
// GET), the client gets the gateway's own error page instead of that answer. FaultProxy answers its 502
// without forwarding; this is the case where the write happened. Reads pass, so a client can read what
// it is about to change. One request per connection.
class GatewayProxy final : public QObject
{
    Q_OBJECT

public:
    explicit GatewayProxy(const QUrl &upstream, QObject *parent = nullptr);

    // The upstream URL with the proxy's host and port.
    QUrl url() const;
    // Replace the upstream's answers to the next `count` writes (-1: until changed) with this status (502,
    // 503, 504); 0 passes them through.
    void setFailure(int status, int count = -1);
    int replaced() const { return m_replaced; }

private:
    void onConnection();
    void forward(QTcpSocket *client, const QByteArray &request);

    QTcpServer m_server;
    QUrl m_upstream;
    int m_status = 0;
    int m_remaining = -1;
    int m_replaced = 0;
};
