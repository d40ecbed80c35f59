#include "core/data/JobSchedule.h"

#include <QJsonArray>

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
// How far to look for a run on an allowed day: a week and a day covers every daysOfWeek pattern.
constexpr int kDaysToSearch = 8;
constexpr int kStepsToSearch = 100000;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

bool flag(const QJsonValue &v)
{
    return v.toBool() || v.toInt() != 0 || v.toString() == QLatin1String("1") ||
           v.toString() == QLatin1String("true");
}
} // namespace

JobSchedule JobSchedule::fromJson(const QJsonObject &o)
{
    JobSchedule s;
    s.objectId = o.value(QLatin1String("objectId")).toString();
    s.jobName = o.value(QLatin1String("jobName")).toString();
    s.description = o.value(QLatin1String("description")).toString();
    s.paramsText = o.value(QLatin1String("params")).toString();
    s.startAfter =
        QDateTime::fromString(o.value(QLatin1String("startAfter")).toString(), Qt::ISODateWithMs).toUTC();
    s.repeatMinutes = qMax(0, o.value(QLatin1String("repeatMinutes")).toInt());
    QString time = o.value(QLatin1String("timeOfDay")).toString();
    if (time.endsWith(QLatin1Char('Z')))
        time.chop(1);
    for (const QString &format :
         {QStringLiteral("HH:mm:ss.zzz"), QStringLiteral("HH:mm:ss"), QStringLiteral("HH:mm")}) {
        const QTime t = QTime::fromString(time, format);
        if (t.isValid() && !s.timeOfDayMs)
            s.timeOfDayMs = t.msecsSinceStartOfDay();
    }
    const QJsonArray days = o.value(QLatin1String("daysOfWeek")).toArray();
    if (days.size() == 7) {
        for (const QJsonValue &d : days)
            s.daysOfWeek.append(flag(d));
    }
    s.lastRun = qint64(o.value(QLatin1String("lastRun")).toDouble());
    return s;
}

bool JobSchedule::runsOn(const QDate &day) const
{
    return daysOfWeek.isEmpty() || daysOfWeek.value(day.dayOfWeek() % 7); // Qt: Monday 1 .. Sunday 7
}

QList<QDateTime> JobSchedule::runsOnDay(const QDate &day) const
{
    QList<QDateTime> runs;
    if (!runsOn(day))
        return runs;
    const qint64 dayStart = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 step = repeatMinutes > 0 ? repeatMinutes * kMinuteMs : kDayMs;
    for (qint64 t = dayStart + *timeOfDayMs; t < dayStart + kDayMs; t += step) {
        if (t >= startAfter.toMSecsSinceEpoch())
            runs.append(utc(t));
    }
    return runs;
}

std::optional<QDateTime> JobSchedule::latestRunAtOrBefore(const QDateTime &time) const
{
    if (!startAfter.isValid() || time < startAfter)
        return std::nullopt;
    if (timeOfDayMs) {
        const QDate today = time.toUTC().date();
        for (int back = 0; back < kDaysToSearch; ++back) {
            const QList<QDateTime> runs = runsOnDay(today.addDays(-back));
            for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
                if (*it <= time)
                    return *it;
            }
        }
        return std::nullopt;
    }
    if (repeatMinutes <= 0)
        return runsOn(startAfter.date()) ? std::optional(startAfter) : std::nullopt;
    const qint64 step = repeatMinutes * kMinuteMs;
    qint64 k = (time.toMSecsSinceEpoch() - startAfter.toMSecsSinceEpoch()) / step;
    for (int n = 0; k >= 0 && n < kStepsToSearch; ++n, --k) {
        const QDateTime run = startAfter.addMSecs(k * step);
        if (runsOn(run.date()))
            return run;
    }
    return std::nullopt;
}

std::optional<QDateTime> JobSchedule::nextRunAfter(const QDateTime &time) const
{
    if (!startAfter.isValid())
        return std::nullopt;
    if (timeOfDayMs) {
        const QDate first = qMax(time, startAfter).toUTC().date();
        for (int ahead = 0; ahead < kDaysToSearch; ++ahead) {
            for (const QDateTime &run : runsOnDay(first.addDays(ahead))) {
                if (run > time)
                    return run;
            }
        }
        return std::nullopt;
    }
    if (repeatMinutes <= 0)
        return startAfter > time && runsOn(startAfter.date()) ? std::optional(startAfter) : std::nullopt;
    const qint64 step = repeatMinutes * kMinuteMs;
    qint64 k = time < startAfter ? 0 : (time.toMSecsSinceEpoch() - startAfter.toMSecsSinceEpoch()) / step + 1;
    for (int n = 0; n < kStepsToSearch; ++n, ++k) {
        const QDateTime run = startAfter.addMSecs(k * step);
        if (runsOn(run.date()))
            return run;
    }
    return std::nullopt;
}

std::optional<QDateTime> JobSchedule::due(const QDateTime &now) const
{
    const std::optional<QDateTime> run = latestRunAtOrBefore(now);
    if (run && run->toMSecsSinceEpoch() > lastRun)
        return run;
    return std::nullopt;
}

QDateTime JobSchedule::lastRunTime() const
{
    return lastRun > 0 ? utc(lastRun) : QDateTime();
}

QJsonObject JobSchedule::claimFields(const QDateTime &run) const
{
    return {{QStringLiteral("lastRun"),
             QJsonObject{{QStringLiteral("__op"), QStringLiteral("Increment")},
                         {QStringLiteral("amount"), double(run.toMSecsSinceEpoch() - lastRun)}}}};
}

bool JobSchedule::claimWon(const QJsonObject &reply, const QDateTime &run) const
{
    return qint64(reply.value(QLatin1String("lastRun")).toDouble(-1)) == run.toMSecsSinceEpoch();
}

QJsonObject JobSchedule::releaseFields(const QDateTime &run) const
{
    return {{QStringLiteral("lastRun"),
             QJsonObject{{QStringLiteral("__op"), QStringLiteral("Increment")},
                         {QStringLiteral("amount"), double(lastRun - run.toMSecsSinceEpoch())}}}};
}
