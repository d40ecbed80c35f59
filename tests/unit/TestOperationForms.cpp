// What the batch composer's forms turn typed input into: field values by schema type (FieldFormModel,
// under QAbstractItemModelTester), field operations from text, and the JSON text helpers they use.
#include "core/batch/OperationBuilder.h"
#include "core/data/JsonText.h"
#include "core/models/FieldFormModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {
QJsonObject field(const QString &type, const QString &target = {})
{
    QJsonObject o{{QStringLiteral("type"), type}};
    if (!target.isEmpty())
        o.insert(QStringLiteral("targetClass"), target);
    return o;
}

QJsonObject roomSchema()
{
    return {{QStringLiteral("className"), QStringLiteral("Room")},
            {QStringLiteral("fields"),
             QJsonObject{
                 {QStringLiteral("objectId"), field(QStringLiteral("String"))},
                 {QStringLiteral("createdAt"), field(QStringLiteral("Date"))},
                 {QStringLiteral("updatedAt"), field(QStringLiteral("Date"))},
                 {QStringLiteral("ACL"), field(QStringLiteral("ACL"))},
                 {QStringLiteral("roomName"), field(QStringLiteral("String"))},
                 {QStringLiteral("visits"), field(QStringLiteral("Number"))},
                 {QStringLiteral("owner"), field(QStringLiteral("Pointer"), QStringLiteral("_User"))},
                 {QStringLiteral("members"), field(QStringLiteral("Relation"), QStringLiteral("_User"))}}}};
}

QJsonValue pointer(const QString &className, const QString &id)
{
    return QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                       {QStringLiteral("className"), className},
                       {QStringLiteral("objectId"), id}};
}
} // namespace

Q_DECLARE_METATYPE(OperationBuilder::FieldOp)

class TestOperationForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldForm_listsSettableFieldsAndBuildsTheBody()
    {
        FieldFormModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSchema(roomSchema());
        QCOMPARE(model.className(), QStringLiteral("Room"));
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, FieldFormModel::Field).data().toString();
        // Parse sets objectId and the dates; relations change through field operations.
        QCOMPARE(shown, (QStringList{QStringLiteral("ACL"), QStringLiteral("owner"),
                                     QStringLiteral("roomName"), QStringLiteral("visits")}));
        QCOMPARE(model.index(1, FieldFormModel::Type).data().toString(), QStringLiteral("Pointer<_User>"));
        QCOMPARE(model.targetClass(QStringLiteral("members")), QStringLiteral("_User"));
        QCOMPARE(model.fieldType(QStringLiteral("visits")), QStringLiteral("Number"));
        QVERIFY(model.fields().isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(3, FieldFormModel::Value), QStringLiteral("12.5")));
        QCOMPARE(model.index(3, FieldFormModel::Field).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!model.setData(model.index(3, FieldFormModel::Value), QStringLiteral("many")));
        QVERIFY2(model.lastError().startsWith(QLatin1String("visits: ")), qPrintable(model.lastError()));
        QVERIFY(model.setData(model.index(1, FieldFormModel::Value), QStringLiteral("u1")));
        QVERIFY(model.setData(model.index(2, FieldFormModel::Value), QStringLiteral("Lobby")));
        QVERIFY(model.setData(model.index(2, FieldFormModel::Field), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 4);
        QCOMPARE(model.fields(), (QJsonObject{{QStringLiteral("visits"), 12.5},
                                              {QStringLiteral("owner"),
                                               pointer(QStringLiteral("_User"), QStringLiteral("u1"))}}));
    }

    void encode_byType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<QJsonValue>("expected"); // undefined: refused
        const QJsonValue refused(QJsonValue::Undefined);
        QTest::newRow("string kept as typed")
            << "String" << QVariant(QStringLiteral(" a b ")) << QJsonValue(" a b ");
        QTest::newRow("integer") << "Number" << QVariant(QStringLiteral("42")) << QJsonValue(42);
        QTest::newRow("number from a spin box") << "Number" << QVariant(2.5) << QJsonValue(2.5);
        QTest::newRow("not a number") << "Number" << QVariant(QStringLiteral("4x")) << refused;
        QTest::newRow("bool from an editor") << "Boolean" << QVariant(true) << QJsonValue(true);
        QTest::newRow("bool as text") << "Boolean" << QVariant(QStringLiteral("false")) << QJsonValue(false);
        QTest::newRow("bool refused") << "Boolean" << QVariant(QStringLiteral("yes")) << refused;
        QTest::newRow("date from an editor")
            << "Date" << QVariant(QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC))
            << QJsonValue(QJsonObject{{QStringLiteral("__type"), QStringLiteral("Date")},
                                      {QStringLiteral("iso"), QStringLiteral("2024-05-01T12:00:00.000Z")}});
        QTest::newRow("date refused") << "Date" << QVariant(QStringLiteral("May 1st")) << refused;
        QTest::newRow("pointer from an id") << "Pointer" << QVariant(QStringLiteral("r1"))
                                            << pointer(QStringLiteral("Room"), QStringLiteral("r1"));
        QTest::newRow("pointer refused") << "Pointer" << QVariant(QStringLiteral("two ids")) << refused;
        QTest::newRow("geopoint") << "GeoPoint" << QVariant(QStringLiteral("52.52, 13.4"))
                                  << QJsonValue(
                                         QJsonObject{{QStringLiteral("__type"), QStringLiteral("GeoPoint")},
                                                     {QStringLiteral("latitude"), 52.52},
                                                     {QStringLiteral("longitude"), 13.4}});
        QTest::newRow("geopoint out of range") << "GeoPoint" << QVariant(QStringLiteral("95, 0")) << refused;
        QTest::newRow("array without brackets") << "Array" << QVariant(QStringLiteral("\"a\", 2"))
                                                << QJsonValue(QJsonArray{QStringLiteral("a"), 2});
        QTest::newRow("array with brackets")
            << "Array" << QVariant(QStringLiteral("[]")) << QJsonValue(QJsonArray{});
        QTest::newRow("object") << "Object" << QVariant(QStringLiteral("{\"k\": 1}"))
                                << QJsonValue(QJsonObject{{QStringLiteral("k"), 1}});
        QTest::newRow("object refused") << "Object" << QVariant(QStringLiteral("{k: 1}")) << refused;
    }
    void encode_byType()
    {
        QFETCH(QString, type);
        QFETCH(QVariant, input);
        QFETCH(QJsonValue, expected);
        QString error;
        const std::optional<QJsonValue> encoded =
            FieldFormModel::encode(type, QStringLiteral("Room"), input, &error);
        if (expected.isUndefined()) {
            QVERIFY(!encoded);
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY2(encoded, qPrintable(error));
            QCOMPARE(*encoded, expected);
        }
    }

    void fieldOperation_fromText_data()
    {
        using OperationBuilder::FieldOp;
        QTest::addColumn<FieldOp>("op");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonObject>("expected"); // empty: refused
        const auto op = [](const char *name, const QString &key = {}, const QJsonValue &value = {}) {
            QJsonObject o{{QStringLiteral("__op"), QLatin1String(name)}};
            if (!key.isEmpty())
                o.insert(key, value);
            return o;
        };
        QTest::newRow("increment") << FieldOp::Increment << "-5"
                                   << op("Increment", QStringLiteral("amount"), -5);
        QTest::newRow("increment refused") << FieldOp::Increment << "five" << QJsonObject();
        QTest::newRow("add items") << FieldOp::Add << "\"red\", 2"
                                   << op("Add", QStringLiteral("objects"),
                                         QJsonArray{QStringLiteral("red"), 2});
        QTest::newRow("add a bare word")
            << FieldOp::AddUnique << "red"
            << op("AddUnique", QStringLiteral("objects"), QJsonArray{QStringLiteral("red")});
        QTest::newRow("remove") << FieldOp::Remove << "[1]"
                                << op("Remove", QStringLiteral("objects"), QJsonArray{1});
        QTest::newRow("delete") << FieldOp::Delete << "" << op("Delete");
        QTest::newRow("relation") << FieldOp::AddRelation << "u1, u2"
                                  << op("AddRelation", QStringLiteral("objects"),
                                        QJsonArray{pointer(QStringLiteral("_User"), QStringLiteral("u1")),
                                                   pointer(QStringLiteral("_User"), QStringLiteral("u2"))});
        QTest::newRow("relation without ids") << FieldOp::RemoveRelation << " " << QJsonObject();
    }
    void fieldOperation_fromText()
    {
        QFETCH(OperationBuilder::FieldOp, op);
        QFETCH(QString, text);
        QFETCH(QJsonObject, expected);
        QString error;
        const std::optional<QJsonObject> built =
            OperationBuilder::fieldOperationFromText(op, text, QStringLiteral("_User"), &error);
        if (expected.isEmpty()) {
            QVERIFY(!built);
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY2(built, qPrintable(error));
            QCOMPARE(*built, expected);
        }
    }

    void indented_putsTheGivenKeysFirst()
    {
        const QJsonObject item{{QStringLiteral("body"),
                                QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QJsonArray{}}}},
                               {QStringLiteral("path"), QStringLiteral("/x")},
                               {QStringLiteral("method"), QStringLiteral("GET")}};
        QCOMPARE(
            JsonText::indented(item, {QStringLiteral("method"), QStringLiteral("path")},
                               QStringLiteral("  ")),
            QStringLiteral("{\n  \"method\": \"GET\",\n  \"path\": \"/x\",\n  \"body\": {\n    \"a\": [],\n"
                           "    \"b\": 1\n  }\n}"));
        QCOMPARE(JsonText::indented(QStringLiteral("q\"")), QStringLiteral("\"q\\\"\""));
        QCOMPARE(JsonText::parseItems(QStringLiteral("1, \"a\"")), (QJsonArray{1, QStringLiteral("a")}));
        QVERIFY(!JsonText::parseItems(QStringLiteral("a b")));
    }
};

QTEST_GUILESS_MAIN(TestOperationForms)
#include "TestOperationForms.moc"
