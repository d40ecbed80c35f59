// parsedesk-cli with a saved profile marked production: writes are refused (nothing sent) unless
// --allow-writes; reads go through; the writes it makes land in the profile's undo journal.
#include "AdminClient.h"
#include "Await.h"
#include "CliRun.h"
#include "LocalParseServer.h"
#include "core/net/ParseClient.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestCliProductionLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_profileId;
    ServerProfile m_server;

    // Runs the CLI with its settings and data under m_home, the keys given as flags (no keychain here).
    CliRun cli(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        for (const QString &k : {QStringLiteral("PARSE_SERVER_URL"), QStringLiteral("PARSE_MASTER_KEY")})
            env.remove(k);
        return CliRun::run(QStringList{QStringLiteral("--profile"), QStringLiteral("Live shop"),
                                       QStringLiteral("--master-key"), m_server.masterKey,
                                       QStringLiteral("--rest-key"), m_server.restApiKey} +
                               args,
                           env);
    }
    QString batchFile(const QString &name, const QJsonArray &requests)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        QVERIFY2(QFile::exists(qEnvironmentVariable("PARSEDESK_CLI")),
                 "PARSEDESK_CLI must name parsedesk-cli");
        m_server = LocalParseServer::profile();
        QDir().mkpath(m_home.filePath(QStringLiteral("config/ParseDesk")));
        QSettings settings(m_home.filePath(QStringLiteral("config/ParseDesk/ParseDesk.conf")),
                           QSettings::IniFormat);
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        ProfileStore store(&secrets, &settings);
        ServerProfile p = m_server;
        p.id.clear();
        p.name = QStringLiteral("Live shop");
        p.production = true;
        m_profileId = store.save(p);
        settings.sync();
    }

    void production_refusesWritesUnlessAllowed_andJournalsThem()
    {
        AdminClient admin(m_server);
        ParseClient &client = admin.client();
        const QString cls = admin.classes().add(QStringLiteral("ItCliProd") +
                                                QUuid::createUuid().toString(QUuid::Id128).left(8));
        const ParseResult created =
            await(client.send(ParseRequest::createObject(cls, {{QStringLiteral("n"), 1}})));
        QVERIFY2(created.ok(), qPrintable(created.error.describe()));
        const QString id = created.object().value(QLatin1String("objectId")).toString();
        const QString path = QStringLiteral("/classes/%1/%2").arg(cls, id);
        const QString deletes = batchFile(QStringLiteral("delete.json"),
                                          {QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                                       {QStringLiteral("path"), path}}});
        const QString reads = batchFile(
            QStringLiteral("read.json"),
            {QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), path}}});

        CliRun r = cli({QStringLiteral("batch"), deletes});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--allow-writes"), r.err.constData());
        QVERIFY(await(client.send(ParseRequest::getObject(cls, id))).ok()); // still there
        r = cli({QStringLiteral("call"), QStringLiteral("echo")});
        QCOMPARE(r.exitCode, 2);
        const QString rows = m_home.filePath(QStringLiteral("rows.json"));
        QFile rowsFile(rows);
        QVERIFY(rowsFile.open(QIODevice::WriteOnly));
        rowsFile.write(R"([{"n": 2}])");
        rowsFile.close();
        r = cli({QStringLiteral("import"), cls, rows});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--allow-writes"), r.err.constData());
        QCOMPARE(await(client.send(ParseRequest::count(cls))).object().value(QLatin1String("count")).toInt(),
                 1);

        r = cli({QStringLiteral("export"), cls, QStringLiteral("-")}); // a read
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(id.toUtf8()));

        r = cli({QStringLiteral("batch"), reads});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(id.toUtf8()));

        r = cli({QStringLiteral("--allow-writes"), QStringLiteral("batch"), deletes});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(await(client.send(ParseRequest::getObject(cls, id))).error.code, 101);
        // The delete is in the profile's journal, with the object as it was.
        const QDir journal(m_home.filePath(QStringLiteral("data/ParseDesk/journal/") + m_profileId));
        const QStringList entries = journal.entryList({QStringLiteral("*.jsonl")}, QDir::Files);
        QCOMPARE(entries.size(), 1);
        QFile entry(journal.filePath(entries.first()));
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(entry.readLine()).object(); // as it began
        QCOMPARE(json.value(QLatin1String("source")).toString(), QStringLiteral("batch"));
        QCOMPARE(json.value(QLatin1String("snapshots"))
                     .toObject()
                     .value(cls)
                     .toObject()
                     .value(id)
                     .toObject()
                     .value(QLatin1String("n")),
                 QJsonValue(1));
    }
};

QTEST_GUILESS_MAIN(TestCliProductionLive)
#include "TestCliProductionLive.moc"
