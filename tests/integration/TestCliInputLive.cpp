// parsedesk-cli refuses input that would send something other than what was meant, before anything is
// sent: batch paths Parse Server would route elsewhere or fail whole chunks on, keys and tokens holding
// control characters (header injection), numeric options that are not finite or out of range. Run as a
// script would run it, against the real local servers (/parse, /api and /v1/parse), and against a listener
// that records whether anything reached it at all.
#include "AdminClient.h"
#include "Await.h"
#include "CliRun.h"
#include "LocalParseServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QStringList kConnectionVariables{QStringLiteral("PARSE_SERVER_URL"), QStringLiteral("PARSE_APP_ID"),
                                       QStringLiteral("PARSE_REST_KEY"), QStringLiteral("PARSE_CLIENT_KEY"),
                                       QStringLiteral("PARSE_MASTER_KEY")};

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : kConnectionVariables)
        env.remove(name);
    return env;
}

// The server's flags; the master key too unless withMasterKey is false.
QStringList connection(const ServerProfile &profile, bool withMasterKey = true)
{
    QStringList args{QStringLiteral("--server"), profile.serverUrl.toString(), QStringLiteral("--app-id"),
                     profile.applicationId,      QStringLiteral("--rest-key"), profile.restApiKey};
    if (withMasterKey)
        args << QStringLiteral("--master-key") << profile.masterKey;
    return args;
}

QByteArray batchOf(const QStringList &paths)
{
    QJsonArray requests;
    for (const QString &path : paths)
        requests.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                    {QStringLiteral("path"), path},
                                    {QStringLiteral("body"), QJsonObject{{QStringLiteral("n"), 1}}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson();
}

// The exact number of objects in a class (no where would give Postgres' estimate); 0 for a class that
// was never created.
int objectCount(ParseClient &admin, const QString &className)
{
    const ParseResult r = await(admin.send(ParseRequest::count(
        className, {{QStringLiteral("objectId"), QJsonObject{{QStringLiteral("$exists"), true}}}})));
    return r.ok() ? int(r.object().value(QLatin1String("count")).toInteger()) : 0;
}
} // namespace

class TestCliInputLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void batch_badPath_refusedWithItsIndexAndNothingSent_data();
    void batch_badPath_refusedWithItsIndexAndNothingSent();
    void batch_pathWithOrWithoutTheMount_reachesTheClass_data();
    void batch_pathWithOrWithoutTheMount_reachesTheClass();

    void secrets_controlCharacter_refusedNamingTheSourceNotTheValue_data();
    void secrets_controlCharacter_refusedNamingTheSourceNotTheValue();
    void secrets_keyFromFileOrStandardInput_isUsed_data();
    void secrets_keyFromFileOrStandardInput_isUsed();
    void secrets_keyFromStandardInput_notWithInputFromIt();
    void secrets_keyGivenTwoWaysOrEmpty_isRefused();
    void secrets_helpWarnsAboutTheProcessList();

    void numbers_outOfRangeOrNotFinite_refusedNamingTheOption_data();
    void numbers_outOfRangeOrNotFinite_refusedNamingTheOption();
    void numbers_edgesOfTheRange_areAccepted_data();
    void numbers_edgesOfTheRange_areAccepted();

private:
    // Runs the CLI against a listener that is no server; fails the test if anything connected to it.
    CliRun runAgainstListener(const QStringList &args, const QProcessEnvironment &env,
                              const QByteArray &input = {});

    QTemporaryDir m_dir;
    QString m_getBatch; // a batch file of one read
};

void TestCliInputLive::initTestCase()
{
    for (const char *server : {"TEST", "ODD", "STRICT"}) {
        const QString reason = LocalParseServer::missingReason(server);
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    }
    QVERIFY2(QFile::exists(qEnvironmentVariable("PARSEDESK_CLI")), "PARSEDESK_CLI must name parsedesk-cli");
    QVERIFY(m_dir.isValid());
    m_getBatch = m_dir.filePath(QStringLiteral("get.json"));
    QFile file(m_getBatch);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"requests":[{"method":"GET","path":"/classes/Room","body":{"limit":1}}]})");
}

