// Every operator of the query builder against the real server: queries built as QueryNode trees (the
// builder's model) and sent through toWhere() return exactly the expected objects, and the count with the
// same where agrees. Also order by two keys and a run through ResultsTableModel. The server runs on
// PostgreSQL here; where it answers unlike MongoDB, the row says so.
#include "Await.h"
#include "LocalParseServer.h"
#include "core/data/ParseValue.h"
#include "core/models/ResultsTableModel.h"
#include "core/net/ParseClient.h"
#include "core/query/QueryNode.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>
#include <algorithm>

namespace {
// The fixture, one row per object. loc: latitude, longitude; parent: index of an earlier object.
struct Fixture
{
    const char *name;
    int n;
    int grp;
    QStringList tags; // {"-"}: no tags field at all
    std::optional<std::pair<double, double>> loc;
    const char *label;
    int parent;
};
const QList<Fixture> kObjects{
    {"apple", 1, 0, {"t1"}, std::pair{0.0, 0.0}, "fig", -1},
    {"Apricot", 2, 1, {"t1", "t2"}, std::pair{0.0, 0.5}, "x", -1},
    {"banana", 3, 2, {"t2", "t3"}, std::pair{0.0, 3.0}, "apple", -1},
    {"cherry", 4, 0, {}, std::pair{10.0, 10.0}, nullptr, -1},
    {"date", 5, 1, {"t3"}, std::pair{-0.2, 0.1}, nullptr, 0},
    {"elder", 6, 2, {"t1", "t2", "t3"}, std::nullopt, nullptr, 1},
    {"fig", 7, 0, {"-"}, std::pair{45.0, 45.0}, nullptr, 2},
    {"grape", 8, 1, {"t2"}, std::pair{0.0, 1.5}, nullptr, 0},
};

QJsonObject field(const QString &type, const QString &targetClass = {})
{
    QJsonObject o{{QStringLiteral("type"), type}};
    if (!targetClass.isEmpty())
        o.insert(QStringLiteral("targetClass"), targetClass);
    return o;
}

QJsonValue geo(double latitude, double longitude)
{
    return ParseValue::geoPoint(latitude, longitude).toJson();
}

QJsonArray square(double lat, double lng, double half)
{
    return {QJsonArray{lat - half, lng - half}, QJsonArray{lat - half, lng + half},
            QJsonArray{lat + half, lng + half}, QJsonArray{lat + half, lng - half}};
}

// One condition at the top level, the way the builder's tree holds it.
QJsonObject where(const QString &fieldName, const QString &op, const QJsonValue &value,
                  const QJsonObject &extras = {})
{
    QueryNode root = QueryNode::group(QueryNode::GroupOp::And, false);
    root.children.push_back(QueryNode::condition(fieldName, op, value, extras));
    return root.toWhere();
}

QList<int> indexes(std::initializer_list<int> list)
{
    return QList<int>(list);
}
} // namespace

