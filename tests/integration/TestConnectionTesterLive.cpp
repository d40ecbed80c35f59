// "Test connection" against the real local server: every outcome a user can run into.
#include "FaultProxy.h"
#include "LocalParseServer.h"
#include "core/net/ConnectionTester.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestConnectionTesterLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    ConnectionTester::Report run(const ServerProfile &profile)
    {
        ConnectionTester tester(profile, &m_network);
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        tester.start();
        if (!spy.wait(20000))
            return {};
        QTest::qWait(50); // a second finished() would land here
        if (spy.count() != 1)
            return {};
        return spy.first().first().value<ConnectionTester::Report>();
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_LOCAL_PARSE_SERVER(); }

    void outcomes_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("messagePart");
        using O = ConnectionTester::Outcome;
        QTest::newRow("all keys right")
            << QByteArray("TEST") << QString() << int(O::Ok) << QStringLiteral("9.");
        QTest::newRow("no master key")
            << QByteArray("TEST") << QStringLiteral("noMaster") << int(O::Ok) << QStringLiteral("master key");
        QTest::newRow("wrong application id")
            << QByteArray("TEST") << QStringLiteral("appId") << int(O::WrongApplicationId)
            << QStringLiteral("application id");
        QTest::newRow("wrong REST key")
            << QByteArray("TEST") << QStringLiteral("restKey") << int(O::WrongKey) << QStringLiteral("key");
        QTest::newRow("wrong master key") << QByteArray("TEST") << QStringLiteral("masterKey")
                                          << int(O::WrongMasterKey) << QStringLiteral("master key is wrong");
        QTest::newRow("server down") << QByteArray("TEST") << QStringLiteral("port") << int(O::Unreachable)
                                     << QStringLiteral("unreachable");
        QTest::newRow("wrong mount path") << QByteArray("TEST") << QStringLiteral("mount")
                                          << int(O::NotParseServer) << QStringLiteral("mount path");
        QTest::newRow("other mount, app id and keys")
            << QByteArray("ODD") << QString() << int(O::Ok) << QStringLiteral("9.");
        QTest::newRow("master key refused from this address")
            << QByteArray("LOCKED") << QString() << int(O::MasterKeyRefused)
            << QStringLiteral("masterKeyIps");
    }
    void outcomes()
    {
        QFETCH(QByteArray, server);
        QFETCH(QString, change);
        QFETCH(int, expected);
        QFETCH(QString, messagePart);
        const QString missing = LocalParseServer::missingReason(server.constData());
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        ServerProfile p = LocalParseServer::profile(server.constData());
        if (change == QLatin1String("noMaster"))
            p.masterKey.clear();
        else if (change == QLatin1String("appId"))
            p.applicationId = QStringLiteral("not-this-app");
        else if (change == QLatin1String("restKey")) {
            p.restApiKey = QStringLiteral("wrong-rest-key");
            p.clientKey.clear();
        } else if (change == QLatin1String("masterKey"))
            p.masterKey = QStringLiteral("wrong-master-key");
        else if (change == QLatin1String("port"))
            p.serverUrl.setPort(9);
        else if (change == QLatin1String("mount"))
            p.serverUrl.setPath(QStringLiteral("/api"));

        const ConnectionTester::Report report = run(p);
        QCOMPARE(int(report.outcome), expected);
        QVERIFY2(report.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(report.message));
        if (change.isEmpty() && expected == int(ConnectionTester::Outcome::Ok))
            QVERIFY(report.serverVersion.startsWith(QStringLiteral("9.")));
    }

    // A server that moved answers with a redirect: the test says where to, offers that URL, and sent
    // nothing there.
    void redirect_suggestsTheNewUrl()
    {
        FaultProxy elsewhere(LocalParseServer::profile().serverUrl);
        FaultProxy moved(LocalParseServer::profile().serverUrl);
        moved.setRedirect(301, elsewhere.url());
        moved.setFault(FaultProxy::Fault::Redirect);
        ServerProfile p = LocalParseServer::profile();
        p.serverUrl = moved.url();
        const ConnectionTester::Report report = run(p);
        QCOMPARE(report.outcome, ConnectionTester::Outcome::Redirected);
        QCOMPARE(report.suggestedUrl, elsewhere.url());
        QVERIFY2(report.message.contains(elsewhere.url().toString()), qPrintable(report.message));
        QCOMPARE(elsewhere.requestsSeen(), 0);
        // The suggested URL is a working one.
        p.serverUrl = report.suggestedUrl;
        QCOMPARE(run(p).outcome, ConnectionTester::Outcome::Ok);
    }
};

QTEST_GUILESS_MAIN(TestConnectionTesterLive)
#include "TestConnectionTesterLive.moc"