CliRun TestCliInputLive::runAgainstListener(const QStringList &args, const QProcessEnvironment &env,
                                            const QByteArray &input)
{
    QTcpServer listener;
    if (!listener.listen(QHostAddress::LocalHost))
        qFatal("no local port to listen on");
    const QString url = QStringLiteral("http://127.0.0.1:%1/parse").arg(listener.serverPort());
    const CliRun r = CliRun::run(QStringList{QStringLiteral("--server"), url} + args, env, input);
    if (listener.hasPendingConnections())
        qWarning("the CLI connected although it should have sent nothing");
    return listener.hasPendingConnections() ? CliRun{} : r;
}

void TestCliInputLive::batch_badPath_refusedWithItsIndexAndNothingSent_data()
{
    QTest::addColumn<QByteArray>("server");
    QTest::addColumn<QString>("path"); // %1: the class, %2: a mount that is not the server's
    QTest::addColumn<QString>("reason");
    const QList<std::pair<QByteArray, QString>> servers{{"TEST", QStringLiteral("/v1/parse")},
                                                        {"ODD", QStringLiteral("/parse")},
                                                        {"STRICT", QStringLiteral("/parse")}};
    for (const auto &[server, foreign] : servers) {
        const auto row = [&server = server, &foreign = foreign](const char *name, const QString &path,
                                                                const QString &reason) {
            QTest::addRow("%s, %s", server.constData(), name)
                << server << path.arg(QStringLiteral("%1"), foreign) << reason;
        };
        row("..", QStringLiteral("/classes/Adv2/../%1"), QStringLiteral("has a \"..\" segment"));
        row("foreign mount", QStringLiteral("%2/classes/%1"),
            QStringLiteral("starts with %1, which is not this server's mount").arg(foreign));
        row("empty segment", QStringLiteral("/classes//%1"), QStringLiteral("has an empty segment"));
        row("invalid class name", QStringLiteral("/classes/My-%1"),
            QStringLiteral("is not a valid class name"));
        row("unknown route", QStringLiteral("/objects/%1"), QStringLiteral("is not a Parse Server route"));
        row("nested batch", QStringLiteral("/batch"), QStringLiteral("a batch can't contain another batch"));
    }
}

