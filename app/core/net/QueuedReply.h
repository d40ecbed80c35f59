#pragma once

#include "core/net/ParseResult.h"

#include <QDateTime>
#include <QObject>

// Handle to one request waiting in a RequestQueue. Emits finished() exactly once, then deletes itself.
class QueuedReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuedReply)

public:
    explicit QueuedReply(QDateTime enqueuedAt, QObject *parent = nullptr);
    QDateTime enqueuedAt() const { return m_enqueuedAt; }
    bool isFinished() const { return m_finished; }
    // A second call is ignored: that is what makes "answered exactly once" hold.
    void complete(const ParseResult &result);

Q_SIGNALS:
    void finished(const ParseResult &result, const QDateTime &enqueuedAt);

private:
    QDateTime m_enqueuedAt;
    bool m_finished = false;
};
