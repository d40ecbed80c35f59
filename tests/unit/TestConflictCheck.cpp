// What an operation expects of its object before it is sent and when the object as read now is a conflict
// (ConflictCheck, no server), and the parameters a row script builds from an object (RowScript).
#include "core/batch/ConflictCheck.h"
#include "core/batch/RowScript.h"

#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const QString kLoaded = QStringLiteral("2026-03-01T10:00:00.000Z");
} // namespace

class TestConflictCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expectationOf_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("expected"); // empty: no expectation
        QTest::addColumn<QString>("className");
        QTest::addColumn<bool>("problem");
        const QString since = QStringLiteral("2026-01-01T00:00:00Z");
        const QJsonObject own = json("{\"_expectUpdatedAt\":\"2026-03-01T10:00:00.000Z\"}");
        QTest::newRow("update, own") << "PUT"
                                     << "/classes/Room/a1" << own << since << kLoaded << "Room" << false;
        QTest::newRow("update, since")
            << "PUT"
            << "/parse/classes/Room/a1" << QJsonObject() << since << "2026-01-01T00:00:00.000Z"
            << "Room" << false;
        QTest::newRow("update, nothing expected")
            << "PUT"
            << "/classes/Room/a1" << QJsonObject() << QString() << QString() << QString() << false;
        QTest::newRow("delete of a user, Parse date")
            << "DELETE"
            << "/users/a1"
            << json("{\"_expectUpdatedAt\":{\"__type\":\"Date\",\"iso\":\"2026-03-01T10:00:00.000Z\"}}")
            << QString() << kLoaded << "_User" << false;
        QTest::newRow("create") << "POST"
                                << "/classes/Room" << own << since << QString() << QString() << false;
        QTest::newRow("read") << "GET"
                              << "/classes/Room/a1" << own << since << QString() << QString() << false;
        QTest::newRow("function") << "POST"
                                  << "/functions/echo" << own << since << QString() << QString() << false;
        QTest::newRow("not a date") << "PUT"
                                    << "/classes/Room/a1" << json("{\"_expectUpdatedAt\":\"yesterday\"}")
                                    << since << QString() << QString() << true;
    }
    void expectationOf()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, extra);
        QFETCH(QString, since);
        QFETCH(QString, expected);
        QFETCH(QString, className);
        QFETCH(bool, problem);
        BatchDocument doc;
        doc.operations = {{method, path,
                           method == QLatin1String("PUT") ? QJsonValue(json("{\"n\":2}")) : QJsonValue(),
                           extra}};
        const QList<ParseRequest> requests = doc.toRequests(QStringLiteral("/parse"));
        QString said;
        const auto e = ConflictCheck::expectationOf(doc.operations.at(0), requests.at(0),
                                                    ConflictCheck::parseDate(since), &said);
        QCOMPARE(e.has_value(), !expected.isEmpty());
        QCOMPARE(!said.isEmpty(), problem);
        QCOMPARE(ConflictCheck::problems(doc).size(), problem ? 1 : 0);
        if (!e)
            return;
        QCOMPARE(e->updatedAt, ConflictCheck::parseDate(expected));
        QCOMPARE(e->className, className);
        QCOMPARE(e->objectId, QStringLiteral("a1"));
        QCOMPARE(e->mine, method == QLatin1String("PUT") ? json("{\"n\":2}") : QJsonObject());
    }

    void compare_data()
    {
        QTest::addColumn<QJsonObject>("server");
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<QJsonObject>("fields");
        QTest::newRow("changed since")
            << json("{\"updatedAt\":\"2026-03-01T10:00:00.001Z\",\"n\":5,\"other\":1}") << true
            << json("{\"n\":{\"loaded\":1,\"server\":5,\"mine\":2},\"tags\":{\"mine\":{\"__op\":\"Add\","
                    "\"objects\":[\"x\"]}}}");
        QTest::newRow("as loaded") << json("{\"updatedAt\":\"2026-03-01T10:00:00.000Z\",\"n\":1}") << false
                                   << QJsonObject();
        QTest::newRow("older") << json("{\"updatedAt\":\"2026-02-01T10:00:00.000Z\"}") << false
                               << QJsonObject();
        QTest::newRow("gone") << QJsonObject() << false << QJsonObject();
    }
    void compare()
    {
        QFETCH(QJsonObject, server);
        QFETCH(bool, conflict);
        QFETCH(QJsonObject, fields);
        const ConflictCheck::Expectation e{
            QStringLiteral("Room"), QStringLiteral("a1"), ConflictCheck::parseDate(kLoaded),
            json("{\"n\":2,\"tags\":{\"__op\":\"Add\",\"objects\":[\"x\"]}}"), json("{\"n\":1}")};
        const auto c = ConflictCheck::compare(e, server);
        QCOMPARE(c.has_value(), conflict);
        if (!c)
            return;
        QCOMPARE(c->fields, fields);
        const QJsonObject reported = c->toJson();
        QCOMPARE(reported.value(QLatin1String("serverUpdatedAt")), server.value(QLatin1String("updatedAt")));
        QCOMPARE(reported.value(QLatin1String("expectedUpdatedAt")).toString(), kLoaded);
        const ParseError error = c->error();
        QCOMPARE(error.code, ConflictCheck::kCode);
        QVERIFY(error.message.contains(QLatin1String("a1")));
        QVERIFY(error.message.contains(server.value(QLatin1String("updatedAt")).toString()));
    }

    void paramsFor_data()
    {
        QTest::addColumn<QJsonObject>("paramMap");
        QTest::addColumn<QJsonObject>("params");
        const QJsonObject object = json("{\"objectId\":\"a1\",\"roomName\":\"Blue\",\"visits\":3}");
        QTest::newRow("whole object") << QJsonObject() << QJsonObject{{QStringLiteral("object"), object}};
        QTest::newRow("mapped") << json("{\"name\":\"roomName\",\"id\":\"objectId\"}")
                                << json("{\"name\":\"Blue\",\"id\":\"a1\"}");
        QTest::newRow("missing field left out")
            << json("{\"name\":\"roomName\",\"owner\":\"creator\"}") << json("{\"name\":\"Blue\"}");
    }
    void paramsFor()
    {
        QFETCH(QJsonObject, paramMap);
        QFETCH(QJsonObject, params);
        QCOMPARE(
            RowScript::paramsFor(json("{\"objectId\":\"a1\",\"roomName\":\"Blue\",\"visits\":3}"), paramMap),
            params);
    }
};

QTEST_GUILESS_MAIN(TestConflictCheck)
#include "TestConflictCheck.moc"
