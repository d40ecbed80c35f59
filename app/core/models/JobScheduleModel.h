#pragma once

#include "core/data/JobSchedule.h"
#include "core/net/ParseResult.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

class ParseClient;

// A server's jobs (GET /cloud_code/jobs/data) and their schedules (_JobSchedule through /cloud_code/jobs),
// each with its start in local time and UTC, repeat, time of day, when it last ran and its next runs.
// Parse Server runs none of them: `parsedesk-cli jobs run-due` does. Create, edit and delete write through
// /cloud_code/jobs and read the schedules again.
class JobScheduleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobScheduleModel)

public:
    enum Column
    {
        Job,
        Description,
        Start,
        Repeat,
        LastRun,
        NextRuns,
        Params,
        ColumnCount
    };
    enum Role
    {
        ScheduleRole = Qt::UserRole + 1 // QJsonObject: the _JobSchedule object as read
    };
    static constexpr int kNextRuns = 3;

    explicit JobScheduleModel(QObject *parent = nullptr);

    // Null: not connected, empty. Else the jobs and the schedules are read at once.
    void setClient(ParseClient *client);
    void reload();
    bool isLoading() const { return m_open > 0; }
    QString problem() const { return m_problem; }
    // The jobs the server's Cloud Code defines.
    QStringList jobNames() const { return m_jobs; }
    // The schedule's fields as /cloud_code/jobs takes them: create when objectId is empty, else replace.
    void save(const QJsonObject &fields, const QString &objectId = {});
    void remove(int row);
    // For people: when a schedule runs, e.g. "every 60 minutes from 08:00 UTC", "once".
    static QString describeRepeat(const JobSchedule &schedule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The jobs and schedules were read (problem() says whether that failed).
    void refreshed();
    // A create, edit or delete finished (result.error when it failed).
    void saved(const ParseResult &result);

private:
    void write(const ParseRequest &request);

    QPointer<ParseClient> m_client;
    quint64 m_generation = 0; // replies for an earlier client or reload are dropped
    QStringList m_jobs;
    QList<QJsonObject> m_objects;
    QList<JobSchedule> m_schedules;
    QString m_problem;
    int m_open = 0; // reads under way
};
