#pragma once

#include "core/data/QueryOptions.h"
#include "core/models/LiveListDiff.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>

class LiveQueryClient;
class ParseClient;
struct ParseResult;

// A query kept current: refreshed every interval (polling) or by LiveQuery events, and applied to the
// view with the fewest signals that describe the change. A refresh that changes nothing emits nothing, so
// selection and scroll position stay. Diffing runs on a worker thread. A failed refresh keeps the last
// good rows and retries sooner, with backoff.
class LiveListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveListModel)

public:
    struct Column
    {
        enum class Kind
        {
            Field,
            ArrayLength,
            Rank
        };
        QString title;
        QString field;
        Kind kind = Kind::Field;
    };
    enum class Mode
    {
        Polling,
        LiveQuery
    };
    enum Role
    {
        ObjectRole = Qt::UserRole + 1,
        RankDeltaRole,
        KeyRole
    };
    static constexpr int kHighlightMs = 3000;

    explicit LiveListModel(QObject *parent = nullptr);
    ~LiveListModel() override;

    // The "Rooms" preset: Room by -visits with owner, name, players online, visits, last update and rank.
    static QList<Column> roomsPresetColumns();
    static QueryOptions roomsPresetQuery();
    // Columns for a listing without a preset: Rank, then the keys asked for; without keys the fields of
    // the class's /schemas entry, or, when that is not known, the fields of the rows at hand. objectId
    // comes first, Parse's timestamps last, the ACL not at all. Rank alone when no field is known yet.
    static QList<Column> defaultColumns(const QStringList &keys, const QJsonObject &schema,
                                        const QList<QJsonObject> &rows = {});

    void setClient(ParseClient *client);
    void setQuery(const QString &className, const QueryOptions &options);
    void setColumns(const QList<Column> &columns);
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalMs / 1000; }
    // LiveQuery falls back to polling when the server has no LiveQuery for us; activeMode() tells.
    void setMode(Mode mode);
    Mode activeMode() const { return m_activeMode; }
    QString modeText() const;

    void start();
    void pause();
    bool isPaused() const { return m_paused; }
    void refreshNow();

    QString className() const { return m_className; }
    QueryOptions query() const { return m_options; }
    QList<QJsonObject> rows() const { return m_rows; }
    QDateTime updatedAt() const { return m_updatedAt; }
    QDateTime nextRefreshAt() const;
    QString errorText() const { return m_error; }
    bool hasLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Orders rows as the server would for the given order keys (missing values last ascending, first
    // descending, as Postgres does); LiveQuery events are placed with it.
    static void sortRows(QList<QJsonObject> &rows, const QStringList &order);
    // A LiveQuery event (create, enter, update, leave, delete) applied to the client-side top-N list.
    void applyEvent(const QString &op, const QJsonObject &object);
    // The list an event leaves: the object out, back in at its place in the order unless it left, and
    // the list cut to the query's limit.
    static QList<QJsonObject> withEvent(QList<QJsonObject> rows, const QString &op, const QJsonObject &object,
                                        const QueryOptions &options);

Q_SIGNALS:
    // After each applied refresh: the first one is the snapshot, later ones carry only what changed.
    void snapshot(const QList<QJsonObject> &rows);
    void changed(const QList<LiveListDiff::Step> &steps);
    void statusChanged();

private:
    void scheduleNext(int ms);
    void poll();
    // One page of a poll; `rows` holds what the poll's earlier pages returned.
    void requestPage(quint64 generation, const QList<QJsonObject> &rows);
    void onResult(const ParseResult &result, quint64 generation, QList<QJsonObject> rows);
    void show(const QList<QJsonObject> &target);
    void apply(const QList<LiveListDiff::Step> &steps, const QList<QJsonObject> &target);
    void fail(const QString &error);
    void startLiveQuery();

    QPointer<ParseClient> m_client;
    LiveQueryClient *m_live = nullptr;
    QString m_className;
    QueryOptions m_options;
    QList<Column> m_columns;
    QList<QJsonObject> m_rows;
    QHash<QString, qint64> m_insertedAt;                // key -> ms since epoch
    QHash<QString, QHash<QString, qint64>> m_changedAt; // key -> field -> ms since epoch
    QHash<QString, int> m_rankDelta;                    // key -> places moved up (+) or down (-)
    QHash<QString, int> m_rank;                         // key -> 1-based rank as of the last applied refresh
    QTimer m_timer;
    QTimer m_highlightTimer;
    int m_intervalMs = 30000;
    int m_failures = 0;
    Mode m_mode = Mode::Polling;
    Mode m_activeMode = Mode::Polling;
    QString m_modeNote;
    bool m_paused = true;
    bool m_loaded = false;
    bool m_diffing = false;
    bool m_pendingTarget = false;
    QList<QJsonObject> m_latestTarget; // the rows as the newest refresh or event wants them
    QDateTime m_updatedAt;
    QString m_error;
    quint64 m_generation = 0;
};
