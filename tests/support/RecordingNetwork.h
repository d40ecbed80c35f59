#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <functional>

// The QNAM seam for unit tests of request building: records every request with its method and body and
// answers it with a canned reply, without any network. Integration tests use the real server instead.
class RecordingNetwork final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Sent
    {
        QByteArray method;
        QNetworkRequest request;
        QByteArray body;
    };
    struct Canned
    {
        int status = 200;
        QByteArray body = QByteArrayLiteral("{}");
        QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
        bool networkError = false; // no HTTP reply at all: connection refused
    };

    using QNetworkAccessManager::QNetworkAccessManager;
    QList<Sent> sent;
    Canned next; // the answer to every request, unless respond is set
    std::function<Canned(const Sent &)> respond;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};
