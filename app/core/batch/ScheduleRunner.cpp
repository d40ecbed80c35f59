#include "core/batch/ScheduleRunner.h"

#include "core/data/JsonText.h"
#include "core/net/AdminRequest.h"
#include "core/net/ParseClient.h"

ScheduleRunner::ScheduleRunner(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ScheduleRunner::runDue(const QDateTime &now)
{
    connect(m_client->send(AdminRequest::schedules()), &ParseReply::finished, this,
            [this, now](const ParseResult &r) {
                if (!r.ok()) {
                    Q_EMIT finished(r.error);
                    return;
                }
                m_open = 1;
                for (const QJsonValue &v : r.json.toArray()) {
                    const JobSchedule schedule = JobSchedule::fromJson(v.toObject());
                    if (const std::optional<QDateTime> run = schedule.due(now)) {
                        ++m_open;
                        claim(schedule, *run);
                    }
                }
                done();
            });
}

void ScheduleRunner::claim(const JobSchedule &schedule, const QDateTime &run)
{
    Outcome outcome{schedule, run, Outcome::Kind::Failed, {}, {}};
    const JsonText::Parsed params = JsonText::parse(schedule.paramsText.toUtf8());
    if (!schedule.paramsText.isEmpty() && (!params.ok() || !params.document.isObject())) {
        outcome.error = ParseError::config(
            QStringLiteral("schedule %1: params are not a JSON object (%2); not started")
                .arg(schedule.objectId, params.ok() ? QStringLiteral("not an object") : params.error));
        report(outcome);
        return;
    }
    const ParseRequest request = AdminRequest::changeSchedule(schedule.objectId, schedule.claimFields(run));
    connect(m_client->send(request), &ParseReply::finished, this,
            [this, outcome](const ParseResult &r) mutable {
                if (!r.ok()) {
                    outcome.error = r.error;
                    report(outcome);
                } else if (outcome.schedule.claimWon(r.object(), outcome.run)) {
                    start(outcome);
                } else {
                    // Another runner's increment came first: take ours back, so lastRun is that runner's run
                    // time.
                    outcome.kind = Outcome::Kind::Claimed;
                    const ParseRequest release = AdminRequest::changeSchedule(
                        outcome.schedule.objectId, outcome.schedule.releaseFields(outcome.run));
                    connect(m_client->send(release), &ParseReply::finished, this,
                            [this, outcome](const ParseResult &released) mutable {
                                outcome.error = released.error;
                                report(outcome);
                            });
                }
            });
}

void ScheduleRunner::start(Outcome outcome)
{
    const QJsonObject params = JsonText::parse(outcome.schedule.paramsText.toUtf8()).document.object();
    connect(m_client->send(ParseRequest::runJob(outcome.schedule.jobName, params)), &ParseReply::finished,
            this, [this, outcome](const ParseResult &r) mutable {
                outcome.kind = r.ok() ? Outcome::Kind::Started : Outcome::Kind::Failed;
                outcome.jobStatusId = r.jobStatusId;
                outcome.error = r.error;
                report(outcome);
            });
}

void ScheduleRunner::report(const Outcome &outcome)
{
    Q_EMIT this->outcome(outcome);
    done();
}

void ScheduleRunner::done()
{
    // The list itself holds one count, so finished() follows the last schedule's outcome.
    if (--m_open == 0)
        Q_EMIT finished({});
}
