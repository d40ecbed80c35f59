#include "core/batch/BatchRunner.h"

#include "core/net/BatchCall.h"

BatchRunner::BatchRunner(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void BatchRunner::setBatchSize(int size)
{
    size = qMax(1, size);
    // Round trips of another size say nothing about this one.
    if (size != m_batchSize) {
        m_baseRttMs = 0;
        m_roundRtts = 0;
    }
    m_batchSize = size;
}

int BatchRunner::nextWindow(int window, double baseRttMs, double rttMs, int maxWindow)
{
    if (baseRttMs <= 0 || rttMs <= 0)
        return window;
    const double waiting = window * (1.0 - baseRttMs / rttMs);
    if (waiting < 0.5)
        return qMin(window + 1, maxWindow);
    if (waiting > 1.5)
        return qMax(window - 1, 1);
    return window;
}

void BatchRunner::run(const QList<ParseRequest> &operations, bool transaction)
{
    Q_ASSERT(!m_running);
    m_operations = operations;
    // One run is one undo journal entry; writes tagged already (an undo, an import) keep their tags.
    const QString actionId = ParseRequest::newActionId();
    for (ParseRequest &op : m_operations) {
        if (op.actionId.isEmpty()) {
            op.origin = QStringLiteral("batch");
            op.actionId = actionId;
        }
    }
    m_results = QList<ParseResult>(operations.size());
    m_transaction = transaction;
    m_running = true;
    m_cancelled = false;
    m_next = m_done = m_inFlight = m_peakInFlight = 0;
    // Creates, deletes and updates cost the server differently: every run learns its own window.
    m_window = 1; // the first chunk alone: its round trip is the base, with nothing queued before it
    m_baseRttMs = 0;
    m_roundRtts = 0;
    m_calls.clear();
    m_clock.start();
    Q_EMIT progress(0, total());
    if (operations.isEmpty()) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    pump();
}

void BatchRunner::pump()
{
    while (!m_cancelled && m_next < m_operations.size() && m_inFlight < m_window) {
        // All-or-nothing needs a single batch, whatever the batch size.
        const int count =
            m_transaction ? int(m_operations.size()) : qMin(m_batchSize, int(m_operations.size()) - m_next);
        const int first = m_next;
        m_next += count;
        ++m_inFlight;
        m_peakInFlight = qMax(m_peakInFlight, m_inFlight);
        auto *call = new BatchCall(m_client, m_operations.mid(first, count), m_transaction, this);
        m_calls.append(call);
        connect(call, &BatchCall::operationFinished, this,
                [this, first](int index, const ParseResult &r) { record(first + index, r); });
        connect(call, &BatchCall::batchLimitLearned, this, [this](int limit) { setBatchSize(limit); });
        const qint64 sentAt = m_clock.nsecsElapsed();
        const bool full = count == m_batchSize && !m_transaction;
        connect(call, &BatchCall::finished, this, [this, call, sentAt, full] {
            call->deleteLater();
            --m_inFlight;
            if (full)
                adapt(double(m_clock.nsecsElapsed() - sentAt) / 1e6);
            pump();
        });
        call->start();
    }
}

void BatchRunner::adapt(double rttMs)
{
    // One decision per round of `window` chunks, on the round's fastest trip: single trips are noisy.
    m_roundMinRttMs = m_roundRtts == 0 ? rttMs : qMin(m_roundMinRttMs, rttMs);
    if (++m_roundRtts < m_window)
        return;
    m_window = nextWindow(m_window, m_baseRttMs, m_roundMinRttMs, m_maxInFlight);
    if (m_baseRttMs <= 0 || m_roundMinRttMs < m_baseRttMs)
        m_baseRttMs = m_roundMinRttMs;
    m_roundRtts = 0;
}

void BatchRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Operations never sent are answered now; the chunks in flight still report their real outcome.
    const int unsent = m_next;
    m_next = int(m_operations.size());
    for (int i = unsent; i < m_operations.size(); ++i) {
        ParseResult r;
        r.request = m_operations.at(i);
        r.error = ParseError::cancelled(tr("Not sent: the batch was cancelled."));
        record(i, r);
    }
}

void BatchRunner::record(int index, const ParseResult &result)
{
    m_results[index] = result;
    ++m_done;
    Q_EMIT operationFinished(index, result);
    Q_EMIT progress(m_done, total());
    if (m_done == total()) {
        m_running = false;
        Q_EMIT finished(m_cancelled);
    }
}
