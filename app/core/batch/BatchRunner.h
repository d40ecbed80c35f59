#pragma once

#include "core/net/ParseResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class BatchCall;
class ParseClient;

// Sends a list of operations in chunks of the batch size, several chunks travelling at once, and maps
// every reply item back to its operation. How many travel at once adapts to the server (see nextWindow).
// Cancelling sends nothing further: chunks in flight finish and are reported, unsent operations are answered
// "not sent". A transaction goes as one all-or-nothing batch.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    explicit BatchRunner(ParseClient *client, QObject *parent = nullptr);

    void setBatchSize(int size);
    int batchSize() const { return m_batchSize; }
    // A cap on the window (at most Qt's 6 connections per host).
    void setMaxInFlight(int chunks) { m_maxInFlight = qBound(1, chunks, kMaxInFlight); }
    // The most chunks in flight the run reached.
    int peakInFlight() const { return m_peakInFlight; }

    // The window after a round of full chunks whose fastest came back in rttMs, as TCP Vegas sizes its
    // window: the chunks waiting at the server are window x (1 - baseRtt / rtt), baseRtt being the fastest
    // round trip seen. Under half a chunk waiting, the server has room (a remote server's round trip
    // dominates): one more in flight. Over one and a half, more in flight only queue up and contend (a busy
    // or local server): one fewer.
    static int nextWindow(int window, double baseRttMs, double rttMs, int maxWindow);

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
    void adapt(double rttMs);
    void record(int index, const ParseResult &result);

    ParseClient *m_client;
    int m_batchSize = 50;
    // Qt opens at most 6 connections per host: a 7th chunk would only wait for one of them.
    static constexpr int kMaxInFlight = 6;
    int m_maxInFlight = kMaxInFlight;
    int m_window = 1;
    double m_baseRttMs = 0; // the fastest full chunk of this batch size so far; 0 before the first
    int m_roundRtts = 0;    // full chunks back in the current round
    double m_roundMinRttMs = 0;
    int m_peakInFlight = 0;
    QElapsedTimer m_clock;
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
