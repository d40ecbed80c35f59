// The undo journal against real servers: edits and deletes made through the object table (and a batch) are
// journaled with snapshots, survive a restart, and undo reads back the values from before. On a server
// with allowCustomObjectId a deleted object comes back with its objectId; without it, with a new one, and
// the report lists the pointers that still refer to the old id. With a server's maxLimit below the batch,
// every snapshot is still taken; a write whose answer a gateway lost stays in the journal as unknown; and
// no password, authData or session token reaches a journal file.
#include "AdminClient.h"
#include "Await.h"
#include "FaultProxy.h"
#include "LocalParseServer.h"
#include "TemporaryClasses.h"
#include "core/batch/BatchRunner.h"
#include "core/journal/JournalModel.h"
#include "core/journal/UndoJournal.h"
#include "core/journal/UndoRunner.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestUndoLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QJsonObject field(const QString &type, const QString &target = {})
    {
        QJsonObject f{{QStringLiteral("type"), type}};
        if (!target.isEmpty())
            f.insert(QStringLiteral("targetClass"), target);
        return f;
    }
    // What undo can restore: everything but the server-written fields.
    static QJsonObject restorable(QJsonObject o, bool withId = true)
    {
        o.remove(QStringLiteral("createdAt"));
        o.remove(QStringLiteral("updatedAt"));
        if (!withId)
            o.remove(QStringLiteral("objectId"));
        return o;
    }
    QJsonObject read(ParseClient *client, const QString &className, const QString &id)
    {
        const ParseResult r = await(client->send(ParseRequest::getObject(className, id)));
        return r.ok() ? r.object() : QJsonObject();
    }
    static UndoRunner::Report undo(ParseClient *client, UndoJournal *journal, const QString &entryId)
    {
        UndoRunner runner(client, journal);
        QSignalSpy done(&runner, &UndoRunner::finished);
        runner.run(entryId);
        if (!done.wait(60000))
            qWarning("undo did not finish");
        return done.isEmpty() ? UndoRunner::Report{} : done.first().first().value<UndoRunner::Report>();
    }
    // Every journal file of a directory, as one text.
    static QByteArray journalText(const QString &dir)
    {
        QByteArray text;
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
        for (const QString &name : files) {
            QFile file(QDir(dir).filePath(name));
            if (file.open(QIODevice::ReadOnly))
                text += file.readAll();
        }
        return text;
    }
    // Objects of one class with n = 0..count-1, as the server has them.
    QList<QJsonObject> createObjects(ParseClient *admin, const QString &cls, int count)
    {
        QList<ParseRequest> creates;
        for (int i = 0; i < count; ++i)
            creates << ParseRequest::createObject(
                cls, {{QStringLiteral("n"), i}, {QStringLiteral("name"), QStringLiteral("o%1").arg(i)}});
        BatchRunner runner(admin);
        runner.run(creates, false);
        if (!QTest::qWaitFor([&] { return !runner.isRunning(); }, 60000))
            return {};
        QList<QJsonObject> objects;
        for (const ParseResult &r : runner.results())
            objects << read(admin, cls, r.object().value(QLatin1String("objectId")).toString());
        return objects;
    }
    static QString entryOf(const UndoJournal &journal, const QString &source, UndoOperation::Kind kind)
    {
        for (const UndoEntry &e : journal.entries()) {
            if (e.source == source && e.count(kind) > 0 && !e.undoneAt.isValid())
                return e.id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<UndoRunner::Report>(); }

    void browserEditAndDelete_undoReadsBackTheOldValues_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<bool>("customIds");
        QTest::newRow("custom object ids") << QByteArray("CUSTOMIDS") << true;
        QTest::newRow("server-chosen ids") << QByteArray("TEST") << false;
    }
    void browserEditAndDelete_undoReadsBackTheOldValues()
    {
        QFETCH(QByteArray, server);
        QFETCH(bool, customIds);
        const QString missing = LocalParseServer::missingReason(server.constData());
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        ServerProfile p = LocalParseServer::profile(server.constData());
        p.useMasterKey = true;
        ParseClient admin(p, &m_network);
        TemporaryClasses temporary(&admin);

        // A class with most value types, and one that points to it.
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString cls = temporary.add(QStringLiteral("ItUndo") + suffix);
        const QString refCls = temporary.add(QStringLiteral("ItUndoRef") + suffix);
        const QJsonObject fields{{QStringLiteral("name"), field(QStringLiteral("String"))},
                                 {QStringLiteral("score"), field(QStringLiteral("Number"))},
                                 {QStringLiteral("tags"), field(QStringLiteral("Array"))},
                                 {QStringLiteral("when"), field(QStringLiteral("Date"))},
                                 {QStringLiteral("place"), field(QStringLiteral("GeoPoint"))},
                                 {QStringLiteral("note"), field(QStringLiteral("String"))}};
        ParseResult r = await(admin.send(ParseRequest::createSchema(
            cls, {{QStringLiteral("className"), cls}, {QStringLiteral("fields"), fields}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        const QJsonObject schema = r.object();
        r = await(admin.send(ParseRequest::createSchema(
            refCls, {{QStringLiteral("className"), refCls},
                     {QStringLiteral("fields"),
                      QJsonObject{{QStringLiteral("target"), field(QStringLiteral("Pointer"), cls)}}}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            QJsonObject o{
                {QStringLiteral("name"), QStringLiteral("n%1").arg(i)},
                {QStringLiteral("score"), i + 0.5},
                {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), i}},
                {QStringLiteral("when"),
                 QJsonObject{
                     {QStringLiteral("__type"), QStringLiteral("Date")},
                     {QStringLiteral("iso"), QStringLiteral("2026-01-0%1T08:00:00.000Z").arg(i + 1)}}},
                {QStringLiteral("place"), QJsonObject{{QStringLiteral("__type"), QStringLiteral("GeoPoint")},
                                                      {QStringLiteral("latitude"), 48.1},
                                                      {QStringLiteral("longitude"), 11.5}}},
                {QStringLiteral("ACL"),
                 QJsonObject{{QStringLiteral("*"), QJsonObject{{QStringLiteral("read"), true}}}}}};
            r = await(admin.send(ParseRequest::createObject(cls, o)));
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
            ids << r.object().value(QLatin1String("objectId")).toString();
        }
        r = await(admin.send(ParseRequest::createObject(
            refCls,
            {{QStringLiteral("target"), QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                                    {QStringLiteral("className"), cls},
                                                    {QStringLiteral("objectId"), ids.at(1)}}}})));
        QVERIFY(r.ok());
        const QString refId = r.object().value(QLatin1String("objectId")).toString();
        QList<QJsonObject> before;
        for (const QString &id : ids)
            before << read(&admin, cls, id);

        // ParseDesk's side: a client with its journal, the queue and the object table.
        QTemporaryDir dir;
        ParseClient client(p, &m_network);
        QString editEntry;
        QString deleteEntry;
        {
            UndoJournal journal(dir.path());
            journal.attach(&client);
            RequestQueue queue(&client);
            ObjectTableModel model;
            model.setClient(&client, &queue);
            model.setClass(cls, schema);
            model.fetchMore({}); // as a view does
            QTRY_COMPARE(model.rowCount(), 3);
            const auto rowOf = [&model](const QString &id) {
                for (int row = 0; row < model.rowCount(); ++row) {
                    if (model.index(row, 0).data().toString() == id)
                        return row;
                }
                return -1;
            };
            const auto column = [&model](const QString &name) { return int(model.fields().indexOf(name)); };
            const int row0 = rowOf(ids.at(0));
            QVERIFY(
                model.setData(model.index(row0, column(QStringLiteral("name"))), QStringLiteral("changed")));
            QVERIFY(model.setData(model.index(row0, column(QStringLiteral("score"))), QStringLiteral("99"),
                                  ObjectTableModel::JsonRole));
            QVERIFY(model.setData(model.index(row0, column(QStringLiteral("note"))),
                                  QStringLiteral("was absent")));
            QSignalSpy saved(&model, &ObjectTableModel::saved);
            model.save();
            QVERIFY(saved.wait(20000));
            QCOMPARE(saved.first().at(1).toInt(), 0);
            QCOMPARE(read(&admin, cls, ids.at(0)).value(QLatin1String("name")).toString(),
                     QStringLiteral("changed"));

            QSignalSpy written(&model, &ObjectTableModel::written);
            model.deleteRows({rowOf(ids.at(1))});
            QVERIFY(written.wait(20000));
            QCOMPARE(written.first().at(0).toInt(), 1);
            QVERIFY(read(&admin, cls, ids.at(1)).isEmpty());

            QCOMPARE(journal.entries().size(), 2);
            editEntry = entryOf(journal, QStringLiteral("browser"), UndoOperation::Kind::Update);
            deleteEntry = entryOf(journal, QStringLiteral("browser"), UndoOperation::Kind::Delete);
            QVERIFY(!editEntry.isEmpty() && !deleteEntry.isEmpty());
            const UndoEntry &deleted = journal.entries().at(journal.indexOf(deleteEntry));
            QCOMPARE(deleted.snapshot(cls, ids.at(1)), before.at(1));
        }

        // After a restart: the journal is read back from disk and undoes both.
        UndoJournal journal(dir.path());
        QCOMPARE(journal.entries().size(), 2);
        journal.attach(&client);
        UndoRunner::Report report = undo(&client, &journal, deleteEntry);
        QVERIFY2(report.failed == 0 && !report.error.isError(), qPrintable(report.text()));
        if (customIds) {
            QVERIFY2(report.moved.isEmpty(), qPrintable(report.text()));
            QCOMPARE(restorable(read(&admin, cls, ids.at(1))), restorable(before.at(1)));
        } else {
            QCOMPARE(report.moved.size(), 1);
            const UndoRunner::Moved &moved = report.moved.first();
            QCOMPARE(moved.oldId, ids.at(1));
            QCOMPARE(moved.className, cls);
            QVERIFY(moved.newId != ids.at(1));
            QCOMPARE(moved.referrers, QStringList{QStringLiteral("%1.target: %2").arg(refCls, refId)});
            QVERIFY2(report.text().contains(refId), qPrintable(report.text()));
            QCOMPARE(restorable(read(&admin, cls, moved.newId), false), restorable(before.at(1), false));
        }
        report = undo(&client, &journal, editEntry);
        QVERIFY2(report.failed == 0 && !report.error.isError(), qPrintable(report.text()));
        QCOMPARE(restorable(read(&admin, cls, ids.at(0))), restorable(before.at(0)));
        QVERIFY(journal.entries().at(journal.indexOf(editEntry)).undoneAt.isValid());
        // The undo's own writes are journaled: an undo can be undone.
        QVERIFY(!entryOf(journal, QStringLiteral("undo"), UndoOperation::Kind::Update).isEmpty());

        // A batch (as the composer and the CLI send it) is one entry, too.
        BatchRunner runner(&client);
        runner.run(
            {ParseRequest::updateObject(cls, ids.at(2), {{QStringLiteral("name"), QStringLiteral("batch")}}),
             ParseRequest::deleteObject(cls, ids.at(0))},
            false);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);
        const QString batchEntry = entryOf(journal, QStringLiteral("batch"), UndoOperation::Kind::Delete);
        QVERIFY(!batchEntry.isEmpty());
        QCOMPARE(journal.entries().at(journal.indexOf(batchEntry)).operations.size(), 2);
        report = undo(&client, &journal, batchEntry);
        QVERIFY2(report.failed == 0 && !report.error.isError(), qPrintable(report.text()));
        QCOMPARE(restorable(read(&admin, cls, ids.at(2))), restorable(before.at(2)));
        const QString zero = customIds ? ids.at(0) : report.moved.value(0).newId;
        QCOMPARE(restorable(read(&admin, cls, zero), customIds), restorable(before.at(0), customIds));
    }

    // STRICT clamps every page to 25: the snapshot of a batch of 100 writes is still all 100 objects, and
    // undo brings every one of them back.
    void clampedServer_journalsEverySnapshot_undoRestoresAll()
    {
        const QString missing = LocalParseServer::missingReason("STRICT");
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        ServerProfile p = LocalParseServer::profile("STRICT");
        p.useMasterKey = true;
        AdminClient admin(p);
        const QString cls = admin.classes().add(QStringLiteral("ItUndoClamp") +
                                                QUuid::createUuid().toString(QUuid::Id128).left(8));
        const QList<QJsonObject> before = createObjects(&admin.client(), cls, 100);
        QCOMPARE(before.size(), 100);

        QTemporaryDir dir;
        ParseClient client(p, &m_network);
        UndoJournal journal(dir.path());
        journal.attach(&client);
        QList<ParseRequest> writes;
        for (int i = 0; i < 100; ++i) {
            const QString id = before.at(i).value(QLatin1String("objectId")).toString();
            writes << (i < 60 ? ParseRequest::updateObject(
                                    cls, id, {{QStringLiteral("name"), QStringLiteral("changed")}})
                              : ParseRequest::deleteObject(cls, id));
        }
        BatchRunner runner(&client);
        runner.run(writes, false);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 60000);
        for (const ParseResult &r : runner.results())
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QCOMPARE(journal.entries().size(), 1);
        const UndoEntry &entry = journal.entries().first();
        QCOMPARE(entry.operations.size(), 100);
        QCOMPARE(entry.snapshots.value(cls).size(), 100);

        const UndoRunner::Report report = undo(&client, &journal, entry.id);
        QVERIFY2(report.failed == 0 && !report.error.isError(), qPrintable(report.text()));
        QVERIFY2(report.moved.isEmpty(), qPrintable(report.text())); // STRICT keeps custom object ids
        for (const QJsonObject &o : before)
            QCOMPARE(restorable(read(&admin.client(), cls, o.value(QLatin1String("objectId")).toString())),
                     restorable(o));
    }

    // A proxy answers 502 after the server applied the write: the outcome is unknown, so the entry stays
    // (marked unknown), and undo still restores what happened.
    void gatewayErrorAfterApplied_keepsTheEntryAsUnknown_data()
    {
        QTest::addColumn<bool>("batch");
        QTest::newRow("single update") << false;
        QTest::newRow("batch") << true;
    }
    void gatewayErrorAfterApplied_keepsTheEntryAsUnknown()
    {
        QFETCH(bool, batch);
        REQUIRE_LOCAL_PARSE_SERVER();
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true;
        AdminClient admin(p);
        const QString cls = admin.classes().add(QStringLiteral("ItUndoGateway") +
                                                QUuid::createUuid().toString(QUuid::Id128).left(8));
        const QList<QJsonObject> before = createObjects(&admin.client(), cls, 2);
        QCOMPARE(before.size(), 2);
        const QString first = before.at(0).value(QLatin1String("objectId")).toString();
        const QString second = before.at(1).value(QLatin1String("objectId")).toString();

        FaultProxy gateway(p.serverUrl);
        ServerProfile viaGateway = p;
        viaGateway.serverUrl = gateway.url();
        ParseClient client(viaGateway, &m_network);
        QTemporaryDir dir;
        UndoJournal journal(dir.path());
        journal.attach(&client);
        // The journal's snapshot read passes; the write after it is applied, then answered by a 502.
        bool armed = true;
        connect(&client, &ParseClient::requestFinished, this, [&gateway, &armed](const ParseResult &r) {
            if (armed && r.request.method == ParseRequest::Method::Get) {
                armed = false;
                gateway.setFault(FaultProxy::Fault::Http502AfterUpstream, 1);
            }
        });
        const ParseRequest update =
            ParseRequest::updateObject(cls, first, {{QStringLiteral("name"), QStringLiteral("changed")}});
        if (batch) {
            BatchRunner runner(&client);
            runner.run({update, ParseRequest::deleteObject(cls, second)}, false);
            QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 30000);
            for (const ParseResult &r : runner.results())
                QVERIFY(!r.ok());
        } else {
            QVERIFY(!await(client.send(update)).ok());
        }
        // The server did apply it.
        QCOMPARE(read(&admin.client(), cls, first).value(QLatin1String("name")).toString(),
                 QStringLiteral("changed"));

        QCOMPARE(journal.entries().size(), 1);
        const UndoEntry &entry = journal.entries().first();
        QCOMPARE(entry.unknownCount(), batch ? 2 : 1);
        JournalModel model;
        model.setJournal(&journal);
        QVERIFY2(
            model.index(0, JournalModel::StateColumn).data().toString().contains(QLatin1String("unknown")),
            qPrintable(model.index(0, JournalModel::StateColumn).data().toString()));
        QCOMPARE(model.index(0, 0).data(JournalModel::UnknownRole).toInt(), batch ? 2 : 1);
        // After a restart, too.
        UndoJournal reread(dir.path());
        QCOMPARE(reread.entries().size(), 1);
        QCOMPARE(reread.entries().first().unknownCount(), batch ? 2 : 1);

        const UndoRunner::Report report = undo(&client, &journal, entry.id);
        QVERIFY2(report.failed == 0 && !report.error.isError(), qPrintable(report.text()));
        QCOMPARE(restorable(read(&admin.client(), cls, first)), restorable(before.at(0)));
        if (batch) {
            const QString back = report.moved.isEmpty() ? second : report.moved.first().newId;
            QCOMPARE(restorable(read(&admin.client(), cls, back), false), restorable(before.at(1), false));
        }
    }

    // A user created with a password and one changed by PUT /users: neither the password nor authData nor
    // a session token is in the journal's files; the entry says a password was set.
    void userSecrets_neverReachTheJournal()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true;
        ParseClient admin(p, &m_network);
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString password = QStringLiteral("pw-") + suffix;
        const QString newPassword = QStringLiteral("pw2-") + suffix;
        const QString anonymousId =
            QStringLiteral("anon-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        // A user signed up anonymously: its authData is what the snapshot of the PUT below would read.
        ParseRequest signUp = ParseRequest::createObject(
            QStringLiteral("_User"),
            {{QStringLiteral("authData"),
              QJsonObject{{QStringLiteral("anonymous"), QJsonObject{{QStringLiteral("id"), anonymousId}}}}}});
        signUp.path = QStringLiteral("/users");
        ParseResult r = await(admin.send(signUp));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        const QString anonymousUser = r.object().value(QLatin1String("objectId")).toString();
        QStringList users{anonymousUser};
        QStringList secrets{password, newPassword, anonymousId,
                            r.object().value(QLatin1String("sessionToken")).toString()};

        QTemporaryDir dir;
        ParseClient client(p, &m_network);
        {
            UndoJournal journal(dir.path());
            journal.attach(&client);
            BatchRunner runner(&client);
            runner.run({ParseRequest::createObject(
                           QStringLiteral("_User"),
                           {{QStringLiteral("username"), QStringLiteral("journal-") + suffix},
                            {QStringLiteral("password"), password}})},
                       false);
            QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 20000);
            QVERIFY2(runner.results().first().ok(), qPrintable(runner.results().first().error.describe()));
            users << runner.results().first().object().value(QLatin1String("objectId")).toString();
            secrets << runner.results().first().object().value(QLatin1String("sessionToken")).toString();
            ParseRequest put =
                ParseRequest::updateObject(QStringLiteral("_User"), anonymousUser,
                                           {{QStringLiteral("password"), newPassword},
                                            {QStringLiteral("username"), QStringLiteral("anon-") + suffix}});
            put.path = QStringLiteral("/users/") + anonymousUser;
            r = await(client.send(put));
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
            QCOMPARE(journal.entries().size(), 2);
            for (const UndoEntry &e : journal.entries())
                QCOMPARE(e.operations.first().withheld, QStringList{QStringLiteral("password")});
            // The update's snapshot was taken, only without its secrets.
            const UndoEntry &updated = journal.entries().last();
            QVERIFY(!updated.snapshot(QStringLiteral("_User"), anonymousUser).isEmpty());
            JournalModel model;
            model.setJournal(&journal);
            QVERIFY2(model.details(0).contains(QLatin1String("password")), qPrintable(model.details(0)));
        }
        const QByteArray text = journalText(dir.path());
        QVERIFY(!text.isEmpty());
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(secret.isEmpty() || !text.contains(secret.toUtf8()), qPrintable(secret));
        for (const char *key : {"\"password\":", "\"authData\":", "\"sessionToken\":"})
            QVERIFY2(!text.contains(key), key);

        for (const QString &id : std::as_const(users))
            QVERIFY(await(admin.send(ParseRequest::deleteObject(QStringLiteral("_User"), id))).ok());
    }

    // What the journal costs: one read per /batch (its objects by id), measured against no journal.
    void journal_costsOneReadPerBatch()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true;
        constexpr int kObjects = 500;
        constexpr int kBatch = 50;
        ParseClient client(p, &m_network);
        TemporaryClasses temporary(&client);
        const QString cls =
            temporary.add(QStringLiteral("ItUndoCost") + QUuid::createUuid().toString(QUuid::Id128).left(8));
        QList<ParseRequest> creates;
        for (int i = 0; i < kObjects; ++i)
            creates << ParseRequest::createObject(cls, {{QStringLiteral("n"), i}});
        BatchRunner create(&client);
        create.run(creates, false);
        QTRY_VERIFY_WITH_TIMEOUT(!create.isRunning(), 60000);
        QList<ParseRequest> updates;
        for (const ParseResult &r : create.results())
            updates << ParseRequest::updateObject(cls, r.object().value(QLatin1String("objectId")).toString(),
                                                  {{QStringLiteral("n"), -1}});
        QCOMPARE(updates.size(), kObjects);

        const auto run = [&](int *requests, qint64 *ms) {
            int count = 0;
            const QMetaObject::Connection c =
                connect(&client, &ParseClient::requestFinished, this, [&count] { ++count; });
            BatchRunner runner(&client);
            runner.setBatchSize(kBatch);
            QElapsedTimer clock;
            clock.start();
            runner.run(updates, false);
            QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 60000);
            *ms = clock.elapsed();
            disconnect(c);
            for (const ParseResult &r : runner.results())
                QVERIFY(r.ok());
            *requests = count;
        };
        int plainRequests = 0;
        qint64 plainMs = 0;
        run(&plainRequests, &plainMs);
        QTemporaryDir dir;
        UndoJournal journal(dir.path());
        journal.attach(&client);
        int journaledRequests = 0;
        qint64 journaledMs = 0;
        run(&journaledRequests, &journaledMs);
        qInfo("%d updates in batches of %d: %lld ms, %d requests without the journal; %lld ms, %d requests "
              "with it",
              kObjects, kBatch, plainMs, plainRequests, journaledMs, journaledRequests);
        QCOMPARE(plainRequests, kObjects / kBatch);
        QCOMPARE(journaledRequests, 2 * kObjects / kBatch);
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().first().snapshots.value(cls).size(), kObjects);
    }
};

QTEST_GUILESS_MAIN(TestUndoLive)
#include "TestUndoLive.moc"
