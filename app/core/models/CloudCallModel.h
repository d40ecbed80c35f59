#pragma once

#include "core/net/ParseError.h"
#include "core/net/ParseRequest.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

class ParseClient;
struct ParseResult;

// The Cloud Code calls made over one connection, newest first: functions and jobs with their parameters,
// outcome and time, each ready to be run again. A started job is then followed through its _JobStatus row
// (master key) until it finishes, since the POST only says that it started.
class CloudCallModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudCallModel)

public:
    struct Call
    {
        enum class Kind
        {
            Function,
            Job
        };
        Kind kind = Kind::Function;
        QString name;
        QJsonObject params;
        bool form = false;      // form-urlencoded, as some older clients send it, instead of JSON
        bool masterKey = false; // with the master key, or without it whatever the profile says; jobs always
        QString sessionToken;   // run as this user; kept in memory only

        ParseRequest request() const;
    };
    enum class State
    {
        Running,
        Succeeded,
        Failed
    };
    struct Entry
    {
        Call call;
        State state = State::Running;
        bool replied = false; // a started job still runs after its reply
        QDateTime startedAt;
        qint64 elapsedMs = 0;
        QJsonValue result; // a function's "result"; a job's reply body
        ParseError error;
        QJsonObject jobStatus; // a job's _JobStatus row (status, message, finishedAt) once read
        QString jobNote;       // why a job's status is not known, or not final, when it is not
    };
    static constexpr int kJobPollMs = 1000;
    static constexpr int kJobPollTries = 120;
    static constexpr int kMaxEntries = 200;

    explicit CloudCallModel(QObject *parent = nullptr);

    // A new connection starts a new history.
    void setClient(ParseClient *client);
    // Sends the call; its entry is row 0 from now on and fills in when the reply arrives.
    void run(const Call &call);
    const Entry &entry(int row) const { return m_items.at(row).entry; }
    void clear();
    // The history as kept between runs of the app, without session tokens; restoreState() replaces the
    // history with it. A call still without a reply is kept as one whose outcome is unknown.
    QJsonObject state() const;
    void restoreState(const QJsonObject &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        quint64 id;
        Entry entry;
    };
    int rowOf(quint64 id) const;
    void changed(quint64 id);
    void onReply(quint64 id, const ParseResult &result);
    void readJobStatus(quint64 id, int attempt);
    QString summary(const Entry &e) const;

    QPointer<ParseClient> m_client;
    QList<Item> m_items; // newest first
    quint64 m_nextId = 0;
};
