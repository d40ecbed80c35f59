#pragma once

#include <QLabel>
#include <QPointer>

class RequestQueue;

// The status bar's view of a connection's request queue: requests waiting, batches in flight, last flush.
class QueueStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueStatusLabel)

public:
    explicit QueueStatusLabel(QWidget *parent = nullptr);

    // null: no connection, nothing shown.
    void setQueue(RequestQueue *queue);

private:
    void showActivity();

    QPointer<RequestQueue> m_queue;
};
