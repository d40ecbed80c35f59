// Faults between the client and the real server (FaultProxy), on four paths: a single read, a queued batch
// of writes, paged browsing and a live listing. Every request is answered exactly once with a specific
// error, nothing queued is lost, reads recover by retrying, writes are never retried blindly, and the
// paths work again once the fault is gone.
#include "Await.h"
#include "FaultProxy.h"
#include "LocalParseServer.h"
#include "core/models/LiveListModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Fault = FaultProxy::Fault;
Q_DECLARE_METATYPE(FaultProxy::Fault)

class TestFaultsLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static ServerProfile through(const FaultProxy &proxy)
    {
        ServerProfile p = LocalParseServer::profile();
        p.serverUrl = proxy.url();
        p.timeoutMs = 1000;
        return p;
    }

    static void faults()
    {
        QTest::addColumn<Fault>("fault");
        QTest::newRow("drop mid-reply") << Fault::DropMidReply;
        QTest::newRow("delay past the timeout") << Fault::Delay;
        QTest::newRow("500") << Fault::Http500;
        QTest::newRow("502") << Fault::Http502;
        QTest::newRow("429 with Retry-After") << Fault::Http429;
        QTest::newRow("truncated body") << Fault::Truncated;
        QTest::newRow("not JSON") << Fault::NotJson;
    }
    // Faults a read survives by being sent again; a 500 is the server's final word.
    static bool readRecovers(Fault f) { return f != Fault::Http500; }

private Q_SLOTS:
    void initTestCase() { REQUIRE_LOCAL_PARSE_SERVER(); }

    void singleRead_data() { faults(); }
    void singleRead()
    {
        QFETCH(Fault, fault);
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setDelayMs(2500);
        proxy.setFault(fault, 1);
        ParseClient client(through(proxy), &m_network);
        QueryOptions q;
        q.limit = 3;
        int answers = 0;
        ParseReply *reply = client.send(ParseRequest::find(QStringLiteral("Room"), q));
        connect(reply, &ParseReply::finished, this, [&answers] { ++answers; });
        const ParseResult r = await(reply, 15000);
        QTest::qWait(50);
        QCOMPARE(answers, 1);
        QCOMPARE(r.ok(), readRecovers(fault));
        if (r.ok()) {
            QCOMPARE(r.attempt, 1);
        } else {
            QVERIFY(!r.error.describe().isEmpty());
            QCOMPARE(r.error.kind, ParseError::Kind::Parse);
            QCOMPARE(r.error.code, 1);
        }
        // The fault is over: the same request works.
        QVERIFY(await(client.send(ParseRequest::find(QStringLiteral("Room"), q))).ok());
    }

    void queuedBatchOfWrites_data() { faults(); }
    void queuedBatchOfWrites()
    {
        QFETCH(Fault, fault);
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setDelayMs(2500);
        proxy.setFault(fault, 1);
        ParseClient client(through(proxy), &m_network);
        RequestQueue queue(&client);
        queue.setBatchSize(3);
        QList<ParseResult> results;
        for (int i = 0; i < 3; ++i)
            connect(queue.enqueue(ParseRequest::createObject(
                        QStringLiteral("Room"), {{QStringLiteral("creatorUsername"), QStringLiteral("fault")},
                                                 {QStringLiteral("visits"), i}})),
                    &QueuedReply::finished, this,
                    [&results](const ParseResult &r, const QDateTime &) { results << r; });
        QVERIFY(QTest::qWaitFor([&] { return results.size() == 3; }, 15000));
        QTest::qWait(50);
        QCOMPARE(results.size(), 3);
        for (const ParseResult &r : results) {
            if (fault == Fault::Http429) {
                // Refused before anything ran: resent after Retry-After, and it went through.
                QVERIFY2(r.ok(), qPrintable(r.error.describe()));
                continue;
            }
            QVERIFY(!r.ok());
            // The reply was lost or garbled after the server may have run the batch: never resent blindly.
            QVERIFY2(r.error.outcomeUnknown, qPrintable(r.error.describe()));
            QVERIFY(r.error.describe().contains(QStringLiteral("Outcome unknown")));
        }
        QCOMPARE(proxy.requestsSeen(), fault == Fault::Http429 ? 2 : 1);
    }

    void pagedBrowsing_data() { faults(); }
    void pagedBrowsing()
    {
        QFETCH(Fault, fault);
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setDelayMs(2500);
        ServerProfile p = through(proxy);
        p.useMasterKey = true;
        ParseClient client(p, &m_network);
        const ParseResult schema = await(client.send(ParseRequest::schema(QStringLiteral("Room"))));
        QVERIFY(schema.ok());
        ObjectTableModel model;
        model.setClient(&client, nullptr);
        model.setClass(QStringLiteral("Room"), schema.object());
        proxy.setFault(fault, 1); // the page meets the fault, not the count, which follows the first page
        model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 15000));
        if (readRecovers(fault)) {
            QVERIFY(model.rowCount() > 0);
            QVERIFY(model.errorText().isEmpty());
        } else {
            QCOMPARE(model.rowCount(), 0);
            QVERIFY(!model.errorText().isEmpty());
            model.reload(); // the user presses F5 once the fault is gone
            model.fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return model.rowCount() > 0; }, 15000));
        }
    }

    void liveListing_data() { faults(); }
    void liveListing()
    {
        QFETCH(Fault, fault);
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setDelayMs(2500);
        ParseClient client(through(proxy), &m_network);
        LiveListModel model;
        model.setColumns(LiveListModel::roomsPresetColumns());
        model.setClient(&client);
        model.setIntervalSeconds(1);
        QueryOptions q = LiveListModel::roomsPresetQuery();
        q.limit = 5;
        model.setQuery(QStringLiteral("Room"), q);
        QSignalSpy snapshot(&model, &LiveListModel::snapshot);
        model.start();
        QVERIFY(snapshot.wait(10000));
        QCOMPARE(model.rowCount(), 5);
        proxy.setFault(fault, 1);
        // The failed refresh keeps the rows and says why; the next one (sooner, with backoff) recovers.
        QVERIFY(QTest::qWaitFor([&] { return !model.errorText().isEmpty(); }, 10000));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(QTest::qWaitFor([&] { return model.errorText().isEmpty(); }, 10000));
        QCOMPARE(model.rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestFaultsLive)
#include "TestFaultsLive.moc"
