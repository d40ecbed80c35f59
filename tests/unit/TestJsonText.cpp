#include "core/data/JsonText.h"

#include <QTest>

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_reportsLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("position");
        QTest::newRow("one line") << QByteArray(R"({"a":})") << QStringLiteral("line 1, column ");
        QTest::newRow("third line") << QByteArray("{\n  \"a\": 1,\n  \"b\": tru\n}")
                                    << QStringLiteral("line 3");
        QTest::newRow("after utf-8") << QByteArray("{\"ä\": x}") << QStringLiteral("line 1, column 7");
        QTest::newRow("unterminated") << QByteArray("{\"a\": \"b") << QStringLiteral("line 1");
    }
    void parse_reportsLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, position);
        const JsonText::Parsed p = JsonText::parse(text);
        QVERIFY(!p.ok());
        QVERIFY2(p.error.startsWith(position), qPrintable(p.error));
    }

    void parse_refusesIntegersBeyond64Bits_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::addColumn<int>("offset");
        QTest::newRow("2^63 - 1") << QByteArray("[9223372036854775807]") << QString() << -1;
        QTest::newRow("-2^63") << QByteArray("[-9223372036854775808]") << QString() << -1;
        QTest::newRow("2^63") << QByteArray("[9223372036854775808]")
                              << QStringLiteral(
                                     "line 1, column 2: the integer 9223372036854775808 is beyond 64 "
                                     "bits and would be rounded. Write 9.2233720368547758e+18")
                              << 1;
        QTest::newRow("below -2^63") << QByteArray("{\"a\":\n -9223372036854775809}")
                                     << QStringLiteral("line 2, column 2: the integer -9223372036854775809")
                                     << 7;
        QTest::newRow("long literal")
            << QByteArray("[0, 1" + QByteArray(40, '0') + "]")
            << QStringLiteral("the integer 100000000000000000000000000... is beyond") << 4;
        QTest::newRow("a double is no integer")
            << QByteArray("[1e300, 123456789012345678901234.5, 1E+30]") << QString() << -1;
        QTest::newRow("digits in a string")
            << QByteArray("[\"12345678901234567890123\", \"\\\"9\"]") << QString() << -1;
        QTest::newRow("in a key") << QByteArray("{\"99999999999999999999999\": 1}") << QString() << -1;
    }
    void parse_refusesIntegersBeyond64Bits()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QFETCH(int, offset);
        const JsonText::Parsed p = JsonText::parse(text);
        if (expected.isEmpty()) {
            QVERIFY2(p.ok(), qPrintable(p.error));
            return;
        }
        QVERIFY2(p.error.contains(expected), qPrintable(p.error));
        QVERIFY(p.document.isNull());
        QCOMPARE(p.errorOffset, offset);
    }

    void parse_validTextHasNoError()
    {
        const JsonText::Parsed p = JsonText::parse(R"({"a":[1,2,{"b":null}]})");
        QVERIFY(p.ok());
        QVERIFY(p.document.isObject());
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "TestJsonText.moc"
