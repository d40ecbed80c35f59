// Every reply shape Parse Server (or something in front of it) produces maps to one clear ParseError.
#include "core/net/ParseError.h"

#include <QTest>

class TestParseError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttpReply_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("describePart");
        using K = ParseError::Kind;
        QTest::newRow("success") << 200 << QByteArray(R"({"results":[]})") << QByteArray("application/json")
                                 << int(K::None) << 0 << QString();
        QTest::newRow("parse error") << 400 << QByteArray(R"({"code":101,"error":"Object not found."})")
                                     << QByteArray("application/json") << int(K::Parse) << 101
                                     << QStringLiteral("Object not found.");
        QTest::newRow("unauthorized") << 403 << QByteArray(R"({"error":"unauthorized"})") << QByteArray()
                                      << int(K::Parse) << 0 << QStringLiteral("application id or key");
        QTest::newRow("permission denied")
            << 403 << QByteArray(R"({"error":"Permission denied"})") << QByteArray("application/json")
            << int(K::Parse) << 0 << QStringLiteral("master key");
        QTest::newRow("500 with message")
            << 500 << QByteArray(R"({"code":1,"message":"Internal server error."})")
            << QByteArray("application/json") << int(K::Parse) << 1
            << QStringLiteral("Internal server error.");
        QTest::newRow("rate limited")
            << 429 << QByteArray(R"({"code":100,"error":"Too many requests."})")
            << QByteArray("application/json") << int(K::Parse) << 100 << QStringLiteral("Too many requests.");
        QTest::newRow("html 404") << 404 << QByteArray("<!DOCTYPE html><pre>Cannot GET /api/x</pre>")
                                  << QByteArray("text/html; charset=utf-8") << int(K::Http) << 0
                                  << QStringLiteral("mount path");
        QTest::newRow("proxy 502") << 502 << QByteArray("Bad Gateway") << QByteArray("text/plain")
                                   << int(K::Http) << 0 << QStringLiteral("Bad Gateway");
        QTest::newRow("2xx not json") << 200 << QByteArray("<html>hello</html>") << QByteArray("text/html")
                                      << int(K::Decode) << 0 << QStringLiteral("not valid JSON");
        QTest::newRow("2xx truncated")
            << 200 << QByteArray(R"({"results":[{"a":)") << QByteArray("application/json") << int(K::Decode)
            << 0 << QStringLiteral("offset");
        QTest::newRow("2xx empty") << 200 << QByteArray() << QByteArray() << int(K::Decode) << 0
                                   << QStringLiteral("empty");
    }
    void fromHttpReply()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, kind);
        QFETCH(int, code);
        QFETCH(QString, describePart);
        QJsonValue decoded;
        const ParseError e = ParseError::fromHttpReply(status, body, contentType, &decoded);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.code, code);
        QCOMPARE(e.httpStatus, status);
        if (!describePart.isEmpty())
            QVERIFY2(e.describe().contains(describePart), qPrintable(e.describe()));
        if (e.kind == ParseError::Kind::None)
            QVERIFY(decoded.isObject());
    }

    void transportAndTimeout_areCode100()
    {
        QCOMPARE(ParseError::transport(QStringLiteral("Connection refused")).code, 100);
        const ParseError t = ParseError::timeout(1500);
        QCOMPARE(t.kind, ParseError::Kind::Timeout);
        QCOMPARE(t.code, 100);
        QVERIFY2(t.describe().contains(QStringLiteral("1.5 s waiting")), qPrintable(t.describe()));
        QVERIFY(
            ParseError::timeout(30000, true).describe().contains(QStringLiteral("nothing arrived for 30 s while receiving the reply")));
    }

    void redirect_namesTheTargetAndIsNotFollowed()
    {
        const ParseError e =
            ParseError::redirect(307, QStringLiteral("http://other.example:8080/parse/batch"));
        QCOMPARE(e.kind, ParseError::Kind::Http);
        QCOMPARE(e.httpStatus, 307);
        QVERIFY(e.describe().contains(QStringLiteral("redirected to http://other.example:8080/parse/batch")));
    }
};

QTEST_GUILESS_MAIN(TestParseError)
#include "TestParseError.moc"
