#pragma once

#include "core/net/ParseResult.h"

#include <QObject>

// Handle to one request in flight. Emits finished() exactly once, then deletes itself.
class ParseReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParseReply)

public:
    explicit ParseReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    // Aborts the request; finished() still comes, with Kind::Cancelled unless the reply already arrived.
    void abort();
    // Called by the sender; a second call is ignored, which is what makes "exactly once" hold.
    void complete(const ParseResult &result);

Q_SIGNALS:
    void finished(const ParseResult &result);
    void abortRequested();

private:
    bool m_finished = false;
};
