#pragma once

#include "core/data/JobSchedule.h"
#include "core/net/ParseResult.h"

#include <QObject>
#include <QPointer>

class ParseClient;

// parsedesk-cli jobs run-due: reads the _JobSchedule objects and starts each one's due run once. Two
// runners (two cron hosts, a timer firing twice) never start the same run twice: before starting, a runner
// claims the run on the schedule object with one atomic Increment of lastRun (JobSchedule::claimFields);
// the runner that loses the claim takes its increment back and starts nothing.
class ScheduleRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleRunner)

public:
    struct Outcome
    {
        enum class Kind
        {
            Started, // claimed and started: jobStatusId
            Claimed, // another runner claimed this run first
            Failed   // error says why (the claim, the params or the start)
        };
        JobSchedule schedule;
        QDateTime run;
        Kind kind = Kind::Failed;
        QString jobStatusId;
        ParseError error;
    };

    explicit ScheduleRunner(ParseClient *client, QObject *parent = nullptr);
    void runDue(const QDateTime &now);

Q_SIGNALS:
    // One per due schedule, then finished (error: the schedules could not be read).
    void outcome(const ScheduleRunner::Outcome &outcome);
    void finished(const ParseError &error);

private:
    void claim(const JobSchedule &schedule, const QDateTime &run);
    void start(Outcome outcome);
    void report(const Outcome &outcome);
    void done();

    QPointer<ParseClient> m_client;
    int m_open = 0;
};
