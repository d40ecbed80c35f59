// Pointer display: the find asks for the targets' fields, and included objects turn back into pointers.
#include "core/data/PointerDisplay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

const char *const kPointer = "{\"__type\":\"Pointer\",\"className\":\"_User\",\"objectId\":\"u1\"}";
const char *const kIncluded =
    "{\"__type\":\"Object\",\"className\":\"_User\",\"objectId\":\"u1\",\"username\":\"alice\","
    "\"createdAt\":\"2025-01-01T00:00:00.000Z\"}";
} // namespace

class TestPointerDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addTo_includesAndKeysEveryColumn()
    {
        QueryOptions options;
        options.limit = 5;
        PointerDisplay::addTo(&options,
                              {QStringLiteral("objectId"), QStringLiteral("owner"), QStringLiteral("team"),
                               QStringLiteral("ACL")},
                              {{QStringLiteral("owner"), QStringLiteral("username")},
                               {QStringLiteral("team"), QStringLiteral("name")}});
        QCOMPARE(options.include, (QStringList{QStringLiteral("owner"), QStringLiteral("team")}));
        QCOMPARE(options.keys, (QStringList{QStringLiteral("objectId"), QStringLiteral("owner"),
                                            QStringLiteral("team"), QStringLiteral("ACL"),
                                            QStringLiteral("owner.username"), QStringLiteral("team.name")}));
        QCOMPARE(options.limit, 5);

        // Without choices the find stays as it was: every field, nothing included.
        QueryOptions plain;
        PointerDisplay::addTo(&plain, {QStringLiteral("objectId")}, {});
        QVERIFY(plain.keys.isEmpty());
        QVERIFY(plain.include.isEmpty());
    }

    void asPointer_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("included object") << kIncluded << kPointer;
        QTest::newRow("pointer as is") << kPointer << kPointer;
        QTest::newRow("array element by element") << QStringLiteral("[%1,%2,3]").arg(kIncluded, kPointer)
                                                  << QStringLiteral("[%1,%1,3]").arg(kPointer);
        QTest::newRow("plain object untouched") << "{\"a\":1}"
                                                << "{\"a\":1}";
        QTest::newRow("string untouched") << "\"x\""
                                          << "\"x\"";
        QTest::newRow("null") << "null"
                              << "null";
    }
    void asPointer()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(PointerDisplay::asPointer(json(value.toUtf8().constData())),
                 json(written.toUtf8().constData()));
    }

    void withPointers_onlyTheChosenFields()
    {
        const QJsonObject object{{QStringLiteral("owner"), json(kIncluded)},
                                 {QStringLiteral("meta"), json(kIncluded)},
                                 {QStringLiteral("objectId"), QStringLiteral("o1")}};
        const QJsonObject written =
            PointerDisplay::withPointers(object, {{QStringLiteral("owner"), QStringLiteral("username")},
                                                  {QStringLiteral("missing"), QStringLiteral("x")}});
        QCOMPARE(written.value(QLatin1String("owner")), json(kPointer));
        QCOMPARE(written.value(QLatin1String("meta")), json(kIncluded));
        QVERIFY(!written.contains(QLatin1String("missing")));
        QCOMPARE(written.size(), 3);
    }

    void displayText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("shown");
        QTest::newRow("included") << kIncluded << "username"
                                  << "alice";
        QTest::newRow("not readable: the pointer") << kPointer << "username"
                                                   << "_User:u1";
        QTest::newRow("field not set: the pointer") << kIncluded << "email"
                                                    << "_User:u1";
        QTest::newRow("array") << QStringLiteral("[%1,%2]").arg(kIncluded, kPointer) << "username"
                               << "alice, _User:u1";
        QTest::newRow("empty array") << "[]"
                                     << "username"
                                     << "";
    }
    void displayText()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(QString, shown);
        QCOMPARE(PointerDisplay::displayText(json(value.toUtf8().constData()), field), shown);
    }

    void objectIdsAndTarget()
    {
        const QJsonValue array =
            json(QStringLiteral("[1,%1,%2]").arg(kIncluded, kPointer).toUtf8().constData());
        QCOMPARE(PointerDisplay::objectIds(array), QStringLiteral("u1, u1"));
        QCOMPARE(PointerDisplay::objectIds(json(kIncluded)), QStringLiteral("u1"));
        QCOMPARE(PointerDisplay::objectIds(json("\"u1\"")), QString());
        QCOMPARE(PointerDisplay::targetClass(array), QStringLiteral("_User"));
        QCOMPARE(PointerDisplay::targetClass(json(kPointer)), QStringLiteral("_User"));
        QCOMPARE(PointerDisplay::targetClass(json("[1,2]")), QString());
    }
};

QTEST_GUILESS_MAIN(TestPointerDisplay)
#include "TestPointerDisplay.moc"
