#pragma once

#include "ParseResult.h"

#include <QList>
#include <QObject>
#include <QPointer>

class BatchCall;
class ParseClient;

// Sends a list of operations in chunks of the batch size with up to maxInFlight chunks travelling at once,
// and maps every reply item back to its operation. Cancelling sends nothing further: chunks in flight
// finish and are reported, unsent operations are answered "not sent". A transaction goes as one
// all-or-nothing batch.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    explicit BatchRunner(ParseClient *client, QObject *parent = nullptr);

    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    int batchSize() const { return m_batchSize; }
    void setMaxInFlight(int chunks) { m_maxInFlight = qMax(1, chunks); }

    void run(const QList<ParseRequest> &operations, bool transaction);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_operations.size()); }
    int done() const { return m_done; }
    // Index-aligned with the operations; meaningful once operationFinished() fired for the index.
    const QList<ParseResult> &results() const { return m_results; }

Q_SIGNALS:
    void operationFinished(int index, const ParseResult &result);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void pump();
    void record(int index, const ParseResult &result);

    ParseClient *m_client;
    int m_batchSize = 50;
    // Qt opens at most 6 connections per host: a 7th batch would only wait for one of them. Six hide a
    // remote server's round trip; on a local one the server is the bottleneck either way (tests/bench).
    int m_maxInFlight = 6;
    QList<ParseRequest> m_operations;
    QList<ParseResult> m_results;
    QList<QPointer<BatchCall>> m_calls;
    bool m_transaction = false;
    bool m_running = false;
    bool m_cancelled = false;
    int m_next = 0;
    int m_done = 0;
    int m_inFlight = 0;
};
