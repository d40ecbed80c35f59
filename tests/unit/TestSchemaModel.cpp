#include "core/models/SchemaModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
QJsonObject field(const QString &type, const QString &targetClass = {})
{
    QJsonObject f{{QStringLiteral("type"), type}};
    if (!targetClass.isEmpty())
        f.insert(QStringLiteral("targetClass"), targetClass);
    return f;
}

QJsonObject roomSchema()
{
    QJsonObject fields{
        {QStringLiteral("roomName"), field(QStringLiteral("String"))},
        {QStringLiteral("ACL"), field(QStringLiteral("ACL"))},
        {QStringLiteral("updatedAt"), field(QStringLiteral("Date"))},
        {QStringLiteral("owner"), field(QStringLiteral("Pointer"), QStringLiteral("_User"))},
        {QStringLiteral("objectId"), field(QStringLiteral("String"))},
        {QStringLiteral("createdAt"), field(QStringLiteral("Date"))},
        {QStringLiteral("Members"), field(QStringLiteral("Relation"), QStringLiteral("_User"))},
    };
    QJsonObject visits = field(QStringLiteral("Number"));
    visits.insert(QStringLiteral("required"), true);
    visits.insert(QStringLiteral("defaultValue"), 0);
    fields.insert(QStringLiteral("visits"), visits);
    return QJsonObject{{QStringLiteral("className"), QStringLiteral("Room")},
                       {QStringLiteral("fields"), fields}};
}

QStringList column(const SchemaModel &model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, col).data().toString();
    return values;
}
} // namespace

class TestSchemaModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setSchema_listsBuiltInFieldsFirstThenByName();
    void setSchema_showsTypeAndTargetClass();
    void tooltip_explainsRequiredAndDefault();
    void setSchema_again_resetsTheModel();
    void clear_leavesNoRows();
    void schemaWithoutFields_isEmpty();
};

void TestSchemaModel::setSchema_listsBuiltInFieldsFirstThenByName()
{
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(roomSchema());
    QCOMPARE(model.className(), QStringLiteral("Room"));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(column(model, SchemaModel::Name),
             (QStringList{QStringLiteral("objectId"), QStringLiteral("createdAt"),
                          QStringLiteral("updatedAt"), QStringLiteral("ACL"), QStringLiteral("Members"),
                          QStringLiteral("owner"), QStringLiteral("roomName"), QStringLiteral("visits")}));
    QVERIFY(model.index(0, 0).data(SchemaModel::BuiltInRole).toBool());
    QVERIFY(!model.index(4, 0).data(SchemaModel::BuiltInRole).toBool());
}

void TestSchemaModel::setSchema_showsTypeAndTargetClass()
{
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(roomSchema());
    const QStringList names = column(model, SchemaModel::Name);
    const int owner = static_cast<int>(names.indexOf(QStringLiteral("owner")));
    QCOMPARE(model.index(owner, SchemaModel::Type).data().toString(), QStringLiteral("Pointer"));
    QCOMPARE(model.index(owner, SchemaModel::TargetClass).data().toString(), QStringLiteral("_User"));
    const int roomName = static_cast<int>(names.indexOf(QStringLiteral("roomName")));
    QCOMPARE(model.index(roomName, SchemaModel::Type).data().toString(), QStringLiteral("String"));
    QVERIFY(model.index(roomName, SchemaModel::TargetClass).data().toString().isEmpty());
    QCOMPARE(model.headerData(SchemaModel::TargetClass, Qt::Horizontal).toString(),
             QStringLiteral("Target class"));
}

void TestSchemaModel::tooltip_explainsRequiredAndDefault()
{
    SchemaModel model;
    model.setSchema(roomSchema());
    const int visits = static_cast<int>(column(model, SchemaModel::Name).indexOf(QStringLiteral("visits")));
    const QModelIndex cell = model.index(visits, SchemaModel::Name);
    QVERIFY(cell.data(SchemaModel::RequiredRole).toBool());
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Required")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Default: 0")), qPrintable(tip));
}

void TestSchemaModel::setSchema_again_resetsTheModel()
{
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(roomSchema());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QJsonObject other{{QStringLiteral("className"), QStringLiteral("Tiny")},
                            {QStringLiteral("fields"),
                             QJsonObject{{QStringLiteral("objectId"), field(QStringLiteral("String"))}}}};
    model.setSchema(other);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.className(), QStringLiteral("Tiny"));
}

void TestSchemaModel::clear_leavesNoRows()
{
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(roomSchema());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.className().isEmpty());
}

void TestSchemaModel::schemaWithoutFields_isEmpty()
{
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(QJsonObject{{QStringLiteral("className"), QStringLiteral("Empty")}});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(TestSchemaModel)
#include "TestSchemaModel.moc"
