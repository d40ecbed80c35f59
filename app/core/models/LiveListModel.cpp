#include "core/models/LiveListModel.h"

#include "core/data/ParseNames.h"
#include "core/data/ParseValue.h"
#include "core/models/Tone.h"
#include "core/net/LiveQueryClient.h"
#include "core/net/ParseClient.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Parse's order semantics for one value pair; missing values sort after everything.
int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    const bool missingA = a.isUndefined() || a.isNull();
    const bool missingB = b.isUndefined() || b.isNull();
    if (missingA || missingB)
        return missingA == missingB ? 0 : (missingA ? 1 : -1);
    // Values of different types order by type, so the order stays total when a field's type varies.
    const auto rank = [](const QJsonValue &v) {
        return v.isDouble() ? 0 : v.isBool() ? 1 : v.isString() ? 2 : 3;
    };
    if (rank(a) != rank(b))
        return rank(a) < rank(b) ? -1 : 1;
    if (a.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    const auto text = [](const QJsonValue &v) {
        // Dates compare by their ISO text, which sorts chronologically.
        if (v.isObject())
            return v.toObject().value(QLatin1String("iso")).toString();
        if (v.isBool())
            return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        return v.toString();
    };
    return text(a).compare(text(b));
}
} // namespace

LiveListModel::LiveListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveListModel::poll);
    m_highlightTimer.setSingleShot(true);
    connect(&m_highlightTimer, &QTimer::timeout, this, [this] {
        m_insertedAt.clear();
        m_changedAt.clear();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {ToneRole::Fill});
    });
}

LiveListModel::~LiveListModel() = default;

QList<LiveListModel::Column> LiveListModel::roomsPresetColumns()
{
    using K = Column::Kind;
    return {{tr("Rank"), {}, K::Rank},
            {tr("Owner"), QStringLiteral("creatorUsername"), K::Field},
            {tr("Name"), QStringLiteral("roomName"), K::Field},
            {tr("Online"), QStringLiteral("users"), K::ArrayLength},
            {tr("Visits"), QStringLiteral("visits"), K::Field},
            {tr("Updated"), QStringLiteral("playerUpdated"), K::Field}};
}

QueryOptions LiveListModel::roomsPresetQuery()
{
    QueryOptions q;
    q.order = {QStringLiteral("-visits")};
    q.limit = 100;
    return q;
}

QList<LiveListModel::Column> LiveListModel::defaultColumns(const QStringList &keys, const QJsonObject &schema,
                                                           const QList<QJsonObject> &rows)
{
    QStringList fields = keys;
    if (fields.isEmpty()) {
        fields = schema.value(QLatin1String("fields")).toObject().keys();
        if (fields.isEmpty()) {
            for (const QJsonObject &row : rows)
                fields += row.keys();
            fields.removeDuplicates();
        }
        fields = ParseNames::columnOrder(fields);
        // A listing follows values; an ACL is wide and not what one watches.
        fields.removeAll(QStringLiteral("ACL"));
    }
    QList<Column> columns{{tr("Rank"), {}, Column::Kind::Rank}};
    for (const QString &field : std::as_const(fields))
        columns.append({field, field, Column::Kind::Field});
    return columns;
}

void LiveListModel::setClient(ParseClient *client)
{
    m_client = client;
}

void LiveListModel::setQuery(const QString &className, const QueryOptions &options)
{
    m_className = className;
    m_options = options;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_rank.clear();
    m_latestTarget.clear();
    m_pendingTarget = false;
    m_loaded = false;
    endResetModel();
    if (!m_paused)
        start();
}

void LiveListModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void LiveListModel::setIntervalSeconds(int seconds)
{
    m_intervalMs = qMax(1, seconds) * 1000;
    if (m_timer.isActive() && m_failures == 0)
        scheduleNext(m_intervalMs);
}

void LiveListModel::setMode(Mode mode)
{
    m_mode = mode;
    if (!m_paused)
        start();
}

