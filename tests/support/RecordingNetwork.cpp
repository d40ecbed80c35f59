#include "RecordingNetwork.h"

#include <QNetworkReply>
#include <QTimer>

namespace {
class CannedReply final : public QNetworkReply
{
public:
    CannedReply(const QNetworkRequest &request, const QByteArray &method,
                const RecordingNetwork::Canned &canned, QObject *parent)
        : QNetworkReply(parent)
        , m_body(canned.body)
    {
        setRequest(request);
        setUrl(request.url());
        setAttribute(QNetworkRequest::CustomVerbAttribute, method);
        open(QIODevice::ReadOnly);
        QTimer::singleShot(0, this, [this, canned] {
            if (canned.networkError) {
                m_body.clear();
                setError(ConnectionRefusedError, QStringLiteral("Connection refused"));
                Q_EMIT errorOccurred(ConnectionRefusedError);
            } else {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, canned.status);
                setHeader(QNetworkRequest::ContentTypeHeader, canned.contentType);
                Q_EMIT readyRead();
            }
            setFinished(true);
            Q_EMIT finished();
        });
    }
    void abort() override {}
    qint64 bytesAvailable() const override { return m_body.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_pos);
        memcpy(data, m_body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
};
} // namespace

QNetworkReply *RecordingNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                               QIODevice *outgoingData)
{
    QByteArray method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (method.isEmpty()) {
        static const QHash<Operation, QByteArray> names{{GetOperation, "GET"},
                                                        {PostOperation, "POST"},
                                                        {PutOperation, "PUT"},
                                                        {DeleteOperation, "DELETE"},
                                                        {HeadOperation, "HEAD"}};
        method = names.value(op);
    }
    sent.append({method, request, outgoingData ? outgoingData->readAll() : QByteArray()});
    return new CannedReply(request, method, respond ? respond(sent.last()) : next, this);
}
