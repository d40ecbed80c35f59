// BatchSession against the real server, no widgets: what the batch composer and parsedesk-cli batch/import
// run on. Retry failed sends only the failures, a reply lost after the server applied a write is "outcome
// unknown" until Check on server settles it (never sent again on its own), re-run sends everything,
// cancel leaves the rest "not sent", and the report lists each operation's outcome.
#include "AdminClient.h"
#include "Await.h"
#include "FaultProxy.h"
#include "LocalParseServer.h"
#include "core/batch/BatchSession.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {
QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

BatchOperation create(const QString &cls, const QJsonObject &body)
{
    return {QStringLiteral("POST"), QStringLiteral("/classes/") + cls, body, {}};
}

BatchOperation update(const QString &cls, const QString &id, const QJsonObject &body)
{
    return {QStringLiteral("PUT"), QStringLiteral("/classes/%1/%2").arg(cls, id), body, {}};
}

BatchDocument documentOf(const QList<BatchOperation> &ops)
{
    BatchDocument doc;
    doc.operations = ops;
    return doc;
}

int count(ParseClient &admin, const QString &cls)
{
    const ParseResult r = await(admin.send(ParseRequest::count(cls, {})));
    return r.ok() ? r.object().value(QLatin1String("count")).toInt() : -1;
}

// Sends and waits for the run to end; false when nothing was sent.
bool run(BatchSession &session, const std::function<bool()> &start)
{
    QSignalSpy finished(&session, &BatchSession::runFinished);
    if (!start())
        return false;
    return finished.wait(20000);
}
} // namespace

class TestBatchSessionLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static ServerProfile withMaster(ServerProfile p)
    {
        p.useMasterKey = true;
        p.timeoutMs = 3000;
        return p;
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_LOCAL_PARSE_SERVER(); }

    void retryFailed_sendsOnlyTheFailures()
    {
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("Session")));
        ParseClient client(withMaster(LocalParseServer::profile()), &m_network);
        BatchSession session;
        session.setClient(&client);
        session.setDocument(
            documentOf({create(cls, {{QStringLiteral("n"), 1}}),
                        update(cls, QStringLiteral("missing0001"), {{QStringLiteral("n"), 2}}),
                        create(cls, {{QStringLiteral("n"), 3}})}));
        QVERIFY(run(session, [&] { return session.sendAll(); }));
        BatchSession::Summary s = session.summary();
        QCOMPARE(s.success, 2);
        QCOMPARE(s.error, 1);
        QCOMPARE(session.result(1).code, 101); // the server's own code
        QCOMPARE(session.failedRows(false), QList<int>{1});

        // Fixed in place, the failure stays one (marked edited) so that retrying finds it.
        QVERIFY(session.setOperation(1, create(cls, {{QStringLiteral("n"), 2}})));
        QVERIFY(session.result(1).edited);
        QCOMPARE(session.failedRows(false), QList<int>{1});
        QVERIFY(run(session, [&] { return session.retryFailed(false); }));
        s = session.summary();
        QCOMPARE(s.success, 3);
        QCOMPARE(s.error, 0);
        QCOMPARE(count(admin.client(), cls), 3); // the two that succeeded were not sent again
    }

    void lostReply_isUnknownUntilChecked_andNeverRetriedUnasked()
    {
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("Session")));
        const ParseResult seed = await(admin.client().send(ParseRequest::createObject(
            cls, {{QStringLiteral("visits"), 1}, {QStringLiteral("name"), QStringLiteral("a")}})));
        QVERIFY(seed.ok());
        const QString id = seed.object().value(QLatin1String("objectId")).toString();
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setFault(FaultProxy::Fault::CloseAfterUpstream, 1);
        ServerProfile profile = withMaster(LocalParseServer::profile());
        profile.serverUrl = proxy.url();
        ParseClient client(profile, &m_network);
        BatchSession session;
        session.setClient(&client);
        session.setDocument(
            documentOf({update(cls, id, {{QStringLiteral("name"), QStringLiteral("b")}}),
                        update(cls, id,
                               {{QStringLiteral("visits"),
                                 QJsonObject{{QStringLiteral("__op"), QStringLiteral("Increment")},
                                             {QStringLiteral("amount"), 1}}}})}));
        QVERIFY(run(session, [&] { return session.sendAll(); }));
        QCOMPARE(session.summary().unknown, 2);
        QCOMPARE(session.summary().error, 0);         // applied writes are never reported failed
        QVERIFY(session.failedRows(false).isEmpty()); // retry failed leaves them alone unless asked
        QCOMPARE(session.failedRows(true), (QList<int>{0, 1}));
        QCOMPARE(proxy.requestsSeen(), 1);

        QSignalSpy checked(&session, &BatchSession::checkFinished);
        QVERIFY(session.checkUnknown());
        QVERIFY(checked.wait(20000));
        QVERIFY(!checked.constFirst().constFirst().value<ParseError>().isError());
        // The set field reads back as written: applied. An increment can't be told from its value alone.
        QCOMPARE(session.result(0).outcome, BatchSession::Outcome::Success);
        QVERIFY(session.result(0).checked.contains(QStringLiteral("taken effect")));
        QCOMPARE(session.result(1).outcome, BatchSession::Outcome::Unknown);
        const ParseResult now = await(admin.client().send(ParseRequest::getObject(cls, id)));
        QCOMPARE(now.object().value(QLatin1String("visits")).toInt(), 2); // applied once
    }

    void rerunAll_sendsEveryOperationAgain_andApprovalCanNarrowIt()
    {
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("Session")));
        ParseClient client(withMaster(LocalParseServer::profile()), &m_network);
        BatchSession session;
        session.setClient(&client);
        session.setDocument(
            documentOf({create(cls, {{QStringLiteral("n"), 1}}), create(cls, {{QStringLiteral("n"), 2}})}));
        QVERIFY(run(session, [&] { return session.sendAll(); }));
        QVERIFY(run(session, [&] { return session.rerunAll(); }));
        QCOMPARE(count(admin.client(), cls), 4);

        QList<int> asked;
        session.setApproval([&asked](const QList<int> &rows) -> std::optional<QList<int>> {
            asked = rows;
            return QList<int>{rows.constLast()};
        });
        QVERIFY(run(session, [&] { return session.rerunAll(); }));
        QCOMPARE(asked, (QList<int>{0, 1}));
        QCOMPARE(count(admin.client(), cls), 5);
        session.setApproval([](const QList<int> &) { return std::nullopt; });
        QVERIFY(!session.rerunAll()); // refused: nothing leaves
        QCOMPARE(count(admin.client(), cls), 5);
    }

    void cancel_leavesTheRestNotSent()
    {
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("Session")));
        ParseClient client(withMaster(LocalParseServer::profile()), &m_network);
        BatchSession session;
        session.setClient(&client);
        session.setBatchSize(5);
        QList<BatchOperation> ops;
        for (int i = 0; i < 100; ++i)
            ops << create(cls, {{QStringLiteral("n"), i}});
        session.setDocument(documentOf(ops));
        QSignalSpy finished(&session, &BatchSession::runFinished);
        connect(&session, &BatchSession::progress, &session, [&session](int done) {
            if (done > 0)
                session.cancel();
        });
        QVERIFY(session.sendAll());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        const BatchSession::Summary s = session.summary();
        QVERIFY2(s.notSent > 0, qPrintable(QString::number(s.success)));
        QCOMPARE(s.success + s.notSent + s.error + s.unknown, 100);
        QCOMPARE(s.error + s.unknown, 0);
        QCOMPARE(count(admin.client(), cls), s.success); // what was sent stays sent, nothing more
        QCOMPARE(session.failedRows(false).size(), s.notSent);
    }

    void report_namesEachOperationsOutcome()
    {
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("Session")));
        ParseClient client(withMaster(LocalParseServer::profile()), &m_network);
        BatchSession session;
        session.setClient(&client);
        session.setDocument(
            documentOf({create(cls, {{QStringLiteral("n"), 1}}),
                        update(cls, QStringLiteral("missing0001"), {{QStringLiteral("n"), 2}})}));
        QVERIFY(run(session, [&] { return session.sendAll(); }));

        const BatchSession::Report report = session.report(BatchSession::ReportLayout::ResultsFile);
        QCOMPARE(report.rows.size(), 2);
        const int outcome = int(report.columns.indexOf(QStringLiteral("outcome")));
        QCOMPARE(report.rows.at(0).at(outcome), BatchSession::outcomeKey(BatchSession::Outcome::Success));
        QCOMPARE(report.rows.at(1).at(outcome), BatchSession::outcomeKey(BatchSession::Outcome::Error));
        QCOMPARE(report.rows.at(1).at(report.columns.indexOf(QStringLiteral("code"))), QStringLiteral("101"));

        QFuture<QByteArray> json = session.exportResults(BatchSession::ReportFormat::Json);
        json.waitForFinished();
        const QJsonArray items = QJsonDocument::fromJson(json.result()).array();
        QCOMPARE(items.size(), 2);
        QVERIFY(items.at(0)
                    .toObject()
                    .value(QLatin1String("success"))
                    .toObject()
                    .contains(QLatin1String("objectId")));
        QCOMPARE(items.at(1)
                     .toObject()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toInt(),
                 101);

        QFuture<QByteArray> csv = session.exportResults(BatchSession::ReportFormat::Csv);
        csv.waitForFinished();
        const QList<QByteArray> lines = csv.result().trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // header and two operations
        QVERIFY(lines.at(0).contains("outcome"));
    }
};

QTEST_GUILESS_MAIN(TestBatchSessionLive)
#include "TestBatchSessionLive.moc"
