// Against a server whose rateLimit allows 10 Cloud Code calls per 3 s, counting batch sub-requests:
// a job under a matching budget never sees "too many requests"; the same job without it is refused and
// every operation says so.
#include "LocalParseServer.h"
#include "core/batch/BatchRunner.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestBudget.h"

#include <QNetworkAccessManager>
#include <QTest>

class TestBudgetLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QList<ParseRequest> echoes(int n)
    {
        QList<ParseRequest> ops;
        for (int i = 0; i < n; ++i)
            ops << ParseRequest::callFunction(QStringLiteral("echo"), {{QStringLiteral("i"), i}});
        return ops;
    }

    // Runs the job; returns how many HTTP replies said "too many requests".
    int run(ParseClient &client, const QList<ParseRequest> &ops, QList<ParseResult> *results)
    {
        int refused = 0;
        connect(&client, &ParseClient::requestFinished, this, [&refused](const ParseResult &r) {
            refused += r.httpStatus == 429 || (r.httpStatus == 400 && r.error.code == 100);
        });
        BatchRunner runner(&client);
        runner.setBatchSize(5);
        runner.setMaxInFlight(1);
        runner.run(ops, false);
        if (!QTest::qWaitFor([&] { return !runner.isRunning(); }, 60000))
            return -1;
        *results = runner.results();
        return refused;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = LocalParseServer::missingReason("LOCKED");
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        QTest::qWait(3100); // a fresh rate-limit window
    }

    void withBudget_noTooManyRequests()
    {
        ServerProfile p = LocalParseServer::profile("LOCKED");
        p.masterKey.clear();
        p.budget = QStringLiteral("10/3s/ops");
        ParseClient client(p, &m_network);
        QList<ParseResult> results;
        QCOMPARE(run(client, echoes(25), &results), 0);
        for (const ParseResult &r : results)
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QVERIFY(client.budget()->meterText().contains(QStringLiteral("25 operations in 5 requests")));
        QTest::qWait(3100);
    }

    void withoutBudget_refusedAndReportedPerOperation()
    {
        ServerProfile p = LocalParseServer::profile("LOCKED");
        p.masterKey.clear();
        ParseClient client(p, &m_network);
        QList<ParseResult> results;
        const int refused = run(client, echoes(25), &results);
        QVERIFY(refused > 0);
        int failed = 0;
        for (const ParseResult &r : results) {
            if (!r.ok()) {
                ++failed;
                QCOMPARE(r.error.code, 100);
                QVERIFY(r.error.message.contains(QStringLiteral("Too many requests")));
                QVERIFY(!r.error.outcomeUnknown); // refused before anything ran
            }
        }
        QVERIFY(failed > 0);
    }
};

QTEST_GUILESS_MAIN(TestBudgetLive)
#include "TestBudgetLive.moc"
