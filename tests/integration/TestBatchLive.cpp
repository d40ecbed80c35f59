// Batches against the real servers: per-operation outcomes, chunking, transactions, a server batch limit.
#include "FaultProxy.h"
#include "LocalParseServer.h"
#include "core/batch/BatchDocument.h"
#include "core/batch/BatchRunner.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>

class TestBatchLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    // Runs the operations on `runner` to the end; false when that takes over a minute.
    static bool runToEnd(BatchRunner &runner, const QList<ParseRequest> &ops, bool transaction = false)
    {
        runner.run(ops, transaction);
        return QTest::qWaitFor([&] { return !runner.isRunning(); }, 60000);
    }

    QList<ParseResult> run(ParseClient *client, const QList<ParseRequest> &ops, bool transaction = false,
                           int batchSize = 50)
    {
        BatchRunner runner(client);
        runner.setBatchSize(batchSize);
        return runToEnd(runner, ops, transaction) ? runner.results() : QList<ParseResult>();
    }

    // Calls of the test servers' "echo" Cloud function, each with its index as the parameter i.
    static QList<ParseRequest> echoes(int n)
    {
        QList<ParseRequest> ops;
        for (int i = 0; i < n; ++i)
            ops << ParseRequest::callFunction(QStringLiteral("echo"), {{QStringLiteral("i"), i}});
        return ops;
    }

    static QString unique(const QString &prefix)
    {
        return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_LOCAL_PARSE_SERVER(); }

    void users_createdTwice_successThen202()
    {
        ParseClient client(LocalParseServer::profile(), &m_network);
        const QString name = unique(QStringLiteral("u"));
        const QJsonObject user{{QStringLiteral("username"), name},
                               {QStringLiteral("password"), QStringLiteral("pw")}};
        ParseRequest create;
        create.method = ParseRequest::Method::Post;
        create.path = QStringLiteral("/users");
        create.body = user;
        QList<ParseResult> r = run(&client, {create});
        QCOMPARE(r.size(), 1);
        QVERIFY2(r.first().ok(), qPrintable(r.first().error.describe()));
        r = run(&client, {create});
        QCOMPARE(r.first().error.code, int(ParseError::UsernameTaken));
    }

    void putDeleteAndQueries_byObjectId()
    {
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true;
        ParseClient client(p, &m_network);
        const QString tag = unique(QStringLiteral("t"));
        QList<ParseRequest> creates;
        for (int i = 0; i < 3; ++i)
            creates << ParseRequest::createObject(QStringLiteral("Room"),
                                                  {{QStringLiteral("roomName"), tag + QString::number(i)},
                                                   {QStringLiteral("creatorUsername"), tag},
                                                   {QStringLiteral("visits"), i * 10}});
        const QList<ParseResult> made = run(&client, creates);
        QCOMPARE(made.size(), 3);
        QStringList ids;
        for (const ParseResult &r : made) {
            QVERIFY(r.ok());
            ids << r.json.toObject().value(QLatin1String("objectId")).toString();
        }

        QueryOptions orQuery;
        orQuery.where =
            QJsonObject{{QStringLiteral("$or"), QJsonArray{QJsonObject{{QStringLiteral("visits"), 0}},
                                                           QJsonObject{{QStringLiteral("visits"), 20}}}},
                        {QStringLiteral("creatorUsername"), tag}};
        orQuery.count = true;
        QueryOptions andQuery;
        andQuery.where = QJsonObject{
            {QStringLiteral("$and"),
             QJsonArray{QJsonObject{{QStringLiteral("visits"), QJsonObject{{QStringLiteral("$gte"), 10}}}},
                        QJsonObject{{QStringLiteral("creatorUsername"), tag}}}}};
        const QList<ParseResult> r = run(
            &client,
            {ParseRequest::updateObject(QStringLiteral("Room"), ids.at(0), {{QStringLiteral("visits"), 99}}),
             ParseRequest::deleteObject(QStringLiteral("Room"), ids.at(1)),
             ParseRequest::find(QStringLiteral("Room"), orQuery),
             ParseRequest::find(QStringLiteral("Room"), andQuery),
             ParseRequest::deleteObject(QStringLiteral("Room"), QStringLiteral("nope0000"))});
        QCOMPARE(r.size(), 5);
        QVERIFY(r.at(0).ok());
        QVERIFY(r.at(0).json.toObject().contains(QLatin1String("updatedAt")));
        QVERIFY(r.at(1).ok());
        // Sub-requests of one batch run concurrently, so the queries may see the writes or not:
        // assert only what doesn't depend on that.
        QVERIFY(r.at(2).ok());
        QVERIFY(r.at(2).json.toObject().contains(QLatin1String("count")));
        QVERIFY(r.at(3).ok());
        QCOMPARE(r.at(4).error.code, int(ParseError::ObjectNotFound));

        QueryOptions after;
        after.where = QJsonObject{{QStringLiteral("creatorUsername"), tag}};
        after.count = true;
        const QList<ParseResult> check = run(&client, {ParseRequest::find(QStringLiteral("Room"), after)});
        QCOMPARE(check.first().json.toObject().value(QLatin1String("count")).toInt(), 2);
    }

    void largeBatch_120OperationsInChunks()
    {
        ParseClient client(LocalParseServer::profile(), &m_network);
        const QString tag = unique(QStringLiteral("big"));
        QList<ParseRequest> ops;
        for (int i = 0; i < 120; ++i)
            ops << ParseRequest::createObject(QStringLiteral("Room"),
                                              {{QStringLiteral("roomName"), QStringLiteral("r%1").arg(i)},
                                               {QStringLiteral("creatorUsername"), tag},
                                               {QStringLiteral("visits"), i}});
        const QList<ParseResult> r = run(&client, ops, false, 50);
        QCOMPARE(r.size(), 120);
        for (const ParseResult &x : r)
            QVERIFY2(x.ok(), qPrintable(x.error.describe()));
        QueryOptions q;
        q.where = QJsonObject{{QStringLiteral("creatorUsername"), tag}};
        q.count = true;
        q.limit = 0;
        QCOMPARE(run(&client, {ParseRequest::find(QStringLiteral("Room"), q)})
                     .first()
                     .json.toObject()
                     .value(QLatin1String("count"))
                     .toInt(),
                 120);
    }

    void transaction_failureRollsBackEverything()
    {
        ParseClient client(LocalParseServer::profile(), &m_network);
        const QString tag = unique(QStringLiteral("tx"));
        const QList<ParseResult> r =
            run(&client,
                {ParseRequest::createObject(QStringLiteral("Room"), {{QStringLiteral("creatorUsername"), tag},
                                                                     {QStringLiteral("visits"), 1}}),
                 ParseRequest::createObject(QStringLiteral("Room"), {{QStringLiteral("creatorUsername"), tag},
                                                                     {QStringLiteral("visits"), -1}})},
                true);
        QCOMPARE(r.size(), 2);
        for (const ParseResult &x : r) {
            QVERIFY(!x.ok());
            QVERIFY2(x.error.describe().contains(QStringLiteral("Rolled back")),
                     qPrintable(x.error.describe()));
        }
        QueryOptions q;
        q.where = QJsonObject{{QStringLiteral("creatorUsername"), tag}};
        q.count = true;
        QCOMPARE(run(&client, {ParseRequest::find(QStringLiteral("Room"), q)})
                     .first()
                     .json.toObject()
                     .value(QLatin1String("count"))
                     .toInt(),
                 0);
    }

    void largeBody_sentDeflated_readsBackExactly()
    {
        // 200 creates of ~400 bytes: a body far over ParseClient::kDeflateAboveBytes, so it goes deflated
        // and the server inflates it.
        ParseClient client(LocalParseServer::profile(), &m_network);
        const QString tag = unique(QStringLiteral("deflate"));
        const QString text = QStringLiteral("Zürich 日本 😀 ").repeated(20);
        QList<ParseRequest> ops;
        for (int i = 0; i < 200; ++i)
            ops << ParseRequest::createObject(QStringLiteral("Room"),
                                              {{QStringLiteral("roomName"), text},
                                               {QStringLiteral("creatorUsername"), tag},
                                               {QStringLiteral("visits"), i}});
        qsizetype bodies = 0;
        for (const ParseRequest &op : std::as_const(ops))
            bodies += op.encodedBody().size();
        QVERIFY(bodies > 4 * ParseClient::kDeflateAboveBytes);
        const QList<ParseResult> r = run(&client, ops, false, 200);
        QCOMPARE(r.size(), 200);
        for (const ParseResult &x : r)
            QVERIFY2(x.ok(), qPrintable(x.error.describe()));
        QueryOptions q;
        q.where = QJsonObject{{QStringLiteral("creatorUsername"), tag}};
        q.limit = 1000;
        const QJsonArray rows = run(&client, {ParseRequest::find(QStringLiteral("Room"), q)})
                                    .first()
                                    .json.toObject()
                                    .value(QLatin1String("results"))
                                    .toArray();
        QCOMPARE(rows.size(), 200);
        for (const QJsonValue &row : rows)
            QCOMPARE(row[QLatin1String("roomName")].toString(), text);
    }

    void window_growsWhenRoundTripsDominate()
    {
        // 40 ms added to every request: more batches in flight hide it, and the window grows from the one
        // batch it starts with past two. (Against the bare local server it may stay small: the server is
        // the limit.)
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setFault(FaultProxy::Fault::Delay);
        proxy.setDelayMs(40);
        ServerProfile profile = LocalParseServer::profile();
        profile.serverUrl = proxy.url();
        ParseClient client(profile, &m_network);
        BatchRunner runner(&client);
        runner.setBatchSize(5);
        QVERIFY(runToEnd(runner, echoes(200)));
        for (const ParseResult &r : runner.results())
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QVERIFY2(runner.peakInFlight() > 2, qPrintable(QString::number(runner.peakInFlight())));
    }

    // The ODD server sets requestComplexity.batchRequestLimit = 5 (the master key is exempt, so REST key
    // only).
    void serverBatchLimit_splitAndResent()
    {
        const QString missing = LocalParseServer::missingReason("ODD");
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        ParseClient client(LocalParseServer::profile("ODD"), &m_network);
        BatchRunner runner(&client);
        runner.setBatchSize(50);
        QVERIFY(runToEnd(runner, echoes(12)));
        QCOMPARE(runner.batchSize(), 5);
        for (int i = 0; i < 12; ++i) {
            const ParseResult &r = runner.results().at(i);
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
            QCOMPARE(
                r.json.toObject().value(QLatin1String("result")).toObject().value(QLatin1String("i")).toInt(),
                i);
        }
    }

    void queue_groupsRequestsIntoBatchesOnTheRealServer()
    {
        ParseClient client(LocalParseServer::profile(), &m_network);
        int httpRequests = 0;
        connect(&client, &ParseClient::requestFinished, this, [&httpRequests] { ++httpRequests; });
        RequestQueue queue(&client);
        queue.setBatchSize(4);
        QList<int> order;
        for (int i = 0; i < 10; ++i) {
            connect(
                queue.enqueue(ParseRequest::callFunction(QStringLiteral("echo"), {{QStringLiteral("i"), i}})),
                &QueuedReply::finished, this, [&order](const ParseResult &r, const QDateTime &) {
                    order << r.json.toObject()
                                 .value(QLatin1String("result"))
                                 .toObject()
                                 .value(QLatin1String("i"))
                                 .toInt();
                });
        }
        queue.flushNow();
        QVERIFY(QTest::qWaitFor([&] { return order.size() == 10; }, 30000));
        QCOMPARE(httpRequests, 3); // 4 + 4 + 2
        QList<int> sorted = order;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }
};

QTEST_GUILESS_MAIN(TestBatchLive)
#include "TestBatchLive.moc"
