// Writes under transport faults, against the real server through FaultProxy: a connection that closes (FIN)
// or resets (RST) after the server applied a write and before any byte of its reply, a proxy's 502 after
// the server applied it, redirects to another origin, a body that stalls after its headers, a reply larger
// than the cap, a where too long for a URL. What must hold: no write is ever sent twice by the client's own
// doing (objects on the server = operations applied, none twice), "failed" only when the server said so
// (anything else after the request left is "outcome unknown"), no key ever reaches another origin.
#include "AdminClient.h"
#include "Await.h"
#include "CliRun.h"
#include "FaultProxy.h"
#include "LocalParseServer.h"
#include "core/batch/BatchRunner.h"
#include "core/batch/OutcomeCheck.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QUuid>
#include <algorithm>

using Fault = FaultProxy::Fault;
Q_DECLARE_METATYPE(FaultProxy::Fault)

namespace {
enum class Write
{
    BatchOfCreates,
    SingleCreate,
    Increment,
    Transaction,
    CloudFunction,
    Delete
};

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

QJsonObject incrementBy(int amount)
{
    return {{QStringLiteral("__op"), QStringLiteral("Increment")}, {QStringLiteral("amount"), amount}};
}

// parsedesk-cli against `profile`, whose keys come from the environment (never the command line).
CliRun cli(const QStringList &args, const ServerProfile &profile)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PARSE_SERVER_URL"), profile.serverUrl.toString());
    env.insert(QStringLiteral("PARSE_APP_ID"), profile.applicationId);
    env.insert(QStringLiteral("PARSE_REST_KEY"), profile.restApiKey);
    env.insert(QStringLiteral("PARSE_MASTER_KEY"), profile.masterKey);
    return CliRun::run(args, env);
}

int countWhere(ParseClient &admin, const QString &className, const QJsonObject &where)
{
    const ParseResult r = await(admin.send(ParseRequest::count(className, where)));
    if (!r.ok())
        qWarning() << r.error.describe();
    return r.ok() ? r.object().value(QLatin1String("count")).toInt() : -1;
}
} // namespace
Q_DECLARE_METATYPE(Write)

class TestWriteFaultsLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static ServerProfile through(const FaultProxy &proxy, const char *which = "TEST")
    {
        ServerProfile p = LocalParseServer::profile(which);
        p.serverUrl = proxy.url();
        p.useMasterKey = true;
        p.timeoutMs = 3000;
        return p;
    }

    // Replies lost after the server applied the writes (FIN, RST), and before they reached it (a proxy's
    // own 502).
    static void lostReplies()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<bool>("applied");
        QTest::newRow("FIN after the server applied it") << Fault::CloseAfterUpstream << true;
        QTest::newRow("RST after the server applied it") << Fault::ResetAfterUpstream << true;
        QTest::newRow("502 before it reached the server") << Fault::Http502 << false;
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_LOCAL_PARSE_SERVER(); }

    void lostReply_appliedOnceAndReportedUnknown_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<Write>("write");
        const QList<std::pair<const char *, Fault>> faults{{"FIN", Fault::CloseAfterUpstream},
                                                           {"RST", Fault::ResetAfterUpstream},
                                                           {"502 after apply", Fault::Http502AfterUpstream}};
        const QList<std::pair<const char *, Write>> writes{
            {"batch of 20 creates", Write::BatchOfCreates}, {"single create", Write::SingleCreate},
            {"increment by 1", Write::Increment},           {"transaction of 10", Write::Transaction},
            {"cloud function", Write::CloudFunction},       {"delete", Write::Delete}};
        for (const auto &[faultName, fault] : faults) {
            for (const auto &[writeName, write] : writes)
                QTest::addRow("%s, %s", faultName, writeName) << fault << write;
        }
    }
    void lostReply_appliedOnceAndReportedUnknown()
    {
        QFETCH(Fault, fault);
        QFETCH(Write, write);
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("WriteFault")));
        const QString marker = unique(QStringLiteral("m"));
        // An object to increment or delete, made without the proxy. It has every field the writes set:
        // on Postgres a transaction that adds a column waits forever for its own lock (Parse Server alters
        // the table on another connection).
        const ParseResult seed = await(admin.client().send(
            ParseRequest::createObject(cls, {{QStringLiteral("visits"), 5},
                                             {QStringLiteral("marker"), QStringLiteral("seed")},
                                             {QStringLiteral("i"), -1}})));
        QVERIFY2(seed.ok(), qPrintable(seed.error.describe()));
        const QString seedId = seed.object().value(QLatin1String("objectId")).toString();

        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        ParseClient client(through(proxy), &m_network);
        proxy.setFault(fault, 1);

        QList<ParseResult> results;
        const auto create = [&](int i) {
            return ParseRequest::createObject(cls,
                                              {{QStringLiteral("marker"), marker}, {QStringLiteral("i"), i}});
        };
        switch (write) {
        case Write::BatchOfCreates:
        case Write::Transaction: {
            BatchRunner runner(&client);
            const int n = write == Write::Transaction ? 10 : 20;
            QList<ParseRequest> ops;
            for (int i = 0; i < n; ++i)
                ops << create(i);
            runner.setBatchSize(n);
            QSignalSpy done(&runner, &BatchRunner::finished);
            runner.run(ops, write == Write::Transaction);
            QVERIFY(done.wait(20000));
            results = runner.results();
            break;
        }
        case Write::SingleCreate:
            results << await(client.send(create(0)));
            break;
        case Write::Increment:
            results << await(client.send(ParseRequest::updateObject(
                cls, seedId,
                {{QStringLiteral("visits"), QJsonObject{{QStringLiteral("__op"), QStringLiteral("Increment")},
                                                        {QStringLiteral("amount"), 1}}}})));
            break;
        case Write::CloudFunction:
            results << await(client.send(ParseRequest::callFunction(
                QStringLiteral("createRoom"), {{QStringLiteral("owner"), marker},
                                               {QStringLiteral("roomName"), QStringLiteral("faulty")}})));
            break;
        case Write::Delete:
            results << await(client.send(ParseRequest::deleteObject(cls, seedId)));
            break;
        }
        QTest::qWait(300); // a resend, if any, would have reached the proxy by now

        // Qt did not send it again on a new connection, and the client did not either.
        QCOMPARE(proxy.requestsSeen(), 1);
        QVERIFY(!results.isEmpty());
        for (const ParseResult &r : std::as_const(results)) {
            QVERIFY2(!r.ok(), "a write whose reply was lost was reported as applied");
            QVERIFY2(r.error.outcomeUnknown, qPrintable(r.error.describe()));
            QVERIFY2(!r.error.describe().contains(QStringLiteral("Rolled back")),
                     qPrintable(r.error.describe()));
            QVERIFY(r.error.describe().contains(QStringLiteral("Outcome unknown")));
        }
        // The server applied it exactly once.
        const QJsonObject ours{{QStringLiteral("marker"), marker}};
        switch (write) {
        case Write::BatchOfCreates:
            QCOMPARE(countWhere(admin.client(), cls, ours), 20);
            break;
        case Write::Transaction:
            QCOMPARE(countWhere(admin.client(), cls, ours), 10);
            break;
        case Write::SingleCreate:
            QCOMPARE(countWhere(admin.client(), cls, ours), 1);
            break;
        case Write::Increment: {
            const ParseResult now = await(admin.client().send(ParseRequest::getObject(cls, seedId)));
            QCOMPARE(now.object().value(QLatin1String("visits")).toInt(), 6);
            break;
        }
        case Write::CloudFunction: {
            const QJsonObject rooms{{QStringLiteral("creatorUsername"), marker}};
            QCOMPARE(countWhere(admin.client(), QStringLiteral("Room"), rooms), 1);
            const ParseResult found =
                await(admin.client().send(ParseRequest::find(QStringLiteral("Room"), [&] {
                    QueryOptions q;
                    q.where = rooms;
                    return q;
                }())));
            for (const QJsonValue &room : found.object().value(QLatin1String("results")).toArray())
                await(admin.client().send(ParseRequest::deleteObject(
                    QStringLiteral("Room"), room.toObject().value(QLatin1String("objectId")).toString())));
            break;
        }
        case Write::Delete:
            QCOMPARE(countWhere(admin.client(), cls, {{QStringLiteral("objectId"), seedId}}), 0);
            break;
        }
    }

    // After a lost reply, reading the objects back settles what their state can tell, and says why not
    // for the rest.
    void checkOnServer_settlesWhatTheStateCanTell_data() { lostReplies(); }
    void checkOnServer_settlesWhatTheStateCanTell()
    {
        QFETCH(Fault, fault);
        QFETCH(bool, applied);
        AdminClient admin(LocalParseServer::profile("STRICT"));
        const QString cls = admin.classes().add(unique(QStringLiteral("Check")));
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            const ParseResult r = await(admin.client().send(ParseRequest::createObject(
                cls, {{QStringLiteral("name"), QStringLiteral("before")}, {QStringLiteral("visits"), 1}})));
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
            ids << r.object().value(QLatin1String("objectId")).toString();
        }
        FaultProxy proxy(LocalParseServer::profile("STRICT").serverUrl);
        ParseClient client(through(proxy, "STRICT"), &m_network);
        const QString ownId = QStringLiteral("own") + unique(QString()).left(7);
        const QList<ParseRequest> writes{
            ParseRequest::updateObject(cls, ids.at(0), {{QStringLiteral("name"), QStringLiteral("after")}}),
            ParseRequest::deleteObject(cls, ids.at(1)),
            ParseRequest::createObject(cls,
                                       {{QStringLiteral("objectId"), ownId}, {QStringLiteral("visits"), 9}}),
            ParseRequest::updateObject(cls, ids.at(2), {{QStringLiteral("visits"), incrementBy(1)}}),
            ParseRequest::createObject(cls, {{QStringLiteral("visits"), 10}})};
        BatchRunner runner(&client);
        runner.setBatchSize(10);
        QSignalSpy done(&runner, &BatchRunner::finished);
        proxy.setFault(fault, 1);
        runner.run(writes, false);
        QVERIFY(done.wait(20000));
        for (const ParseResult &r : runner.results())
            QVERIFY2(r.error.outcomeUnknown, qPrintable(r.error.describe()));

        OutcomeCheck check(&client);
        QSignalSpy checked(&check, &OutcomeCheck::finished);
        check.check(writes);
        QVERIFY(checked.wait(20000));
        const auto findings = checked.first().first().value<QList<OutcomeCheck::Finding>>();
        QCOMPARE(findings.size(), writes.size());
        using V = OutcomeCheck::Verdict;
        const V settled = applied ? V::Applied : V::NotApplied;
        for (int i = 0; i < 3; ++i)
            QVERIFY2(findings.at(i).verdict == settled, qPrintable(findings.at(i).reason));
        QVERIFY2(findings.at(3).verdict == V::CannotTell, qPrintable(findings.at(3).reason));
        QVERIFY(findings.at(3).reason.contains(QStringLiteral("Increment")));
        QVERIFY2(findings.at(4).verdict == V::CannotTell, qPrintable(findings.at(4).reason));
        QVERIFY(findings.at(4).reason.contains(QStringLiteral("objectId")));
    }

    // The class browser's save: a lost reply is settled by reading the object back, never shown as failed
    // when it took effect; when it did not, the edit stays pending and saving again applies it once.
    void classBrowserSave_lostReplyIsSettled_data() { lostReplies(); }
    void classBrowserSave_lostReplyIsSettled()
    {
        QFETCH(Fault, fault);
        QFETCH(bool, applied);
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("BrowserFault")));
        const ParseResult seed = await(admin.client().send(
            ParseRequest::createObject(cls, {{QStringLiteral("label"), QStringLiteral("before")}})));
        QVERIFY(seed.ok());
        const ParseResult schema = await(admin.client().send(ParseRequest::schema(cls)));
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        ParseClient client(through(proxy), &m_network);
        RequestQueue queue(&client);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client, &queue);
        model.setClass(cls, schema.object());
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 1);
        const int label = int(model.fields().indexOf(QStringLiteral("label")));
        QVERIFY(model.setData(model.index(0, label), QStringLiteral("after")));
        QSignalSpy saved(&model, &ObjectTableModel::saved);
        // The save's write (one update travels alone), not the read before it that checks for conflicts.
        proxy.setFaultOnly("PUT /parse/classes/");
        proxy.setFault(fault, 1);
        model.save();
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().at(0).toInt(), applied ? 1 : 0);
        QCOMPARE(model.pendingCount(), applied ? 0 : 1);
        QCOMPARE(model.index(0, label).data().toString(), QStringLiteral("after"));
        if (!applied) {
            const QString why = model.index(0, label).data(Qt::ToolTipRole).toString();
            QVERIFY2(why.contains(QStringLiteral("not applied")), qPrintable(why));
            model.save();
            QVERIFY(saved.wait(20000));
            QCOMPARE(saved.last().at(0).toInt(), 1);
        }
        const ParseResult now = await(admin.client().send(
            ParseRequest::getObject(cls, seed.object().value(QLatin1String("objectId")).toString())));
        QCOMPARE(now.object().value(QLatin1String("label")).toString(), QStringLiteral("after"));
    }

    // A lost batch of cell edits is read back with one query for the batch, not one per object.
    void classBrowserSave_lostBatchIsSettledWithOneRead()
    {
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("BrowserBatchFault")));
        constexpr int kRows = 3;
        for (int i = 0; i < kRows; ++i)
            QVERIFY(await(admin.client().send(ParseRequest::createObject(
                              cls, {{QStringLiteral("label"), QStringLiteral("before")}})))
                        .ok());
        const ParseResult schema = await(admin.client().send(ParseRequest::schema(cls)));
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        ParseClient client(through(proxy), &m_network);
        RequestQueue queue(&client);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client, &queue);
        model.setClass(cls, schema.object());
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), kRows);
        const int label = int(model.fields().indexOf(QStringLiteral("label")));
        for (int row = 0; row < kRows; ++row)
            QVERIFY(model.setData(model.index(row, label), QStringLiteral("after")));
        QSignalSpy saved(&model, &ObjectTableModel::saved);
        proxy.setFaultOnly("POST /parse/batch");
        proxy.setFault(Fault::CloseAfterUpstream, 1);
        model.save();
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().at(0).toInt(), kRows);
        QCOMPARE(model.pendingCount(), 0);
        const QList<QByteArray> &requests = proxy.requests();
        const auto batch = std::find_if(requests.begin(), requests.end(), [](const QByteArray &r) {
            return r.startsWith("POST /parse/batch");
        });
        QVERIFY(batch != requests.end());
        const QByteArray read = "GET /parse/classes/" + cls.toUtf8();
        QCOMPARE(
            std::count_if(batch, requests.end(), [&read](const QByteArray &r) { return r.startsWith(read); }),
            1);
    }

    // The same through parsedesk-cli: lost replies are settled where they can be, the rest stay unknown
    // (exit 3); a redirect and a stalled body are transport failures naming what happened (exit 3).
    void cli_lostReplyIsCheckedAndNeverFailed()
    {
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("CliFault")));
        const ParseResult seed = await(admin.client().send(ParseRequest::createObject(
            cls, {{QStringLiteral("name"), QStringLiteral("before")}, {QStringLiteral("visits"), 1}})));
        QVERIFY(seed.ok());
        const QString id = seed.object().value(QLatin1String("objectId")).toString();
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setFault(Fault::ResetAfterUpstream, 1);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(
            QJsonDocument(
                QJsonArray{
                    QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")},
                                {QStringLiteral("path"), QStringLiteral("/classes/%1/%2").arg(cls, id)},
                                {QStringLiteral("body"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("after")}}}},
                    QJsonObject{
                        {QStringLiteral("method"), QStringLiteral("PUT")},
                        {QStringLiteral("path"), QStringLiteral("/classes/%1/%2").arg(cls, id)},
                        {QStringLiteral("body"), QJsonObject{{QStringLiteral("visits"), incrementBy(1)}}}}})
                .toJson());
        file.close();
        const CliRun run = cli({QStringLiteral("batch"), file.fileName()}, through(proxy));
        QCOMPARE(run.exitCode, 3);
        const QJsonArray items = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(items.size(), 2);
        QVERIFY2(items.at(0).toObject().contains(QLatin1String("success")), run.out.constData());
        QVERIFY(items.at(0)
                    .toObject()
                    .value(QLatin1String("checked"))
                    .toString()
                    .contains(QStringLiteral("taken effect")));
        const QJsonObject unknown = items.at(1).toObject().value(QLatin1String("error")).toObject();
        QVERIFY2(unknown.value(QLatin1String("outcomeUnknown")).toBool(), run.out.constData());
        QCOMPARE(proxy.requestsSeen(), 2); // the batch once, then the read that checked it
        const ParseResult now = await(admin.client().send(ParseRequest::getObject(cls, id)));
        QCOMPARE(now.object().value(QLatin1String("visits")).toInt(), 2);
    }

    // A Cloud Code call answered by a proxy's 502 after it ran: "outcome unknown", exit 3, not exit 1.
    void cli_callWithLostReply_isUnknownNotFailed()
    {
        const QString owner = unique(QStringLiteral("cli"));
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setFault(Fault::Http502AfterUpstream, 1);
        const CliRun run =
            cli({QStringLiteral("call"), QStringLiteral("createRoom"), QStringLiteral("--params"),
                 QStringLiteral(R"({"owner":"%1","roomName":"lost"})").arg(owner)},
                through(proxy));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("Outcome unknown"), run.err.constData());
        AdminClient admin(LocalParseServer::profile());
        const QJsonObject rooms{{QStringLiteral("creatorUsername"), owner}};
        QCOMPARE(countWhere(admin.client(), QStringLiteral("Room"), rooms), 1);
        QueryOptions q;
        q.where = rooms;
        const ParseResult found = await(admin.client().send(ParseRequest::find(QStringLiteral("Room"), q)));
        for (const QJsonValue &room : found.object().value(QLatin1String("results")).toArray())
            await(admin.client().send(ParseRequest::deleteObject(
                QStringLiteral("Room"), room.toObject().value(QLatin1String("objectId")).toString())));
    }

    void cli_redirectAndStallAreTransportFailures_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("redirect") << Fault::Redirect << QStringLiteral("redirected to http://127.0.0.1:");
        QTest::newRow("stalled body") << Fault::StallAfterHeaders
                                      << QStringLiteral("nothing arrived for 1 s while receiving the reply");
    }
    void cli_redirectAndStallAreTransportFailures()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, message);
        FaultProxy elsewhere(LocalParseServer::profile().serverUrl);
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setRedirect(308, elsewhere.url());
        proxy.setFault(fault);
        const CliRun run = cli({QStringLiteral("query"), QStringLiteral("Room"), QStringLiteral("--timeout"),
                                QStringLiteral("1")},
                               through(proxy));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QCOMPARE(elsewhere.requestsSeen(), 0);
        QVERIFY(!run.err.contains(LocalParseServer::profile().masterKey.toUtf8()));
    }

    // A server or proxy that echoes the request: its message never shows a key or a session token.
    void echoedKeys_areScrubbedFromMessages()
    {
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setFault(Fault::EchoHeaders);
        ServerProfile p = through(proxy);
        ParseClient client(p, &m_network);
        ParseRequest single = ParseRequest::callFunction(QStringLiteral("echo"), {});
        single.sessionToken = QStringLiteral("r:secret-session-token");
        const ParseRequest batch = ParseRequest::batch(
            {ParseRequest::createObject(QStringLiteral("Room"), {}).batchItem(p.mountPath())}, false);
        for (const ParseRequest &request : {single, batch}) {
            const ParseResult r = await(client.send(request));
            QVERIFY(!r.ok());
            QVERIFY2(r.error.message.contains(QStringLiteral("proxy saw")), qPrintable(r.error.message));
            for (const QString &secret : {p.masterKey, p.restApiKey, p.clientKey, single.sessionToken})
                QVERIFY2(!r.error.describe().contains(secret), qPrintable(r.error.describe()));
        }
    }

    // Refused before it could run: the server's own 4xx word is "failed", not "unknown".
    void serverRefusal_isAFailureNotUnknown()
    {
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        ParseClient client(through(proxy), &m_network);
        const ParseResult r = await(client.send(ParseRequest::createObject(
            QStringLiteral("Room"), {{QStringLiteral("visits"), QStringLiteral("not a number")}})));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ParseError::Kind::Parse);
        QVERIFY2(!r.error.outcomeUnknown, qPrintable(r.error.describe()));
    }

    void redirect_neverFollowedAndNoKeyLeaves_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("isWrite");
        for (int status : {301, 302, 303, 307, 308}) {
            QTest::addRow("%d read", status) << status << false;
            QTest::addRow("%d batch write", status) << status << true;
        }
    }
    void redirect_neverFollowedAndNoKeyLeaves()
    {
        QFETCH(int, status);
        QFETCH(bool, isWrite);
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("Redirect")));
        // "Another host": a second listener that records whatever reaches it (and would pass it on).
        FaultProxy elsewhere(LocalParseServer::profile().serverUrl);
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setRedirect(status, elsewhere.url());
        proxy.setFault(Fault::Redirect);
        ParseClient client(through(proxy), &m_network);
        const ParseRequest request =
            isWrite ? ParseRequest::batch({ParseRequest::createObject(cls, {{QStringLiteral("a"), 1}})
                                               .batchItem(client.profile().mountPath())},
                                          false)
                    : ParseRequest::find(QStringLiteral("Room"), {});
        const ParseResult r = await(client.send(request));
        QTest::qWait(200);
        QVERIFY(!r.ok());
        QCOMPARE(r.httpStatus, status);
        QVERIFY2(r.error.redirectTo.startsWith(elsewhere.url().toString()), qPrintable(r.error.redirectTo));
        QVERIFY2(r.error.describe().contains(elsewhere.url().toString()), qPrintable(r.error.describe()));
        QVERIFY(!r.error.outcomeUnknown); // a redirect is not the request being run
        QCOMPARE(elsewhere.requestsSeen(), 0);
        QCOMPARE(proxy.requestsSeen(), 1);
        if (isWrite)
            QCOMPARE(countWhere(admin.client(), cls, {}), 0);
    }

    void stalledBody_isATimeout_data()
    {
        QTest::addColumn<bool>("isWrite");
        QTest::newRow("read") << false;
        QTest::newRow("write") << true;
    }
    void stalledBody_isATimeout()
    {
        QFETCH(bool, isWrite);
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("Stall")));
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setFault(Fault::StallAfterHeaders);
        ServerProfile p = through(proxy);
        p.timeoutMs = 1000;
        ParseClient client(p, &m_network);
        QueryOptions q;
        q.limit = 1;
        ParseRequest request = isWrite ? ParseRequest::createObject(cls, {{QStringLiteral("a"), 1}})
                                       : ParseRequest::find(QStringLiteral("Room"), q);
        request.maxRetries = 0;
        const ParseResult r = await(client.send(request));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ParseError::Kind::Timeout);
        QVERIFY2(
            r.error.describe().contains(QStringLiteral("nothing arrived for 1 s while receiving the reply")),
            qPrintable(r.error.describe()));
        QCOMPARE(r.error.outcomeUnknown, isWrite);
    }

    // The timeout is one of silence: a reply that keeps arriving on a slow link for longer than it is whole.
    void slowBody_isNoTimeout_data() { stalledBody_isATimeout_data(); }
    void slowBody_isNoTimeout()
    {
        QFETCH(bool, isWrite);
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("Slow")));
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setFault(Fault::Trickle);
        proxy.setDelayMs(400); // 8 pieces: 2.8 s in all, never 1 s without a byte
        ServerProfile p = through(proxy);
        p.timeoutMs = 1000;
        ParseClient client(p, &m_network);
        ParseRequest request = isWrite ? ParseRequest::createObject(cls, {{QStringLiteral("a"), 1}})
                                       : ParseRequest::find(QStringLiteral("Room"), {});
        request.maxRetries = 0;
        QElapsedTimer clock;
        clock.start();
        const ParseResult r = await(client.send(request));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QVERIFY2(clock.elapsed() > 2000, "the proxy did not slow the reply down");
        if (isWrite)
            QVERIFY(!r.object().value(QLatin1String("objectId")).toString().isEmpty());
        else
            QVERIFY(!r.object().value(QLatin1String("results")).toArray().isEmpty());
    }

    void oversizedReply_isRefusedNotHeld()
    {
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        proxy.setFault(Fault::Oversized);
        proxy.setOversizeBytes(64 * 1024 * 1024);
        ParseClient client(through(proxy), &m_network);
        client.setMaxReplyBytes(4 * 1024 * 1024);
        ParseRequest request = ParseRequest::find(QStringLiteral("Room"), {});
        request.maxRetries = 0;
        const ParseResult r = await(client.send(request));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.describe().contains(QStringLiteral("larger than the limit of 4 MB")),
                 qPrintable(r.error.describe()));
        QVERIFY(r.rawBody.isEmpty());
    }

    // Parse accepts a find as POST with "_method":"GET"; a URL of that size is refused (HTTP 431).
    void longWhere_goesAsPostWithMethodGet_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("10,000-wide $or") << QStringLiteral("wide");
        QTest::newRow("200-deep $or") << QStringLiteral("deep");
    }
    void longWhere_goesAsPostWithMethodGet()
    {
        QFETCH(QString, shape);
        QJsonObject where;
        if (shape == QLatin1String("wide")) {
            QJsonArray alternatives;
            for (int i = 0; i < 10000; ++i)
                alternatives.append(
                    QJsonObject{{QStringLiteral("roomName"), QStringLiteral("nope%1").arg(i)}});
            alternatives.append(QJsonObject{{QStringLiteral("creatorUsername"), QStringLiteral("alice")}});
            where = {{QStringLiteral("$or"), alternatives}};
        } else {
            where = {{QStringLiteral("creatorUsername"), QStringLiteral("alice")}};
            for (int i = 0; i < 200; ++i)
                where = {{QStringLiteral("$or"),
                          QJsonArray{where, QJsonObject{{QStringLiteral("roomName"),
                                                         QStringLiteral("nope%1").arg(i)}}}}};
        }
        FaultProxy proxy(LocalParseServer::profile().serverUrl);
        ParseClient client(through(proxy), &m_network);
        QueryOptions q;
        q.where = where;
        q.limit = 1000;
        const ParseResult r = await(client.send(ParseRequest::find(QStringLiteral("Room"), q)));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        const QJsonArray rows = r.object().value(QLatin1String("results")).toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toObject().value(QLatin1String("creatorUsername")).toString(),
                     QStringLiteral("alice"));
        QCOMPARE(proxy.requests().size(), 1);
        const QByteArray requestLine = proxy.requests().first().left(proxy.requests().first().indexOf('\r'));
        QVERIFY2(requestLine.startsWith("POST ") && !requestLine.contains("where"), requestLine.constData());
        // The count of the same where goes the same way.
        const ParseResult c = await(client.send(ParseRequest::count(QStringLiteral("Room"), where)));
        QVERIFY2(c.ok(), qPrintable(c.error.describe()));
        QCOMPARE(c.object().value(QLatin1String("count")).toInt(), rows.size());
    }

    // Every write carries a request id; a server with idempotencyOptions refuses a repeat of it.
    void requestId_onEveryWrite_repeatRefusedWhereProtected()
    {
        AdminClient admin(LocalParseServer::profile("STRICT"));
        const QString cls = admin.classes().add(unique(QStringLiteral("Idem")));
        FaultProxy proxy(LocalParseServer::profile("STRICT").serverUrl);
        ParseClient client(through(proxy, "STRICT"), &m_network);
        ParseRequest create = ParseRequest::createObject(cls, {{QStringLiteral("a"), 1}});
        const ParseResult first = await(client.send(create));
        QVERIFY2(first.ok(), qPrintable(first.error.describe()));
        QVERIFY(!first.request.requestId.isEmpty());
        QVERIFY(
            proxy.requests().first().contains("X-Parse-Request-Id: " + first.request.requestId.toLatin1()));
        create.requestId = first.request.requestId;
        const ParseResult again = await(client.send(create));
        QVERIFY(!again.ok());
        QCOMPARE(again.error.code, int(ParseError::DuplicateRequest));
        QCOMPARE(countWhere(admin.client(), cls, {}), 1);
        // Reads carry none.
        await(client.send(ParseRequest::find(cls, {})));
        QVERIFY(!proxy.requests().last().contains("X-Parse-Request-Id"));
    }
};

QTEST_GUILESS_MAIN(TestWriteFaultsLive)
#include "TestWriteFaultsLive.moc"
