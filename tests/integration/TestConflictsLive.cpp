// Conflict detection on the real servers: a colleague's write between "load" and the batch is detected
// and nothing is overwritten, through BatchSession (what the composer runs) and parsedesk-cli batch
// (--if-unchanged-since, "_expectUpdatedAt"): updates and deletes of changed objects are held back as
// conflicts, the unchanged ones are sent.
#include "AdminClient.h"
#include "Await.h"
#include "CliRun.h"
#include "LocalParseServer.h"
#include "core/batch/BatchSession.h"
#include "core/batch/ConflictCheck.h"
#include "core/query/ObjectFetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {
const QString kExpect = ConflictCheck::expectKey();

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

BatchOperation op(const QString &method, const QString &cls, const QString &id, const QJsonValue &body = {},
                  const QString &expect = {})
{
    QJsonObject extra;
    if (!expect.isEmpty())
        extra.insert(kExpect, expect);
    return {method, QStringLiteral("/classes/%1/%2").arg(cls, id),
            body.isNull() ? QJsonValue::Undefined : body, extra};
}

// Runs the document through a session and waits for the run to end.
bool run(BatchSession &session, const BatchDocument &doc)
{
    session.setDocument(doc);
    QSignalSpy finished(&session, &BatchSession::runFinished);
    return session.sendAll() && (!finished.isEmpty() || finished.wait(30000));
}

// n objects {"n": i}; their ids in order.
QStringList createRows(ParseClient &client, const QString &cls, int n)
{
    BatchDocument doc;
    for (int i = 0; i < n; ++i)
        doc.operations.append({QStringLiteral("POST"),
                               QStringLiteral("/classes/") + cls,
                               QJsonObject{{QStringLiteral("n"), i}},
                               {}});
    BatchSession session;
    session.setClient(&client);
    QStringList ids;
    if (!run(session, doc))
        return ids;
    for (int i = 0; i < n; ++i)
        ids << session.result(i).objectId;
    return ids;
}

// The objects by id as the server has them now (paged, whatever its maxLimit).
QJsonObject readAll(ParseClient &client, const QString &cls, const QStringList &ids)
{
    ObjectFetcher fetcher(&client, ParseRequest());
    QSignalSpy done(&fetcher, &ObjectFetcher::finished);
    fetcher.fetch({{cls, ids}});
    if (!done.wait(30000))
        return {};
    return done.at(0).at(0).toJsonObject().value(cls).toObject();
}

QString updatedAtOf(const QJsonObject &objects, const QString &id)
{
    return objects.value(id).toObject().value(QLatin1String("updatedAt")).toString();
}

// A colleague's write: {"n": value} on each object; afterwards every updatedAt is later than before.
bool colleagueWrites(ParseClient &client, const QString &cls, const QStringList &ids, int value)
{
    QTest::qWait(5);
    for (const QString &id : ids) {
        if (!await(client.send(ParseRequest::updateObject(cls, id, {{QStringLiteral("n"), value}}))).ok())
            return false;
    }
    return true;
}
} // namespace

class TestConflictsLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static ServerProfile withMaster(ServerProfile p)
    {
        p.useMasterKey = true;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        QVERIFY2(QFile::exists(qEnvironmentVariable("PARSEDESK_CLI")),
                 "PARSEDESK_CLI must name parsedesk-cli");
    }

    void session_changedObjectsAreNotOverwritten_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<int>("rows");
        QTest::newRow("TEST") << QByteArray("TEST") << 9;
        // maxLimit 25: the check's reads are clamped pages; idempotency on every write.
        QTest::newRow("STRICT, 60 rows") << QByteArray("STRICT") << 60;
    }
    void session_changedObjectsAreNotOverwritten()
    {
        QFETCH(QByteArray, server);
        QFETCH(int, rows);
        AdminClient admin(LocalParseServer::profile(server.constData()));
        const QString cls = admin.classes().add(unique(QStringLiteral("Conflict")));
        const QStringList ids = createRows(admin.client(), cls, rows);
        QCOMPARE(ids.size(), rows);
        const QJsonObject loaded = readAll(admin.client(), cls, ids);
        QCOMPARE(loaded.size(), rows);
        // Every third object changes on the server after it was loaded.
        QStringList changed;
        for (int i = 0; i < rows; i += 3)
            changed << ids.at(i);
        QVERIFY(colleagueWrites(admin.client(), cls, changed, 1000));
        const QJsonObject colleague = readAll(admin.client(), cls, changed);

        // Even rows are updated, odd rows deleted, each expecting the object as loaded; one create.
        BatchDocument doc;
        for (int i = 0; i < rows; ++i) {
            doc.operations << (i % 2 == 0 ? op(QStringLiteral("PUT"), cls, ids.at(i),
                                               QJsonObject{{QStringLiteral("n"), -i - 1}},
                                               updatedAtOf(loaded, ids.at(i)))
                                          : op(QStringLiteral("DELETE"), cls, ids.at(i), {},
                                               updatedAtOf(loaded, ids.at(i))));
        }
        doc.operations.append({QStringLiteral("POST"),
                               QStringLiteral("/classes/") + cls,
                               QJsonObject{{QStringLiteral("n"), 5000}},
                               {}});
        ParseClient client(withMaster(LocalParseServer::profile(server.constData())), &m_network);
        BatchSession session;
        session.setClient(&client);
        session.setBatchSize(7);
        QSignalSpy progress(&session, &BatchSession::progress);
        QVERIFY(run(session, doc));
        QCOMPARE(progress.last().at(0).toInt(), rows + 1);
        QCOMPARE(progress.last().at(1).toInt(), rows + 1);

        const QJsonObject now = readAll(admin.client(), cls, ids);
        for (int i = 0; i < rows; ++i) {
            const QString &id = ids.at(i);
            const BatchSession::Result &r = session.result(i);
            if (i % 3 == 0) {
                QCOMPARE(r.outcome, BatchSession::Outcome::Conflict);
                QCOMPARE(r.code, ConflictCheck::kCode);
                QCOMPARE(r.objectId, id);
                QCOMPARE(r.conflict.value(QLatin1String("serverUpdatedAt")).toString(),
                         updatedAtOf(colleague, id));
                // Nothing overwritten, nothing deleted: the colleague's value stands.
                QCOMPARE(now.value(id).toObject().value(QLatin1String("n")).toInt(), 1000);
                if (i % 2 == 0) {
                    const QJsonObject n = r.conflict.value(QLatin1String("fields"))
                                              .toObject()
                                              .value(QLatin1String("n"))
                                              .toObject();
                    QCOMPARE(n.value(QLatin1String("server")).toInt(), 1000);
                    QCOMPARE(n.value(QLatin1String("mine")).toInt(), -i - 1);
                }
            } else {
                QVERIFY2(r.outcome == BatchSession::Outcome::Success, qPrintable(r.message));
                if (i % 2 == 0)
                    QCOMPARE(now.value(id).toObject().value(QLatin1String("n")).toInt(), -i - 1);
                else
                    QVERIFY2(!now.contains(id), qPrintable(id));
            }
        }
        QCOMPARE(session.result(rows).outcome, BatchSession::Outcome::Success);
        const BatchSession::Summary summary = session.summary();
        QCOMPARE(summary.conflict, int(changed.size()));
        QCOMPARE(summary.success, rows + 1 - int(changed.size()));
        // Retrying failures does not resend a conflict: it needs a decision.
        QVERIFY(session.failedRows(true).isEmpty());

        // The CLI's report and the results file name the conflict.
        const QJsonObject cli = session.report(BatchSession::ReportLayout::Cli).items.at(0).toObject();
        QCOMPARE(cli.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(),
                 ConflictCheck::kCode);
        QVERIFY(cli.value(QLatin1String("error")).toObject().contains(QLatin1String("conflict")));
        const QJsonObject file =
            session.report(BatchSession::ReportLayout::ResultsFile).items.at(0).toObject();
        QCOMPARE(file.value(QLatin1String("outcome")).toString(), QStringLiteral("conflict"));
    }

    void session_unchangedSince_transactionSendsNothing()
    {
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("ConflictTx")));
        const QStringList ids = createRows(admin.client(), cls, 3);
        QCOMPARE(ids.size(), 3);
        const QJsonObject loaded = readAll(admin.client(), cls, ids);
        QString since;
        for (const QString &id : ids)
            since = qMax(since, updatedAtOf(loaded, id));
        QVERIFY(colleagueWrites(admin.client(), cls, {ids.at(1)}, 1000));

        BatchDocument doc;
        doc.transaction = true;
        for (const QString &id : ids)
            doc.operations << op(QStringLiteral("PUT"), cls, id, QJsonObject{{QStringLiteral("n"), 7}});
        ParseClient client(withMaster(LocalParseServer::profile()), &m_network);
        BatchSession session;
        session.setClient(&client);
        session.setTransaction(true);
        session.setUnchangedSince(ConflictCheck::parseDate(since));
        QVERIFY(run(session, doc));
        QCOMPARE(session.result(0).outcome, BatchSession::Outcome::NotSent);
        QCOMPARE(session.result(1).outcome, BatchSession::Outcome::Conflict);
        QCOMPARE(session.result(2).outcome, BatchSession::Outcome::NotSent);
        const QJsonObject now = readAll(admin.client(), cls, ids);
        QCOMPARE(now.value(ids.at(0)).toObject().value(QLatin1String("n")).toInt(), 0);
        QCOMPARE(now.value(ids.at(1)).toObject().value(QLatin1String("n")).toInt(), 1000);
        QCOMPARE(now.value(ids.at(2)).toObject().value(QLatin1String("n")).toInt(), 2);

        // Without the colleague's change in the way, the same run goes through.
        session.setUnchangedSince(
            ConflictCheck::parseDate(updatedAtOf(readAll(admin.client(), cls, ids), ids.at(1))));
        QVERIFY(run(session, doc));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(session.result(i).outcome, BatchSession::Outcome::Success);
    }

    void session_cancelWhileChecking_sendsNothing()
    {
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(unique(QStringLiteral("ConflictCancel")));
        const QStringList ids = createRows(admin.client(), cls, 2);
        QCOMPARE(ids.size(), 2);
        const QJsonObject loaded = readAll(admin.client(), cls, ids);
        BatchDocument doc;
        for (const QString &id : ids)
            doc.operations << op(QStringLiteral("PUT"), cls, id, QJsonObject{{QStringLiteral("n"), 7}},
                                 updatedAtOf(loaded, id));
        ParseClient client(withMaster(LocalParseServer::profile()), &m_network);
        BatchSession session;
        session.setClient(&client);
        session.setDocument(doc);
        QSignalSpy finished(&session, &BatchSession::runFinished);
        QVERIFY(session.sendAll());
        session.cancel(); // the objects are still being read
        QVERIFY(finished.wait(30000));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(session.result(i).outcome, BatchSession::Outcome::NotSent);
            QCOMPARE(readAll(admin.client(), cls, ids)
                         .value(ids.at(i))
                         .toObject()
                         .value(QLatin1String("n"))
                         .toInt(),
                     i);
        }
    }

    void cli_ifUnchangedSince_andExpectUpdatedAt_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::newRow("/parse server") << QByteArray("TEST");
        QTest::newRow("/api server, batch limit 5") << QByteArray("ODD");
    }
    void cli_ifUnchangedSince_andExpectUpdatedAt()
    {
        QFETCH(QByteArray, server);
        const ServerProfile profile = LocalParseServer::profile(server.constData());
        AdminClient admin(profile);
        const QString cls = admin.classes().add(unique(QStringLiteral("ConflictCli")));
        const QStringList ids = createRows(admin.client(), cls, 5);
        QCOMPARE(ids.size(), 5);
        const QJsonObject loaded = readAll(admin.client(), cls, ids);
        QString since; // what the user loaded
        for (const QString &id : ids)
            since = qMax(since, updatedAtOf(loaded, id));
        QVERIFY(colleagueWrites(admin.client(), cls, {ids.at(0), ids.at(3)}, 1000));
        const QJsonObject colleague = readAll(admin.client(), cls, ids);

        const auto item = [&](const QString &method, int i, const QString &expect = {}) {
            QJsonObject o{{QStringLiteral("method"), method},
                          {QStringLiteral("path"), QStringLiteral("/classes/%1/%2").arg(cls, ids.at(i))}};
            if (method == QLatin1String("PUT"))
                o.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("n"), 9}});
            if (!expect.isEmpty())
                o.insert(kExpect, expect);
            return o;
        };
        const QJsonArray requests{
            item(QStringLiteral("PUT"), 0),                                 // changed: conflict
            item(QStringLiteral("PUT"), 1, updatedAtOf(loaded, ids.at(1))), // its own, unchanged: sent
            item(QStringLiteral("DELETE"), 2,
                 QStringLiteral("2000-01-01T00:00:00Z")),                         // its own wins: conflict
            item(QStringLiteral("DELETE"), 3, updatedAtOf(colleague, ids.at(3))), // its own wins: sent
            item(QStringLiteral("PUT"), 4)};                                      // unchanged: sent
        QStringList args{
            QStringLiteral("--server"), profile.serverUrl.toString(),           QStringLiteral("--app-id"),
            profile.applicationId,      QStringLiteral("--master-key"),         profile.masterKey,
            QStringLiteral("batch"),    QStringLiteral("--if-unchanged-since"), since,
            QStringLiteral("-")};
        const QByteArray input = QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson();
        const CliRun r = CliRun::run(args, QProcessEnvironment::systemEnvironment(), input);
        QCOMPARE(r.exitCode, 1);
        const QJsonArray out = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(out.size(), 5);
        for (const int i : {0, 2}) {
            const QJsonObject error = out.at(i).toObject().value(QLatin1String("error")).toObject();
            QCOMPARE(error.value(QLatin1String("code")).toInt(), ConflictCheck::kCode);
            QVERIFY2(error.value(QLatin1String("error"))
                         .toString()
                         .contains(QLatin1String("changed on the server at")),
                     r.out.constData());
            QCOMPARE(error.value(QLatin1String("conflict"))
                         .toObject()
                         .value(QLatin1String("serverUpdatedAt"))
                         .toString(),
                     updatedAtOf(colleague, ids.at(i)));
        }
        for (const int i : {1, 3, 4})
            QVERIFY2(out.at(i).toObject().contains(QLatin1String("success")), r.out.constData());

        const QJsonObject now = readAll(admin.client(), cls, ids);
        QCOMPARE(now.value(ids.at(0)).toObject().value(QLatin1String("n")).toInt(), 1000);
        QCOMPARE(now.value(ids.at(1)).toObject().value(QLatin1String("n")).toInt(), 9);
        QVERIFY(!now.value(ids.at(1)).toObject().contains(kExpect)); // stripped before sending
        QVERIFY(now.contains(ids.at(2)));
        QVERIFY(!now.contains(ids.at(3)));
        QCOMPARE(now.value(ids.at(4)).toObject().value(QLatin1String("n")).toInt(), 9);

        // Bad dates are bad input: nothing is sent.
        args.replace(args.indexOf(since), QStringLiteral("yesterday"));
        QCOMPARE(CliRun::run(args, QProcessEnvironment::systemEnvironment(), input).exitCode, 2);
        args.replace(args.indexOf(QStringLiteral("yesterday")), since);
        const QByteArray badOwn =
            QJsonDocument(QJsonArray{item(QStringLiteral("DELETE"), 4, QStringLiteral("soon"))}).toJson();
        const CliRun bad = CliRun::run(args, QProcessEnvironment::systemEnvironment(), badOwn);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("_expectUpdatedAt"), bad.err.constData());
        QVERIFY(readAll(admin.client(), cls, {ids.at(4)}).contains(ids.at(4)));
    }
};

QTEST_GUILESS_MAIN(TestConflictsLive)
#include "TestConflictsLive.moc"
