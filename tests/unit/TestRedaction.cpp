#include "Redaction.h"

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
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
