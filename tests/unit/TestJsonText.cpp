#include "JsonText.h"

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

    void parse_validTextHasNoError()
    {
        const JsonText::Parsed p = JsonText::parse(R"({"a":[1,2,{"b":null}]})");
        QVERIFY(p.ok());
        QVERIFY(p.document.isObject());
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "TestJsonText.moc"
