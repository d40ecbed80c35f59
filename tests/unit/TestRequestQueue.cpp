// RequestQueue, BatchCall and BatchRunner through the QNAM seam: order, flushing, chunking, and every
// failure answered exactly once. The real server's behaviour is covered in tests/integration.
#include "OfflineProfile.h"
#include "RecordingNetwork.h"
#include "core/batch/BatchDocument.h"
#include "core/batch/BatchRunner.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
ServerProfile profile(int batchSize = 3)
{
    ServerProfile p = offlineProfile();
    p.batchSize = batchSize;
    return p;
}

QJsonArray batchItems(const RecordingNetwork::Sent &s)
{
    return QJsonDocument::fromJson(s.body).object().value(QLatin1String("requests")).toArray();
}

// Echoes each sub-request's body back as its success, or fails the ones whose body has "fail".
RecordingNetwork::Canned echoBatch(const RecordingNetwork::Sent &s)
{
    RecordingNetwork::Canned c;
    QJsonArray out;
    for (const QJsonValue &item : batchItems(s)) {
        const QJsonObject body = item.toObject().value(QLatin1String("body")).toObject();
        if (body.contains(QLatin1String("fail")))
            out.append(QJsonObject{
                {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), 137},
                                                      {QStringLiteral("error"), QStringLiteral("dup")}}}});
        else
            out.append(QJsonObject{{QStringLiteral("success"), body}});
    }
    c.body = QJsonDocument(out).toJson(QJsonDocument::Compact);
    return c;
}

ParseRequest create(int n, bool fail = false)
{
    QJsonObject body{{QStringLiteral("n"), n}};
    if (fail)
        body.insert(QStringLiteral("fail"), true);
    return ParseRequest::createObject(QStringLiteral("Room"), body);
}

struct Collector
{
    QList<int> order; // "n" of each completed request, in completion order
    QMap<int, ParseResult> results;
    QMap<int, int> completions; // per n: must end at exactly 1

    void watch(QueuedReply *reply, int n, QObject *context)
    {
        QObject::connect(reply, &QueuedReply::finished, context,
                         [this, n](const ParseResult &r, const QDateTime &) {
                             order.append(n);
                             results.insert(n, r);
                             ++completions[n];
                         });
    }
};
} // namespace

class TestRequestQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queue_fifoAcrossEnqueuersAndFlushBySize()
    {
        RecordingNetwork net;
        net.respond = echoBatch;
        ParseClient client(profile(3), &net);
        RequestQueue queue(&client);
        queue.setMaxInFlight(1);
        Collector c;
        // Two "panels" interleave their requests; the queue keeps the global order.
        QObject panelA, panelB;
        for (int n = 0; n < 7; ++n)
            c.watch(queue.enqueue(create(n)), n, n % 2 ? &panelA : &panelB);
        QCOMPARE(queue.pendingCount(), 4); // 3 left at once as a full batch, the next 3 wait for a free slot
        QTRY_COMPARE(c.order.size(), 6);
        QCOMPARE(queue.pendingCount(), 1); // not a full batch: it waits for the timer
        queue.flushNow();
        QTRY_COMPARE(c.order.size(), 7);
        QCOMPARE(c.order, (QList<int>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(net.sent.size(), 3);
        QCOMPARE(batchItems(net.sent.at(0)).size(), 3);
        QCOMPARE(batchItems(net.sent.at(0)).first().toObject().value(QLatin1String("path")).toString(),
                 QStringLiteral("/parse/classes/Room"));
        // A single request goes alone, not as a batch of one.
        QCOMPARE(net.sent.at(2).request.url().path(), QStringLiteral("/parse/classes/Room"));
        for (int n = 0; n < 7; ++n)
            QCOMPARE(c.completions.value(n), 1);
    }

    void queue_flushByTimerAndEmptySendsNothing()
    {
        RecordingNetwork net;
        net.respond = echoBatch;
        ParseClient client(profile(50), &net);
        RequestQueue queue(&client);
        queue.setFlushIntervalMs(50);
        QTest::qWait(120);
        QVERIFY(net.sent.isEmpty());
        Collector c;
        c.watch(queue.enqueue(create(1)), 1, this);
        c.watch(queue.enqueue(create(2)), 2, this);
        QVERIFY(net.sent.isEmpty());
        QTRY_COMPARE(c.order.size(), 2);
        QCOMPARE(net.sent.size(), 1);
        QCOMPARE(batchItems(net.sent.first()).size(), 2);
        QVERIFY(queue.lastFlush().isValid());
    }

    void queue_everyFailureAnsweredOnce_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("networkError");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("outcomeUnknown");
        using K = ParseError::Kind;
        QTest::newRow("transport") << 0 << QByteArray() << true << int(K::Transport) << false;
        QTest::newRow("http 500") << 500 << QByteArray(R"({"code":1,"message":"boom"})") << false
                                  << int(K::Parse) << true;
        QTest::newRow("http 400 whole batch")
            << 400 << QByteArray(R"({"code":107,"error":"cannot route"})") << false << int(K::Parse) << false;
        QTest::newRow("not json") << 200 << QByteArray("<html>proxy</html>") << false << int(K::Decode)
                                  << true;
        QTest::newRow("wrong item count")
            << 200 << QByteArray(R"([{"success":{}}])") << false << int(K::Decode) << true;
        QTest::newRow("proxy 502") << 502 << QByteArray("Bad Gateway") << false << int(K::Http) << true;
    }
    void queue_everyFailureAnsweredOnce()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, networkError);
        QFETCH(int, kind);
        QFETCH(bool, outcomeUnknown);
        RecordingNetwork net;
        net.next.status = status;
        net.next.body = body;
        net.next.networkError = networkError;
        ParseClient client(profile(3), &net);
        RequestQueue queue(&client);
        Collector c;
        for (int n = 0; n < 3; ++n)
            c.watch(queue.enqueue(create(n)), n, this);
        QTRY_COMPARE(c.order.size(), 3);
        QTest::qWait(20);
        for (int n = 0; n < 3; ++n) {
            QCOMPARE(c.completions.value(n), 1);
            const ParseError &e = c.results.value(n).error;
            QCOMPARE(int(e.kind), kind);
            QCOMPARE(e.outcomeUnknown, outcomeUnknown);
        }
        QCOMPARE(net.sent.size(), 1); // writes are never retried on their own
    }

    void queue_closedWithPendingRequests_answersThem()
    {
        RecordingNetwork net;
        ParseClient client(profile(50), &net);
        Collector c;
        {
            RequestQueue queue(&client);
            c.watch(queue.enqueue(create(1)), 1, this);
        }
        QCOMPARE(c.completions.value(1), 1);
        QCOMPARE(c.results.value(1).error.kind, ParseError::Kind::Cancelled);
        QVERIFY(net.sent.isEmpty());
    }

    void batchCall_splitsWhenTheServerNamesALimit()
    {
        RecordingNetwork net;
        net.respond = [](const RecordingNetwork::Sent &s) {
            if (batchItems(s).size() > 2) {
                RecordingNetwork::Canned c;
                c.status = 400;
                c.body = QByteArrayLiteral(
                    R"({"code":107,"error":"Batch request contains 5 sub-requests, which exceeds the limit of 2."})");
                return c;
            }
            return echoBatch(s);
        };
        ParseClient client(profile(5), &net);
        BatchRunner runner(&client);
        runner.setBatchSize(5);
        QList<ParseRequest> ops;
        for (int n = 0; n < 5; ++n)
            ops.append(create(n, n == 3));
        QList<int> seen;
        connect(&runner, &BatchRunner::operationFinished, this,
                [&seen](int i, const ParseResult &) { seen << i; });
        runner.run(ops, false);
        QTRY_VERIFY(!runner.isRunning());
        QCOMPARE(seen.size(), 5);
        QCOMPARE(runner.batchSize(), 2);
        QCOMPARE(net.sent.size(), 4); // the refused 5, then 2 + 2 + 1
        for (int n = 0; n < 5; ++n) {
            const ParseResult &r = runner.results().at(n);
            QCOMPARE(r.ok(), n != 3);
            if (r.ok())
                QCOMPARE(r.json.toObject().value(QLatin1String("n")).toInt(), n);
        }
        QCOMPARE(runner.results().at(3).error.code, 137);
    }

    void runner_chunksAndCancel()
    {
        RecordingNetwork net;
        net.respond = echoBatch;
        ParseClient client(profile(), &net);
        BatchRunner runner(&client);
        runner.setBatchSize(10);
        QList<ParseRequest> ops;
        for (int n = 0; n < 100; ++n)
            ops.append(create(n));
        bool cancelled = false;
        connect(&runner, &BatchRunner::finished, this, [&cancelled](bool c) { cancelled = c; });
        runner.run(ops, false);
        // The first chunk goes alone (its round trip is the base); the rest wait.
        QCOMPARE(net.sent.size(), 1);
        runner.cancel();
        QTRY_VERIFY(!runner.isRunning());
        QVERIFY(cancelled);
        QCOMPARE(net.sent.size(), 1); // nothing further was sent
        int ok = 0, notSent = 0;
        for (const ParseResult &r : runner.results()) {
            ok += r.ok();
            notSent += r.error.kind == ParseError::Kind::Cancelled;
        }
        QCOMPARE(ok, 10);
        QCOMPARE(notSent, 90);
    }

    void runner_nextWindow_data()
    {
        QTest::addColumn<int>("window");
        QTest::addColumn<double>("baseRttMs");
        QTest::addColumn<double>("rttMs");
        QTest::addColumn<int>("expected");
        // Chunks waiting at the server: window x (1 - base / rtt).
        QTest::newRow("first round: nothing known") << 2 << 0.0 << 50.0 << 2;
        QTest::newRow("remote: trips as fast as ever, grow") << 2 << 60.0 << 62.0 << 3;
        QTest::newRow("grows up to Qt's 6 connections") << 6 << 60.0 << 60.0 << 6;
        QTest::newRow("one chunk waiting: keep") << 2 << 25.0 << 50.0 << 2;
        QTest::newRow("local and busy: two waiting of three, shrink") << 3 << 25.0 << 75.0 << 2;
        QTest::newRow("never below one") << 1 << 10.0 << 1000.0 << 1;
    }
    void runner_nextWindow()
    {
        QFETCH(int, window);
        QFETCH(double, baseRttMs);
        QFETCH(double, rttMs);
        QFETCH(int, expected);
        QCOMPARE(BatchRunner::nextWindow(window, baseRttMs, rttMs, 6), expected);
    }

    void runner_transactionIsOneBatchAndSaysRolledBack()
    {
        RecordingNetwork net;
        net.next.status = 500;
        net.next.body = R"({"code":1,"message":"Internal server error."})";
        ParseClient client(profile(), &net);
        BatchRunner runner(&client);
        runner.setBatchSize(2);
        runner.run({create(1), create(2), create(3)}, true);
        QTRY_VERIFY(!runner.isRunning());
        QCOMPARE(net.sent.size(), 1);
        QVERIFY(QJsonDocument::fromJson(net.sent.first().body)
                    .object()
                    .value(QLatin1String("transaction"))
                    .toBool());
        for (const ParseResult &r : runner.results())
            QVERIFY2(r.error.describe().contains(QStringLiteral("Rolled back")),
                     qPrintable(r.error.describe()));
    }

    void paths_getTheMountOnce_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("without mount") << "/classes/Room"
                                       << "/parse/classes/Room";
        QTest::newRow("with mount") << "/parse/classes/Room"
                                    << "/parse/classes/Room";
        QTest::newRow("users") << "/users"
                               << "/parse/users";
        QTest::newRow("functions") << "/functions/echo"
                                   << "/parse/functions/echo";
        QTest::newRow("a class named parse") << "/parseX/classes/A"
                                             << "/parse/parseX/classes/A";
    }
    void paths_getTheMountOnce()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(ParseRequest::withMount(path, QStringLiteral("/parse")), expected);
    }

    void document_roundTripAndErrors()
    {
        const QByteArray text =
            R"({"requests":[{"method":"POST","path":"/classes/A","body":{"x":1},"note":"kept"},
            {"method":"GET","path":"/parse/classes/A","body":{"where":{"x":{"$gt":0}},"limit":2,"count":1}}],
            "transaction":true,"comment":"also kept"})";
        QString error;
        const std::optional<BatchDocument> doc = BatchDocument::fromJson(text, &error);
        QVERIFY2(doc.has_value(), qPrintable(error));
        QVERIFY(doc->transaction);
        QCOMPARE(doc->operations.size(), 2);
        QVERIFY(doc->validate().isEmpty());
        const std::optional<BatchDocument> again = BatchDocument::fromJson(doc->toJson(), &error);
        QVERIFY(again.has_value());
        QCOMPARE(*again, *doc);
        QCOMPARE(QJsonDocument::fromJson(doc->toJson()), QJsonDocument::fromJson(text));

        const QList<ParseRequest> requests = doc->toRequests(QStringLiteral("/parse"));
        QCOMPARE(requests.at(1).path, QStringLiteral("/classes/A"));
        const QJsonObject item = requests.at(1).batchItem(QStringLiteral("/parse"));
        QCOMPARE(
            item.value(QLatin1String("body")).toObject(),
            doc->operations.at(1).body.toObject()); // the GET body survives the trip through the URL form

        QVERIFY(!BatchDocument::fromJson("{\"requests\":[\n{\"method\":}]}", &error));
        QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
        QVERIFY(!BatchDocument::fromJson(R"({"ops":[]})", &error));
        QVERIFY(error.contains(QStringLiteral("requests")));
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "TestRequestQueue.moc"
