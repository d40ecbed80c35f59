// Keys never land where they could leak: after ParseDesk and parsedesk-cli have worked with a master key,
// REST key and session token, none of them appears in the settings files, in anything the programs printed,
// or in the request log.
#include "Await.h"
#include "LocalParseServer.h"
#include "core/models/RequestLogModel.h"
#include "core/net/ParseClient.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSecretsLive : public QObject
{
    Q_OBJECT

private:
    QStringList secrets() const
    {
        const ServerProfile p = LocalParseServer::profile();
        return {p.masterKey, p.restApiKey, p.clientKey, QStringLiteral("r:known-session-token-1234")};
    }

    // Every file under dir, and the given texts, searched for every secret.
    void assertClean(const QString &dir, const QByteArray &printed)
    {
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            ++files;
            for (const QString &s : secrets())
                QVERIFY2(!text.contains(s.toUtf8()),
                         qPrintable(QStringLiteral("%1 holds a secret").arg(f.fileName())));
        }
        QVERIFY2(files > 0, "nothing was written: the test would prove nothing");
        for (const QString &s : secrets())
            QVERIFY2(!printed.contains(s.toUtf8()), "a secret was printed");
    }

    static QProcessEnvironment sandbox(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        // No keychain here: keys must stay in memory, not fall back to a file.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        return env;
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_LOCAL_PARSE_SERVER(); }

    void cli_printsAndStoresNoSecret()
    {
        QTemporaryDir home;
        const ServerProfile p = LocalParseServer::profile();
        QByteArray printed;
        const QList<QStringList> commands{
            {QStringLiteral("schema"), QStringLiteral("--format"), QStringLiteral("table")},
            {QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--limit"), QStringLiteral("2")},
            {QStringLiteral("call"), QStringLiteral("echo"), QStringLiteral("--params"),
             QStringLiteral("{\"a\":1}")},
            {QStringLiteral("query"), QStringLiteral("Nope"), QStringLiteral("--where"),
             QStringLiteral("{\"a\":")},
        };
        for (const QStringList &command : commands) {
            QProcess cli;
            cli.setProcessEnvironment(sandbox(home.path()));
            cli.start(qEnvironmentVariable("PARSEDESK_CLI"),
                      QStringList{QStringLiteral("--server"), p.serverUrl.toString(),
                                  QStringLiteral("--app-id"), p.applicationId, QStringLiteral("--rest-key"),
                                  p.restApiKey, QStringLiteral("--client-key"), p.clientKey,
                                  QStringLiteral("--master-key"), p.masterKey,
                                  QStringLiteral("--session-token"),
                                  QStringLiteral("r:known-session-token-1234")} +
                          command);
            QVERIFY(cli.waitForFinished(30000));
            printed += cli.readAllStandardOutput() + cli.readAllStandardError();
        }
        QDir(home.path()).mkpath(QStringLiteral("config")); // so an empty run still has a place to search
        QFile marker(home.filePath(QStringLiteral("config/marker")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("ran");
        marker.close();
        assertClean(home.path(), printed);
    }

    void app_savesProfileWithoutKeys()
    {
        if (qEnvironmentVariable("PARSEDESK_APP").isEmpty())
            QSKIP("built without the GUI (PARSEDESK_GUI=OFF)");
        QTemporaryDir home;
        const ServerProfile p = LocalParseServer::profile();
        QProcess app;
        QProcessEnvironment env = sandbox(home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PARSE_SERVER_URL"), p.serverUrl.toString());
        env.insert(QStringLiteral("PARSE_APP_ID"), p.applicationId);
        env.insert(QStringLiteral("PARSE_REST_KEY"), p.restApiKey);
        env.insert(QStringLiteral("PARSE_CLIENT_KEY"), p.clientKey);
        env.insert(QStringLiteral("PARSE_MASTER_KEY"), p.masterKey);
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("PARSEDESK_APP"),
                  {QStringLiteral("--connect-env"), QStringLiteral("Secret test"),
                   QStringLiteral("--screenshot"), home.filePath(QStringLiteral("shot.png"))});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QByteArray printed = app.readAllStandardOutput() + app.readAllStandardError();
        QDirIterator it(home.filePath(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories);
        bool profileSaved = false;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            profileSaved |= f.readAll().contains("Secret test");
        }
        QVERIFY2(profileSaved, "the profile was not saved, so the search below would prove nothing");
        QFile::remove(home.filePath(QStringLiteral("shot.png"))); // pixels, not text
        assertClean(home.path(), printed);
    }

    void requestLog_holdsNoSecret()
    {
        QNetworkAccessManager network;
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true;
        ParseClient client(p, &network);
        RequestLogModel log;
        connect(&client, &ParseClient::requestFinished, &log, &RequestLogModel::append);
        ParseRequest login;
        login.path = QStringLiteral("/login");
        login.query.addQueryItem(QStringLiteral("username"), QStringLiteral("alice"));
        login.query.addQueryItem(QStringLiteral("password"), QStringLiteral("demo-password"));
        await(client.send(login));
        ParseRequest asUser = ParseRequest::find(QStringLiteral("Room"), {});
        asUser.sessionToken = QStringLiteral("r:known-session-token-1234");
        await(client.send(asUser));
        QByteArray everything;
        for (int r = 0; r < log.rowCount(); ++r) {
            for (int c = 0; c < log.columnCount(); ++c)
                everything +=
                    (log.index(r, c).data().toString() + log.index(r, c).data(Qt::ToolTipRole).toString())
                        .toUtf8();
        }
        QVERIFY(everything.contains("/login"));
        QVERIFY(!everything.contains("demo-password"));
        for (const QString &s : secrets())
            QVERIFY(!everything.contains(s.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSecretsLive)
#include "TestSecretsLive.moc"
