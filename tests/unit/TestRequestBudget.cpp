// The request budget with a fake clock, and the client's throttling and retry policy through the QNAM seam.
#include "Await.h"
#include "RecordingNetwork.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestBudget.h"

#include <QJsonArray>
#include <QTest>

class TestRequestBudget : public QObject
{
    Q_OBJECT

private:
    static ServerProfile profile(const QString &budget = {})
    {
        ServerProfile p;
        p.name = QStringLiteral("t");
        p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:1/parse"));
        p.applicationId = QStringLiteral("app");
        p.budget = budget;
        return p;
    }

private Q_SLOTS:
    void window_burstThenWaitForTheOldestToExpire()
    {
        qint64 now = 0;
        RequestBudget b(10, 1000, RequestBudget::Unit::Operations, [&now] { return now; });
        QVERIFY(b.tryTake(6));
        now = 400;
        QVERIFY(b.tryTake(4));
        QVERIFY(!b.tryTake(1));
        // Room again when the first spending (6 at t=0) leaves the window, plus the skew margin.
        QCOMPARE(b.msUntilAvailable(1), qint64(1000 + 150 - 400));
        QCOMPARE(b.remaining(), 0);
        now = 1150;
        QCOMPARE(b.remaining(), 6);
        QVERIFY(b.tryTake(5));
        QCOMPARE(b.totalOperations(), qint64(15));
        QCOMPARE(b.totalRequests(), qint64(3));
        QVERIFY(b.meterText().contains(QStringLiteral("15 operations in 3 requests")));
        // A batch bigger than the whole budget still goes, once the window is empty.
        now = 5000;
        QVERIFY(b.tryTake(50));

        RequestBudget perRequest(2, 1000, RequestBudget::Unit::Requests, [&now] { return now; });
        QVERIFY(perRequest.tryTake(50)); // one /batch is one request
        QVERIFY(perRequest.tryTake(50));
        QVERIFY(!perRequest.tryTake(1));
    }

    void window_neverMoreThanTheLimitInAnyWindow()
    {
        qint64 now = 0;
        RequestBudget b(10, 1000, RequestBudget::Unit::Operations, [&now] { return now; });
        QList<qint64> sent;
        for (now = 0; now < 10000; now += 7) {
            if (b.tryTake(1))
                sent << now;
        }
        for (int i = 0; i + 10 < sent.size(); ++i)
            QVERIFY(sent.at(i + 10) - sent.at(i) >= 1000);
        QVERIFY(sent.size() > 70); // and the budget is used, not wasted
    }

    void bucket_pauseEmptiesIt()
    {
        qint64 now = 0;
        RequestBudget b(10, 1000, RequestBudget::Unit::Requests, [&now] { return now; });
        b.pauseFor(3000);
        QCOMPARE(b.msUntilAvailable(1), qint64(3000));
        now = 3000;
        QVERIFY(b.tryTake(1));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("windowMs");
        QTest::addColumn<bool>("operations");
        QTest::newRow("per request") << "500/60s" << true << 60000 << false;
        QTest::newRow("per op") << "500/60s/ops" << true << 60000 << true;
        QTest::newRow("minutes") << "20/1m" << true << 60000 << false;
        QTest::newRow("no unit is seconds") << "5/2" << true << 2000 << false;
        QTest::newRow("garbage") << "lots" << false << 0 << false;
        QTest::newRow("zero") << "0/60s" << false << 0 << false;
        // The window in ms must fit an int: an overflowing one would turn the budget off.
        QTest::newRow("a day") << "1000000/24h" << true << 86400000 << false;
        QTest::newRow("over a day") << "10/25h" << false << 0 << false;
        QTest::newRow("window overflowing an int") << "10/3000000h" << false << 0 << false;
        QTest::newRow("over a million") << "1000001/60s" << false << 0 << false;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, windowMs);
        QFETCH(bool, operations);
        QString error;
        const auto b = RequestBudget::parse(text, &error);
        QCOMPARE(b.has_value(), valid);
        if (valid) {
            QCOMPARE(b->windowMs(), windowMs);
            QCOMPARE(b->unit() == RequestBudget::Unit::Operations, operations);
        } else {
            QVERIFY(error.contains(QStringLiteral("500/60s")));
        }
    }

    void client_waitsForTheBudget_interactiveFirst()
    {
        RecordingNetwork net;
        ParseClient client(profile(QStringLiteral("2/1s")), &net);
        QStringList order;
        const auto send = [&](const QString &name, ParseRequest::Priority priority) {
            ParseRequest r = ParseRequest::callFunction(name, {});
            r.priority = priority;
            connect(client.send(r), &ParseReply::finished, this, [&order, name] { order << name; });
        };
        send(QStringLiteral("a"), ParseRequest::Priority::Interactive);
        send(QStringLiteral("b"), ParseRequest::Priority::Interactive);
        send(QStringLiteral("bg"), ParseRequest::Priority::Background);
        send(QStringLiteral("c"), ParseRequest::Priority::Interactive);
        QCOMPARE(net.sent.size(), 2);
        QCOMPARE(client.heldCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 3000);
        QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                     QStringLiteral("bg")}));
    }

    void client_readsRetryHonouringRetryAfter_writesDoNot()
    {
        RecordingNetwork net;
        int calls = 0;
        net.respond = [&calls](const RecordingNetwork::Sent &) {
            RecordingNetwork::Canned c;
            if (calls++ == 0) {
                c.status = 429;
                c.body = QByteArrayLiteral("{\"code\":100,\"error\":\"Too many requests.\"}");
            }
            return c;
        };
        ParseClient client(profile(), &net);
        int logged = 0;
        connect(&client, &ParseClient::requestFinished, this, [&logged] { ++logged; });
        const ParseResult read = await(client.send(ParseRequest::find(QStringLiteral("Room"), {})));
        QVERIFY(read.ok());
        QCOMPARE(read.attempt, 1);
        QCOMPARE(logged, 2); // both exchanges are in the request log

        calls = 0;
        const ParseResult write = await(client.send(ParseRequest::createObject(QStringLiteral("Room"), {})));
        QCOMPARE(write.httpStatus, 429);
        QCOMPARE(write.error.code, 100);
        QCOMPARE(calls, 1);
    }

    void client_batchRefusedByTheRateLimiterIsResent()
    {
        RecordingNetwork net;
        int calls = 0;
        net.respond = [&calls](const RecordingNetwork::Sent &) {
            RecordingNetwork::Canned c;
            if (calls++ == 0) {
                c.status = 400;
                c.body = QByteArrayLiteral("{\"code\":100,\"error\":\"Too many requests.\"}");
            } else {
                c.body = QByteArrayLiteral("[{\"success\":{}}]");
            }
            return c;
        };
        ParseClient client(profile(), &net);
        const ParseResult r = await(client.send(
            ParseRequest::batch({QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                             {QStringLiteral("path"), QStringLiteral("/parse/classes/A")}}},
                                false)));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QCOMPARE(calls, 2);
    }

    void client_heldRequestCanBeCancelled()
    {
        RecordingNetwork net;
        ParseClient client(profile(QStringLiteral("1/60s")), &net);
        await(client.send(ParseRequest::health()));
        ParseReply *held = client.send(ParseRequest::health());
        QCOMPARE(client.heldCount(), 1);
        ParseResult r;
        connect(held, &ParseReply::finished, this, [&r](const ParseResult &x) { r = x; });
        held->abort();
        QCOMPARE(r.error.kind, ParseError::Kind::Cancelled);
        QCOMPARE(client.heldCount(), 0);
        QCOMPARE(net.sent.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "TestRequestBudget.moc"
