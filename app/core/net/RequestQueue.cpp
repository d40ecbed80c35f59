#include "core/net/RequestQueue.h"

#include "core/net/BatchCall.h"
#include "core/net/ParseClient.h"

namespace {
// Batches carry one set of headers, so only requests that would send the same ones travel together.
bool sameHeaders(const ParseRequest &a, const ParseRequest &b)
{
    return a.sessionToken == b.sessionToken && a.masterKey == b.masterKey;
}
} // namespace

RequestQueue::RequestQueue(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_batchSize(qMax(1, client->profile().batchSize))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &RequestQueue::flushNow);
}

RequestQueue::~RequestQueue()
{
    for (const Pending &p : m_pending) {
        ParseResult r;
        r.request = p.request;
        r.error =
            ParseError::cancelled(tr("The queue was closed before this request was sent; it was not sent."));
        p.reply->complete(r);
    }
}

void RequestQueue::setBatchSize(int size)
{
    m_batchSize = qMax(1, size);
    pump();
}

void RequestQueue::setMaxInFlight(int batches)
{
    m_maxInFlight = qMax(1, batches);
    pump();
}

bool RequestQueue::isBatchable(const ParseRequest &request)
{
    static const QLatin1String routes[] = {QLatin1String("/classes/"), QLatin1String("/users"),
                                           QLatin1String("/functions/"), QLatin1String("/roles"),
                                           QLatin1String("/installations")};
    for (const auto &route : routes) {
        if (request.path.startsWith(route))
            return true;
    }
    return false;
}

QueuedReply *RequestQueue::enqueue(const ParseRequest &request)
{
    auto *reply = new QueuedReply(QDateTime::currentDateTimeUtc(), this);
    m_pending.push_back({m_nextSequence++, request, reply});
    if (!m_timer.isActive() && !m_draining)
        m_timer.start();
    pump();
    Q_EMIT activityChanged();
    return reply;
}

void RequestQueue::flushNow()
{
    m_timer.stop();
    if (m_pending.empty())
        return;
    m_draining = true;
    pump();
}

void RequestQueue::pump()
{
    while (!m_pending.empty() && m_inFlight < m_maxInFlight &&
           (m_draining || int(m_pending.size()) >= m_batchSize || !isBatchable(m_pending.front().request)))
        sendNext();
    if (m_pending.empty()) {
        m_draining = false;
        m_timer.stop();
    }
}

void RequestQueue::sendNext()
{
    // The oldest request leads; the ones right behind it with the same headers join its batch.
    std::vector<Pending> group;
    group.push_back(m_pending.front());
    m_pending.pop_front();
    if (isBatchable(group.front().request)) {
        while (!m_pending.empty() && int(group.size()) < m_batchSize &&
               isBatchable(m_pending.front().request) &&
               sameHeaders(m_pending.front().request, group.front().request)) {
            group.push_back(m_pending.front());
            m_pending.pop_front();
        }
    }
    ++m_inFlight;
    m_lastFlush = QDateTime::currentDateTimeUtc();
    Q_EMIT activityChanged();

    const auto done = [this] {
        --m_inFlight;
        Q_EMIT activityChanged();
        pump();
    };
    if (group.size() == 1) {
        QueuedReply *reply = group.front().reply;
        connect(m_client->send(group.front().request), &ParseReply::finished, this,
                [reply, done](const ParseResult &r) {
                    reply->complete(r);
                    done();
                });
        return;
    }
    QList<ParseRequest> requests;
    QList<QueuedReply *> replies;
    for (const Pending &p : group) {
        requests.append(p.request);
        replies.append(p.reply);
    }
    auto *call = new BatchCall(m_client, requests, false, this);
    connect(call, &BatchCall::operationFinished, this,
            [replies](int index, const ParseResult &r) { replies.at(index)->complete(r); });
    connect(call, &BatchCall::batchLimitLearned, this,
            [this](int limit) { m_batchSize = qMin(m_batchSize, limit); });
    connect(call, &BatchCall::finished, this, [call, done] {
        call->deleteLater();
        done();
    });
    call->start();
}