QString LiveListModel::modeText() const
{
    QString text =
        m_activeMode == Mode::LiveQuery ? tr("LiveQuery") : tr("Polling every %1 s").arg(intervalSeconds());
    if (!m_modeNote.isEmpty())
        text += QStringLiteral(" — ") + m_modeNote;
    return text;
}

void LiveListModel::start()
{
    m_paused = false;
    m_failures = 0;
    m_modeNote.clear();
    delete m_live;
    m_live = nullptr;
    m_activeMode = Mode::Polling;
    if (m_mode == Mode::LiveQuery && m_client)
        startLiveQuery();
    poll();
}

void LiveListModel::pause()
{
    m_paused = true;
    m_timer.stop();
    delete m_live;
    m_live = nullptr;
    Q_EMIT statusChanged();
}

void LiveListModel::refreshNow()
{
    m_timer.stop();
    poll();
}

QDateTime LiveListModel::nextRefreshAt() const
{
    if (!m_timer.isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_timer.remainingTime());
}

void LiveListModel::scheduleNext(int ms)
{
    if (!m_paused)
        m_timer.start(ms);
    Q_EMIT statusChanged();
}

void LiveListModel::poll()
{
    if (!m_client || m_className.isEmpty())
        return;
    requestPage(m_generation, {});
}

void LiveListModel::requestPage(quint64 generation, const QList<QJsonObject> &rows)
{
    QueryOptions options = m_options;
    // objectId last makes the order total, so the pages of one poll neither repeat nor skip rows that tie.
    if (!options.order.contains(QLatin1String("objectId")) &&
        !options.order.contains(QLatin1String("-objectId")))
        options.order.append(QStringLiteral("objectId"));
    if (!rows.isEmpty()) {
        options.skip = options.skip.value_or(0) + int(rows.size());
        options.limit = *options.limit - int(rows.size());
    }
    ParseRequest request = ParseRequest::find(m_className, options);
    // Refreshes yield to what people click; failures come back here, which retries on its own schedule.
    request.priority = ParseRequest::Priority::Background;
    request.maxRetries = 0;
    connect(m_client->send(request), &ParseReply::finished, this,
            [this, generation, rows](const ParseResult &r) { onResult(r, generation, rows); });
}

void LiveListModel::onResult(const ParseResult &result, quint64 generation, QList<QJsonObject> rows)
{
    if (generation != m_generation)
        return;
    if (!result.ok()) {
        fail(result.error.describe());
        return;
    }
    const QJsonArray results = result.object().value(QLatin1String("results")).toArray();
    QSet<QString> seen;
    for (const QJsonObject &row : std::as_const(rows))
        seen.insert(LiveListDiff::keyOf(row));
    const qsizetype before = rows.size();
    for (const QJsonValue &v : results) {
        // A row seen on an earlier page (one that moved up meanwhile, or a server ignoring skip) once only.
        if (!seen.contains(LiveListDiff::keyOf(v.toObject())))
            rows.append(v.toObject());
    }
    // A page short of the limit may be one the server's maxLimit clamped: ask for the rest. Only a page
    // with nothing new or the limit ends a poll.
    if (rows.size() > before && m_options.limit && rows.size() < *m_options.limit && m_client) {
        requestPage(generation, rows);
        return;
    }
    m_failures = 0;
    m_error.clear();
    show(rows);
    // With LiveQuery the events keep the list current; the interval only re-syncs as a safety net.
    scheduleNext(m_activeMode == Mode::LiveQuery ? m_intervalMs * 10 : m_intervalMs);
}

void LiveListModel::fail(const QString &error)
{
    // Keep the last good rows; retry sooner than the interval: 2 s, 4 s, 8 s ... capped by the interval.
    m_error = error;
    const int retryMs = qMin(m_intervalMs, 2000 << qMin(m_failures++, 10));
    scheduleNext(retryMs);
}

