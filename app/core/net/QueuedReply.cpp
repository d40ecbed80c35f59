#include "core/net/QueuedReply.h"

QueuedReply::QueuedReply(QDateTime enqueuedAt, QObject *parent)
    : QObject(parent)
    , m_enqueuedAt(std::move(enqueuedAt))
{}

void QueuedReply::complete(const ParseResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result, m_enqueuedAt);
    deleteLater();
}
