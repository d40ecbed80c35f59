// The query model: every where document round-trips tree <-> JSON identically; validation catches what
// the server would refuse.
#include "core/query/QueryNode.h"
#include "core/query/QueryValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
// JSON lives in fixture files: moc 6.4 drops a class whose file has raw strings with odd quote counts.
QJsonObject fixture(const QString &key)
{
    QFile file(QStringLiteral(PARSEDESK_FIXTURES "/where-validate.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toObject();
}
} // namespace

class TestQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QJsonObject>("where");
        QFile file(QStringLiteral(PARSEDESK_FIXTURES "/where-roundtrip.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(cases.size() > 40);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c[QLatin1String("name")].toString()))
                << c[QLatin1String("where")].toObject();
    }
    void roundTrip()
    {
        QFETCH(QJsonObject, where);
        const QueryNode tree = QueryNode::fromWhere(where);
        QCOMPARE(tree.toWhere(), where);
        QCOMPARE(QueryNode::fromWhere(tree.toWhere()), tree);
    }

    void tree_shapes()
    {
        const QJsonObject shapes = fixture(QStringLiteral("shapes"));
        const QueryNode range = QueryNode::fromWhere(shapes.value(QLatin1String("range")).toObject());
        QCOMPARE(range.children.size(), size_t(3));
        QCOMPARE(range.children.at(0).op, QStringLiteral("startsWith"));
        QCOMPARE(range.children.at(0).value.toString(), QStringLiteral("ab"));
        QCOMPARE(range.children.at(1).op, QStringLiteral("$gt"));

        const QueryNode unknown = QueryNode::fromWhere(shapes.value(QLatin1String("unknown")).toObject());
        QCOMPARE(unknown.children.size(), size_t(2));
        QCOMPARE(unknown.children.at(1).kind, QueryNode::Kind::Raw);
    }

    // (a = 1 OR b = 2) AND c > 3, built as the widget would.
    void build_orInsideAnd()
    {
        QueryNode root = QueryNode::group(QueryNode::GroupOp::And, false);
        QueryNode either = QueryNode::group(QueryNode::GroupOp::Or);
        either.children.push_back(QueryNode::condition(QStringLiteral("a"), QStringLiteral("$eq"), 1));
        either.children.push_back(QueryNode::condition(QStringLiteral("b"), QStringLiteral("$eq"), 2));
        root.children.push_back(either);
        root.children.push_back(QueryNode::condition(QStringLiteral("c"), QStringLiteral("$gt"), 3));
        QCOMPARE(root.toWhere(),
                 fixture(QStringLiteral("shapes")).value(QLatin1String("orInsideAnd")).toObject());
    }

    void build_conflictingKeysBecomeExplicitAnd()
    {
        QueryNode root = QueryNode::group(QueryNode::GroupOp::And, false);
        root.children.push_back(QueryNode::condition(QStringLiteral("a"), QStringLiteral("$eq"), 1));
        root.children.push_back(QueryNode::condition(QStringLiteral("a"), QStringLiteral("$eq"), 2));
        QCOMPARE(root.toWhere(),
                 fixture(QStringLiteral("shapes")).value(QLatin1String("explicitAnd")).toObject());
    }

    void validate_data()
    {
        QTest::addColumn<QJsonObject>("where");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QString>("messagePart");
        QFile file(QStringLiteral(PARSEDESK_FIXTURES "/where-validate.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("cases")).toArray();
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c[QLatin1String("name")].toString()))
                << c[QLatin1String("where")].toObject() << c[QLatin1String("error")].toBool()
                << c[QLatin1String("message")].toString();
    }
    void validate()
    {
        QFETCH(QJsonObject, where);
        QFETCH(bool, error);
        QFETCH(QString, messagePart);
        const auto issues =
            QueryValidator::validate(QueryNode::fromWhere(where), fixture(QStringLiteral("fields")));
        QCOMPARE(QueryValidator::hasErrors(issues), error);
        if (!messagePart.isEmpty()) {
            QVERIFY(!issues.isEmpty());
            QVERIFY2(issues.first().message.contains(messagePart, Qt::CaseInsensitive),
                     qPrintable(issues.first().message));
        } else {
            QVERIFY(issues.isEmpty());
        }
    }

    void emptyGroupIsAnError()
    {
        QueryNode root = QueryNode::group(QueryNode::GroupOp::And, false);
        root.children.push_back(QueryNode::group(QueryNode::GroupOp::Or));
        const auto issues = QueryValidator::validate(root);
        QVERIFY(QueryValidator::hasErrors(issues));
        QCOMPARE(issues.first().path, QList<int>{0});
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "TestQuery.moc"