void LiveListModel::show(const QList<QJsonObject> &target)
{
    // One diff at a time; the newest target waits and wins.
    m_latestTarget = target;
    if (m_diffing) {
        m_pendingTarget = true;
        return;
    }
    m_diffing = true;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QList<LiveListDiff::Step>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target, generation] {
        watcher->deleteLater();
        m_diffing = false;
        if (generation != m_generation) // a new query replaced the rows this diff was computed against
            return;
        apply(watcher->result(), target);
        if (m_pendingTarget) {
            m_pendingTarget = false;
            show(m_latestTarget);
        }
    });
    watcher->setFuture(QtConcurrent::run(&LiveListDiff::compute, m_rows, target));
}

void LiveListModel::apply(const QList<LiveListDiff::Step> &steps, const QList<QJsonObject> &target)
{
    using Kind = LiveListDiff::Step::Kind;
    const bool first = !m_loaded;
    m_loaded = true;
    m_updatedAt = QDateTime::currentDateTimeUtc();
    if (steps.isEmpty()) {
        Q_EMIT statusChanged();
        if (first)
            Q_EMIT snapshot(m_rows);
        return;
    }
    QHash<QString, int> oldRank;
    for (int i = 0; i < m_rows.size(); ++i)
        oldRank.insert(LiveListDiff::keyOf(m_rows.at(i)), i);
    const qint64 now = nowMs();
    bool reordered = false;
    for (const LiveListDiff::Step &step : steps) {
        switch (step.kind) {
        case Kind::Remove:
            beginRemoveRows({}, step.from, step.from);
            LiveListDiff::applyStep(m_rows, step);
            endRemoveRows();
            reordered = true;
            break;
        case Kind::Insert:
            beginInsertRows({}, step.to, step.to);
            LiveListDiff::applyStep(m_rows, step);
            endInsertRows();
            if (!first)
                m_insertedAt.insert(step.key, now);
            reordered = true;
            break;
        case Kind::Move:
            // Qt counts the destination before the move: moving down lands one past the target.
            beginMoveRows({}, step.from, step.from, {}, step.to > step.from ? step.to + 1 : step.to);
            LiveListDiff::applyStep(m_rows, step);
            endMoveRows();
            reordered = true;
            break;
        case Kind::Update: {
            LiveListDiff::applyStep(m_rows, step);
            auto &changed = m_changedAt[step.key];
            for (const QString &field : step.changedFields)
                changed.insert(field, now);
            Q_EMIT dataChanged(index(step.to, 0), index(step.to, columnCount() - 1));
            break;
        }
        }
    }
    Q_ASSERT(m_rows.size() == target.size());
    m_rankDelta.clear();
    m_rank.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString key = LiveListDiff::keyOf(m_rows.at(i));
        m_rank.insert(key, i + 1);
        const auto before = oldRank.constFind(key);
        if (before != oldRank.constEnd() && *before != i)
            m_rankDelta.insert(key, *before - i);
    }
    // Ranks are stored, not derived from the row, so they change here, announced, and not behind the
    // back of the row moves above.
    if (reordered && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    m_highlightTimer.start(kHighlightMs);
    Q_EMIT statusChanged();
    if (first)
        Q_EMIT snapshot(m_rows);
    else
        Q_EMIT changed(steps);
}

void LiveListModel::startLiveQuery()
{
    m_live = new LiveQueryClient(m_client, this);
    connect(m_live, &LiveQueryClient::subscribed, this, [this] {
        m_activeMode = Mode::LiveQuery;
        m_modeNote.clear();
        refreshNow(); // events may have been missed before (re)subscribing
    });
    connect(m_live, &LiveQueryClient::objectEvent, this, &LiveListModel::applyEvent);
    connect(m_live, &LiveQueryClient::interrupted, this, [this](const QString &reason, int retryMs) {
        m_modeNote = tr("reconnecting in %1 s (%2)").arg(retryMs / 1000).arg(reason);
        Q_EMIT statusChanged();
    });
    connect(m_live, &LiveQueryClient::unavailable, this, [this](const QString &reason) {
        m_activeMode = Mode::Polling;
        m_modeNote = tr("LiveQuery unavailable: %1").arg(reason);
        m_live->deleteLater();
        m_live = nullptr;
        scheduleNext(m_intervalMs);
    });
    m_live->subscribe(m_className, m_options.where, m_options.keys);
}

