#include "ui/QueueStatusLabel.h"

#include "core/net/RequestQueue.h"

QueueStatusLabel::QueueStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setContentsMargins(6, 0, 6, 0);
    hide();
}

void QueueStatusLabel::setQueue(RequestQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    setVisible(queue != nullptr);
    if (queue)
        connect(queue, &RequestQueue::activityChanged, this, &QueueStatusLabel::showActivity);
    showActivity();
}

void QueueStatusLabel::showActivity()
{
    if (!m_queue)
        return;
    const QDateTime last = m_queue->lastFlush();
    const QString flushed =
        last.isValid() ? last.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : tr("never");
    // Short, so the status bar fits a 1024 px window in every language; the rest is in the tooltip.
    setText(
        tr("Queue: %1 waiting · %2 in flight").arg(m_queue->pendingCount()).arg(m_queue->inFlightCount()));
    setToolTip(
        tr("Requests of this connection wait here and leave together as one /batch when %1 are waiting "
           "or every %2 s; View > Flush request queue sends them now. Last flush: %3.")
            .arg(m_queue->batchSize())
            .arg(m_queue->flushIntervalMs() / 1000)
            .arg(flushed));
}
