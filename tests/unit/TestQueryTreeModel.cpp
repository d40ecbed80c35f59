// The builder's tree model under QAbstractItemModelTester: building, editing and restructuring a query
// gives the where JSON a person means.
#include "QueryTreeModel.h"

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
