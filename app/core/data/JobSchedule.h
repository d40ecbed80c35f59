#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

// One _JobSchedule object and when it runs. Parse Server stores schedules but runs none of them (its issue
// 6672); parsedesk-cli jobs run-due runs the due ones. Times are UTC:
// - startAfter: nothing runs before it;
// - repeatMinutes: every that many minutes, from timeOfDay each day when one is set (until the day ends),
//   else from startAfter;
// - timeOfDay alone ("HH:mm[:ss[.zzz]][Z]"): once a day at that time; neither: once, at startAfter;
// - daysOfWeek: 7 flags from Sunday, the days runs may fall on (none given: every day).
// lastRun is the run time (ms since the epoch) of the last run started; due() is the newest run time after
// it that has come, so runs missed while nobody ran run-due start once, not once each.
struct JobSchedule
{
    QString objectId;
    QString jobName;
    QString description;
    QString paramsText; // params as stored: JSON text
    QDateTime startAfter;
    int repeatMinutes = 0;
    std::optional<int> timeOfDayMs;
    QList<bool> daysOfWeek; // empty: every day
    qint64 lastRun = 0;     // 0: never

    static JobSchedule fromJson(const QJsonObject &object);

    std::optional<QDateTime> latestRunAtOrBefore(const QDateTime &time) const;
    std::optional<QDateTime> nextRunAfter(const QDateTime &time) const;
    std::optional<QDateTime> due(const QDateTime &now) const;
    // Runs ago, for people: lastRun as a time (invalid: never).
    QDateTime lastRunTime() const;

    // Claiming a run: one atomic Increment of lastRun from the value read to the run's time. Increments
    // are applied one after the other, so exactly one runner that read this lastRun gets the run's time
    // back (won); any other gets more (lost) and takes its increment back with releaseFields.
    QJsonObject claimFields(const QDateTime &run) const;
    bool claimWon(const QJsonObject &reply, const QDateTime &run) const;
    QJsonObject releaseFields(const QDateTime &run) const;

private:
    bool runsOn(const QDate &day) const;
    // A day's run times in order (timeOfDay schedules), those at or after startAfter.
    QList<QDateTime> runsOnDay(const QDate &day) const;
};
