#pragma once

#include "cli/CliCommand.h"

// jobs | jobs run NAME [--params JSON] [--wait] | jobs run-due: the server's jobs and schedules, starting
// a job (its _JobStatus objectId printed), and running every due schedule once (ScheduleRunner).
class JobsCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;

private:
    void list();
    void start(const QString &name);
    void waitFor(const QString &jobStatusId);
    void runDue();
};
