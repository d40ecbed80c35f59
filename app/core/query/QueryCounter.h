#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ParseClient;
class ParseReply;

// Counts the objects a where matches while the query is being edited: a request goes out once the
// query has stopped changing for kDebounceMs, and only the newest answer is shown.
class QueryCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryCounter)

public:
    static constexpr int kDebounceMs = 500;
    enum class State
    {
        Idle, // nothing to count (no client, no class, or a query that can't be sent)
        Waiting,
        Counting,
        Counted,
        Failed
    };

    explicit QueryCounter(QObject *parent = nullptr);

    void setClient(ParseClient *client);
    // Counts after the pause; an empty class name stops counting, and the query counted (or being
    // counted) already is not counted again.
    void request(const QString &className, const QJsonObject &where);
    void stop();

    State state() const { return m_state; }
    qint64 count() const { return m_count; }
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void stateChanged(QueryCounter::State state);

private:
    void send();
    void setState(State state);

    QPointer<ParseClient> m_client;
    QPointer<ParseReply> m_reply;
    QTimer m_pause;
    QString m_className;
    QJsonObject m_where;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    qint64 m_count = 0;
    QString m_errorText;
};
