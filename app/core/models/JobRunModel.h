#pragma once

#include "core/net/ParseResult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class ParseClient;

// A server's job runs (_JobStatus, master key), newest first, a page at a time: status, when it started,
// how long it ran (or runs so far), its message and params. While a shown run is running it is read again
// every kPollMs, and a row changes only when the run did.
class JobRunModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunModel)

public:
    enum Column
    {
        Job,
        Status,
        Started,
        Duration,
        Message,
        Params,
        ColumnCount
    };
    static constexpr int kPage = 50;
    static constexpr int kPollMs = 1000;

    explicit JobRunModel(QObject *parent = nullptr);

    // Null: not connected, empty. Else the newest page is read at once.
    void setClient(ParseClient *client);
    void reload();
    // The next page of older runs.
    void loadMore();
    bool hasMore() const { return m_hasMore; }
    bool isLoading() const { return m_loading; }
    // A run just started (its _JobStatus id) with its params: shown on top and followed. (Parse Server 9
    // does not keep a run's params in _JobStatus: they show for the runs started here.)
    void track(const QString &jobStatusId, const QJsonObject &params);
    QString problem() const { return m_problem; }
    bool isRunning(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A page was read, or could not be (problem()).
    void refreshed();

private:
    void readPage(bool more);
    void poll();
    void take(const QJsonObject &run);
    void followRunning();

    QPointer<ParseClient> m_client;
    quint64 m_generation = 0; // replies for an earlier client or reload are dropped
    QList<QJsonObject> m_runs;
    QHash<QString, QJsonObject> m_paramsStarted; // by _JobStatus id
    QTimer m_timer;
    QString m_problem;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_polling = false;
};
