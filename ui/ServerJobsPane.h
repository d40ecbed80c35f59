#pragma once

#include <QPointer>
#include <QWidget>

class JobRunModel;
class JobScheduleModel;
class JsonEdit;
class ParseClient;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
struct ParseResult;

// The server panel's Jobs tab: the server's jobs, run with params; their runs (_JobStatus: status,
// duration, message, params; a page at a time, followed while running); and the schedules stored in
// _JobSchedule, created, edited and deleted here, with when each last ran and runs next. Parse Server runs
// no schedule: the tab says so, and that `parsedesk-cli jobs run-due` does. Writes wait while the
// profile's writes are locked (production).
class ServerJobsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerJobsPane)

public:
    explicit ServerJobsPane(QWidget *parent = nullptr);

    // Reads the jobs, runs and schedules; null: not connected.
    void setClient(ParseClient *client);
    JobRunModel *runs() const { return m_runs; }
    JobScheduleModel *schedules() const { return m_schedules; }

private:
    void runJob();
    void editSchedule(bool create);
    void deleteSchedule();
    void showJobs();
    void showTools();
    void say(const QString &text, bool problem);

    QPointer<ParseClient> m_client;
    JobRunModel *m_runs;
    JobScheduleModel *m_schedules;
    QListWidget *m_jobList;
    JsonEdit *m_paramsEdit;
    QPushButton *m_runButton;
    QLabel *m_statusLabel;
    QTableView *m_runTable;
    QPushButton *m_moreRunsButton;
    QTableView *m_scheduleTable;
    QPushButton *m_newScheduleButton;
    QPushButton *m_editScheduleButton;
    QPushButton *m_deleteScheduleButton;
};