void TestCliInputLive::batch_badPath_refusedWithItsIndexAndNothingSent()
{
    QFETCH(QByteArray, server);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const ServerProfile profile = LocalParseServer::profile(server.constData());
    AdminClient admin(profile);
    const QString className = admin.classes().add(QStringLiteral("CliPathProbe"));
    // The first operation is fine: before, it was applied and the second then failed or went elsewhere.
    const QString file = m_dir.filePath(QStringLiteral("paths.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(batchOf({QStringLiteral("/classes/") + className, path.arg(className)}));
    out.close();

    const CliRun r =
        CliRun::run(connection(profile) + QStringList{QStringLiteral("batch"), file}, cleanEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("#2 path: ") && QString::fromUtf8(r.err).contains(reason), r.err.constData());
    QCOMPARE(objectCount(admin.client(), className), 0);
}

void TestCliInputLive::batch_pathWithOrWithoutTheMount_reachesTheClass_data()
{
    QTest::addColumn<QByteArray>("server");
    QTest::newRow("/parse") << QByteArray("TEST");
    QTest::newRow("/api") << QByteArray("ODD");
    QTest::newRow("/v1/parse") << QByteArray("STRICT");
}

void TestCliInputLive::batch_pathWithOrWithoutTheMount_reachesTheClass()
{
    QFETCH(QByteArray, server);
    const ServerProfile profile = LocalParseServer::profile(server.constData());
    AdminClient admin(profile);
    const QString className = admin.classes().add(QStringLiteral("CliPathMount"));
    const CliRun r = CliRun::run(
        connection(profile) + QStringList{QStringLiteral("batch"), QStringLiteral("-")}, cleanEnvironment(),
        batchOf({QStringLiteral("/classes/") + className,
                 profile.mountPath() + QStringLiteral("/classes/") + className,
                 QStringLiteral("/Classes/") + className}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(objectCount(admin.client(), className), 3);
}

void TestCliInputLive::secrets_controlCharacter_refusedNamingTheSourceNotTheValue_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("variable"); // set to the value when not empty
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("input"); // standard input
    QTest::addColumn<QString>("source");   // what the message names
    const QString injected = QStringLiteral("k\r\nX-Injected: yes");
    for (const char *flag : {"app-id", "rest-key", "client-key", "master-key", "session-token"}) {
        const QString option = QStringLiteral("--") + QLatin1String(flag);
        QTest::addRow("%s CR LF", flag)
            << QStringList{option, injected} << QString() << injected << QByteArray() << option;
    }
    QTest::newRow("master key with a tab")
        << QStringList{QStringLiteral("--master-key"), QStringLiteral("k\tk")} << QString()
        << QStringLiteral("k\tk") << QByteArray() << QStringLiteral("--master-key");
    for (const QString &variable : kConnectionVariables.mid(1))
        QTest::addRow("%s LF", qPrintable(variable))
            << QStringList() << variable << QStringLiteral("k\nX-Injected: yes") << QByteArray() << variable;
    QTest::newRow("master key file, CR inside")
        << QStringList{QStringLiteral("--master-key-file"), QStringLiteral("{file}")} << QString()
        << QStringLiteral("k\rX-Injected: yes") << QByteArray() << QStringLiteral("--master-key-file");
    QTest::newRow("REST key from standard input, DEL inside")
        << QStringList{QStringLiteral("--rest-key"), QStringLiteral("-")} << QString()
        << QStringLiteral("k\x7Fk") << QByteArray("k\x7Fk\n")
        << QStringLiteral("--rest-key - (standard input)");
}

void TestCliInputLive::secrets_controlCharacter_refusedNamingTheSourceNotTheValue()
{
    QFETCH(QStringList, args);
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QByteArray, input);
    QFETCH(QString, source);
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("PARSE_APP_ID"), QStringLiteral("app"));
    if (!variable.isEmpty())
        env.insert(variable, value);
    const QString file = m_dir.filePath(QStringLiteral("key"));
    QFile key(file);
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write(value.toUtf8() + '\n');
    key.close();
    args.replaceInStrings(QStringLiteral("{file}"), file);

    const CliRun r =
        runAgainstListener(args + QStringList{QStringLiteral("query"), QStringLiteral("Room")}, env, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.startsWith(
            QStringLiteral("parsedesk-cli: %1: the value contains a control character").arg(source).toUtf8()),
        r.err.constData());
    QVERIFY2(!r.err.contains("X-Injected") && !r.err.contains("k\tk"), r.err.constData());
}

void TestCliInputLive::secrets_keyFromFileOrStandardInput_isUsed_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("form"); // file or -
    QTest::addColumn<QByteArray>("ending");
    QTest::newRow("master key file") << "master-key"
                                     << "file" << QByteArray("\n");
    QTest::newRow("master key file saved on Windows") << "master-key"
                                                      << "file" << QByteArray("\r\n");
    QTest::newRow("master key file without a line break") << "master-key"
                                                          << "file" << QByteArray();
    QTest::newRow("master key from standard input") << "master-key"
                                                    << "-" << QByteArray("\n");
    QTest::newRow("REST key file") << "rest-key"
                                   << "file" << QByteArray("\n");
    QTest::newRow("REST key from standard input") << "rest-key"
                                                  << "-" << QByteArray("\n");
}

