// The object table through the QNAM seam: pages by cursor, pending edits become the right operations.
#include "RecordingNetwork.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "core/query/CursorPager.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

namespace {
QJsonObject schema()
{
    return {{QStringLiteral("fields"),
             QJsonObject{
                 {QStringLiteral("score"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Number")}}},
                 {QStringLiteral("name"), QJsonObject{{QStringLiteral("type"), QStringLiteral("String")}}},
                 {QStringLiteral("tags"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Array")}}}}}};
}

QJsonObject whereOf(const RecordingNetwork::Sent &s)
{
    return QJsonDocument::fromJson(QUrlQuery(s.request.url())
                                       .queryItemValue(QStringLiteral("where"), QUrl::FullyDecoded)
                                       .toUtf8())
        .object();
}
} // namespace

class TestObjectTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pager_cursorClauses()
    {
        CursorPager pager({}, QStringLiteral("score"), false, false, 2);
        QCOMPARE(pager.order(), QStringLiteral("score,objectId"));
        QVERIFY(
            pager.nextWhere().value(QLatin1String("score")).toObject().contains(QLatin1String("$exists")));
        QVERIFY(pager.advance(QJsonArray{
            QJsonObject{{QStringLiteral("objectId"), QStringLiteral("a")}, {QStringLiteral("score"), 1}},
            QJsonObject{{QStringLiteral("objectId"), QStringLiteral("b")}, {QStringLiteral("score"), 1}}}));
        const QJsonArray branches = pager.nextWhere().value(QLatin1String("$or")).toArray();
        QCOMPARE(branches.size(), 2);
        QCOMPARE(branches.at(1)
                     .toObject()
                     .value(QLatin1String("objectId"))
                     .toObject()
                     .value(QLatin1String("$gt"))
                     .toString(),
                 QStringLiteral("b"));
        // A short page is not the end (a server's maxLimit clamps pages): the scored phase goes on.
        QVERIFY(pager.advance(QJsonArray{
            QJsonObject{{QStringLiteral("objectId"), QStringLiteral("c")}, {QStringLiteral("score"), 2}}}));
        QCOMPARE(pager.order(), QStringLiteral("score,objectId"));
        // An empty page ends it; the objects without a score follow, by objectId.
        QVERIFY(pager.advance(QJsonArray{}));
        QCOMPARE(pager.order(), QStringLiteral("objectId"));
        QVERIFY(!pager.nextWhere()
                     .value(QLatin1String("score"))
                     .toObject()
                     .value(QLatin1String("$exists"))
                     .toBool(true));
        QVERIFY(!pager.advance(QJsonArray{}));
        QVERIFY(pager.atEnd());

        CursorPager dates({{QStringLiteral("x"), 1}}, QStringLiteral("createdAt"), true, true, 1);
        dates.advance(QJsonArray{
            QJsonObject{{QStringLiteral("objectId"), QStringLiteral("a")},
                        {QStringLiteral("createdAt"), QStringLiteral("2025-01-01T00:00:00.000Z")}}});
        const QJsonObject where = dates.nextWhere();
        QVERIFY(where.contains(QLatin1String("$and"))); // the user's where is kept
        QVERIFY(QJsonDocument(where).toJson().contains("\"__type\": \"Date\""));
    }

    void pager_endsOnKnownTotalOrStall()
    {
        const auto row = [](const char *id) {
            return QJsonObject{{QStringLiteral("objectId"), QLatin1String(id)}};
        };
        // Objects asked for by id: once all of them came, no empty page is needed to prove the end.
        CursorPager byId({}, QStringLiteral("objectId"), false, false, 100);
        byId.setKnownTotal(3);
        QVERIFY(byId.advance(QJsonArray{row("a"), row("b")}));
        QVERIFY(!byId.advance(QJsonArray{row("c")}));
        QVERIFY(byId.atEnd() && !byId.stalled());
        // A server that answers the same page whatever the cursor would be read forever.
        CursorPager stuck({}, QStringLiteral("objectId"), false, false, 2);
        QVERIFY(stuck.advance(QJsonArray{row("a"), row("b")}));
        QVERIFY(!stuck.advance(QJsonArray{row("a"), row("b")}));
        QVERIFY(stuck.atEnd() && stuck.stalled());
    }

    void model_pagesAndPendingOperations()
    {
        RecordingNetwork net;
        net.respond = [](const RecordingNetwork::Sent &s) {
            RecordingNetwork::Canned c;
            if (QUrlQuery(s.request.url()).hasQueryItem(QStringLiteral("count"))) {
                c.body = QByteArrayLiteral("{\"results\":[],\"count\":2}");
                return c;
            }
            QJsonArray rows;
            if (!QJsonDocument(whereOf(s)).toJson().contains("$or")) // first page only
                rows = {
                    QJsonObject{{QStringLiteral("objectId"), QStringLiteral("a")},
                                {QStringLiteral("score"), 1},
                                {QStringLiteral("createdAt"), QStringLiteral("2025-01-01T00:00:00.000Z")}},
                    QJsonObject{{QStringLiteral("objectId"), QStringLiteral("b")},
                                {QStringLiteral("score"), 2},
                                {QStringLiteral("createdAt"), QStringLiteral("2025-01-01T00:00:00.000Z")}}};
            c.body =
                QJsonDocument(QJsonObject{{QStringLiteral("results"), rows}}).toJson(QJsonDocument::Compact);
            return c;
        };
        ServerProfile p;
        p.name = QStringLiteral("t");
        p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:1/parse"));
        p.applicationId = QStringLiteral("app");
        ParseClient client(p, &net);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client, nullptr);
        model.setClass(QStringLiteral("Thing"), schema());
        QCOMPARE(model.fields().first(), QStringLiteral("objectId"));
        QVERIFY(!model.sortBy(QStringLiteral("tags"), false)); // arrays can't be paged by cursor
        // The model tester may have asked for the first page already.
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2);
        QTRY_COMPARE(model.count().value_or(-1), qint64(2));

        const int score = int(model.fields().indexOf(QStringLiteral("score")));
        const int name = int(model.fields().indexOf(QStringLiteral("name")));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x"))); // objectId is the server's
        QVERIFY(model.setData(model.index(0, score), QStringLiteral("5")));
        QVERIFY(model.setData(model.index(0, name), QStringLiteral("42"))); // a String field keeps text
        model.applyOperation(model.index(1, score), {{QStringLiteral("__op"), QStringLiteral("Increment")},
                                                     {QStringLiteral("amount"), 1}});
        QVERIFY(model.setData(model.index(1, name), QStringLiteral("x")));
        QVERIFY(model.setData(model.index(1, name), QJsonValue().toVariant())); // back to unset: not pending
        const QList<ParseRequest> ops = model.pendingRequests();
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops.at(0).method, ParseRequest::Method::Put);
        QCOMPARE(ops.at(0).path, QStringLiteral("/classes/Thing/a"));
        QCOMPARE(ops.at(0).body.toObject(),
                 (QJsonObject{{QStringLiteral("score"), 5}, {QStringLiteral("name"), QStringLiteral("42")}}));
        QCOMPARE(ops.at(1)
                     .body.toObject()
                     .value(QLatin1String("score"))
                     .toObject()
                     .value(QLatin1String("__op"))
                     .toString(),
                 QStringLiteral("Increment"));
        model.discard();
        QCOMPARE(model.pendingCount(), 0);
    }

    void model_cellsKeepExactValuesAndCountFollowsFirstPage()
    {
        RecordingNetwork net;
        QStringList order; // what was asked, in order: "find" or "count"
        net.respond = [&order](const RecordingNetwork::Sent &s) {
            RecordingNetwork::Canned c;
            if (QUrlQuery(s.request.url()).hasQueryItem(QStringLiteral("count"))) {
                order.append(QStringLiteral("count"));
                c.body = QByteArrayLiteral("{\"results\":[],\"count\":1}");
                return c;
            }
            order.append(QStringLiteral("find"));
            // One object: the page after it is empty (a short page is not the end).
            if (order.count(QStringLiteral("find")) > 1) {
                c.body = QByteArrayLiteral("{\"results\":[]}");
                return c;
            }
            // Beyond 2^53: a double would make this ...992.
            c.body = QByteArrayLiteral("{\"results\":[{\"objectId\":\"a\",\"score\":9007199254740993,"
                                       "\"name\":\"Z\\u00fcrich\"}]}");
            return c;
        };
        ServerProfile p;
        p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:1/parse"));
        p.applicationId = QStringLiteral("app");
        ParseClient client(p, &net);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client, nullptr);
        model.setClass(QStringLiteral("Thing"), schema());
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 1);
        QTRY_VERIFY(model.count().has_value());
        QCOMPARE(order.mid(0, 2), (QStringList{QStringLiteral("find"), QStringLiteral("count")}));
        const int score = int(model.fields().indexOf(QStringLiteral("score")));
        const int name = int(model.fields().indexOf(QStringLiteral("name")));
        QCOMPARE(model.index(0, score).data(ObjectTableModel::ValueRole).toJsonValue().toInteger(),
                 Q_INT64_C(9007199254740993));
        QCOMPARE(model.index(0, score).data(ObjectTableModel::JsonRole).toString(),
                 QStringLiteral("9007199254740993"));
        QCOMPARE(model.index(0, name).data().toString(), QStringLiteral("Zürich"));
        QVERIFY(model.index(0, model.fields().indexOf(QStringLiteral("tags")))
                    .data(ObjectTableModel::ValueRole)
                    .toJsonValue()
                    .isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestObjectTableModel)
#include "TestObjectTableModel.moc"
