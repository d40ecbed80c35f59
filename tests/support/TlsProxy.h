#pragma once

#include <QObject>
#include <QSslServer>
#include <QUrl>

// Serves TLS with a test certificate in front of the plain-HTTP local Parse Server, so TLS errors (a
// self-signed certificate, another certificate than the trusted one) meet the client for real.
class TlsProxy final : public QObject
{
    Q_OBJECT

public:
    // certificateName: "server-a" or "server-b", test certificates for 127.0.0.1 in tests/support/tls.
    TlsProxy(const QUrl &upstream, const QString &certificateName, QObject *parent = nullptr);

    bool isListening() const { return m_server.isListening(); }
    // The upstream URL as https:// with the proxy's port.
    QUrl url() const;
    // The SHA-256 fingerprint of the certificate served.
    QString fingerprint() const;

private:
    void onConnection();

    QSslServer m_server;
    QUrl m_upstream;
    QString m_fingerprint;
};
