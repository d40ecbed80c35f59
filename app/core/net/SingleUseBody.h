#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body Qt can read once and never rewind. When a connection closes after a request was sent
// and before its reply arrived, Qt's HTTP channel resends the request on a new connection by itself
// (QHttpNetworkConnectionChannel's reconnect attempts), and the caller sees only the second reply:
// a write applied twice, reported once. Before resending, Qt rewinds the upload; this body refuses,
// so the resend fails with QNetworkReply::ContentReSendError instead, which reads as "outcome unknown".
// Needs QNetworkRequest::DoNotBufferUploadDataAttribute and a Content-Length, or Qt copies it into a
// buffer it can rewind.
class SingleUseBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleUseBody)

public:
    explicit SingleUseBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
