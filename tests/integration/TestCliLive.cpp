// parsedesk-cli, run as a user or script would, against the real local servers: output and exit codes.
#include "AdminClient.h"
#include "Await.h"
#include "CliRun.h"
#include "LocalParseServer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = CliRun;

Run cli(const QStringList &args, const ServerProfile &profile, bool withMasterKey = true,
        const QProcessEnvironment &extraEnv = {})
{
    QStringList full{QStringLiteral("--server"), profile.serverUrl.toString(), QStringLiteral("--app-id"),
                     profile.applicationId,      QStringLiteral("--rest-key"), profile.restApiKey};
    if (withMasterKey)
        full << QStringLiteral("--master-key") << profile.masterKey;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : {QStringLiteral("PARSE_SERVER_URL"), QStringLiteral("PARSE_APP_ID"),
                             QStringLiteral("PARSE_REST_KEY"), QStringLiteral("PARSE_MASTER_KEY")})
        env.remove(k);
    env.insert(extraEnv);
    return CliRun::run(full + args, env);
}

// The demo rooms (the five users' 40) as comparable text, one line per room, sorted.
QStringList roomLines(const QJsonArray &rooms)
{
    QStringList lines;
    for (const QJsonValue &v : rooms) {
        QJsonObject o = v.toObject();
        for (const char *own : {"objectId", "createdAt", "updatedAt", "ACL"})
            o.remove(QLatin1String(own));
        lines << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    lines.sort();
    return lines;
}

const QString kDemoRooms =
    QStringLiteral(R"({"creatorUsername":{"$in":["alice","bob","carol","dave","erin"]}})");
} // namespace

class TestCliLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        QVERIFY2(QFile::exists(qEnvironmentVariable("PARSEDESK_CLI")),
                 "PARSEDESK_CLI must name parsedesk-cli");
    }

    void query_orderLimitKeysCount_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::newRow("/parse server") << QByteArray("TEST");
        QTest::newRow("/api server, other keys") << QByteArray("ODD");
    }
    void query_orderLimitKeysCount()
    {
        QFETCH(QByteArray, server);
        const Run r =
            // Other tests add rooms; the demo's 40 are the ones its five users created.
            cli({QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--where"),
                 QStringLiteral(R"({"creatorUsername":{"$in":["alice","bob","carol","dave","erin"]}})"),
                 QStringLiteral("--order"), QStringLiteral("-visits"), QStringLiteral("--limit"),
                 QStringLiteral("5"), QStringLiteral("--keys"), QStringLiteral("roomName,visits"),
                 QStringLiteral("--count")},
                LocalParseServer::profile(server.constData()));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray results = o.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 5);
        // The count is exact (40 demo rooms), not Postgres' estimate, even with the master key.
        QCOMPARE(o.value(QLatin1String("count")).toInt(), 40);
        for (int i = 1; i < results.size(); ++i)
            QVERIFY(results.at(i - 1).toObject().value(QLatin1String("visits")).toDouble() >=
                    results.at(i).toObject().value(QLatin1String("visits")).toDouble());
        QVERIFY(!results.first().toObject().contains(QLatin1String("creatorUsername")));
    }

    void query_whereAndSkip_fromEnvironment()
    {
        const ServerProfile p = LocalParseServer::profile();
        QProcessEnvironment env;
        env.insert(QStringLiteral("PARSE_SERVER_URL"), p.serverUrl.toString());
        env.insert(QStringLiteral("PARSE_APP_ID"), p.applicationId);
        env.insert(QStringLiteral("PARSE_REST_KEY"), p.restApiKey);
        QProcess proc;
        QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
        full.remove(QStringLiteral("PARSE_MASTER_KEY"));
        full.insert(env);
        proc.setProcessEnvironment(full);
        proc.start(qEnvironmentVariable("PARSEDESK_CLI"),
                   {QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--where"),
                    QStringLiteral(R"({"visits":{"$gte":100}})"), QStringLiteral("--order"),
                    QStringLiteral("visits"), QStringLiteral("--skip"), QStringLiteral("1"),
                    QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY(proc.waitForFinished(30000));
        QCOMPARE(proc.exitCode(), 0);
        const QJsonArray results = QJsonDocument::fromJson(proc.readAllStandardOutput())
                                       .object()
                                       .value(QLatin1String("results"))
                                       .toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &v : results)
            QVERIFY(v.toObject().value(QLatin1String("visits")).toDouble() >= 100);
    }

    void query_tableAndCsv()
    {
        const ServerProfile p = LocalParseServer::profile();
        Run r = cli({QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--limit"),
                     QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("csv")},
                    p);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.first().startsWith("objectId,"));
        QVERIFY(lines.first().contains("roomName"));
        r = cli({QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--limit"),
                 QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("table")},
                p);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("roomName"));
        QVERIFY(r.out.contains("----"));
    }

    // --max-reply-mb sets the cap on a reply's size: above it the reply is refused unread (exit 2, saying
    // the limit), below it the query answers as usual.
    void query_maxReplyMb_refusesLargerReplies()
    {
        const ServerProfile p = LocalParseServer::profile();
        AdminClient admin(p);
        const QString cls =
            admin.classes().add(QStringLiteral("CliBigReply%1").arg(QDateTime::currentMSecsSinceEpoch()));
        // 12 objects of 100 KB: a reply of about 1.2 MB.
        const QString padding(100 * 1024, QLatin1Char('x'));
        for (int i = 0; i < 12; ++i) {
            const ParseResult r = await(admin.client().send(ParseRequest::createObject(
                cls, {{QStringLiteral("n"), i}, {QStringLiteral("padding"), padding}})));
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        }
        const QStringList query{QStringLiteral("query"), cls, QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--max-reply-mb")};

        const Run refused = cli(query + QStringList{QStringLiteral("1")}, p);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("larger than the limit of 1 MB"), refused.err.constData());
        QVERIFY2(refused.out.isEmpty(), refused.out.constData());

        const Run answered = cli(query + QStringList{QStringLiteral("2")}, p);
        QVERIFY2(answered.exitCode == 0, answered.err.constData());
        QCOMPARE(answered.out.trimmed().split('\n').size(), 1 + 12);
    }

    void schema_jsonIsTheServersAndTableHasCounts()
    {
        const ServerProfile p = LocalParseServer::profile();
        Run r = cli({QStringLiteral("schema")}, p);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray classes =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("results")).toArray();
        QVERIFY(classes.size() >= 3);
        r = cli({QStringLiteral("schema"), QStringLiteral("--format"), QStringLiteral("table")}, p);
        QCOMPARE(r.exitCode, 0);
        // Exact counts, not Postgres' estimate (0 right after seeding): at least the 40 demo rooms.
        const QRegularExpressionMatch room =
            QRegularExpression(QStringLiteral("Room\\s+\\d+\\s+(\\d+)")).match(QString::fromUtf8(r.out));
        QVERIFY2(room.hasMatch() && room.captured(1).toInt() >= 40, r.out.constData());
        r = cli({QStringLiteral("schema"), QStringLiteral("Room")}, p);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject fields =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.value(QLatin1String("visits")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("Number"));
    }

    void call_resultAndParseError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::newRow("echo") << QStringList{QStringLiteral("call"), QStringLiteral("echo"),
                                             QStringLiteral("--params"), QStringLiteral("{\"n\":5}")}
                              << 0 << QStringLiteral("{\"n\":5}");
        QTest::newRow("echo as form")
            << QStringList{QStringLiteral("call"), QStringLiteral("echo"), QStringLiteral("--params"),
                           QStringLiteral("{\"n\":5}"), QStringLiteral("--form")}
            << 0 << QStringLiteral("{\"n\":\"5\"}");
        QTest::newRow("Parse.Error") << QStringList{QStringLiteral("call"), QStringLiteral("parseError")} << 1
                                     << QStringLiteral("4242");
        QTest::newRow("bad params") << QStringList{QStringLiteral("call"), QStringLiteral("echo"),
                                                   QStringLiteral("--params"), QStringLiteral("[1]")}
                                    << 2 << QStringLiteral("--params");
    }
    void call_resultAndParseError()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        const Run r = cli(args, LocalParseServer::profile(), false);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.out + r.err).contains(output), (r.out + r.err).constData());
    }

    void watch_snapshotThenOneLinePerChange()
    {
        const ServerProfile p = LocalParseServer::profile();
        const QString owner = QStringLiteral("watch") + QString::number(QDateTime::currentMSecsSinceEpoch());
        QProcess watch;
        watch.start(qEnvironmentVariable("PARSEDESK_CLI"),
                    {QStringLiteral("--server"), p.serverUrl.toString(), QStringLiteral("--app-id"),
                     p.applicationId, QStringLiteral("--rest-key"), p.restApiKey, QStringLiteral("watch"),
                     QStringLiteral("Room"), QStringLiteral("--where"),
                     QStringLiteral("{\"creatorUsername\":\"%1\"}").arg(owner), QStringLiteral("--order"),
                     QStringLiteral("-visits"), QStringLiteral("--interval"), QStringLiteral("1")});
        QVERIFY(watch.waitForStarted());
        QVERIFY(watch.waitForReadyRead(10000));
        const QJsonObject snapshot = QJsonDocument::fromJson(watch.readLine()).object();
        QCOMPARE(snapshot.value(QLatin1String("type")).toString(), QStringLiteral("snapshot"));
        QVERIFY(snapshot.value(QLatin1String("rows")).toArray().isEmpty());
        const Run created =
            cli({QStringLiteral("call"), QStringLiteral("createRoom"), QStringLiteral("--params"),
                 QStringLiteral("{\"owner\":\"%1\",\"roomName\":\"W1\"}").arg(owner)},
                p, false);
        QCOMPARE(created.exitCode, 0);
        QVERIFY(watch.waitForReadyRead(5000));
        const QJsonObject insert = QJsonDocument::fromJson(watch.readLine()).object();
        QCOMPARE(insert.value(QLatin1String("type")).toString(), QStringLiteral("insert"));
        QCOMPARE(insert.value(QLatin1String("rank")).toInt(), 1);
        QCOMPARE(insert.value(QLatin1String("row")).toObject().value(QLatin1String("roomName")).toString(),
                 QStringLiteral("W1"));
        QVERIFY(!watch.waitForReadyRead(1500)); // unchanged refreshes print nothing
        watch.kill();
        watch.waitForFinished();
    }

    void budget_meterOnStderr()
    {
        const Run r = cli({QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--limit"),
                           QStringLiteral("1"), QStringLiteral("--budget"), QStringLiteral("100/60s")},
                          LocalParseServer::profile());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("1 operations in 1 requests"), r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).isObject()); // stdout stays machine-readable
        const Run bad = cli({QStringLiteral("schema"), QStringLiteral("--budget"), QStringLiteral("lots")},
                            LocalParseServer::profile());
        QCOMPARE(bad.exitCode, 2);
    }

    // export writes what query finds, with every type, and import turns the file back into the same
    // objects in a new class: through a /api server whose batch limit is 5, too.
    void exportImport_roundTrip_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv") << QByteArray("TEST") << QStringLiteral("csv");
        QTest::newRow("json") << QByteArray("TEST") << QStringLiteral("json");
        QTest::newRow("csv, /api server, batch limit 5") << QByteArray("ODD") << QStringLiteral("csv");
    }
    void exportImport_roundTrip()
    {
        QFETCH(QByteArray, server);
        QFETCH(QString, suffix);
        const ServerProfile p = LocalParseServer::profile(server.constData());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rooms.") + suffix);
        const Run exported =
            cli({QStringLiteral("export"), QStringLiteral("Room"), file, QStringLiteral("--where"),
                 kDemoRooms, QStringLiteral("--order"), QStringLiteral("-visits")},
                p);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY2(exported.err.contains("exported 40 objects of Room"), exported.err.constData());
        AdminClient admin(p);
        const QString copy = admin.classes().add(
            QStringLiteral("CliCopy%1%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(suffix));
        const Run import = cli({QStringLiteral("import"), copy, file}, p);
        QVERIFY2(import.exitCode == 0, import.err.constData());
        const QJsonArray outcomes = QJsonDocument::fromJson(import.out).array();
        QCOMPARE(outcomes.size(), 40);
        for (const QJsonValue &o : outcomes)
            QVERIFY2(o.toObject().contains(QLatin1String("success")), import.out.constData());
        QCOMPARE(outcomes.first().toObject().value(QLatin1String("source")).toString(),
                 suffix == QLatin1String("csv") ? QStringLiteral("line 2") : QStringLiteral("item 1"));

        const Run original = cli({QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--where"),
                                  kDemoRooms, QStringLiteral("--limit"), QStringLiteral("100")},
                                 p);
        const Run copied =
            cli({QStringLiteral("query"), copy, QStringLiteral("--limit"), QStringLiteral("100")}, p);
        QCOMPARE(copied.exitCode, 0);
        QCOMPARE(
            roomLines(QJsonDocument::fromJson(copied.out).object().value(QLatin1String("results")).toArray()),
            roomLines(
                QJsonDocument::fromJson(original.out).object().value(QLatin1String("results")).toArray()));
    }

    void export_toStandardOutputInOrder()
    {
        const Run r =
            cli({QStringLiteral("export"), QStringLiteral("Room"), QStringLiteral("-"),
                 QStringLiteral("--where"), kDemoRooms, QStringLiteral("--order"), QStringLiteral("-visits")},
                LocalParseServer::profile());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray rooms = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rooms.size(), 40);
        for (int i = 1; i < rooms.size(); ++i)
            QVERIFY(rooms.at(i - 1)[QLatin1String("visits")].toDouble() >=
                    rooms.at(i)[QLatin1String("visits")].toDouble());
    }

    // A row that can't be converted stops the whole import before anything is sent, unless the user
    // asks for the others to go.
    void import_badRowSendsNothingUnlessSkipped()
    {
        const ServerProfile p = LocalParseServer::profile();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rooms.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("roomName:String,visits:Number\nA,1\nB,abc\nC,3\n");
        out.close();
        AdminClient admin(p);
        const QString target =
            admin.classes().add(QStringLiteral("CliBad%1").arg(QDateTime::currentMSecsSinceEpoch()));
        const QStringList count{QStringLiteral("query"), target, QStringLiteral("--count"),
                                QStringLiteral("--limit"), QStringLiteral("0")};

        const Run refused = cli({QStringLiteral("import"), target, file}, p);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("line 3, visits: \"abc\" is not a number"), refused.err.constData());
        QVERIFY2(refused.err.contains("nothing was sent"), refused.err.constData());
        QCOMPARE(QJsonDocument::fromJson(cli(count, p).out)[QLatin1String("count")].toInt(), 0);

        const Run skipped =
            cli({QStringLiteral("import"), target, file, QStringLiteral("--skip-bad-rows")}, p);
        QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
        const QJsonArray outcomes = QJsonDocument::fromJson(skipped.out).array();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0)[QLatin1String("source")].toString(), QStringLiteral("line 2"));
        QCOMPARE(outcomes.at(1)[QLatin1String("source")].toString(), QStringLiteral("line 4"));
        QCOMPARE(QJsonDocument::fromJson(cli(count, p).out)[QLatin1String("count")].toInt(), 2);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("bad where JSON") << QStringList{QStringLiteral("query"), QStringLiteral("Room"),
                                                       QStringLiteral("--where"), QStringLiteral("{\"a\":}")}
                                        << QString() << 2 << QStringLiteral("line 1, column");
        QTest::newRow("invalid regex")
            << QStringList{QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--where"),
                           QStringLiteral("{\"roomName\":{\"$regex\":\"(x\"}}")}
            << QString() << 2 << QStringLiteral("regular expression");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QString() << 2
                                         << QStringLiteral("unknown command");
        QTest::newRow("bad format") << QStringList{QStringLiteral("schema"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << QString() << 2 << QStringLiteral("--format");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("query"), QStringLiteral("Room"),
                                                  QStringLiteral("--limit"), QStringLiteral("ten")}
                                   << QString() << 2 << QStringLiteral("--limit");
        for (const char *mb : {"0", "65537", "nan", "1.5"})
            QTest::newRow(qPrintable(QStringLiteral("max-reply-mb %1").arg(QLatin1String(mb))))
                << QStringList{QStringLiteral("query"), QStringLiteral("Room"),
                               QStringLiteral("--max-reply-mb"), QString::fromLatin1(mb)}
                << QString() << 2
                << QStringLiteral("--max-reply-mb: '%1' is not a whole number from 1 to 65536")
                       .arg(QLatin1String(mb));
        QTest::newRow("schema without master key")
            << QStringList{QStringLiteral("schema")} << QStringLiteral("noMaster") << 2
            << QStringLiteral("master key");
        QTest::newRow("wrong application id") << QStringList{QStringLiteral("query"), QStringLiteral("Room")}
                                              << QStringLiteral("appId") << 1 << QStringLiteral("403");
        QTest::newRow("invalid query")
            << QStringList{QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--where"),
                           QStringLiteral("{\"visits\":{\"$bogus\":1}}")}
            << QString() << 1 << QStringLiteral("Parse error");
        QTest::newRow("server down") << QStringList{QStringLiteral("query"), QStringLiteral("Room")}
                                     << QStringLiteral("down") << 3 << QStringLiteral("unreachable");
        QTest::newRow("export, server down")
            << QStringList{QStringLiteral("export"), QStringLiteral("Room"), QStringLiteral("-")}
            << QStringLiteral("down") << 3 << QStringLiteral("unreachable");
        QTest::newRow("export of a missing class")
            << QStringList{QStringLiteral("export"), QStringLiteral("NoSuchClass"), QStringLiteral("-")}
            << QString() << 1 << QStringLiteral("does not exist");
        QTest::newRow("export to an unwritable file")
            << QStringList{QStringLiteral("export"), QStringLiteral("Room"),
                           QStringLiteral("/nonexistent/rooms.json")}
            << QString() << 2 << QStringLiteral("cannot write");
        QTest::newRow("export as a table")
            << QStringList{QStringLiteral("export"), QStringLiteral("Room"), QStringLiteral("-"),
                           QStringLiteral("--format"), QStringLiteral("table")}
            << QString() << 2 << QStringLiteral("json or csv");
        QTest::newRow("import of a missing file")
            << QStringList{QStringLiteral("import"), QStringLiteral("Room"),
                           QStringLiteral("/nonexistent.csv")}
            << QString() << 2 << QStringLiteral("cannot read");
        QTest::newRow("import into an invalid class name")
            << QStringList{QStringLiteral("import"), QStringLiteral("1Room"),
                           QStringLiteral("/nonexistent.csv")}
            << QString() << 2 << QStringLiteral("class name");
    }
    // A mistyped command is reported as one, with the list of commands, even before a server is known.
    void unknownCommandWithoutServer()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PARSE_SERVER_URL"));
        const Run r = CliRun::run({QStringLiteral("improt"), QStringLiteral("Room")}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown command 'improt'") && r.err.contains("export, import"),
                 r.err.constData());
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, change);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);
        ServerProfile p = LocalParseServer::profile();
        if (change == QLatin1String("appId"))
            p.applicationId = QStringLiteral("wrong-app");
        else if (change == QLatin1String("down"))
            p.serverUrl.setPort(9);
        const Run r = cli(args, p, change != QLatin1String("noMaster"));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrPart, Qt::CaseInsensitive), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLive)
#include "TestCliLive.moc"
