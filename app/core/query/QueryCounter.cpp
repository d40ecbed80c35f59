#include "core/query/QueryCounter.h"

#include "core/net/ParseClient.h"

QueryCounter::QueryCounter(QObject *parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kDebounceMs);
    connect(&m_pause, &QTimer::timeout, this, &QueryCounter::send);
}

void QueryCounter::setClient(ParseClient *client)
{
    m_client = client;
    stop();
}

void QueryCounter::request(const QString &className, const QJsonObject &where)
{
    if (!m_client || className.isEmpty()) {
        stop();
        return;
    }
    // Paging and projection don't change a count: the answer on its way, or already here, still holds.
    if (className == m_className && where == m_where && m_state != State::Idle && m_state != State::Failed)
        return;
    ++m_generation; // an answer to the previous query is out of date now
    // Its count, if still on its way, would only compete with what the user does next.
    if (m_reply)
        m_reply->abort();
    m_className = className;
    m_where = where;
    m_pause.start();
    setState(State::Waiting);
}

void QueryCounter::stop()
{
    ++m_generation;
    m_pause.stop();
    if (m_reply)
        m_reply->abort();
    setState(State::Idle);
}

void QueryCounter::send()
{
    if (!m_client) {
        stop();
        return;
    }
    if (m_reply)
        m_reply->abort();
    const quint64 generation = ++m_generation;
    setState(State::Counting);
    ParseRequest request = ParseRequest::count(m_className, m_where);
    // An exact count can be a full scan: it must not delay the user's next request.
    request.priority = ParseRequest::Priority::Background;
    m_reply = m_client->send(request);
    connect(m_reply, &ParseReply::finished, this, [this, generation](const ParseResult &r) {
        if (generation != m_generation)
            return;
        if (r.ok()) {
            m_count = r.object().value(QLatin1String("count")).toInteger();
            setState(State::Counted);
        } else {
            m_errorText = r.error.describe();
            setState(State::Failed);
        }
    });
}

void QueryCounter::setState(State state)
{
    if (state == m_state && state != State::Counted && state != State::Failed)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