void LiveListModel::applyEvent(const QString &op, const QJsonObject &object)
{
    // Events build on the newest list, even one whose diff is still running.
    const bool wasFull = m_options.limit && m_latestTarget.size() >= *m_options.limit;
    show(withEvent(m_latestTarget, op, object, m_options));
    // A row left a full top-N list: the next one in line is only known to the server.
    if ((op == QLatin1String("leave") || op == QLatin1String("delete")) && wasFull)
        refreshNow();
}

QList<QJsonObject> LiveListModel::withEvent(QList<QJsonObject> rows, const QString &op,
                                            const QJsonObject &object, const QueryOptions &options)
{
    const QString key = LiveListDiff::keyOf(object);
    rows.removeIf([&key](const QJsonObject &row) { return LiveListDiff::keyOf(row) == key; });
    if (op != QLatin1String("leave") && op != QLatin1String("delete"))
        rows.append(object);
    sortRows(rows, options.order);
    if (options.limit && rows.size() > *options.limit)
        rows.resize(qMax(0, *options.limit));
    return rows;
}

void LiveListModel::sortRows(QList<QJsonObject> &rows, const QStringList &order)
{
    std::stable_sort(rows.begin(), rows.end(), [&order](const QJsonObject &a, const QJsonObject &b) {
        for (const QString &key : order) {
            const bool descending = key.startsWith(QLatin1Char('-'));
            const QString field = descending ? key.mid(1) : key;
            const int c = compareValues(a.value(field), b.value(field));
            if (c != 0)
                return descending ? c > 0 : c < 0;
        }
        return false;
    });
}

int LiveListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant LiveListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    const QString key = LiveListDiff::keyOf(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (column.kind) {
        case Column::Kind::Rank: {
            const int delta = m_rankDelta.value(key);
            const QString arrow = delta > 0   ? QStringLiteral(" ▲%1").arg(delta)
                                  : delta < 0 ? QStringLiteral(" ▼%1").arg(-delta)
                                              : QString();
            return QString::number(m_rank.value(key, index.row() + 1)) + arrow;
        }
        case Column::Kind::ArrayLength:
            return row.value(column.field).isArray() ? QVariant(row.value(column.field).toArray().size())
                                                     : QVariant();
        case Column::Kind::Field: {
            const QJsonValue value = row.value(column.field);
            if (value.isUndefined())
                return {};
            return ParseValue::fromField(column.field, value).displayText();
        }
        }
        break;
    case Qt::TextAlignmentRole:
        if (column.kind != Column::Kind::Field || row.value(column.field).isDouble())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ToneRole::Fill: {
        if (m_insertedAt.contains(key))
            return int(Tone::Good);
        const QString field = column.kind == Column::Kind::Rank ? QString() : column.field;
        if (!field.isEmpty() && m_changedAt.value(key).contains(field))
            return int(Tone::Caution);
        break;
    }
    case ToneRole::Text:
        if (column.kind == Column::Kind::Rank && m_rankDelta.value(key) != 0)
            return int(m_rankDelta.value(key) > 0 ? Tone::Good : Tone::Bad);
        break;
    case ObjectRole:
        return row;
    case RankDeltaRole:
        return m_rankDelta.value(key);
    case KeyRole:
        return key;
    }
    return {};
}

QVariant LiveListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_columns.size())
        return m_columns.at(section).title;
    return {};
}
