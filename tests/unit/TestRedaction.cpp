#include "core/net/Redaction.h"

#include <QTest>

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void url_hidesSecretsKeepsTheRest_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");
        QTest::newRow("session token") << "http://h/parse/classes/A?sessionToken=r:abc123&limit=1"
                                       << "r:abc123"
                                       << "limit=1";
        QTest::newRow("password") << "http://h/parse/login?username=bob&password=hunter22"
                                  << "hunter22"
                                  << "username=bob";
        QTest::newRow("master key param") << "http://h/parse/x?masterKey=sekrit99&keys=a,b"
                                          << "sekrit99"
                                          << "keys=a,b";
        QTest::newRow("user info") << "http://bob:pw1234@h/parse/health"
                                   << "pw1234"
                                   << "/parse/health";
    }
    void url_hidesSecretsKeepsTheRest()
    {
        QFETCH(QString, url);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString shown = Redaction::url(QUrl(url)).toString();
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
        QVERIFY2(shown.contains(kept), qPrintable(shown));
    }

    void scrub_replacesEveryOccurrence()
    {
        const QString text = Redaction::scrub(QStringLiteral("curl -H 'X-Parse-Master-Key: abcdef' abcdef"),
                                              {QStringLiteral("abcdef")});
        QVERIFY(!text.contains(QStringLiteral("abcdef")));
        QCOMPARE(text.count(QStringLiteral("***")), 2);
    }

    // What a proxy or server echoes: the header's value as it was, in a URL, or inside a JSON string.
    void scrub_catchesTheSecretInEveryEchoedForm_data()
    {
        QTest::addColumn<QString>("echoed");
        const QString secret = QStringLiteral("mK/9+x y\"z\\w");
        QTest::newRow("as it is") << QStringLiteral("X-Parse-Master-Key: %1").arg(secret);
        QTest::newRow("URL-encoded") << QStringLiteral("GET /x?k=mK%2F9%2Bx%20y%22z%5Cw HTTP/1.1");
        QTest::newRow("URL-encoded, lower-case hex") << QStringLiteral("k=mK%2f9%2bx%20y%22z%5cw&a=1");
        QTest::newRow("form-encoded") << QStringLiteral("k=mK%2F9%2Bx+y%22z%5Cw");
        QTest::newRow("in a JSON string")
            << QStringLiteral("{\"headers\":{\"x-parse-master-key\":\"mK/9+x y\\\"z\\\\w\"}}");
        QTest::newRow("in a JSON string, slash escaped")
            << QStringLiteral("{\"key\":\"mK\\/9+x y\\\"z\\\\w\"}");
    }
    void scrub_catchesTheSecretInEveryEchoedForm()
    {
        QFETCH(QString, echoed);
        const QString text = Redaction::scrub(echoed, {QStringLiteral("mK/9+x y\"z\\w")});
        QVERIFY2(text.contains(QStringLiteral("***")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("mK")), qPrintable(text));
    }

    void scrub_longerSecretFirst_shortOnesLeftAlone()
    {
        QCOMPARE(
            Redaction::scrub(QStringLiteral("key abcdefgh and abc"),
                             {QStringLiteral("abcd"), QStringLiteral("abcdefgh"), QStringLiteral("abc")}),
            QStringLiteral("key *** and abc"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
