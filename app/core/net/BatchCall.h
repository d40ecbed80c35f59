#pragma once

#include "core/net/ParseResult.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ParseClient;
class ParseReply;

// Sends operations as one POST /batch and answers every operation exactly once, whatever happens:
// per-item success or error, a rejected or failed batch, a reply that is not JSON or has the wrong
// number of items, a transport failure or timeout. A batch the server refuses as too large
// (requestComplexity.batchRequestLimit; nothing was executed) is split to the named limit and resent.
class BatchCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCall)

public:
    BatchCall(ParseClient *client, QList<ParseRequest> operations, bool transaction,
              QObject *parent = nullptr);

    void start();
    // Stops the batch: operations not answered yet are answered as cancelled (writes: outcome unknown).
    void abort();
    int size() const { return int(m_operations.size()); }

    // The limit in Parse Server's "exceeds the limit of N" reply, or 0.
    static int batchLimitFrom(const ParseError &error);

Q_SIGNALS:
    void operationFinished(int index, const ParseResult &result);
    // The server named a smaller batch limit; callers size later batches by it.
    void batchLimitLearned(int limit);
    void finished();

private:
    void send(int first, int count);
    void handle(int first, int count, const ParseResult &batch);
    void answer(int index, const ParseResult &result);
    void answerAll(int first, int count, const ParseResult &batch, const ParseError &error);

    ParseClient *m_client;
    QList<ParseRequest> m_operations;
    bool m_transaction;
    QList<bool> m_answered;
    int m_open = 0;
    QList<QPointer<ParseReply>> m_inFlight;
};
