#pragma once

#include "core/net/QueuedReply.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <deque>

class ParseClient;

// One per profile, shared by every panel: requests wait here and leave oldest first, grouped into
// /batch calls when batchSize of them wait or when the flush interval runs out (or on flushNow()).
// Up to maxInFlight batches travel at once. Every request is answered exactly once; writes are never
// retried on their own (the server may have applied them).
class RequestQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestQueue)

public:
    explicit RequestQueue(ParseClient *client, QObject *parent = nullptr);
    // Requests still waiting are answered as cancelled: nothing is dropped silently.
    ~RequestQueue() override;

    QueuedReply *enqueue(const ParseRequest &request);
    void flushNow();

    int batchSize() const { return m_batchSize; }
    void setBatchSize(int size);
    int flushIntervalMs() const { return m_timer.interval(); }
    void setFlushIntervalMs(int ms) { m_timer.setInterval(ms); }
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int batches);

    int pendingCount() const { return int(m_pending.size()); }
    int inFlightCount() const { return m_inFlight; }
    QDateTime lastFlush() const { return m_lastFlush; }

    // Requests that cannot travel inside a /batch (batches, schemas, files, login, ...) go alone.
    static bool isBatchable(const ParseRequest &request);

Q_SIGNALS:
    void activityChanged();

private:
    struct Pending
    {
        quint64 sequence;
        ParseRequest request;
        QueuedReply *reply;
    };
    void pump();
    void sendNext();

    ParseClient *m_client;
    std::deque<Pending> m_pending;
    quint64 m_nextSequence = 0;
    int m_batchSize;
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    bool m_draining = false; // the timer ran out or flushNow(): send everything, not just full batches
    QTimer m_timer;
    QDateTime m_lastFlush;
};
