// Issue #20 against the OPS test server (mounted at /ops, its own keys, a webhookKey): parsedesk-cli's
// config, logs, jobs and hooks as a script runs them, and the core they rest on (ConfigSave's conflicts,
// undo of a config save, ScheduleRunner's claim through two concurrent run-due processes, webhooks CRUD).
#include "AdminClient.h"
#include "Await.h"
#include "CliRun.h"
#include "LocalParseServer.h"
#include "core/batch/ConfigSave.h"
#include "core/data/Webhook.h"
#include "core/journal/UndoJournal.h"
#include "core/journal/UndoRunner.h"
#include "core/net/AdminRequest.h"
#include "core/net/ParseClient.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
QString unique(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

QJsonValue parsed(const QByteArray &line)
{
    return QJsonDocument::fromJson("[" + line + "]").array().at(0);
}
} // namespace

class TestOpsLive : public QObject
{
    Q_OBJECT

private:
    ServerProfile m_server;
    QTemporaryDir m_home;

    QStringList connection() const
    {
        return {QStringLiteral("--server"),     m_server.serverUrl.toString(),
                QStringLiteral("--app-id"),     m_server.applicationId,
                QStringLiteral("--rest-key"),   m_server.restApiKey,
                QStringLiteral("--master-key"), m_server.masterKey};
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *k : {"PARSE_SERVER_URL", "PARSE_APP_ID", "PARSE_REST_KEY", "PARSE_MASTER_KEY"})
            env.remove(QString::fromLatin1(k));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        return env;
    }
    CliRun cli(const QStringList &args) { return CliRun::run(connection() + args, environment()); }

    int jobRuns(ParseClient &client, const QString &tag)
    {
        const ParseResult r =
            await(client.send(ParseRequest::count(QStringLiteral("JobRun"), {{QStringLiteral("tag"), tag}})));
        return r.ok() ? r.object().value(QLatin1String("count")).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = LocalParseServer::missingReason("OPS");
        if (!reason.isEmpty())
            QFAIL(qPrintable(reason));
        QVERIFY2(QFile::exists(qEnvironmentVariable("PARSEDESK_CLI")),
                 "PARSEDESK_CLI must name parsedesk-cli");
        m_server = LocalParseServer::profile("OPS");
        qRegisterMetaType<UndoRunner::Report>();
        qRegisterMetaType<ParseConfig>();
        qRegisterMetaType<QList<ParseConfig::Conflict>>();
    }

    void config_roundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("masterOnly");
        QTest::newRow("Number") << QStringLiteral("5") << false;
        QTest::newRow("Number, master only") << QStringLiteral("-2.5") << true;
        QTest::newRow("String") << QStringLiteral("\"x y\"") << false;
        QTest::newRow("Boolean") << QStringLiteral("true") << true;
        QTest::newRow("Date") << QStringLiteral("{\"__type\":\"Date\",\"iso\":\"2024-01-01T00:00:00.000Z\"}")
                              << false;
        QTest::newRow("Array") << QStringLiteral("[1,\"a\",{\"b\":null}]") << false;
        QTest::newRow("Object") << QStringLiteral("{\"nested\":{\"n\":1},\"s\":\"t\"}") << true;
        QTest::newRow("File")
            << QStringLiteral("{\"__type\":\"File\",\"name\":\"f.txt\",\"url\":\"http://h.example/f.txt\"}")
            << false;
        QTest::newRow("GeoPoint") << QStringLiteral(
                                         "{\"__type\":\"GeoPoint\",\"latitude\":52.5,\"longitude\":13.4}")
                                  << false;
    }
    void config_roundTrip()
    {
        QFETCH(QString, value);
        QFETCH(bool, masterOnly);
        const QString name = unique("p");
        QStringList set{QStringLiteral("config"), QStringLiteral("set")};
        if (masterOnly)
            set << QStringLiteral("--master-only");
        // After --, "-2.5" is a value, not flags.
        set << QStringLiteral("--") << name << value;
        CliRun r = cli(set);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = cli({QStringLiteral("config"), QStringLiteral("get"), name});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parsed(r.out.trimmed()), parsed(value.toUtf8()));

        r = cli({QStringLiteral("config")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("{\"params\":"), r.out.constData());
        const QJsonObject all = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(all.value(QLatin1String("params")).toObject().value(name), parsed(value.toUtf8()));
        QCOMPARE(all.value(QLatin1String("masterKeyOnly")).toObject().value(name).toBool(), masterOnly);

        // masterKeyOnly as the server applies it: a REST-key read does not see the parameter.
        AdminClient admin(m_server);
        ServerProfile rest = m_server;
        rest.masterKey.clear();
        rest.useMasterKey = false;
        QNetworkAccessManager network;
        ParseClient restClient(rest, &network);
        ParseRequest read = AdminRequest::config();
        read.masterKey = ParseRequest::MasterKey::Never;
        const ParseResult restRead = await(restClient.send(read));
        QVERIFY(restRead.ok());
        QCOMPARE(restRead.object().value(QLatin1String("params")).toObject().contains(name), !masterOnly);

        r = cli({QStringLiteral("config"), QStringLiteral("delete"), name});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("config"), QStringLiteral("get"), name});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(name.toUtf8()), r.err.constData());
    }

    void config_badJsonNamesLineAndColumn_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("where");
        QTest::newRow("config set") << QStringList{QStringLiteral("config"), QStringLiteral("set"),
                                                   QStringLiteral("p"), QStringLiteral("{\"a\":1,}")}
                                    << QByteArray("line 1, column");
        QTest::newRow("config set, second line")
            << QStringList{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("p"),
                           QStringLiteral("{\n\"a\" 1}")}
            << QByteArray("line 2, column");
        QTest::newRow("jobs run --params")
            << QStringList{QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("recordRun"),
                           QStringLiteral("--params"), QStringLiteral("{\"tag\":")}
            << QByteArray("line 1, column");
    }
    void config_badJsonNamesLineAndColumn()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, where);
        const CliRun r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(where), r.err.constData());
    }

    void config_conflictIsDetected()
    {
        AdminClient admin(m_server);
        const QString name = unique("shared");
        QVERIFY(await(admin.client().send(
                          AdminRequest::updateConfig(ParseConfig::putBody({{name, {QJsonValue(1), false}}}))))
                    .ok());
        const ParseConfig loaded =
            ParseConfig::fromJson(await(admin.client().send(AdminRequest::config())).object());
        // A colleague changes it after we loaded.
        QVERIFY(await(admin.client().send(
                          AdminRequest::updateConfig(ParseConfig::putBody({{name, {QJsonValue(2), false}}}))))
                    .ok());

        ConfigSave save(&admin.client());
        QSignalSpy done(&save, &ConfigSave::finished);
        save.save(loaded, {{name, {QJsonValue(3), false}}});
        QVERIFY(done.wait(20000));
        const auto conflicts = done.first().at(2).value<QList<ParseConfig::Conflict>>();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(*conflicts.first().loaded.value, QJsonValue(1));
        QCOMPARE(*conflicts.first().server.value, QJsonValue(2));
        QCOMPARE(*conflicts.first().mine.value, QJsonValue(3));
        // Not overwritten.
        ParseConfig now = ParseConfig::fromJson(await(admin.client().send(AdminRequest::config())).object());
        QCOMPARE(now.params.value(name), QJsonValue(2));

        // Overwriting is a choice.
        done.clear();
        save.save(loaded, {{name, {QJsonValue(3), false}}}, true);
        QVERIFY(done.wait(20000));
        QVERIFY(done.first().at(0).value<ParseResult>().ok());
        now = ParseConfig::fromJson(await(admin.client().send(AdminRequest::config())).object());
        QCOMPARE(now.params.value(name), QJsonValue(3));
        await(admin.client().send(AdminRequest::updateConfig(ParseConfig::putBody({{name, {}}}))));
    }

    void config_undoRestoresPreviousValues()
    {
        QTemporaryDir dir;
        AdminClient admin(m_server);
        UndoJournal journal(dir.path());
        journal.attach(&admin.client());
        const QString kept = unique("kept");
        const QString added = unique("added");
        QVERIFY(await(admin.client().send(AdminRequest::updateConfig(
                          ParseConfig::putBody({{kept, {QJsonValue(QStringLiteral("before")), true}}}))))
                    .ok());
        const int entriesBefore = int(journal.entries().size());

        ConfigSave save(&admin.client());
        QSignalSpy done(&save, &ConfigSave::finished);
        save.save(std::nullopt,
                  {{kept, {QJsonValue(QStringLiteral("after")), false}}, {added, {QJsonValue(7), false}}});
        QVERIFY(done.wait(20000));
        QVERIFY(done.first().at(0).value<ParseResult>().ok());
        QCOMPARE(journal.entries().size(), entriesBefore + 1);
        const UndoEntry entry = journal.entries().constLast();
        QCOMPARE(entry.source, QStringLiteral("config"));
        QCOMPARE(entry.snapshot(ParseConfig::journalClass(), ParseConfig::journalId())
                     .value(QLatin1String("params"))
                     .toObject()
                     .value(kept),
                 QJsonValue(QStringLiteral("before")));

        UndoRunner runner(&admin.client(), &journal);
        QSignalSpy undone(&runner, &UndoRunner::finished);
        runner.run(entry.id);
        QVERIFY(undone.wait(30000));
        const UndoRunner::Report report = undone.first().first().value<UndoRunner::Report>();
        QVERIFY2(!report.error.isError() && report.failed == 0, qPrintable(report.text()));
        const ParseConfig now =
            ParseConfig::fromJson(await(admin.client().send(AdminRequest::config())).object());
        QCOMPARE(now.value(kept).value, QJsonValue(QStringLiteral("before")));
        QVERIFY(now.value(kept).masterKeyOnly);
        QVERIFY(!now.params.contains(added));
        await(admin.client().send(AdminRequest::updateConfig(ParseConfig::putBody({{kept, {}}}))));
    }

    void logs_containTheCloudCodeError()
    {
        AdminClient admin(m_server);
        const QString marker = unique("logged-");
        const ParseResult call = await(admin.client().send(
            ParseRequest::callFunction(QStringLiteral("parseError"), {{QStringLiteral("message"), marker}})));
        QCOMPARE(call.error.code, 4242);
        const CliRun r = cli({QStringLiteral("logs"), QStringLiteral("--level"), QStringLiteral("error"),
                              QStringLiteral("--since"), QStringLiteral("-5m"), QStringLiteral("--size"),
                              QStringLiteral("50")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool found = false;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            QVERIFY2(!entry.isEmpty(), line.constData()); // one JSON object per line
            QCOMPARE(entry.value(QLatin1String("level")).toString(), QStringLiteral("error"));
            const QString message = entry.value(QLatin1String("message")).toString();
            found |= message.contains(marker) && message.contains(QLatin1String("parseError"));
        }
        QVERIFY2(found, r.out.constData());
        // Bad flags are usage errors.
        QCOMPARE(cli({QStringLiteral("logs"), QStringLiteral("--level"), QStringLiteral("debug")}).exitCode,
                 2);
        QCOMPARE(
            cli({QStringLiteral("logs"), QStringLiteral("--since"), QStringLiteral("yesterday")}).exitCode,
            2);
    }

    void logs_followPrintsEachNewEntryOnce()
    {
        AdminClient admin(m_server);
        QProcess follow;
        follow.setProcessEnvironment(environment());
        follow.start(qEnvironmentVariable("PARSEDESK_CLI"),
                     connection() + QStringList{QStringLiteral("logs"), QStringLiteral("--level"),
                                                QStringLiteral("error"), QStringLiteral("--size"),
                                                QStringLiteral("1"), QStringLiteral("--follow")});
        QVERIFY(follow.waitForStarted());
        QTest::qWait(1500);
        const QString marker = unique("followed-");
        for (int i = 0; i < 3; ++i)
            await(admin.client().send(ParseRequest::callFunction(
                QStringLiteral("parseError"), {{QStringLiteral("message"), marker + QString::number(i)}})));
        QTest::qWait(6000); // three polls
        follow.terminate();
        QVERIFY(follow.waitForFinished(5000));
        const QByteArray out = follow.readAllStandardOutput();
        // Parse logs each failed call twice (the failure with its function name, and the error's stack):
        // each of them once.
        for (int i = 0; i < 3; ++i) {
            const QByteArray id = (marker + QString::number(i)).toUtf8();
            int failures = 0;
            int stacks = 0;
            for (const QByteArray &line : out.split('\n')) {
                if (line.contains(id + '"'))
                    ++(line.contains("Failed running cloud function parseError") ? failures : stacks);
            }
            QVERIFY2(failures == 1 && stacks == 1, out.constData());
        }
    }

    void jobs_runAndWait()
    {
        AdminClient admin(m_server);
        const QString tag = unique("run-");
        CliRun r = cli({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("recordRun"),
                        QStringLiteral("--params"), QStringLiteral("{\"tag\":\"%1\"}").arg(tag),
                        QStringLiteral("--wait")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out.trimmed());
        const ParseResult status =
            await(admin.client().send(ParseRequest::getObject(QStringLiteral("_JobStatus"), id)));
        QCOMPARE(status.object().value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(jobRuns(admin.client(), tag), 1);

        r = cli({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("failingJob"),
                 QStringLiteral("--wait")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("failingJob failed on purpose"), r.err.constData());
        QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("noSuchJob")}).exitCode,
                 1);
    }

    void jobs_runDueRunsAScheduleOnceAcrossConcurrentRunners()
    {
        AdminClient admin(m_server);
        const QString tag = unique("due-");
        // Due since its start an hour and a half ago, every hour: one run (the latest) is due.
        const QString start = QDateTime::currentDateTimeUtc().addSecs(-5400).toString(Qt::ISODateWithMs);
        ParseResult created = await(admin.client().send(AdminRequest::createSchedule(
            {{QStringLiteral("jobName"), QStringLiteral("recordRun")},
             {QStringLiteral("params"), QStringLiteral("{\"tag\":\"%1\"}").arg(tag)},
             {QStringLiteral("startAfter"), start},
             {QStringLiteral("repeatMinutes"), 60}})));
        QVERIFY2(created.ok(), qPrintable(created.error.describe()));
        const QString id = created.object().value(QLatin1String("objectId")).toString();

        const auto listed = [&] {
            const CliRun r = cli({QStringLiteral("jobs")});
            for (const QJsonValue &s :
                 QJsonDocument::fromJson(r.out).object().value(QLatin1String("schedules")).toArray()) {
                if (s.toObject().value(QLatin1String("objectId")).toString() == id)
                    return s.toObject();
            }
            return QJsonObject();
        };
        QVERIFY(listed().value(QLatin1String("due")).toBool());

        // Two runners at the same moment (as two cron hosts would).
        QProcess runners[3];
        for (QProcess &p : runners) {
            p.setProcessEnvironment(environment());
            p.start(qEnvironmentVariable("PARSEDESK_CLI"),
                    connection() + QStringList{QStringLiteral("jobs"), QStringLiteral("run-due")});
        }
        QByteArray outs;
        for (QProcess &p : runners) {
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            outs += p.readAllStandardOutput();
        }
        QCOMPARE(outs.count(QByteArray("\"outcome\":\"started\",\"run\"")), 1);
        for (int i = 0; i < 50 && jobRuns(admin.client(), tag) < 1; ++i)
            QTest::qWait(100);
        QTest::qWait(500);
        QCOMPARE(jobRuns(admin.client(), tag), 1);
        const QJsonObject after = listed();
        QVERIFY(!after.value(QLatin1String("due")).toBool());
        QVERIFY(!after.value(QLatin1String("lastRunAt")).toString().isEmpty());
        QVERIFY(!after.value(QLatin1String("nextRunAt")).toString().isEmpty());

        // Run again: nothing is due any more.
        const CliRun again = cli({QStringLiteral("jobs"), QStringLiteral("run-due")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.out.contains(id.toUtf8()), again.out.constData());
        QCOMPARE(jobRuns(admin.client(), tag), 1);
        QVERIFY(await(admin.client().send(AdminRequest::deleteSchedule(id))).ok());
    }

    void hooks_crud()
    {
        AdminClient admin(m_server);
        const QString function = unique("hookFn");
        const Webhook fn{function, {}, {}, QStringLiteral("https://hooks.example/fn")};
        const Webhook trigger{{},
                              QStringLiteral("HookedClass"),
                              QStringLiteral("beforeSave"),
                              QStringLiteral("https://hooks.example/save")};
        QVERIFY(fn.problem().isEmpty() && trigger.problem().isEmpty());
        for (const Webhook &hook : {fn, trigger}) {
            const ParseResult r = await(admin.client().send(AdminRequest::createHook(hook.toJson())));
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        }
        Webhook moved = fn;
        moved.url = QStringLiteral("https://hooks.example/fn2");
        QVERIFY(await(admin.client().send(AdminRequest::updateHook(moved.toJson()))).ok());

        CliRun r = cli({QStringLiteral("hooks")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject lists = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(lists.value(QLatin1String("functions")).toArray().contains(moved.toJson()),
                 r.out.constData());
        QVERIFY2(lists.value(QLatin1String("triggers")).toArray().contains(trigger.toJson()),
                 r.out.constData());

        for (const Webhook &hook : {moved, trigger})
            QVERIFY(await(admin.client().send(AdminRequest::deleteHook(hook.toJson()))).ok());
        r = cli({QStringLiteral("hooks")});
        lists = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!lists.value(QLatin1String("functions")).toArray().contains(moved.toJson()));
        QVERIFY(!lists.value(QLatin1String("triggers")).toArray().contains(trigger.toJson()));
    }

    void production_refusesWritesUnlessAllowed()
    {
        QDir().mkpath(m_home.filePath(QStringLiteral("config/ParseDesk")));
        {
            QSettings settings(m_home.filePath(QStringLiteral("config/ParseDesk/ParseDesk.conf")),
                               QSettings::IniFormat);
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            ProfileStore store(&secrets, &settings);
            ServerProfile p = m_server;
            p.id.clear();
            p.name = QStringLiteral("Ops production");
            p.production = true;
            store.save(p);
            settings.sync();
        }
        const QString name = unique("locked");
        const QStringList profile{QStringLiteral("--profile"),    QStringLiteral("Ops production"),
                                  QStringLiteral("--master-key"), m_server.masterKey,
                                  QStringLiteral("--rest-key"),   m_server.restApiKey};
        for (const QStringList &write :
             {QStringList{QStringLiteral("config"), QStringLiteral("set"), name, QStringLiteral("1")},
              QStringList{QStringLiteral("config"), QStringLiteral("delete"), name},
              QStringList{QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("recordRun")},
              QStringList{QStringLiteral("jobs"), QStringLiteral("run-due")}}) {
            const CliRun r = CliRun::run(profile + write, environment());
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--allow-writes"), r.err.constData());
        }
        // Reads go through; nothing was written.
        CliRun r = CliRun::run(profile + QStringList{QStringLiteral("config"), QStringLiteral("get"), name},
                               environment());
        QCOMPARE(r.exitCode, 1);
        r = CliRun::run(profile + QStringList{QStringLiteral("config"), QStringLiteral("set"), name,
                                              QStringLiteral("1"), QStringLiteral("--allow-writes")},
                        environment());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = CliRun::run(profile + QStringList{QStringLiteral("config"), QStringLiteral("delete"), name,
                                              QStringLiteral("--allow-writes")},
                        environment());
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestOpsLive)
#include "TestOpsLive.moc"
