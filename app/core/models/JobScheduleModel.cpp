#include "core/models/JobScheduleModel.h"

#include "core/net/AdminRequest.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>

namespace {
QString local(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString localAndUtc(const QDateTime &time)
{
    return QStringLiteral("%1 (%2 UTC)").arg(local(time), time.toUTC().toString(QStringLiteral("HH:mm")));
}
} // namespace

JobScheduleModel::JobScheduleModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JobScheduleModel::setClient(ParseClient *client)
{
    m_client = client;
    reload();
}

void JobScheduleModel::reload()
{
    const quint64 generation = ++m_generation;
    m_problem.clear();
    m_open = 0;
    beginResetModel();
    m_jobs.clear();
    m_objects.clear();
    m_schedules.clear();
    endResetModel();
    if (!m_client)
        return;
    m_open = 2;
    const auto done = [this](const ParseResult &r) {
        if (!r.ok() && m_problem.isEmpty())
            m_problem = r.error.describe();
        if (--m_open == 0)
            Q_EMIT refreshed();
    };
    connect(m_client->send(AdminRequest::jobsData()), &ParseReply::finished, this,
            [this, generation, done](const ParseResult &r) {
                if (generation != m_generation)
                    return;
                for (const QJsonValue &v : r.object().value(QLatin1String("jobs")).toArray())
                    m_jobs.append(v.toString());
                m_jobs.sort();
                done(r);
            });
    connect(m_client->send(AdminRequest::schedules()), &ParseReply::finished, this,
            [this, generation, done](const ParseResult &r) {
                if (generation != m_generation)
                    return;
                const QJsonArray objects = r.json.toArray();
                if (!objects.isEmpty()) {
                    beginInsertRows({}, 0, int(objects.size()) - 1);
                    for (const QJsonValue &v : objects) {
                        m_objects.append(v.toObject());
                        m_schedules.append(JobSchedule::fromJson(v.toObject()));
                    }
                    endInsertRows();
                }
                done(r);
            });
}

void JobScheduleModel::save(const QJsonObject &fields, const QString &objectId)
{
    write(objectId.isEmpty() ? AdminRequest::createSchedule(fields)
                             : AdminRequest::updateSchedule(objectId, fields));
}

void JobScheduleModel::remove(int row)
{
    if (row >= 0 && row < m_schedules.size())
        write(AdminRequest::deleteSchedule(m_schedules.at(row).objectId));
}

void JobScheduleModel::write(const ParseRequest &request)
{
    if (!m_client)
        return;
    connect(m_client->send(request), &ParseReply::finished, this, [this](const ParseResult &r) {
        if (r.ok())
            reload();
        Q_EMIT saved(r);
    });
}

QString JobScheduleModel::describeRepeat(const JobSchedule &schedule)
{
    const QString at =
        schedule.timeOfDayMs
            ? QTime::fromMSecsSinceStartOfDay(*schedule.timeOfDayMs).toString(QStringLiteral("HH:mm"))
            : QString();
    if (schedule.repeatMinutes > 0 && !at.isEmpty())
        return tr("every %n minute(s) from %1 UTC each day", nullptr, schedule.repeatMinutes).arg(at);
    if (schedule.repeatMinutes > 0)
        return tr("every %n minute(s)", nullptr, schedule.repeatMinutes);
    if (!at.isEmpty())
        return tr("daily at %1 UTC").arg(at);
    return tr("once");
}

int JobScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedules.size());
}

int JobScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JobSchedule &schedule = m_schedules.at(index.row());
    if (role == ScheduleRole)
        return m_objects.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Job:
        return schedule.jobName;
    case Description:
        return schedule.description;
    case Start:
        return localAndUtc(schedule.startAfter);
    case Repeat:
        return describeRepeat(schedule);
    case LastRun:
        return schedule.lastRun == 0 ? tr("never") : localAndUtc(schedule.lastRunTime());
    case NextRuns: {
        QStringList next;
        QDateTime after = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < kNextRuns; ++i) {
            const std::optional<QDateTime> run = schedule.nextRunAfter(after);
            if (!run)
                break;
            next << local(*run);
            after = *run;
        }
        if (next.isEmpty())
            return tr("none");
        return role == Qt::ToolTipRole ? next.join(QLatin1Char('\n')) : next.join(QStringLiteral(", "));
    }
    case Params:
        return schedule.paramsText;
    }
    return {};
}

QVariant JobScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Job:
        return tr("Job");
    case Description:
        return tr("Description");
    case Start:
        return tr("Start");
    case Repeat:
        return tr("Repeat");
    case LastRun:
        return tr("Last run");
    case NextRuns:
        return tr("Next runs");
    case Params:
        return tr("Params");
    }
    return {};
}
