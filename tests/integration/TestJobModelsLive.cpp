// The Jobs pane's models on the real OPS server (its Cloud Code has every test job; schedules are
// server-wide) under QAbstractItemModelTester: the jobs its Cloud Code
// defines, a schedule created, edited (time of day) and deleted with its repeat, last and next runs; runs
// of a job that succeeds after a while and of one that fails, followed while running.
#include "AdminClient.h"
#include "Await.h"
#include "LocalParseServer.h"
#include "core/models/JobRunModel.h"
#include "core/models/JobScheduleModel.h"
#include "core/models/Tone.h"
#include "core/net/ParseClient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestJobModelsLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void schedules_createEditDelete();
    void runs_followedUntilTheyEnd();

private:
    std::unique_ptr<AdminClient> m_admin;
};

namespace {
int rowOfSchedule(const JobScheduleModel &model, const QString &description)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, JobScheduleModel::Description).data().toString() == description)
            return row;
    }
    return -1;
}

int rowOfRun(const JobRunModel &model, const QString &job)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, JobRunModel::Job).data().toString() == job)
            return row;
    }
    return -1;
}
} // namespace

void TestJobModelsLive::initTestCase()
{
    const QString reason = LocalParseServer::missingReason("OPS");
    if (!reason.isEmpty())
        QFAIL(qPrintable(reason));
    m_admin = std::make_unique<AdminClient>(LocalParseServer::profile("OPS"));
}

void TestJobModelsLive::schedules_createEditDelete()
{
    JobScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &JobScheduleModel::refreshed);
    QSignalSpy saved(&model, &JobScheduleModel::saved);
    model.setClient(&m_admin->client());
    QVERIFY(refreshed.wait(10000));
    QVERIFY2(model.problem().isEmpty(), qPrintable(model.problem()));
    for (const char *job : {"countRooms", "recordRun", "failingJob"})
        QVERIFY2(model.jobNames().contains(QLatin1String(job)), job);

    // Every hour from an hour and a half ago: never ran, the next runs are the coming full periods.
    const QString description = QStringLiteral("model test ") + QUuid::createUuid().toString(QUuid::Id128);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-5400);
    QJsonObject fields{{QStringLiteral("jobName"), QStringLiteral("recordRun")},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("params"), QStringLiteral("{\"tag\":\"x\"}")},
                       {QStringLiteral("startAfter"), start.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("repeatMinutes"), 60}};
    model.save(fields);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.last().at(0).value<ParseResult>().ok(),
             qPrintable(saved.last().at(0).value<ParseResult>().error.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfSchedule(model, description) >= 0, 10000);
    int row = rowOfSchedule(model, description);
    QCOMPARE(model.index(row, JobScheduleModel::Job).data().toString(), QStringLiteral("recordRun"));
    QCOMPARE(model.index(row, JobScheduleModel::Repeat).data().toString(),
             QStringLiteral("every 60 minute(s)"));
    QCOMPARE(model.index(row, JobScheduleModel::LastRun).data().toString(), QStringLiteral("never"));
    QVERIFY(model.index(row, JobScheduleModel::Start)
                .data()
                .toString()
                .contains(start.toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC")));
    const QStringList next = model.index(row, JobScheduleModel::NextRuns)
                                 .data(Qt::ToolTipRole)
                                 .toString()
                                 .split(QLatin1Char('\n'));
    QCOMPARE(next.size(), JobScheduleModel::kNextRuns);
    QCOMPARE(next.first(), start.addSecs(7200).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(model.index(row, JobScheduleModel::Params).data().toString(), QStringLiteral("{\"tag\":\"x\"}"));

    // At 08:00 UTC each day instead.
    const QJsonObject stored = model.index(row, 0).data(JobScheduleModel::ScheduleRole).toJsonObject();
    fields.insert(QStringLiteral("timeOfDay"), QStringLiteral("08:00:00.000Z"));
    saved.clear();
    model.save(fields, stored.value(QLatin1String("objectId")).toString());
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.last().at(0).value<ParseResult>().ok());
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(qMax(0, rowOfSchedule(model, description)), JobScheduleModel::Repeat).data().toString(),
        QStringLiteral("every 60 minute(s) from 08:00 UTC each day"), 10000);

    saved.clear();
    model.remove(rowOfSchedule(model, description));
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.last().at(0).value<ParseResult>().ok());
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(rowOfSchedule(model, description), -1);
}

void TestJobModelsLive::runs_followedUntilTheyEnd()
{
    ParseClient &client = m_admin->client();
    JobRunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &JobRunModel::refreshed);
    model.setClient(&client);
    QVERIFY(refreshed.wait(10000));
    QVERIFY2(model.problem().isEmpty(), qPrintable(model.problem()));
    QVERIFY(model.rowCount() <= JobRunModel::kPage);

    const ParseResult slow = await(
        client.send(ParseRequest::runJob(QStringLiteral("countRooms"), {{QStringLiteral("ms"), 2500}})));
    QVERIFY2(slow.ok(), qPrintable(slow.error.describe()));
    const ParseResult failing = await(client.send(ParseRequest::runJob(QStringLiteral("failingJob"), {})));
    QVERIFY(failing.ok());
    model.track(slow.jobStatusId, {{QStringLiteral("ms"), 2500}});
    QTRY_VERIFY_WITH_TIMEOUT(rowOfRun(model, QStringLiteral("countRooms")) == 0, 5000);
    QCOMPARE(model.index(0, JobRunModel::Status).data().toString(), QStringLiteral("running"));
    QVERIFY(model.index(0, JobRunModel::Duration).data().toString().endsWith(QLatin1String("so far")));
    QCOMPARE(model.index(0, JobRunModel::Params).data().toString(), QStringLiteral("{\"ms\":2500}"));
    model.track(failing.jobStatusId, {});
    QTRY_VERIFY_WITH_TIMEOUT(rowOfRun(model, QStringLiteral("failingJob")) == 0, 5000);

    // Followed until they end: the failure with its message, the other with its result and duration.
    QTRY_COMPARE_WITH_TIMEOUT(model.index(0, JobRunModel::Status).data().toString(), QStringLiteral("failed"),
                              10000);
    QVERIFY(
        model.index(0, JobRunModel::Message).data().toString().contains(QLatin1String("failed on purpose")));
    QCOMPARE(model.index(0, JobRunModel::Status).data(ToneRole::Text).toInt(), int(Tone::Bad));
    QTRY_COMPARE_WITH_TIMEOUT(model.index(1, JobRunModel::Status).data().toString(),
                              QStringLiteral("succeeded"), 15000);
    QVERIFY(model.index(1, JobRunModel::Message).data().toString().endsWith(QLatin1String("rooms")));
    const QString duration = model.index(1, JobRunModel::Duration).data().toString();
    QVERIFY2(duration.endsWith(QLatin1String(" s")) &&
                 duration.section(QLatin1Char(' '), 0, 0).toDouble() >= 2.5,
             qPrintable(duration));

    // A reload reads them back, newest first.
    model.reload();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.index(0, JobRunModel::Job).data().toString(), QStringLiteral("failingJob"));
}

QTEST_GUILESS_MAIN(TestJobModelsLive)
#include "TestJobModelsLive.moc"