void TestCliInputLive::secrets_keyFromFileOrStandardInput_isUsed()
{
    QFETCH(QString, flag);
    QFETCH(QString, form);
    QFETCH(QByteArray, ending);
    // ODD's keys are its own: a key that did not arrive whole is refused.
    const ServerProfile profile = LocalParseServer::profile("ODD");
    const bool master = flag == QLatin1String("master-key");
    const QByteArray key = (master ? profile.masterKey : profile.restApiKey).toUtf8() + ending;
    QStringList args{QStringLiteral("--server"), profile.serverUrl.toString(), QStringLiteral("--app-id"),
                     profile.applicationId};
    if (master)
        args << QStringLiteral("--rest-key") << profile.restApiKey;
    QByteArray input;
    if (form == QLatin1String("-")) {
        args << QStringLiteral("--") + flag << QStringLiteral("-");
        input = key;
    } else {
        const QString file = m_dir.filePath(QStringLiteral("key"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(ending.isEmpty() ? key : key + "second line, not part of the key\n");
        out.close();
        args << QStringLiteral("--%1-file").arg(flag) << file;
    }
    // The schema needs the master key; a query, the REST key.
    args << (master ? QStringList{QStringLiteral("schema"), QStringLiteral("Room")}
                    : QStringList{QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--limit"),
                                  QStringLiteral("1")});
    const CliRun r = CliRun::run(args, cleanEnvironment(), input);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(master ? "\"fields\"" : "\"results\""), r.out.constData());
}

void TestCliInputLive::secrets_keyFromStandardInput_notWithInputFromIt()
{
    for (const QStringList &command :
         {QStringList{QStringLiteral("batch"), QStringLiteral("-")},
          QStringList{QStringLiteral("import"), QStringLiteral("Room"), QStringLiteral("-")}}) {
        const CliRun r = runAgainstListener(QStringList{QStringLiteral("--app-id"), QStringLiteral("app"),
                                                        QStringLiteral("--master-key"), QStringLiteral("-")} +
                                                command,
                                            cleanEnvironment(), "key\n{\"requests\":[]}\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("--master-key -: standard input already carries the %1 input; "
                                          "give this key with --master-key-file FILE or PARSE_MASTER_KEY")
                               .arg(command.constFirst())
                               .toUtf8()),
            r.err.constData());
    }
    const CliRun both =
        runAgainstListener({QStringLiteral("--app-id"), QStringLiteral("app"), QStringLiteral("--master-key"),
                            QStringLiteral("-"), QStringLiteral("--rest-key"), QStringLiteral("-"),
                            QStringLiteral("query"), QStringLiteral("Room")},
                           cleanEnvironment(), "one\ntwo\n");
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("standard input already carries another key"), both.err.constData());
}

