// The builder's tree model under QAbstractItemModelTester: building, editing and restructuring a query
// gives the where JSON a person means.
#include "core/models/QueryTreeModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {
QJsonObject shape(const QString &name)
{
    QFile file(QStringLiteral(PARSEDESK_FIXTURES "/where-validate.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("shapes"))
        .toObject()
        .value(name)
        .toObject();
}

void setCondition(QueryTreeModel &m, const QModelIndex &row, const QString &field, const QString &op,
                  const QString &value)
{
    m.setData(m.index(row.row(), QueryTreeModel::Field, row.parent()), field);
    m.setData(m.index(row.row(), QueryTreeModel::Operator, row.parent()), op);
    m.setData(m.index(row.row(), QueryTreeModel::Value, row.parent()), value);
}
} // namespace

class TestQueryTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // (a = 1 OR b = 2) AND c > 3, the way the builder's buttons make it.
    void build_orInsideAnd_byEditing()
    {
        QueryTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&m, &QueryTreeModel::whereChanged);
        const QModelIndex either = m.addGroup({}, QueryNode::GroupOp::Or);
        setCondition(m, m.index(0, 0, m.index(0, 0, either)), QStringLiteral("a"), QStringLiteral("$eq"),
                     QStringLiteral("1"));
        const QModelIndex branch = m.addBranch(either);
        setCondition(m, m.index(0, 0, branch), QStringLiteral("b"), QStringLiteral("$eq"),
                     QStringLiteral("2"));
        setCondition(m, m.addCondition({}), QStringLiteral("c"), QStringLiteral("$gt"), QStringLiteral("3"));
        QCOMPARE(m.where(), shape(QStringLiteral("orInsideAnd")));
        QVERIFY(changed.count() >= 9);
        QCOMPARE(m.index(0, QueryTreeModel::Field).data().toString(), QStringLiteral("OR"));
        QCOMPARE(m.index(0, QueryTreeModel::Operator).data().toString(), QStringLiteral("any of"));

        m.setGroupOp(either, QueryNode::GroupOp::Nor);
        QVERIFY(m.where().contains(QLatin1String("$nor")));
    }

    // A new condition starts without a field, which is typed in its Field cell; until then it can't be
    // sent. Only $relatedTo has no field of its own.
    void newCondition_fieldIsEditableAndRequired()
    {
        QueryTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex row = m.addCondition({});
        QVERIFY(m.flags(m.index(row.row(), QueryTreeModel::Field)).testFlag(Qt::ItemIsEditable));
        QVERIFY(QueryValidator::hasErrors(m.issues()));
        QVERIFY(row.data(QueryTreeModel::IssueRole).toString().contains(QStringLiteral("field")));
        QVERIFY(m.setData(m.index(row.row(), QueryTreeModel::Field), QStringLiteral("a")));
        QVERIFY(!QueryValidator::hasErrors(m.issues()));

        m.setWhere(QJsonObject{{QStringLiteral("$relatedTo"), QJsonObject()}});
        QVERIFY(!m.flags(m.index(0, QueryTreeModel::Field)).testFlag(Qt::ItemIsEditable));
        QVERIFY(m.flags(m.index(0, QueryTreeModel::Value)).testFlag(Qt::ItemIsEditable));
    }

    void indentAndOutdent_areInverse()
    {
        QueryTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        setCondition(m, m.addCondition({}), QStringLiteral("a"), QStringLiteral("$eq"), QStringLiteral("1"));
        const QJsonObject before = m.where();
        const QModelIndex group = m.indent(m.index(0, 0), QueryNode::GroupOp::Or);
        QVERIFY(m.where().contains(QLatin1String("$or")));
        // Under an OR the condition sits in a branch; lifting the branch's condition twice brings it home.
        const QModelIndex lifted = m.outdent(m.index(0, 0, m.index(0, 0, group)));
        m.removeNode(m.index(0, 0, group));
        m.outdent(lifted);
        m.removeNode(m.index(0, 0));
        QCOMPARE(m.where(), before);
    }

    void values_areTypedBySchema_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("number") << "visits"
                                << "42" << QJsonValue(42);
        QTest::newRow("string without quotes") << "roomName"
                                               << "Lobby" << QJsonValue(QStringLiteral("Lobby"));
        QTest::newRow("digits in a string field") << "roomName"
                                                  << "42" << QJsonValue(QStringLiteral("42"));
        QTest::newRow("list") << "visits"
                              << "[1, 2]" << QJsonValue(QJsonArray{1, 2});
        QTest::newRow("bool") << "open"
                              << "true" << QJsonValue(true);
    }
    void values_areTypedBySchema()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QJsonValue, expected);
        QueryTreeModel m;
        m.setSchemaFields(
            shape(QStringLiteral("unused")).isEmpty()
                ? QJsonDocument::fromJson(QByteArrayLiteral("{\"visits\":{\"type\":\"Number\"},"
                                                            "\"roomName\":{\"type\":\"String\"}}"))
                      .object()
                : QJsonObject());
        const QModelIndex row = m.addCondition({}, field);
        QVERIFY(m.setData(m.index(row.row(), QueryTreeModel::Value), text));
        QCOMPARE(m.tree().children.at(0).value, expected);
    }

    void issues_showOnTheRow()
    {
        QueryTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setWhere(QJsonDocument::fromJson(QByteArrayLiteral("{\"a\":{\"$in\":3}}")).object());
        QVERIFY(m.index(0, 0).data(QueryTreeModel::IssueRole).toString().contains(QStringLiteral("list")));
        QVERIFY(QueryValidator::hasErrors(m.issues()));
    }

    // $options of a regex and the distance of a near are the operator's companions, edited beside the value
    // (ExtrasRole); ValueRole sets the value exactly.
    void extras_areEditedWithTheirOperator()
    {
        QueryTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex row = m.addCondition({}, QStringLiteral("roomName"));
        setCondition(m, row, QStringLiteral("roomName"), QStringLiteral("$regex"), QStringLiteral("^ab"));
        const QModelIndex value = m.index(row.row(), QueryTreeModel::Value);
        const QJsonObject insensitive{{QStringLiteral("$options"), QStringLiteral("i")}};
        QVERIFY(m.setData(value, insensitive, QueryTreeModel::ExtrasRole));
        QCOMPARE(value.data(QueryTreeModel::ExtrasRole).toJsonObject(), insensitive);
        QCOMPARE(m.where().value(QLatin1String("roomName")).toObject().value(QLatin1String("$options")),
                 QJsonValue(QStringLiteral("i")));
        // Only the operator's own companions, and only on a condition's value.
        QVERIFY(
            !m.setData(value, QJsonObject{{QStringLiteral("$maxDistance"), 1}}, QueryTreeModel::ExtrasRole));
        QVERIFY(
            !m.setData(m.index(row.row(), QueryTreeModel::Field), insensitive, QueryTreeModel::ExtrasRole));
        // The value itself, exactly: no typing by the schema, no text in between.
        QVERIFY(m.setData(value, QJsonValue(QStringLiteral("[1]")), QueryTreeModel::ValueRole));
        QCOMPARE(value.data(QueryTreeModel::ValueRole).toJsonValue(), QJsonValue(QStringLiteral("[1]")));
        QCOMPARE(m.where().value(QLatin1String("roomName")).toObject().value(QLatin1String("$regex")),
                 QJsonValue(QStringLiteral("[1]")));
        // A new operator drops the old one's companions.
        QVERIFY(m.setData(m.index(row.row(), QueryTreeModel::Operator), QStringLiteral("$eq")));
        QCOMPARE(value.data(QueryTreeModel::ExtrasRole).toJsonObject(), QJsonObject());
    }

    void setWhere_roundTripsAndKeepsRaw()
    {
        QueryTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject w = shape(QStringLiteral("unknown"));
        m.setWhere(w);
        QCOMPARE(m.where(), w);
        QCOMPARE(m.index(1, QueryTreeModel::Operator).data().toString(), QStringLiteral("raw JSON"));
        m.removeNode(m.index(0, 0));
        QCOMPARE(m.rowCount(), 1);
        QVERIFY(m.where().value(QLatin1String("a")).toObject().contains(QLatin1String("$bar")));
    }
};

QTEST_GUILESS_MAIN(TestQueryTreeModel)
#include "TestQueryTreeModel.moc"
