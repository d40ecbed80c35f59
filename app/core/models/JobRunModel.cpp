#include "core/models/JobRunModel.h"

#include "core/data/JsonText.h"
#include "core/data/QueryOptions.h"
#include "core/models/Tone.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>

namespace {
const QString kJobStatus = QStringLiteral("_JobStatus");

QDateTime timeOf(const QJsonValue &value)
{
    // createdAt is an ISO string, finishedAt a Parse Date.
    const QString iso =
        value.isObject() ? value.toObject().value(QLatin1String("iso")).toString() : value.toString();
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

QString statusOf(const QJsonObject &run)
{
    return run.value(QLatin1String("status")).toString();
}

ParseRequest find(const QueryOptions &options)
{
    ParseRequest request = ParseRequest::find(kJobStatus, options);
    request.masterKey = ParseRequest::MasterKey::Required;
    return request;
}
} // namespace

JobRunModel::JobRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &JobRunModel::poll);
}

void JobRunModel::setClient(ParseClient *client)
{
    m_client = client;
    reload();
}

void JobRunModel::reload()
{
    ++m_generation;
    m_timer.stop();
    m_polling = false;
    m_hasMore = false;
    m_problem.clear();
    beginResetModel();
    m_runs.clear();
    endResetModel();
    readPage(false);
}

void JobRunModel::loadMore()
{
    if (m_hasMore && !m_loading)
        readPage(true);
}

void JobRunModel::readPage(bool more)
{
    m_loading = m_client != nullptr;
    if (!m_client)
        return;
    QueryOptions options;
    options.order = {QStringLiteral("-createdAt")};
    options.limit = kPage;
    // Older than the oldest shown: runs started meanwhile do not shift the pages.
    if (more && !m_runs.isEmpty())
        options.where = {{QStringLiteral("createdAt"),
                          QJsonObject{{QStringLiteral("$lt"),
                                       QJsonObject{{QStringLiteral("__type"), QStringLiteral("Date")},
                                                   {QStringLiteral("iso"),
                                                    m_runs.last().value(QLatin1String("createdAt"))}}}}}};
    const quint64 generation = m_generation;
    connect(m_client->send(find(options)), &ParseReply::finished, this,
            [this, generation](const ParseResult &r) {
                if (generation != m_generation)
                    return;
                m_loading = false;
                m_problem = r.ok() ? QString() : r.error.describe();
                const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
                m_hasMore = r.ok() && results.size() >= kPage;
                if (!results.isEmpty()) {
                    beginInsertRows({}, int(m_runs.size()), int(m_runs.size() + results.size()) - 1);
                    for (const QJsonValue &v : results)
                        m_runs.append(v.toObject());
                    endInsertRows();
                }
                followRunning();
                Q_EMIT refreshed();
            });
}

void JobRunModel::track(const QString &jobStatusId, const QJsonObject &params)
{
    if (!m_client || jobStatusId.isEmpty())
        return;
    m_paramsStarted.insert(jobStatusId, params);
    const quint64 generation = m_generation;
    ParseRequest read = ParseRequest::getObject(kJobStatus, jobStatusId);
    read.masterKey = ParseRequest::MasterKey::Required;
    connect(m_client->send(read), &ParseReply::finished, this, [this, generation](const ParseResult &r) {
        if (generation == m_generation && r.ok())
            take(r.object());
    });
}

void JobRunModel::poll()
{
    QJsonArray running;
    for (const QJsonObject &run : std::as_const(m_runs)) {
        if (statusOf(run) == QLatin1String("running"))
            running.append(run.value(QLatin1String("objectId")));
    }
    if (!m_client || m_polling || running.isEmpty())
        return;
    m_polling = true;
    QueryOptions options;
    options.where = {{QStringLiteral("objectId"), QJsonObject{{QStringLiteral("$in"), running}}}};
    ParseRequest request = find(options);
    request.priority = ParseRequest::Priority::Background;
    const quint64 generation = m_generation;
    connect(m_client->send(request), &ParseReply::finished, this, [this, generation](const ParseResult &r) {
        if (generation != m_generation)
            return;
        m_polling = false;
        for (const QJsonValue &v : r.object().value(QLatin1String("results")).toArray())
            take(v.toObject());
        // A running run's duration grows while nothing else of it changes.
        for (int row = 0; row < m_runs.size(); ++row) {
            if (isRunning(row))
                Q_EMIT dataChanged(index(row, Duration), index(row, Duration));
        }
        followRunning();
    });
}

void JobRunModel::take(const QJsonObject &run)
{
    const QJsonValue id = run.value(QLatin1String("objectId"));
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).value(QLatin1String("objectId")) != id)
            continue;
        if (m_runs.at(row) != run) {
            m_runs[row] = run;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    beginInsertRows({}, 0, 0);
    m_runs.prepend(run);
    endInsertRows();
    followRunning();
}

void JobRunModel::followRunning()
{
    bool running = false;
    for (int row = 0; row < m_runs.size() && !running; ++row)
        running = isRunning(row);
    if (running && m_client)
        m_timer.start();
    else
        m_timer.stop();
}

bool JobRunModel::isRunning(int row) const
{
    return statusOf(m_runs.at(row)) == QLatin1String("running");
}

int JobRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int JobRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject &run = m_runs.at(index.row());
    const QString status = statusOf(run);
    if (role == ToneRole::Text && index.column() == Status)
        return int(status == QLatin1String("failed")      ? Tone::Bad
                   : status == QLatin1String("succeeded") ? Tone::Good
                                                          : Tone::None);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QDateTime started = timeOf(run.value(QLatin1String("createdAt")));
    switch (index.column()) {
    case Job:
        return run.value(QLatin1String("jobName")).toString();
    case Status:
        return status;
    case Started:
        return started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Duration: {
        const QDateTime finished = timeOf(run.value(QLatin1String("finishedAt")));
        const QDateTime end = finished.isValid() ? finished : QDateTime::currentDateTimeUtc();
        const double seconds = double(started.msecsTo(end)) / 1000.0;
        return finished.isValid() ? tr("%1 s").arg(seconds, 0, 'f', 1)
                                  : tr("%1 s so far").arg(seconds, 0, 'f', 0);
    }
    case Message:
        return run.value(QLatin1String("message")).toString();
    case Params: {
        const QJsonValue stored = run.value(QLatin1String("params"));
        const QString id = run.value(QLatin1String("objectId")).toString();
        if (stored.isObject())
            return JsonText::compact(stored);
        return m_paramsStarted.contains(id) ? JsonText::compact(m_paramsStarted.value(id)) : QString();
    }
    }
    return {};
}

QVariant JobRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Job:
        return tr("Job");
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Message:
        return tr("Message");
    case Params:
        return tr("Params");
    }
    return {};
}
