// Issue #19's parsedesk-cli contract against the real servers (TEST, and ODD with its other mount path and
// keys): clp round trips (every operation, pointer permissions, protectedFields), a bad CLP file refused
// naming the key, indexes created and dropped as /schemas reads them back, --as USERNAME seeing what the
// ACLs allow with its session revoked afterwards, --as-anonymous seeing public rows only, and on a
// production profile the writes refused without --allow-writes, journaled with it, and undone.
#include "AdminClient.h"
#include "Await.h"
#include "CliRun.h"
#include "LocalParseServer.h"
#include "core/data/ClassPermissions.h"
#include "core/data/JsonText.h"
#include "core/journal/UndoJournal.h"
#include "core/journal/UndoRunner.h"
#include "core/net/ParseClient.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
QJsonObject parsed(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QString unique(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QJsonObject field(const char *type, const char *targetClass = nullptr)
{
    QJsonObject f{{QStringLiteral("type"), QString::fromLatin1(type)}};
    if (targetClass)
        f.insert(QStringLiteral("targetClass"), QString::fromLatin1(targetClass));
    return f;
}

// owner: Pointer<_User>, editors: Array, secret: String, n: Number.
QString createClass(AdminClient &admin, const char *prefix)
{
    const QString cls = admin.classes().add(unique(prefix));
    const ParseResult r = await(admin.client().send(ParseRequest::createSchema(
        cls, {{QStringLiteral("fields"), QJsonObject{{QStringLiteral("owner"), field("Pointer", "_User")},
                                                     {QStringLiteral("editors"), field("Array")},
                                                     {QStringLiteral("secret"), field("String")},
                                                     {QStringLiteral("n"), field("Number")}}}})));
    if (!r.ok())
        qWarning("creating %s: %s", qPrintable(cls), qPrintable(r.error.describe()));
    return cls;
}

QJsonObject schemaOf(AdminClient &admin, const QString &cls)
{
    return await(admin.client().send(ParseRequest::schema(cls))).object();
}

QString userId(AdminClient &admin, const QString &username)
{
    QueryOptions options;
    options.where = {{QStringLiteral("username"), username}};
    ParseRequest find = ParseRequest::find(QStringLiteral("_User"), options);
    find.masterKey = ParseRequest::MasterKey::Required;
    const ParseResult r = await(admin.client().send(find));
    return r.object()
        .value(QLatin1String("results"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("objectId"))
        .toString();
}

int sessionCount(AdminClient &admin, const QString &user)
{
    ParseRequest count = ParseRequest::count(
        QStringLiteral("_Session"),
        {{QStringLiteral("user"), QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                              {QStringLiteral("className"), QStringLiteral("_User")},
                                              {QStringLiteral("objectId"), user}}}});
    count.masterKey = ParseRequest::MasterKey::Required;
    return int(await(admin.client().send(count)).object().value(QLatin1String("count")).toInteger(-1));
}

// Every operation, each principal form, pointer permissions and protectedFields.
QJsonObject everyForm(const QString &user)
{
    const auto only = [](const QString &principal) { return QJsonObject{{principal, true}}; };
    return {
        {QStringLiteral("get"),
         QJsonObject{{QStringLiteral("*"), true},
                     {QStringLiteral("pointerFields"), QJsonArray{QStringLiteral("owner")}}}},
        {QStringLiteral("find"), only(QStringLiteral("requiresAuthentication"))},
        {QStringLiteral("count"), only(QStringLiteral("role:moderators"))},
        {QStringLiteral("create"), only(user)},
        {QStringLiteral("update"),
         QJsonObject{{QStringLiteral("pointerFields"), QJsonArray{QStringLiteral("editors")}}}},
        {QStringLiteral("delete"), QJsonObject()},
        {QStringLiteral("addField"), QJsonObject()},
        {QStringLiteral("readUserFields"), QJsonArray{QStringLiteral("owner"), QStringLiteral("editors")}},
        {QStringLiteral("writeUserFields"), QJsonArray{QStringLiteral("owner")}},
        {QStringLiteral("protectedFields"),
         QJsonObject{{QStringLiteral("*"), QJsonArray{QStringLiteral("secret"), QStringLiteral("n")}},
                     {QStringLiteral("authenticated"), QJsonArray{QStringLiteral("secret")}},
                     {QStringLiteral("role:moderators"), QJsonArray{QStringLiteral("n")}},
                     {QStringLiteral("userField:owner"), QJsonArray{QStringLiteral("n")}},
                     {user, QJsonArray{QStringLiteral("secret")}}}},
        {QStringLiteral("ACL"), QJsonObject{{user, QJsonObject{{QStringLiteral("read"), true}}}}}};
}

ClassPermissions permissions(const QJsonObject &json)
{
    QList<ClassPermissions::Issue> issues;
    const ClassPermissions clp = ClassPermissions::fromJson(json, &issues);
    if (!issues.isEmpty())
        qWarning("%s: %s", qPrintable(issues.first().key), qPrintable(issues.first().message));
    return clp;
}
} // namespace

class TestAccessCliLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_profileId; // a production profile of TEST

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        for (const char *k :
             {"PARSE_SERVER_URL", "PARSE_APP_ID", "PARSE_REST_KEY", "PARSE_CLIENT_KEY", "PARSE_MASTER_KEY"})
            env.remove(QString::fromLatin1(k));
        return env;
    }
    // The server's address and keys in the environment, as a script would give them.
    CliRun cli(const QString &which, const QStringList &args, const QByteArray &input = {})
    {
        const ServerProfile server = LocalParseServer::profile(which.toLatin1().constData());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PARSE_SERVER_URL"), server.serverUrl.toString());
        env.insert(QStringLiteral("PARSE_APP_ID"), server.applicationId);
        env.insert(QStringLiteral("PARSE_REST_KEY"), server.restApiKey);
        env.insert(QStringLiteral("PARSE_MASTER_KEY"), server.masterKey);
        return CliRun::run(args, env, input);
    }
    CliRun production(const QStringList &args, const QByteArray &input = {})
    {
        const ServerProfile server = LocalParseServer::profile();
        return CliRun::run(QStringList{QStringLiteral("--profile"), QStringLiteral("Live access"),
                                       QStringLiteral("--master-key"), server.masterKey,
                                       QStringLiteral("--rest-key"), server.restApiKey} +
                               args,
                           environment(), input);
    }
    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static void servers()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("TEST") << QStringLiteral("TEST");
        QTest::newRow("ODD") << QStringLiteral("ODD");
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        const QString odd = LocalParseServer::missingReason("ODD");
        QVERIFY2(odd.isEmpty(), qPrintable(odd));
        QVERIFY2(QFile::exists(qEnvironmentVariable("PARSEDESK_CLI")),
                 "PARSEDESK_CLI must name parsedesk-cli");
        QDir().mkpath(m_home.filePath(QStringLiteral("config/ParseDesk")));
        QSettings settings(m_home.filePath(QStringLiteral("config/ParseDesk/ParseDesk.conf")),
                           QSettings::IniFormat);
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileStore store(&secrets, &settings);
        ServerProfile p = LocalParseServer::profile();
        p.id.clear();
        p.name = QStringLiteral("Live access");
        p.production = true;
        m_profileId = store.save(p);
        settings.sync();
    }

    void clp_roundTrip_data() { servers(); }
    void clp_roundTrip()
    {
        QFETCH(QString, which);
        AdminClient admin(LocalParseServer::profile(which.toLatin1().constData()));
        const QString cls = createClass(admin, "ItClp");
        const QJsonObject sent = everyForm(userId(admin, QStringLiteral("alice")));

        const CliRun set = cli(
            which, {QStringLiteral("clp"), cls, QStringLiteral("--set"), QStringLiteral("-")}, json(sent));
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const QJsonObject printed = parsed(set.out);
        const QJsonObject stored =
            schemaOf(admin, cls).value(QLatin1String("classLevelPermissions")).toObject();
        QCOMPARE(printed, stored);
        QCOMPARE(permissions(stored).toJson(), permissions(sent).toJson());

        const CliRun get = cli(which, {QStringLiteral("clp"), cls});
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(parsed(get.out), stored);
    }

    void clp_badFile_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown operation") << QByteArray("{\"fnd\":{\"*\":true}}") << QStringLiteral("fnd");
        QTest::newRow("unknown principal form")
            << QByteArray("{\"find\":{\"rol:staff\":true}}") << QStringLiteral("find.rol:staff");
        QTest::newRow("protectedFields principal")
            << QByteArray("{\"protectedFields\":{\"requiresAuthentication\":[\"secret\"]}}")
            << QStringLiteral("protectedFields.requiresAuthentication");
        QTest::newRow("protected field the class lacks")
            << QByteArray("{\"protectedFields\":{\"*\":[\"nope\"]}}") << QStringLiteral("protectedFields.*");
        QTest::newRow("pointer permission on a String")
            << QByteArray("{\"readUserFields\":[\"secret\"]}") << QStringLiteral("readUserFields");
    }
    void clp_badFile()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, key);
        AdminClient admin(LocalParseServer::profile());
        const QString cls = createClass(admin, "ItClpBad");
        const QJsonObject before =
            schemaOf(admin, cls).value(QLatin1String("classLevelPermissions")).toObject();
        const QString path = m_home.filePath(QStringLiteral("bad-clp.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(file);
        f.close();
        const CliRun run =
            cli(QStringLiteral("TEST"), {QStringLiteral("clp"), cls, QStringLiteral("--set"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((key + QLatin1Char(':')).toUtf8()), run.err.constData());
        QCOMPARE(schemaOf(admin, cls).value(QLatin1String("classLevelPermissions")).toObject(), before);
    }

    void clp_serverRefuses()
    {
        const CliRun run = cli(
            QStringLiteral("TEST"),
            {QStringLiteral("clp"), unique("ItNoSuchClass"), QStringLiteral("--set"), QStringLiteral("-")},
            "{\"find\":{\"*\":true}}");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("103"), run.err.constData());
    }

    void index_addAndDrop_data() { servers(); }
    void index_addAndDrop()
    {
        QFETCH(QString, which);
        AdminClient admin(LocalParseServer::profile(which.toLatin1().constData()));
        const QString cls = createClass(admin, "ItIndex");
        const QString name = unique("by_n_secret_");

        const CliRun none = cli(which, {QStringLiteral("index"), cls});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out.trimmed(), QByteArray("{}"));

        const CliRun add = cli(which, {QStringLiteral("index"), cls, QStringLiteral("--add"), name,
                                       QStringLiteral("--keys"), QStringLiteral("n,-secret")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const QJsonObject expected{{QStringLiteral("n"), 1}, {QStringLiteral("secret"), -1}};
        QCOMPARE(parsed(add.out).value(name).toObject(), expected);
        QCOMPARE(schemaOf(admin, cls).value(QLatin1String("indexes")).toObject().value(name).toObject(),
                 expected);

        const CliRun missing =
            cli(which, {QStringLiteral("index"), cls, QStringLiteral("--add"), unique("by_x"),
                        QStringLiteral("--keys"), QStringLiteral("n,nosuchfield")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("nosuchfield"), missing.err.constData());

        const CliRun drop = cli(which, {QStringLiteral("index"), cls, QStringLiteral("--drop"), name});
        QVERIFY2(drop.exitCode == 0, drop.err.constData());
        QVERIFY(!parsed(drop.out).contains(name));
        QVERIFY(!schemaOf(admin, cls).value(QLatin1String("indexes")).toObject().contains(name));

        const CliRun again = cli(which, {QStringLiteral("index"), cls, QStringLiteral("--drop"), name});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("102"), again.err.constData());
    }

    void as_userSeesWhatAclsAllow_data() { servers(); }
    void as_userSeesWhatAclsAllow()
    {
        QFETCH(QString, which);
        AdminClient admin(LocalParseServer::profile(which.toLatin1().constData()));
        const QString cls = createClass(admin, "ItAs");
        const QString alice = userId(admin, QStringLiteral("alice"));
        const QString bob = userId(admin, QStringLiteral("bob"));
        QVERIFY(!alice.isEmpty() && !bob.isEmpty());
        const auto create = [&](const char *tag, const QJsonObject &acl) {
            QJsonObject body{{QStringLiteral("secret"), QString::fromLatin1(tag)}};
            if (!acl.isEmpty())
                body.insert(QStringLiteral("ACL"), acl);
            QVERIFY(await(admin.client().send(ParseRequest::createObject(cls, body))).ok());
        };
        const QJsonObject read{{QStringLiteral("read"), true}};
        create("public", {{QStringLiteral("*"), read}});
        create("alice", {{alice, read}});
        create("bob", {{bob, read}});
        create("open", {});
        create("master", {{QStringLiteral("role:nobody-has-this-role"), read}});

        const auto seen = [&](const QStringList &principal) {
            const CliRun run = cli(which, QStringList{QStringLiteral("query"), cls, QStringLiteral("--keys"),
                                                      QStringLiteral("secret"), QStringLiteral("--order"),
                                                      QStringLiteral("secret")} +
                                              principal);
            QStringList tags;
            for (const QJsonValue &row : parsed(run.out).value(QLatin1String("results")).toArray())
                tags.append(row.toObject().value(QLatin1String("secret")).toString());
            return run.exitCode == 0 ? tags : QStringList{QString::fromUtf8(run.err)};
        };
        const int aliceSessions = sessionCount(admin, alice);
        QCOMPARE(seen({QStringLiteral("--as"), QStringLiteral("alice")}),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("open"), QStringLiteral("public")}));
        QCOMPARE(seen({QStringLiteral("--as"), QStringLiteral("bob")}),
                 (QStringList{QStringLiteral("bob"), QStringLiteral("open"), QStringLiteral("public")}));
        QCOMPARE(seen({QStringLiteral("--as-anonymous")}),
                 (QStringList{QStringLiteral("open"), QStringLiteral("public")}));
        // With the master key (the same command without a principal) every row.
        QCOMPARE(seen({}).size(), 5);
        // The sessions --as took are gone.
        QCOMPARE(sessionCount(admin, alice), aliceSessions);
    }

    void as_usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown user")
            << QStringList{QStringLiteral("--as"), QStringLiteral("nobody-by-this-name")}
            << QStringLiteral("nobody-by-this-name");
        QTest::newRow("--as and --as-anonymous")
            << QStringList{QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("--as-anonymous")}
            << QStringLiteral("--as-anonymous");
        QTest::newRow("--as and --session-token")
            << QStringList{QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("--session-token"),
                           QStringLiteral("r:x")}
            << QStringLiteral("--session-token");
    }
    void as_usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const CliRun run =
            cli(QStringLiteral("TEST"), QStringList{QStringLiteral("query"), QStringLiteral("Room")} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
    }

    void production_refusesWrites_journalsClp_undoRestoresIt()
    {
        AdminClient admin(LocalParseServer::profile());
        const QString cls = createClass(admin, "ItClpProd");
        const QJsonObject before =
            schemaOf(admin, cls).value(QLatin1String("classLevelPermissions")).toObject();
        const QByteArray file("{\"find\":{\"requiresAuthentication\":true},\"get\":{\"*\":true}}");

        for (const QStringList &write :
             {QStringList{QStringLiteral("clp"), cls, QStringLiteral("--set"), QStringLiteral("-")},
              QStringList{QStringLiteral("index"), cls, QStringLiteral("--add"), QStringLiteral("by_n"),
                          QStringLiteral("--keys"), QStringLiteral("n")},
              QStringList{QStringLiteral("index"), cls, QStringLiteral("--drop"), QStringLiteral("by_n")}}) {
            const CliRun refused = production(write, file);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains("--allow-writes"), refused.err.constData());
        }
        QCOMPARE(schemaOf(admin, cls).value(QLatin1String("classLevelPermissions")).toObject(), before);
        QVERIFY(!schemaOf(admin, cls)
                     .value(QLatin1String("indexes"))
                     .toObject()
                     .contains(QStringLiteral("by_n")));
        // A read goes through.
        QCOMPARE(production({QStringLiteral("clp"), cls}).exitCode, 0);
        // Logging in as a user creates a session: refused too.
        const CliRun as =
            production({QStringLiteral("query"), cls, QStringLiteral("--as"), QStringLiteral("alice")});
        QCOMPARE(as.exitCode, 2);
        QVERIFY2(as.err.contains("--allow-writes"), as.err.constData());

        const CliRun allowed = production({QStringLiteral("clp"), cls, QStringLiteral("--set"),
                                           QStringLiteral("-"), QStringLiteral("--allow-writes")},
                                          file);
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        QVERIFY(schemaOf(admin, cls).value(QLatin1String("classLevelPermissions")).toObject() != before);

        // The previous CLP is in the profile's journal; undoing the entry puts it back.
        UndoJournal journal(m_home.filePath(QStringLiteral("data/ParseDesk/journal/") + m_profileId));
        QString entryId;
        for (const UndoEntry &entry : journal.entries()) {
            if (entry.classNames().contains(ClassPermissions::journalClass()) &&
                entry.snapshot(ClassPermissions::journalClass(), cls)
                    .contains(QLatin1String("classLevelPermissions")))
                entryId = entry.id;
        }
        QVERIFY(!entryId.isEmpty());
        const UndoEntry &entry = journal.entries().at(journal.indexOf(entryId));
        QCOMPARE(entry.snapshot(ClassPermissions::journalClass(), cls)
                     .value(QLatin1String("classLevelPermissions"))
                     .toObject(),
                 before);
        journal.attach(&admin.client());
        UndoRunner runner(&admin.client(), &journal);
        QSignalSpy finished(&runner, &UndoRunner::finished);
        runner.run(entryId);
        QVERIFY(finished.wait(20000));
        const auto report = finished.first().first().value<UndoRunner::Report>();
        QVERIFY2(report.failed == 0 && !report.error.isError(), qPrintable(report.text()));
        QCOMPARE(report.restored, 1);
        QCOMPARE(schemaOf(admin, cls).value(QLatin1String("classLevelPermissions")).toObject(), before);
    }
};

QTEST_GUILESS_MAIN(TestAccessCliLive)
#include "TestAccessCliLive.moc"
