#pragma once

#include "core/net/ParseResult.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

class ParseClient;

// What a server says about itself: its version and /serverInfo features (what it allows: config, hooks,
// logs, jobs, push, schema edits) as rows, and /health. It decides which server panels can work on this
// connection and, for those that cannot, says why, before anyone tries.
class ServerInfoModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerInfoModel)

public:
    enum Column
    {
        Area,
        Feature,
        Allowed,
        ColumnCount
    };
    // The server panels whose routes need a feature (and the master key).
    enum class Panel
    {
        Config,
        Logs,
        Jobs,
        Hooks
    };
    enum class State
    {
        NotConnected,
        Asking,
        Known,
        Failed
    };

    explicit ServerInfoModel(QObject *parent = nullptr);

    // Asks the client's server at once; null: not connected.
    void setClient(ParseClient *client);
    void refresh();

    State state() const { return m_state; }
    QString version() const { return m_version; }
    // /health as said: "ok", the server's other status, or why it did not answer.
    QString health() const { return m_health; }
    bool healthy() const { return m_healthy; }
    // Why the panel cannot work on this connection, for people; empty when it can.
    QString unavailableReason(Panel panel) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The version, features, health or state changed.
    void changed();

private:
    struct Row
    {
        QString area;
        QString feature;
        bool allowed = false;
    };
    void takeInfo(const ParseResult &result);
    void takeHealth(const ParseResult &result);
    bool allows(const QString &area, const QString &feature) const;

    QPointer<ParseClient> m_client;
    quint64 m_generation = 0; // replies for an earlier client or refresh are dropped
    State m_state = State::NotConnected;
    QString m_version;
    QString m_health;
    bool m_healthy = false;
    QString m_failure; // why /serverInfo failed
    QJsonObject m_features;
    QList<Row> m_rows;
};
