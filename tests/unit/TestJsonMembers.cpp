// JsonMembers: one member of an object's text decoded alone gives exactly what decoding the whole object
// gives (QJsonDocument), for every kind of value and the texts around it.
#include "core/data/JsonMembers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestJsonMembers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueAsWholeObject_data();
    void valueAsWholeObject();
    void escapedNameIsInvalid();
    void notAnObjectIsInvalid();
};

void TestJsonMembers::valueAsWholeObject_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("string") << QByteArray("{\"a\":\"x\",\"b\":\"y\"}") << QStringLiteral("b");
    QTest::newRow("escaped string") << QByteArray("{\"a\":\"q\\\"}{[,\\\\\",\"b\":1}") << QStringLiteral("a");
    QTest::newRow("after escaped string")
        << QByteArray("{\"a\":\"q\\\"}{[,\\\\\",\"b\":1}") << QStringLiteral("b");
    QTest::newRow("unicode") << QByteArray("{\"nä\":0,\"é\":\"\\u00e9 ✓\"}") << QStringLiteral("é");
    QTest::newRow("number last") << QByteArray("{\"a\":[1,2],\"n\":-1.5e3}") << QStringLiteral("n");
    QTest::newRow("big integer") << QByteArray("{\"n\":9007199254740993}") << QStringLiteral("n");
    QTest::newRow("literals") << QByteArray("{\"t\":true,\"f\":false,\"z\":null}") << QStringLiteral("f");
    QTest::newRow("null last") << QByteArray("{\"t\":true,\"z\":null}") << QStringLiteral("z");
    QTest::newRow("nested object") << QByteArray(
                                          "{\"p\":{\"__type\":\"Pointer\",\"o\":{\"x\":[{}]}},\"q\":2}")
                                   << QStringLiteral("p");
    QTest::newRow("nested array") << QByteArray("{\"arr\":[[\"]\"],{\"}\":1}],\"q\":2}")
                                  << QStringLiteral("arr");
    QTest::newRow("after nesting") << QByteArray("{\"arr\":[[\"]\"],{\"}\":1}],\"q\":2}")
                                   << QStringLiteral("q");
    QTest::newRow("whitespace") << QByteArray(" {\n \"a\" : \"x\" ,\r\n\t\"b\" :\t[ 1 , 2 ] \n} ")
                                << QStringLiteral("b");
    QTest::newRow("repeated name: the last")
        << QByteArray("{\"a\":1,\"b\":0,\"a\":2}") << QStringLiteral("a");
    QTest::newRow("missing") << QByteArray("{\"a\":1}") << QStringLiteral("b");
    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("a");
    QTest::newRow("empty name") << QByteArray("{\"\":\"e\"}") << QString();
}

void TestJsonMembers::valueAsWholeObject()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    QJsonParseError error;
    const QJsonObject whole = QJsonDocument::fromJson(text, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const JsonMembers members(text);
    QVERIFY(members.isValid());
    QCOMPARE(members.value(name), whole.value(name));
}

void TestJsonMembers::escapedNameIsInvalid()
{
    QVERIFY(!JsonMembers(QByteArray("{\"a\\u0062\":1}")).isValid());
}

void TestJsonMembers::notAnObjectIsInvalid()
{
    QVERIFY(!JsonMembers(QByteArray("[1]")).isValid());
    QVERIFY(!JsonMembers(QByteArray()).isValid());
    QVERIFY(!JsonMembers().isValid());
}

QTEST_GUILESS_MAIN(TestJsonMembers)
#include "TestJsonMembers.moc"
