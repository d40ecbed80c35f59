#pragma once

#include "core/net/AdminRequest.h"
#include "core/net/ParseResult.h"
#include "core/query/LogFollower.h"

#include <QAbstractTableModel>
#include <QPointer>

class ParseClient;

// A server's log (/scriptlog) as a table: the newest entries of a window of time, then, while following,
// each new entry once (LogFollower) as polls bring it. A poll that brings nothing changes nothing, so a
// view does not flicker. A message's first line shows; the rest and the entry's stack trace are folded
// into it.
class ServerLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerLogModel)

public:
    enum Column
    {
        Time,
        Level,
        Message,
        ColumnCount
    };
    enum Role
    {
        // The whole message with its folded lines and stack trace, and the entry as sent (JSON text).
        FullTextRole = Qt::UserRole + 1,
        EntryRole
    };
    struct Query
    {
        AdminRequest::LogLevel level = AdminRequest::LogLevel::Info;
        QDateTime from;  // invalid: the server's default (a week ago)
        QDateTime until; // invalid: now
        int size = 100;  // the newest this many of the window
        bool newestFirst = true;
    };
    static constexpr int kFollowIntervalMs = LogFollower::kIntervalMs;

    explicit ServerLogModel(QObject *parent = nullptr);

    // Null: not connected; the rows go and following stops.
    void setClient(ParseClient *client);
    // Reads the query's entries afresh.
    void load(const Query &query);
    // Polls for new entries every kFollowIntervalMs (from the newest shown on; the query's until is not
    // applied while following).
    void setFollowing(bool follow);
    bool isFollowing() const { return m_follower.isFollowing(); }
    bool isLoading() const { return m_loading; }
    // Why the log could not be read, for people; empty after a good read.
    QString problem() const { return m_problem; }
    // For people: why a /scriptlog request failed, with what it usually means.
    static QString explain(const ParseResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A load or a poll finished (problem() says whether it failed).
    void refreshed();

private:
    bool takeFailure(const ParseResult &result);
    void append(const QList<QJsonObject> &entries);

    QPointer<ParseClient> m_client;
    quint64 m_generation = 0; // replies for an earlier load or client are dropped
    Query m_query;
    LogFollower m_follower;
    QList<QJsonObject> m_entries; // in the view's order
    QString m_problem;
    bool m_loading = false;
};
