#pragma once

#include "core/net/ParseRequest.h"

#include <QDateTime>

// The requests of Parse Server's administration routes (all need the master key): Parse Config, the
// server's log (/scriptlog), jobs and their schedules (/cloud_code/jobs, _JobSchedule) and webhooks
// (/hooks). Shapes as parse-server 9 answers them.
namespace AdminRequest {
// GET /config: {"params":{...},"masterKeyOnly":{...}} (masterKeyOnly absent while the config is empty).
ParseRequest config();
// PUT /config with {"params":{...},"masterKeyOnly":{...}}; a parameter given in params gets the
// masterKeyOnly given for it, false when none is (Parse writes both for each parameter).
ParseRequest updateConfig(const QJsonObject &body);

enum class LogLevel
{
    Info,
    Error
};
// GET /scriptlog: an array of {level, message, timestamp, ...}, order "asc" or "desc" (the server's
// default, newest first). Parse reads only its file logger (logsFolder); from defaults to a week ago,
// until to now, size to 10.
ParseRequest scriptLog(LogLevel level, const QDateTime &from, const QDateTime &until, int size,
                       bool ascending);

// GET /cloud_code/jobs/data: {"jobs":[names], "in_use":[job names that have a schedule]}.
ParseRequest jobsData();
// GET /cloud_code/jobs: the _JobSchedule objects.
ParseRequest schedules();
// POST /cloud_code/jobs {"job_schedule":{...}}: the server refuses a job that is not deployed.
ParseRequest createSchedule(const QJsonObject &schedule);
ParseRequest updateSchedule(const QString &objectId, const QJsonObject &schedule);
ParseRequest deleteSchedule(const QString &objectId);
// An atomic change of one _JobSchedule object through /classes (an Increment, say): /cloud_code/jobs
// replaces what it is given and answers no field values.
ParseRequest changeSchedule(const QString &objectId, const QJsonObject &fields);

// GET /hooks/functions, /hooks/triggers: arrays of {functionName, url} and {className, triggerName, url}.
ParseRequest functionHooks();
ParseRequest triggerHooks();
// POST a new webhook (the hook's JSON decides which kind), PUT its URL, or delete it.
ParseRequest createHook(const QJsonObject &hook);
ParseRequest updateHook(const QJsonObject &hook);
ParseRequest deleteHook(const QJsonObject &hook);
} // namespace AdminRequest