void TestCliInputLive::secrets_keyGivenTwoWaysOrEmpty_isRefused()
{
    const QString file = m_dir.filePath(QStringLiteral("empty-key"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("\nkey on the second line\n");
    out.close();
    CliRun r = runAgainstListener({QStringLiteral("--app-id"), QStringLiteral("app"),
                                   QStringLiteral("--master-key-file"), file, QStringLiteral("query"),
                                   QStringLiteral("Room")},
                                  cleanEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--master-key-file: the first line holds no key"), r.err.constData());
    r = runAgainstListener({QStringLiteral("--app-id"), QStringLiteral("app"), QStringLiteral("--master-key"),
                            QStringLiteral("k"), QStringLiteral("--master-key-file"), file,
                            QStringLiteral("query"), QStringLiteral("Room")},
                           cleanEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--master-key and --master-key-file: give the key one way"), r.err.constData());
    r = runAgainstListener({QStringLiteral("--app-id"), QStringLiteral("app"),
                            QStringLiteral("--master-key-file"), m_dir.filePath(QStringLiteral("missing")),
                            QStringLiteral("query"), QStringLiteral("Room")},
                           cleanEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--master-key-file: cannot read"), r.err.constData());
}

void TestCliInputLive::secrets_helpWarnsAboutTheProcessList()
{
    const CliRun r = CliRun::run({QStringLiteral("--help")}, cleanEnvironment());
    QCOMPARE(r.exitCode, 0);
    for (const char *part : {"/proc/PID/cmdline", "PARSE_MASTER_KEY", "--master-key-file <FILE>",
                             "--rest-key-file <FILE>", "--master-key - (one line from standard input)"})
        QVERIFY2(r.out.simplified().contains(QByteArray(part)), part);
}

void TestCliInputLive::numbers_outOfRangeOrNotFinite_refusedNamingTheOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("option");
    const QStringList query{QStringLiteral("query"), QStringLiteral("Room")};
    const struct
    {
        const char *option;
        QStringList command;
        QStringList values;
    } options[] = {
        {"timeout", query, {"nan", "inf", "-inf", "-1", "0", "0.01", "3601", "1e10", "thirty", ""}},
        {"interval",
         {QStringLiteral("watch"), QStringLiteral("Room")},
         {"nan", "inf", "-1", "0", "86401", "1e10", "1.5", "thirty"}},
        {"limit", query, {"nan", "inf", "-1", "1000001", "1e10", "2.5", "ten"}},
        {"skip", query, {"nan", "inf", "-1", "100000001", "1e10", "ten"}},
        {"batch-size",
         {QStringLiteral("batch"), QStringLiteral("{batch}")},
         {"nan", "inf", "-1", "0", "10001", "1e10", "ten"}},
        {"budget",
         query,
         {"nan/60s", "inf/60s", "-1/60s", "0/60s", "10/0s", "1000001/60s", "10/25h", "10/3000000h",
          "10/1e10s", "10/inf", "ten"}},
    };
    for (const auto &[option, command, values] : options) {
        for (const QString &value : values)
            QTest::addRow("--%s %s", option, qPrintable(value))
                << QStringList{QStringLiteral("--") + QLatin1String(option), value} + command
                << QString::fromLatin1(option);
    }
}

void TestCliInputLive::numbers_outOfRangeOrNotFinite_refusedNamingTheOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, option);
    args.replaceInStrings(QStringLiteral("{batch}"), m_getBatch);
    const CliRun r = runAgainstListener(QStringList{QStringLiteral("--app-id"), QStringLiteral("app")} + args,
                                        cleanEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("parsedesk-cli: --%1: ").arg(option).toUtf8()),
             r.err.constData());
}

void TestCliInputLive::numbers_edgesOfTheRange_areAccepted_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList query{QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--limit"),
                            QStringLiteral("1")};
    QTest::newRow("--timeout 3600") << QStringList{QStringLiteral("--timeout"), QStringLiteral("3600")} +
                                           query;
    QTest::newRow("--timeout 2.5") << QStringList{QStringLiteral("--timeout"), QStringLiteral("2.5")} + query;
    QTest::newRow("--limit 0") << QStringList{QStringLiteral("query"), QStringLiteral("Room"),
                                              QStringLiteral("--limit"), QStringLiteral("0")};
    QTest::newRow("--limit 1000000") << QStringList{QStringLiteral("query"), QStringLiteral("Room"),
                                                    QStringLiteral("--limit"), QStringLiteral("1000000")};
    QTest::newRow("--skip 100000000")
        << QStringList{QStringLiteral("--skip"), QStringLiteral("100000000")} + query;
    QTest::newRow("--budget 1000000/24h")
        << QStringList{QStringLiteral("--budget"), QStringLiteral("1000000/24h")} + query;
    QTest::newRow("--batch-size 10000")
        << QStringList{QStringLiteral("--batch-size"), QStringLiteral("10000"), QStringLiteral("batch"),
                       QStringLiteral("{batch}")};
    QTest::newRow("--batch-size 1") << QStringList{QStringLiteral("--batch-size"), QStringLiteral("1"),
                                                   QStringLiteral("batch"), QStringLiteral("{batch}")};
}

void TestCliInputLive::numbers_edgesOfTheRange_areAccepted()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("{batch}"), m_getBatch);
    const CliRun r = CliRun::run(connection(LocalParseServer::profile(), false) + args, cleanEnvironment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliInputLive)
#include "TestCliInputLive.moc"