class TestQueryLive final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<ParseClient> m_admin;
    std::unique_ptr<ParseClient> m_client; // the REST key, as a user's profile would query
    QString m_class;
    QStringList m_ids;
    QDateTime m_now;

    QJsonValue pointer(int index) const { return ParseValue::pointer(m_class, m_ids.at(index)).toJson(); }
    QJsonValue daysAgo(double days) const
    {
        return ParseValue::fromDateTime(m_now.addMSecs(qint64(-days * 86400000))).toJson();
    }
    QJsonObject sub(const QJsonObject &subWhere) const
    {
        return {{QStringLiteral("className"), m_class}, {QStringLiteral("where"), subWhere}};
    }

    // The fixture indexes of what the query returns, in the server's order.
    QList<int> find(const QueryOptions &options, QString *error)
    {
        const ParseResult r = await(m_client->send(ParseRequest::find(m_class, options)));
        if (!r.ok()) {
            *error = r.error.describe();
            return {};
        }
        QList<int> found;
        for (const QJsonValue &o : r.object().value(QLatin1String("results")).toArray())
            found << int(m_ids.indexOf(o[QLatin1String("objectId")].toString()));
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        ServerProfile admin = LocalParseServer::profile();
        admin.useMasterKey = true;
        m_admin = std::make_unique<ParseClient>(admin, &m_network);
        m_client = std::make_unique<ParseClient>(LocalParseServer::profile(), &m_network);
        m_class = QStringLiteral("ItQuery") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_now = QDateTime::currentDateTimeUtc();
        // allowClientClassCreation is off: the schema comes first, with the master key.
        const QJsonObject schema{
            {QStringLiteral("className"), m_class},
            {QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("name"), field(QStringLiteral("String"))},
                         {QStringLiteral("label"), field(QStringLiteral("String"))},
                         {QStringLiteral("n"), field(QStringLiteral("Number"))},
                         {QStringLiteral("grp"), field(QStringLiteral("Number"))},
                         {QStringLiteral("when"), field(QStringLiteral("Date"))},
                         {QStringLiteral("tags"), field(QStringLiteral("Array"))},
                         {QStringLiteral("loc"), field(QStringLiteral("GeoPoint"))},
                         {QStringLiteral("area"), field(QStringLiteral("Polygon"))},
                         {QStringLiteral("parent"), field(QStringLiteral("Pointer"), m_class)}}}};
        ParseResult r = await(m_admin->send(ParseRequest::createSchema(m_class, schema)));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        for (int i = 0; i < kObjects.size(); ++i) {
            const Fixture &f = kObjects.at(i);
            QJsonObject o{{QStringLiteral("name"), QString::fromLatin1(f.name)},
                          {QStringLiteral("n"), f.n},
                          {QStringLiteral("grp"), f.grp},
                          {QStringLiteral("when"), daysAgo(i + 1.0 / 24)}};
            if (f.tags != QStringList{QStringLiteral("-")})
                o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(f.tags));
            if (f.loc)
                o.insert(QStringLiteral("loc"), geo(f.loc->first, f.loc->second));
            if (f.label)
                o.insert(QStringLiteral("label"), QString::fromLatin1(f.label));
            if (f.parent >= 0)
                o.insert(QStringLiteral("parent"), pointer(f.parent));
            if (i < 2) // squares around (0, 0) and (10, 10)
                o.insert(QStringLiteral("area"),
                         QJsonObject{{QStringLiteral("__type"), QStringLiteral("Polygon")},
                                     {QStringLiteral("coordinates"), square(i * 10.0, i * 10.0, 1)}});
            r = await(m_admin->send(ParseRequest::createObject(m_class, o)));
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
            m_ids << r.object().value(QLatin1String("objectId")).toString();
        }
    }

    void cleanupTestCase()
    {
        if (!m_admin || m_ids.isEmpty())
            return;
        for (const QString &id : std::as_const(m_ids))
            QVERIFY(await(m_admin->send(ParseRequest::deleteObject(m_class, id))).ok());
        const ParseResult r = await(m_admin->send(ParseRequest::deleteSchema(m_class)));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
    }

    void operator_returnsExactlyTheExpectedObjects_data()
    {
        QTest::addColumn<QJsonObject>("where");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<bool>("ordered"); // by distance
        const QString name = QStringLiteral("name");
        const QString n = QStringLiteral("n");
        const QString tags = QStringLiteral("tags");
        const QString loc = QStringLiteral("loc");
        const QString when = QStringLiteral("when");
        const QString parent = QStringLiteral("parent");
        const auto row = [](const char *title, const QJsonObject &w, const QList<int> &expected,
                            bool ordered = false) { QTest::newRow(title) << w << expected << ordered; };

        row("$eq string", where(name, QStringLiteral("$eq"), QStringLiteral("banana")), indexes({2}));
        row("$eq number", where(n, QStringLiteral("$eq"), 3), indexes({2}));
        row("$ne", where(n, QStringLiteral("$ne"), 3), indexes({0, 1, 3, 4, 5, 6, 7}));
        row("$lt", where(n, QStringLiteral("$lt"), 3), indexes({0, 1}));
        row("$lte", where(n, QStringLiteral("$lte"), 3), indexes({0, 1, 2}));
        row("$gt", where(n, QStringLiteral("$gt"), 6), indexes({6, 7}));
        row("$gte", where(n, QStringLiteral("$gte"), 6), indexes({5, 6, 7}));
        row("$in", where(n, QStringLiteral("$in"), QJsonArray{1, 8}), indexes({0, 7}));
        row("$nin", where(n, QStringLiteral("$nin"), QJsonArray{1, 2, 3, 4, 5}), indexes({5, 6, 7}));
        // "Contains" as $in: {"tags":"t2"} answers HTTP 500 on Postgres.
        row("array contains ($in)", where(tags, QStringLiteral("$in"), QJsonArray{QStringLiteral("t2")}),
            indexes({1, 2, 5, 7}));
        row("$all",
            where(tags, QStringLiteral("$all"), QJsonArray{QStringLiteral("t1"), QStringLiteral("t2")}),
            indexes({1, 5}));
        // The empty list is contained in every list; a missing field is not.
        row("$containedBy",
            where(tags, QStringLiteral("$containedBy"),
                  QJsonArray{QStringLiteral("t1"), QStringLiteral("t2")}),
            indexes({0, 1, 3, 7}));
        row("$exists false", where(tags, QStringLiteral("$exists"), false), indexes({6}));
        row("$exists true", where(QStringLiteral("label"), QStringLiteral("$exists"), true),
            indexes({0, 1, 2}));
        row("$regex", where(name, QStringLiteral("$regex"), QStringLiteral("an")), indexes({2}));
        row("$regex with i",
            where(name, QStringLiteral("$regex"), QStringLiteral("^ap"),
                  {{QStringLiteral("$options"), QStringLiteral("i")}}),
            indexes({0, 1}));
        row("starts with", where(name, QStringLiteral("startsWith"), QStringLiteral("ap")), indexes({0}));
        row("starts with regex characters", where(name, QStringLiteral("startsWith"), QStringLiteral("a.")),
            indexes({}));
        row("$eq pointer", where(parent, QStringLiteral("$eq"), pointer(0)), indexes({4, 7}));
        // Postgres: objects without the field match $ne.
        row("$ne pointer", where(parent, QStringLiteral("$ne"), pointer(0)), indexes({0, 1, 2, 3, 5, 6}));
        row("$in pointers", where(parent, QStringLiteral("$in"), QJsonArray{pointer(0), pointer(1)}),
            indexes({4, 5, 7}));
        const QJsonObject firstTwo{{n, QJsonObject{{QStringLiteral("$lte"), 2}}}};
        row("$inQuery", where(parent, QStringLiteral("$inQuery"), sub(firstTwo)), indexes({4, 5, 7}));
        // Postgres leaves out objects without the pointer (MongoDB would return them too).
        row("$notInQuery", where(parent, QStringLiteral("$notInQuery"), sub(firstTwo)), indexes({6}));
        const QJsonObject labelsOfFirstThree{
            {QStringLiteral("query"), sub({{n, QJsonObject{{QStringLiteral("$lte"), 3}}}})},
            {QStringLiteral("key"), QStringLiteral("label")}};
        row("$select", where(name, QStringLiteral("$select"), labelsOfFirstThree), indexes({0, 6}));
        row("$dontSelect", where(name, QStringLiteral("$dontSelect"), labelsOfFirstThree),
            indexes({1, 2, 3, 4, 5, 7}));
        row("$lt date", where(when, QStringLiteral("$lt"), daysAgo(5.5)), indexes({6, 7}));
        row("$gte date", where(when, QStringLiteral("$gte"), daysAgo(2.5)), indexes({0, 1, 2}));
        row("$relativeTime ago",
            where(when, QStringLiteral("$gt"),
                  QJsonObject{{QStringLiteral("$relativeTime"), QStringLiteral("3 days ago")}}),
            indexes({0, 1, 2}));
        row("$relativeTime before",
            where(when, QStringLiteral("$lt"),
                  QJsonObject{{QStringLiteral("$relativeTime"), QStringLiteral("6 days ago")}}),
            indexes({6, 7}));
        row("$nearSphere $maxDistance",
            where(loc, QStringLiteral("$nearSphere"), geo(0, 0),
                  {{QStringLiteral("$maxDistance"), 100 / 6371.0}}),
            indexes({0, 4, 1}), true);
        // Parse Server's Postgres adapter ignores $maxDistanceInKilometers: every object comes, nearest
        // first. The builder sends $maxDistance instead and its validator warns about this spelling.
        row("$nearSphere $maxDistanceInKilometers (ignored)",
            where(loc, QStringLiteral("$nearSphere"), geo(0, 0),
                  {{QStringLiteral("$maxDistanceInKilometers"), 100}}),
            indexes({0, 4, 1, 7, 2, 3, 6}), true);
        row("$within $box",
            where(loc, QStringLiteral("$within"),
                  QJsonObject{{QStringLiteral("$box"), QJsonArray{geo(-1, 0.2), geo(1, 2)}}}),
            indexes({1, 7}));
        row("$geoWithin $centerSphere",
            where(loc, QStringLiteral("$geoWithin"),
                  QJsonObject{
                      {QStringLiteral("$centerSphere"), QJsonArray{QJsonArray{0, 0}, 3.5 / 180 * M_PI}}}),
            indexes({0, 1, 2, 4, 7}));
        row("$geoWithin $polygon",
            where(loc, QStringLiteral("$geoWithin"),
                  QJsonObject{{QStringLiteral("$polygon"),
                               QJsonArray{geo(-1, -1), geo(-1, 1), geo(1, 1), geo(1, -1)}}}),
            indexes({0, 1, 4}));
        row("$geoIntersects",
            where(QStringLiteral("area"), QStringLiteral("$geoIntersects"),
                  QJsonObject{{QStringLiteral("$point"), geo(0.5, 0.5)}}),
            indexes({0}));
        row("$text",
            where(name, QStringLiteral("$text"),
                  QJsonObject{{QStringLiteral("$search"),
                               QJsonObject{{QStringLiteral("$term"), QStringLiteral("banana")}}}}),
            indexes({2}));

        // Groups: (n = 1 OR n = 8) AND grp = 0, and NOR.
        QueryNode root = QueryNode::group(QueryNode::GroupOp::And, false);
        QueryNode either = QueryNode::group(QueryNode::GroupOp::Or);
        either.children.push_back(QueryNode::condition(n, QStringLiteral("$eq"), 1));
        either.children.push_back(QueryNode::condition(n, QStringLiteral("$eq"), 8));
        root.children.push_back(either);
        root.children.push_back(QueryNode::condition(QStringLiteral("grp"), QStringLiteral("$eq"), 0));
        row("OR inside AND", root.toWhere(), indexes({0}));
        QueryNode neither = QueryNode::group(QueryNode::GroupOp::And, false);
        QueryNode nor = QueryNode::group(QueryNode::GroupOp::Nor);
        nor.children.push_back(QueryNode::condition(n, QStringLiteral("$lte"), 6));
        neither.children.push_back(nor);
        row("NOR", neither.toWhere(), indexes({6, 7}));
    }
    void operator_returnsExactlyTheExpectedObjects()
    {
        QFETCH(QJsonObject, where);
        QFETCH(QList<int>, expected);
        QFETCH(bool, ordered);
        QueryOptions options;
        options.where = where;
        QString error;
        QList<int> found = find(options, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (!ordered) {
            std::sort(found.begin(), found.end());
            std::sort(expected.begin(), expected.end());
        }
        QCOMPARE(found, expected);

        const ParseResult count = await(m_client->send(ParseRequest::count(m_class, where)));
        QVERIFY2(count.ok(), qPrintable(count.error.describe()));
        QCOMPARE(count.object().value(QLatin1String("count")).toInteger(), expected.size());
    }

    void order_byTwoKeys()
    {
        QueryOptions options;
        options.order = {QStringLiteral("grp"), QStringLiteral("-n")};
        QString error;
        const QList<int> found = find(options, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<int> expected;
        for (int i = 0; i < kObjects.size(); ++i)
            expected << i;
        std::sort(expected.begin(), expected.end(), [](int a, int b) {
            const Fixture &x = kObjects.at(a);
            const Fixture &y = kObjects.at(b);
            return x.grp != y.grp ? x.grp < y.grp : x.n > y.n;
        });
        QCOMPARE(found, expected);
    }

    void resultsModel_runsTheQueryWithItsCount()
    {
        ResultsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        QueryOptions options;
        options.where = where(QStringLiteral("n"), QStringLiteral("$gte"), 3);
        options.order = {QStringLiteral("-n")};
        options.limit = 2;
        options.keys = {QStringLiteral("name"), QStringLiteral("n")};
        options.count = true;
        model.run(m_class, options);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ResultsTableModel::State::Done, 20000);
        QCOMPARE(model.count(), std::optional<qint64>(6));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(ResultsTableModel::ObjectIdRole).toString(), m_ids.at(7));
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers,
                 (QStringList{QStringLiteral("objectId"), QStringLiteral("n"), QStringLiteral("name"),
                              QStringLiteral("createdAt"), QStringLiteral("updatedAt")}));

        // Count only: limit 0 with a count, no rows.
        options.limit = 0;
        model.run(m_class, options);
        QTRY_COMPARE_WITH_TIMEOUT(model.state(), ResultsTableModel::State::Done, 20000);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(), std::optional<qint64>(6));
    }
};

QTEST_GUILESS_MAIN(TestQueryLive)
#include "TestQueryLive.moc"
