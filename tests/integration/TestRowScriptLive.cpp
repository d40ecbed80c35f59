// Row scripts on the real servers: a Cloud Code function once per object matching a where (RowScript and
// parsedesk-cli call --for-each), paged by cursor, in parallel, one outcome per object in objectId order,
// failures reported per row (exit 1), parameters from --param-map or the whole object, and the call is a
// write under a production profile's lock.
#include "AdminClient.h"
#include "Await.h"
#include "CliRun.h"
#include "LocalParseServer.h"
#include "core/batch/BatchSession.h"
#include "core/batch/RowScript.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// Creates the objects; their ids, sorted (the order rows are reported in).
QStringList createRows(ParseClient &client, const QString &cls, const QList<QJsonObject> &rows)
{
    BatchDocument doc;
    for (const QJsonObject &row : rows)
        doc.operations.append({QStringLiteral("POST"), QStringLiteral("/classes/") + cls, row, {}});
    BatchSession session;
    session.setClient(&client);
    session.setDocument(doc);
    QSignalSpy finished(&session, &BatchSession::runFinished);
    QStringList ids;
    if (!session.sendAll() || !finished.wait(30000))
        return ids;
    for (int i = 0; i < session.count(); ++i)
        ids << session.result(i).objectId;
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The rooms createRoom made for an owner: counted, and deleted when this goes.
class Rooms
{
public:
    Rooms(ParseClient &client, const QString &owner)
        : m_client(client)
        , m_where{{QStringLiteral("creatorUsername"), owner}}
    {}
    ~Rooms()
    {
        // Page by page (maxLimit may clamp each), until none is left.
        for (int round = 0; round < 100 && count() > 0; ++round) {
            QueryOptions page;
            page.where = m_where;
            page.keys = {QStringLiteral("objectId")};
            page.limit = 100;
            const ParseResult r = await(m_client.send(ParseRequest::find(QStringLiteral("Room"), page)));
            for (const QJsonValue &v : r.object().value(QLatin1String("results")).toArray())
                await(m_client.send(ParseRequest::deleteObject(
                    QStringLiteral("Room"), v.toObject().value(QLatin1String("objectId")).toString())));
        }
    }
    Rooms(const Rooms &) = delete;
    Rooms &operator=(const Rooms &) = delete;
    int count()
    {
        const ParseResult r = await(m_client.send(ParseRequest::count(QStringLiteral("Room"), m_where)));
        return r.ok() ? r.object().value(QLatin1String("count")).toInt() : -1;
    }

private:
    ParseClient &m_client;
    QJsonObject m_where;
};

CliRun cli(const ServerProfile &profile, const QStringList &args)
{
    return CliRun::run(QStringList{QStringLiteral("--server"), profile.serverUrl.toString(),
                                   QStringLiteral("--app-id"), profile.applicationId,
                                   QStringLiteral("--master-key"), profile.masterKey} +
                       args);
}

QList<QJsonObject> lines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    }
    return objects;
}
} // namespace

class TestRowScriptLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        QVERIFY2(QFile::exists(qEnvironmentVariable("PARSEDESK_CLI")),
                 "PARSEDESK_CLI must name parsedesk-cli");
    }

    void cli_forEach_someFail_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<int>("rows");
        QTest::newRow("TEST, 500 rows") << QByteArray("TEST") << 500;
        // maxLimit 25: every page is clamped; idempotency on every write (each call is its own request).
        QTest::newRow("STRICT, 120 rows") << QByteArray("STRICT") << 120;
    }
    void cli_forEach_someFail()
    {
        QFETCH(QByteArray, server);
        QFETCH(int, rows);
        const ServerProfile profile = LocalParseServer::profile(server.constData());
        AdminClient admin(profile);
        const QString cls = admin.classes().add(unique(QStringLiteral("RowScript")));
        const QString owner = unique(QStringLiteral("rowscript"));
        Rooms rooms(admin.client(), owner);
        // Every seventh row's name is refused by createRoom (letters and digits only).
        QList<QJsonObject> objects;
        QSet<QString> badNames;
        for (int i = 0; i < rows; ++i) {
            const QString name =
                i % 7 == 3 ? QStringLiteral("bad name %1").arg(i) : QStringLiteral("room%1").arg(i);
            if (i % 7 == 3)
                badNames << name;
            objects << QJsonObject{
                {QStringLiteral("owner"), owner}, {QStringLiteral("name"), name}, {QStringLiteral("i"), i}};
        }
        // One row outside the where: never called.
        objects << QJsonObject{{QStringLiteral("owner"), QStringLiteral("someone else")},
                               {QStringLiteral("name"), QStringLiteral("x")}};
        const QStringList created = createRows(admin.client(), cls, objects);
        QCOMPARE(created.size(), rows + 1);

        const CliRun r = cli(
            profile,
            {QStringLiteral("call"), QStringLiteral("createRoom"), QStringLiteral("--for-each"), cls,
             QStringLiteral("--where"),
             QString::fromUtf8(
                 QJsonDocument(QJsonObject{{QStringLiteral("owner"), owner}}).toJson(QJsonDocument::Compact)),
             QStringLiteral("--param-map"), QStringLiteral("{\"owner\":\"owner\",\"roomName\":\"name\"}")});
        QCOMPARE(r.exitCode, 1);
        const QList<QJsonObject> out = lines(r.out);
        QCOMPARE(out.size(), rows);
        QStringList ids;
        int failed = 0;
        for (const QJsonObject &line : out) {
            ids << line.value(QLatin1String("objectId")).toString();
            if (line.contains(QLatin1String("error"))) {
                ++failed;
                const QJsonObject error = line.value(QLatin1String("error")).toObject();
                QCOMPARE(error.value(QLatin1String("code")).toInt(), 142);
                QVERIFY2(error.value(QLatin1String("error"))
                             .toString()
                             .contains(QLatin1String("letters and digits")),
                         qPrintable(error.value(QLatin1String("error")).toString()));
            } else {
                QVERIFY2(!line.value(QLatin1String("result"))
                              .toObject()
                              .value(QLatin1String("objectId"))
                              .toString()
                              .isEmpty(),
                         qPrintable(QJsonDocument(line).toJson()));
            }
        }
        QCOMPARE(failed, int(badNames.size()));
        // In objectId order, each matching object once.
        QStringList sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(ids, sorted);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), rows);
        QCOMPARE(rooms.count(), rows - int(badNames.size()));
    }

    void rowScript_orderHoldsWhenEarlierCallsAreSlower()
    {
        const ServerProfile profile = LocalParseServer::profile();
        AdminClient admin(profile);
        const QString cls = admin.classes().add(unique(QStringLiteral("RowScriptSlow")));
        QList<QJsonObject> objects;
        for (int i = 0; i < 40; ++i)
            objects << QJsonObject{{QStringLiteral("ms"), i % 5 == 0 ? 150 : 0}};
        const QStringList ids = createRows(admin.client(), cls, objects);
        QCOMPARE(ids.size(), 40);
        RowScript script(&admin.client(), ParseRequest());
        script.setMaxInFlight(4);
        QStringList reported;
        connect(&script, &RowScript::rowFinished, this, [&reported](const RowScript::Row &row) {
            QVERIFY2(row.ok(), qPrintable(row.error.describe()));
            reported << row.objectId;
        });
        QSignalSpy finished(&script, &RowScript::finished);
        script.run(QStringLiteral("sleep"), cls, {},
                   QJsonObject{{QStringLiteral("ms"), QStringLiteral("ms")}});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QVERIFY(!finished.at(0).at(1).value<ParseError>().isError());
        QCOMPARE(reported, ids);
    }

    void cli_forEach_wholeObjectOrParamMap()
    {
        const ServerProfile profile = LocalParseServer::profile("ODD");
        AdminClient admin(profile);
        const QString cls = admin.classes().add(unique(QStringLiteral("RowScriptEcho")));
        QList<QJsonObject> objects;
        for (int i = 0; i < 5; ++i)
            objects << QJsonObject{{QStringLiteral("i"), i},
                                   {QStringLiteral("label"), QStringLiteral("L%1").arg(i)}};
        const QStringList ids = createRows(admin.client(), cls, objects);
        QCOMPARE(ids.size(), 5);
        const QStringList forEach{QStringLiteral("call"),       QStringLiteral("echo"),
                                  QStringLiteral("--for-each"), cls,
                                  QStringLiteral("--where"),    QStringLiteral("{\"i\":{\"$gte\":1}}")};

        CliRun r = cli(profile, forEach);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QList<QJsonObject> out = lines(r.out);
        QCOMPARE(out.size(), 4);
        for (const QJsonObject &line : out) {
            const QJsonObject object =
                line.value(QLatin1String("result")).toObject().value(QLatin1String("object")).toObject();
            QCOMPARE(object.value(QLatin1String("objectId")), line.value(QLatin1String("objectId")));
            QCOMPARE(object.value(QLatin1String("label")).toString(),
                     QStringLiteral("L%1").arg(object.value(QLatin1String("i")).toInt()));
        }

        r = cli(profile, forEach + QStringList{QStringLiteral("--param-map"),
                                               QStringLiteral("{\"n\":\"i\",\"id\":\"objectId\"}")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        out = lines(r.out);
        QCOMPARE(out.size(), 4);
        for (const QJsonObject &line : out) {
            const QJsonObject result = line.value(QLatin1String("result")).toObject();
            QCOMPARE(result.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("n")}));
            QCOMPARE(result.value(QLatin1String("id")), line.value(QLatin1String("objectId")));
            QVERIFY(result.value(QLatin1String("n")).toInt() >= 1);
        }

        // Bad input is refused before anything runs.
        QCOMPARE(
            cli(profile, forEach + QStringList{QStringLiteral("--param-map"), QStringLiteral("{\"n\":1}")})
                .exitCode,
            2);
        QCOMPARE(
            cli(profile, forEach + QStringList{QStringLiteral("--params"), QStringLiteral("{}")}).exitCode,
            2);
        QCOMPARE(cli(profile, {QStringLiteral("call"), QStringLiteral("echo"), QStringLiteral("--param-map"),
                               QStringLiteral("{}")})
                     .exitCode,
                 2);
    }

    void production_forEachIsAWrite()
    {
        const ServerProfile server = LocalParseServer::profile();
        QTemporaryDir home;
        QDir().mkpath(home.filePath(QStringLiteral("config/ParseDesk")));
        {
            QSettings settings(home.filePath(QStringLiteral("config/ParseDesk/ParseDesk.conf")),
                               QSettings::IniFormat);
            SecretStore secrets(SecretStore::Backend::MemoryOnly);
            ProfileStore store(&secrets, &settings);
            ServerProfile p = server;
            p.id.clear();
            p.name = QStringLiteral("Live shop");
            p.production = true;
            store.save(p);
            settings.sync();
        }
        AdminClient admin(server);
        const QString cls = admin.classes().add(unique(QStringLiteral("RowScriptProd")));
        const QString owner = unique(QStringLiteral("rowscriptprod"));
        Rooms rooms(admin.client(), owner);
        QCOMPARE(createRows(admin.client(), cls,
                            {QJsonObject{{QStringLiteral("owner"), owner},
                                         {QStringLiteral("name"), QStringLiteral("prod1")}}})
                     .size(),
                 1);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("PARSE_SERVER_URL"));
        const QStringList args{
            QStringLiteral("--profile"),    QStringLiteral("Live shop"),
            QStringLiteral("--master-key"), server.masterKey,
            QStringLiteral("--rest-key"),   server.restApiKey,
            QStringLiteral("call"),         QStringLiteral("createRoom"),
            QStringLiteral("--for-each"),   cls,
            QStringLiteral("--param-map"),  QStringLiteral("{\"owner\":\"owner\",\"roomName\":\"name\"}")};
        CliRun r = CliRun::run(args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--allow-writes"), r.err.constData());
        QCOMPARE(rooms.count(), 0);

        r = CliRun::run(args + QStringList{QStringLiteral("--allow-writes")}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lines(r.out).size(), 1);
        QCOMPARE(rooms.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRowScriptLive)
#include "TestRowScriptLive.moc"
