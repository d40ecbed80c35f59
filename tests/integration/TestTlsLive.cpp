// TLS certificate errors against the real server behind a TLS proxy with a self-signed certificate: the
// request fails with the details and the fingerprint, nothing is retried or sent; a profile that trusts
// that fingerprint gets through; trusting another certificate does not help. The same for the connection
// test, LiveQuery-free REST paths and the CLI.
#include "Await.h"
#include "CliRun.h"
#include "LocalParseServer.h"
#include "TlsProxy.h"
#include "core/data/QueryOptions.h"
#include "core/net/ConnectionTester.h"
#include "core/net/ParseClient.h"
#include "core/net/TlsTrust.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestTlsLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificate_failsWithDetails();
    void trustedFingerprint_getsThrough();
    void otherCertificate_isStillRefused();
    void connectionTest_offersTheFingerprint();
    void cli_refusesUntilTrusted();
    void fingerprint_acceptsAnySpelling_data();
    void fingerprint_acceptsAnySpelling();

private:
    ServerProfile behind(const TlsProxy &proxy, const QString &trusted = {}) const;
    ParseResult query(const ServerProfile &profile);

    QNetworkAccessManager m_network;
};

void TestTlsLive::initTestCase()
{
    REQUIRE_LOCAL_PARSE_SERVER();
}

ServerProfile TestTlsLive::behind(const TlsProxy &proxy, const QString &trusted) const
{
    ServerProfile profile = LocalParseServer::profile();
    profile.serverUrl = proxy.url();
    profile.trustedCertificate = trusted;
    return profile;
}

ParseResult TestTlsLive::query(const ServerProfile &profile)
{
    ParseClient client(profile, &m_network);
    QueryOptions options;
    options.limit = 1;
    return await(client.send(ParseRequest::find(QStringLiteral("Room"), options)));
}

void TestTlsLive::untrustedCertificate_failsWithDetails()
{
    TlsProxy proxy(LocalParseServer::profile().serverUrl, QStringLiteral("server-a"));
    QVERIFY(proxy.isListening());
    const ParseResult r = query(behind(proxy));
    QCOMPARE(r.error.kind, ParseError::Kind::Tls);
    QCOMPARE(r.httpStatus, 0);
    QCOMPARE(r.attempt, 0); // not retried, although it is a read
    QVERIFY(!r.error.outcomeUnknown);
    QCOMPARE(r.error.certificate, proxy.fingerprint());
    const QString text = r.error.describe();
    QVERIFY2(text.contains(QStringLiteral("self signed")) || text.contains(QStringLiteral("self-signed")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Certificate for 127.0.0.1")), qPrintable(text));
    QVERIFY2(text.contains(proxy.fingerprint()), qPrintable(text));
}

void TestTlsLive::trustedFingerprint_getsThrough()
{
    TlsProxy proxy(LocalParseServer::profile().serverUrl, QStringLiteral("server-a"));
    const ParseResult r = query(behind(proxy, proxy.fingerprint().toLower().remove(QLatin1Char(':'))));
    QVERIFY2(r.ok(), qPrintable(r.error.describe()));
    QCOMPARE(r.object().value(QLatin1String("results")).toArray().size(), 1);
}

void TestTlsLive::otherCertificate_isStillRefused()
{
    TlsProxy a(LocalParseServer::profile().serverUrl, QStringLiteral("server-a"));
    TlsProxy b(LocalParseServer::profile().serverUrl, QStringLiteral("server-b"));
    QVERIFY(a.fingerprint() != b.fingerprint());
    const ParseResult r = query(behind(b, a.fingerprint()));
    QCOMPARE(r.error.kind, ParseError::Kind::Tls);
    QCOMPARE(r.error.certificate, b.fingerprint());
}

void TestTlsLive::connectionTest_offersTheFingerprint()
{
    TlsProxy proxy(LocalParseServer::profile().serverUrl, QStringLiteral("server-a"));
    ConnectionTester refused(behind(proxy), &m_network);
    QSignalSpy refusedDone(&refused, &ConnectionTester::finished);
    refused.start();
    QVERIFY(refusedDone.wait(20000));
    auto report = refusedDone.first().first().value<ConnectionTester::Report>();
    QCOMPARE(report.outcome, ConnectionTester::Outcome::UntrustedCertificate);
    QCOMPARE(report.certificate, proxy.fingerprint());

    ConnectionTester trusted(behind(proxy, report.certificate), &m_network);
    QSignalSpy trustedDone(&trusted, &ConnectionTester::finished);
    trusted.start();
    QVERIFY(trustedDone.wait(20000));
    report = trustedDone.first().first().value<ConnectionTester::Report>();
    QVERIFY2(report.outcome == ConnectionTester::Outcome::Ok, qPrintable(report.message));
}

void TestTlsLive::cli_refusesUntilTrusted()
{
    if (qEnvironmentVariable("PARSEDESK_CLI").isEmpty())
        QSKIP("PARSEDESK_CLI is not set");
    TlsProxy proxy(LocalParseServer::profile().serverUrl, QStringLiteral("server-a"));
    const ServerProfile p = LocalParseServer::profile();
    // CliRun keeps the event loop running: the proxy serves from it.
    const auto run = [&](const QStringList &extra) {
        const CliRun r = CliRun::run(QStringList{QStringLiteral("query"), QStringLiteral("Room"),
                                                 QStringLiteral("--limit"), QStringLiteral("1"),
                                                 QStringLiteral("--server"), proxy.url().toString(),
                                                 QStringLiteral("--app-id"), p.applicationId,
                                                 QStringLiteral("--rest-key"), p.restApiKey} +
                                     extra);
        return std::pair{r.exitCode, QString::fromUtf8(r.err)};
    };
    const auto [refusedCode, refusedText] = run({});
    QCOMPARE(refusedCode, 3);
    QVERIFY2(refusedText.contains(proxy.fingerprint()), qPrintable(refusedText));
    QVERIFY2(refusedText.contains(QStringLiteral("--trust-cert")), qPrintable(refusedText));
    const auto [trustedCode, trustedText] = run({QStringLiteral("--trust-cert"), proxy.fingerprint()});
    QVERIFY2(trustedCode == 0, qPrintable(trustedText));
    const auto [badCode, badText] = run({QStringLiteral("--trust-cert"), QStringLiteral("12:34")});
    QCOMPARE(badCode, 2);
}

void TestTlsLive::fingerprint_acceptsAnySpelling_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    const QString hex = QStringLiteral("c2ae6f654c2268e511e3636032d78e3406675105a0682f4ec69232fc729e89b4");
    QTest::newRow("lower, no colons") << hex << true;
    QTest::newRow("upper with colons")
        << QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper()) << true;
    QTest::newRow("spaces around") << QStringLiteral("  ") + hex + QStringLiteral(" ") << true;
    QTest::newRow("too short") << hex.left(62) << false;
    QTest::newRow("sha-1 length") << hex.left(40) << false;
    QTest::newRow("not hex") << QString(hex).replace(0, 1, u'z') << false;
}

void TestTlsLive::fingerprint_acceptsAnySpelling()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    const QString normal = TlsTrust::normalized(typed);
    QCOMPARE(!normal.isEmpty(), valid);
    if (valid)
        QCOMPARE(normal,
                 QStringLiteral("C2:AE:6F:65:4C:22:68:E5:11:E3:63:60:32:D7:8E:34:06:67:51:05:A0:68:2F:4E:C6:"
                                "92:32:FC:72:9E:89:B4"));
}

QTEST_GUILESS_MAIN(TestTlsLive)
#include "TestTlsLive.moc"
