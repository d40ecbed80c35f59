#include "cli/commands/JobsCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/batch/ScheduleRunner.h"
#include "core/data/JsonText.h"
#include "core/net/AdminRequest.h"
#include "core/net/ParseClient.h"

#include <QTimer>
#include <memory>

namespace {
constexpr int kWaitPollMs = 1000;

QJsonValue isoOrNull(const std::optional<QDateTime> &time)
{
    return time && time->isValid() ? QJsonValue(time->toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QList<QCommandLineOption> JobsCommand::options()
{
    return {
        {QStringLiteral("params"), QStringLiteral("jobs run: the job's parameters as a JSON object."),
         QStringLiteral("JSON")},
        {QStringLiteral("wait"), QStringLiteral("jobs run: wait until the job ends; exit 1 if it failed.")}};
}

void JobsCommand::run()
{
    const QStringList &args = m_app.positional();
    const QString verb = args.value(1);
    if (args.size() == 1) {
        list();
    } else if (verb == QLatin1String("run") && args.size() == 3) {
        start(args.at(2));
    } else if (verb == QLatin1String("run-due") && args.size() == 2) {
        runDue();
    } else {
        m_app.fail(
            CliApp::UsageError,
            QStringLiteral("jobs takes: jobs | jobs run NAME [--params JSON] [--wait] | jobs run-due"));
    }
}

void JobsCommand::list()
{
    // Two reads at once; the answer once both are in.
    auto result = std::make_shared<QJsonObject>();
    auto open = std::make_shared<int>(2);
    const auto done = [this, result, open](const ParseResult &r) {
        if (!r.ok()) {
            m_app.failWith(r);
            return;
        }
        if (--*open == 0)
            m_app.succeed(JsonText::compact(*result).toUtf8() + '\n');
    };
    connect(m_app.client()->send(AdminRequest::jobsData()), &ParseReply::finished, this,
            [result, done](const ParseResult &r) {
                result->insert(QStringLiteral("jobs"), r.object().value(QLatin1String("jobs")));
                done(r);
            });
    connect(m_app.client()->send(AdminRequest::schedules()), &ParseReply::finished, this,
            [result, done](const ParseResult &r) {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                QJsonArray schedules;
                for (const QJsonValue &v : r.json.toArray()) {
                    QJsonObject o = v.toObject();
                    const JobSchedule schedule = JobSchedule::fromJson(o);
                    o.insert(QStringLiteral("lastRunAt"), isoOrNull(schedule.lastRunTime()));
                    o.insert(QStringLiteral("nextRunAt"), isoOrNull(schedule.nextRunAfter(now)));
                    o.insert(QStringLiteral("due"), schedule.due(now).has_value());
                    schedules.append(o);
                }
                result->insert(QStringLiteral("schedules"), schedules);
                done(r);
            });
}

void JobsCommand::start(const QString &name)
{
    const std::optional<QJsonObject> params =
        m_app.jsonObjectOption(QStringLiteral("params"), QStringLiteral("{\"limit\":10}"));
    if (!params || m_app.refuseWrites(true, QStringLiteral("jobs run")))
        return;
    connect(m_app.client()->send(ParseRequest::runJob(name, *params)), &ParseReply::finished, this,
            [this](const ParseResult &r) {
                if (!r.ok()) {
                    m_app.failWith(r);
                } else if (!m_app.parser().isSet(QStringLiteral("wait"))) {
                    m_app.succeed(r.jobStatusId.toUtf8() + '\n');
                } else {
                    CliOutput::writeOut(r.jobStatusId.toUtf8() + '\n');
                    waitFor(r.jobStatusId);
                }
            });
}

void JobsCommand::waitFor(const QString &jobStatusId)
{
    ParseRequest read = ParseRequest::getObject(QStringLiteral("_JobStatus"), jobStatusId);
    read.masterKey = ParseRequest::MasterKey::Required;
    connect(
        m_app.client()->send(read), &ParseReply::finished, this, [this, jobStatusId](const ParseResult &r) {
            if (!r.ok()) {
                m_app.failWith(r);
                return;
            }
            const QString status = r.object().value(QLatin1String("status")).toString();
            const QString message = r.object().value(QLatin1String("message")).toString();
            if (status == QLatin1String("succeeded"))
                m_app.succeed({});
            else if (status == QLatin1String("failed"))
                m_app.fail(CliApp::ServerError, QStringLiteral("jobs run: the job failed: %1").arg(message));
            else
                QTimer::singleShot(kWaitPollMs, this, [this, jobStatusId] { waitFor(jobStatusId); });
        });
}

void JobsCommand::runDue()
{
    if (m_app.refuseWrites(true, QStringLiteral("jobs run-due")))
        return;
    auto *runner = new ScheduleRunner(m_app.client(), this);
    auto firstFailure = std::make_shared<ParseError>();
    connect(runner, &ScheduleRunner::outcome, this, [firstFailure](const ScheduleRunner::Outcome &o) {
        using Kind = ScheduleRunner::Outcome::Kind;
        static const char *const names[] = {"started", "claimed", "failed"};
        QJsonObject line{{QStringLiteral("schedule"), o.schedule.objectId},
                         {QStringLiteral("jobName"), o.schedule.jobName},
                         {QStringLiteral("run"), o.run.toUTC().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("outcome"), QString::fromLatin1(names[int(o.kind)])}};
        if (!o.jobStatusId.isEmpty())
            line.insert(QStringLiteral("jobStatusId"), o.jobStatusId);
        if (o.error.isError())
            line.insert(QStringLiteral("error"), o.error.describe());
        if (o.kind == Kind::Failed && !firstFailure->isError())
            *firstFailure = o.error;
        CliOutput::writeOut(JsonText::compact(line).toUtf8() + '\n');
    });
    connect(runner, &ScheduleRunner::finished, this, [this, firstFailure](const ParseError &error) {
        const ParseError &failure = error.isError() ? error : *firstFailure;
        if (failure.isError())
            m_app.fail(CliApp::exitCodeFor(failure), QStringLiteral("jobs run-due: ") + failure.describe());
        else
            m_app.succeed({});
    });
    runner->runDue(QDateTime::currentDateTimeUtc());
}
