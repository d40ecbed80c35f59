// The undo journal without a server: entries on disk (round trip, restart, prune, unreadable files), the
// gate's order (snapshot first, then the write; no snapshot, no write), and the inverse of an entry.
#include "Await.h"
#include "OfflineProfile.h"
#include "RecordingNetwork.h"
#include "core/journal/JournalModel.h"
#include "core/journal/UndoJournal.h"
#include "core/journal/UndoPlan.h"
#include "core/net/ParseClient.h"
#include "core/query/ObjectFetcher.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(QJsonObject)

class TestUndoJournal : public QObject
{
    Q_OBJECT

private:
    static ServerProfile profile()
    {
        ServerProfile p = offlineProfile();
        p.masterKey = QStringLiteral("master");
        p.useMasterKey = true;
        return p;
    }
    // Answers reads with the objects it holds, writes with success; failWrites/failReads for faults.
    struct FakeServer
    {
        QJsonObject objects; // objectId -> object
        bool failReads = false;
        int writeStatus = 200;

        RecordingNetwork::Canned answer(const RecordingNetwork::Sent &s) const
        {
            RecordingNetwork::Canned c;
            if (s.method == "GET") {
                c.networkError = failReads;
                QJsonArray results;
                for (const QJsonValue &o : objects)
                    results.append(o);
                c.body = QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson();
            } else if (writeStatus != 200) {
                c.status = writeStatus;
                c.body = QByteArrayLiteral("{\"code\":101,\"error\":\"Object not found.\"}");
            } else if (s.method == "POST") {
                c.body =
                    QByteArrayLiteral("{\"objectId\":\"n1\",\"createdAt\":\"2026-11-01T10:00:00.000Z\"}");
            } else {
                c.body = QByteArrayLiteral("{\"updatedAt\":\"2026-11-01T10:00:00.000Z\"}");
            }
            return c;
        }
    };
    static QJsonObject readFixture(const QString &name)
    {
        QFile f(QStringLiteral(PARSEDESK_FIXTURES "/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return QJsonObject{{QStringLiteral("cases"), QJsonDocument::fromJson(f.readAll()).array()}};
    }
    static void writeEntry(const QString &dir, const UndoEntry &entry)
    {
        QFile f(dir + QLatin1Char('/') + entry.id + QStringLiteral(".jsonl"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
    }
    static UndoEntry entryAt(const QString &id, const QDateTime &time)
    {
        UndoEntry e;
        e.id = id;
        e.time = time;
        e.source = QStringLiteral("browser");
        UndoOperation op;
        op.kind = UndoOperation::Kind::Delete;
        op.className = QStringLiteral("Room");
        op.objectId = id;
        op.outcome = UndoOperation::Outcome::Applied;
        e.operations.append(op);
        e.addSnapshots(
            {{QStringLiteral("Room"), QJsonObject{{id, QJsonObject{{QStringLiteral("objectId"), id}}}}}});
        return e;
    }

private Q_SLOTS:
    void plan_invertsTheEntry_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonArray cases =
            readFixture(QStringLiteral("undo-plans.json")).value(QLatin1String("cases")).toArray();
        QVERIFY(cases.size() >= 10);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c.toObject().value(QLatin1String("name")).toString())) << c.toObject();
    }
    void plan_invertsTheEntry()
    {
        QFETCH(QJsonObject, testCase);
        QString error;
        const std::optional<UndoEntry> entry =
            UndoEntry::fromJson(testCase.value(QLatin1String("entry")).toObject(), &error);
        QVERIFY2(entry, qPrintable(error));
        const UndoPlan plan = UndoPlan::build(*entry, testCase.value(QLatin1String("current")).toObject(),
                                              testCase.value(QLatin1String("keepObjectIds")).toBool());
        const QJsonArray expect = testCase.value(QLatin1String("expect")).toArray();
        QCOMPARE(plan.requests.size(), expect.size());
        QCOMPARE(plan.recreates.size(), plan.requests.size());
        for (int i = 0; i < expect.size(); ++i) {
            const QJsonObject e = expect.at(i).toObject();
            QCOMPARE(QString::fromLatin1(plan.requests.at(i).methodName()),
                     e.value(QLatin1String("method")).toString());
            QCOMPARE(plan.requests.at(i).path, e.value(QLatin1String("path")).toString());
            if (e.contains(QLatin1String("body")))
                QCOMPARE(plan.requests.at(i).body.toObject(), e.value(QLatin1String("body")).toObject());
        }
        QVERIFY2(plan.notes.size() == testCase.value(QLatin1String("notes")).toInt(),
                 qPrintable(plan.notes.join(QLatin1Char('\n'))));
    }

    void operationFromRequest_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // kind class id, or empty: not an object write
        QTest::newRow("create") << "POST"
                                << "/classes/Room"
                                << "create Room ";
        QTest::newRow("update") << "PUT"
                                << "/classes/Room/a1"
                                << "update Room a1";
        QTest::newRow("delete") << "DELETE"
                                << "/classes/Room/a1"
                                << "delete Room a1";
        QTest::newRow("user") << "PUT"
                              << "/users/u1"
                              << "update _User u1";
        QTest::newRow("role") << "DELETE"
                              << "/roles/r1"
                              << "delete _Role r1";
        QTest::newRow("installation") << "PUT"
                                      << "/installations/i1"
                                      << "update _Installation i1";
        QTest::newRow("read") << "GET"
                              << "/classes/Room/a1"
                              << "";
        QTest::newRow("schema") << "PUT"
                                << "/schemas/Room"
                                << "";
        QTest::newRow("function") << "POST"
                                  << "/functions/echo"
                                  << "";
        QTest::newRow("too deep") << "PUT"
                                  << "/classes/Room/a1/b"
                                  << "";
        QTest::newRow("post to an object") << "POST"
                                           << "/classes/Room/a1"
                                           << "";
    }
    void operationFromRequest()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const auto op = UndoOperation::fromRequest(method, path, {});
        QCOMPARE(op.has_value(), !expected.isEmpty());
        if (op) {
            const QStringList kinds{QStringLiteral("create"), QStringLiteral("update"),
                                    QStringLiteral("delete")};
            QCOMPARE(QStringLiteral("%1 %2 %3").arg(kinds.at(int(op->kind)), op->className, op->objectId),
                     expected);
        }
    }

    void entry_roundTripWithoutSessionTokens()
    {
        UndoEntry e = entryAt(QStringLiteral("e1"), QDateTime::currentDateTimeUtc());
        e.addSnapshots(
            {{QStringLiteral("_Session"),
              QJsonObject{{QStringLiteral("s1"),
                           QJsonObject{{QStringLiteral("objectId"), QStringLiteral("s1")},
                                       {QStringLiteral("sessionToken"), QStringLiteral("r:secret")}}}}}});
        const QByteArray text = QJsonDocument(e.toJson()).toJson();
        QVERIFY(!text.contains("r:secret"));
        QString error;
        const std::optional<UndoEntry> back =
            UndoEntry::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), e.toJson());
        QVERIFY(!UndoEntry::fromJson({{QStringLiteral("version"), 2}}, &error));
        QVERIFY(!error.isEmpty());
    }

    // A user's password and authData (and any session token) are never kept, in a write's body, a snapshot
    // or an entry written before they were left out; the operation says what it set.
    void entry_keepsNoUserSecrets()
    {
        const QJsonObject authData{{QStringLiteral("anonymous"),
                                    QJsonObject{{QStringLiteral("id"), QStringLiteral("anon-secret")}}}};
        const auto create =
            UndoOperation::fromRequest(QStringLiteral("POST"), QStringLiteral("/users"),
                                       {{QStringLiteral("username"), QStringLiteral("u")},
                                        {QStringLiteral("password"), QStringLiteral("pw-secret")},
                                        {QStringLiteral("authData"), authData}});
        QVERIFY(create);
        QCOMPARE(create->body, (QJsonObject{{QStringLiteral("username"), QStringLiteral("u")}}));
        QCOMPARE(create->withheld, (QStringList{QStringLiteral("password"), QStringLiteral("authData")}));
        const auto update =
            UndoOperation::fromRequest(QStringLiteral("PUT"), QStringLiteral("/classes/_User/u1"),
                                       {{QStringLiteral("password"), QStringLiteral("pw-secret")}});
        QVERIFY(update && update->body.isEmpty());
        // Elsewhere a field called password is data like any other.
        const auto room =
            UndoOperation::fromRequest(QStringLiteral("PUT"), QStringLiteral("/classes/Room/r1"),
                                       {{QStringLiteral("password"), QStringLiteral("open")}});
        QVERIFY(room && room->body.contains(QLatin1String("password")) && room->withheld.isEmpty());

        UndoEntry e = entryAt(QStringLiteral("e1"), QDateTime::currentDateTimeUtc());
        e.operations = {*create, *update};
        e.addSnapshots(
            {{QStringLiteral("_User"),
              QJsonObject{{QStringLiteral("u1"),
                           QJsonObject{{QStringLiteral("objectId"), QStringLiteral("u1")},
                                       {QStringLiteral("authData"), authData},
                                       {QStringLiteral("sessionToken"), QStringLiteral("r:secret")}}}}}});
        const QByteArray text = QJsonDocument(e.toJson()).toJson();
        for (const char *secret : {"pw-secret", "anon-secret", "r:secret"})
            QVERIFY2(!text.contains(secret), secret);
        QString error;
        const std::optional<UndoEntry> back =
            UndoEntry::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->operations.at(1).withheld, QStringList{QStringLiteral("password")});
        const UndoPlan plan = UndoPlan::build(
            *back,
            {{QStringLiteral("_User"),
              QJsonObject{
                  {QStringLiteral("u1"), QJsonObject{{QStringLiteral("objectId"), QStringLiteral("u1")}}}}}},
            false);
        QVERIFY2(plan.notes.join(QLatin1Char('\n')).contains(QLatin1String("password")),
                 qPrintable(plan.notes.join(QLatin1Char('\n'))));

        // An entry from before: its password is dropped on reading and recorded as set.
        QJsonObject old = e.toJson();
        QJsonArray ops = old.value(QLatin1String("operations")).toArray();
        QJsonObject first = ops.at(1).toObject();
        first.insert(QStringLiteral("body"),
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("pw-secret")}});
        first.remove(QStringLiteral("withheld"));
        ops[1] = first;
        old.insert(QStringLiteral("operations"), ops);
        const std::optional<UndoEntry> read = UndoEntry::fromJson(old, &error);
        QVERIFY(read);
        QVERIFY(!QJsonDocument(read->toJson()).toJson().contains("pw-secret"));
        QCOMPARE(read->operations.at(1).withheld, QStringList{QStringLiteral("password")});
    }

    // Snapshots read with only the written fields (ConflictCheck's read) join later reads of the same
    // object in one action: each field keeps its value from before the action's first write to it.
    void snapshots_readInPart_join_data()
    {
        QTest::addColumn<QJsonArray>("reads"); // in order, each {"a":..,"b":..,"__readKeys":[..]} or whole
        QTest::addColumn<QJsonObject>("before");
        QTest::addColumn<QStringList>("written");
        QTest::addColumn<QJsonObject>("undoBody");
        const auto read = [](QJsonObject fields, const QStringList &keys) {
            fields.insert(QStringLiteral("objectId"), QStringLiteral("o1"));
            if (!keys.isEmpty())
                fields.insert(ObjectFetcher::readKeysKey(),
                              QJsonArray::fromStringList(keys + QStringList{QStringLiteral("objectId")}));
            return fields;
        };
        const QJsonObject del{{QStringLiteral("__op"), QStringLiteral("Delete")}};
        QTest::newRow("a, then b after a was written")
            << QJsonArray{read({{"a", 1}}, {"a"}), read({{"a", 2}, {"b", 5}}, {"b"})}
            << QJsonObject{{"objectId", "o1"}, {"a", 1}, {"b", 5}} << QStringList{"a", "b"}
            << QJsonObject{{"a", 1}, {"b", 5}};
        QTest::newRow("a unset before, written, then read again with b")
            << QJsonArray{read({}, {"a"}), read({{"a", "new"}, {"b", 5}}, {"a", "b"})}
            << QJsonObject{{"objectId", "o1"}, {"b", 5}} << QStringList{"a", "b"}
            << QJsonObject{{"a", del}, {"b", 5}};
        QTest::newRow("in part, then whole: whole from then on")
            << QJsonArray{read({}, {"a"}), read({{"a", "new"}, {"b", 5}, {"c", 7}}, {}),
                          read({{"c", 8}}, {"c"})}
            << QJsonObject{{"objectId", "o1"}, {"b", 5}, {"c", 7}} << QStringList{"a", "c"}
            << QJsonObject{{"a", del}, {"c", 7}};
        QTest::newRow("whole first: later reads add nothing")
            << QJsonArray{read({{"a", 1}, {"b", 2}}, {}), read({{"a", 9}, {"b", 9}, {"d", 4}}, {"d"})}
            << QJsonObject{{"objectId", "o1"}, {"a", 1}, {"b", 2}} << QStringList{"a", "d"}
            << QJsonObject{{"a", 1}, {"d", del}};
    }
    void snapshots_readInPart_join()
    {
        QFETCH(QJsonArray, reads);
        QFETCH(QJsonObject, before);
        QFETCH(QStringList, written);
        QFETCH(QJsonObject, undoBody);
        const QString room = QStringLiteral("Room"), id = QStringLiteral("o1");
        UndoEntry e;
        e.id = QStringLiteral("join");
        e.time = QDateTime::currentDateTimeUtc();
        e.source = QStringLiteral("browser");
        for (const QString &field : written) {
            UndoOperation op;
            op.className = room;
            op.objectId = id;
            op.body = {{field, QStringLiteral("mine")}};
            op.outcome = UndoOperation::Outcome::Applied;
            e.operations.append(op);
        }
        for (const QJsonValue &object : reads)
            e.addSnapshots({{room, QJsonObject{{id, object}}}});
        QCOMPARE(e.snapshot(room, id), before);
        // What the file keeps replays to the same: the list of fields read travels with the snapshot.
        QString error;
        const std::optional<UndoEntry> loaded = UndoEntry::fromJson(e.toJson(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->snapshot(room, id), before);
        const QJsonObject current{{room, QJsonObject{{id, QJsonObject{{QStringLiteral("objectId"), id}}}}}};
        const UndoPlan plan = UndoPlan::build(e, current, false);
        QCOMPARE(plan.requests.size(), 1);
        QCOMPARE(plan.requests.first().body.toObject(), undoBody);
    }

    void gate_snapshotsBeforeTheWrite_andSurvivesRestart()
    {
        QTemporaryDir dir;
        FakeServer server;
        server.objects = {
            {QStringLiteral("a1"), QJsonObject{{QStringLiteral("objectId"), QStringLiteral("a1")},
                                               {QStringLiteral("name"), QStringLiteral("old")}}}};
        RecordingNetwork net;
        net.respond = [&server](const RecordingNetwork::Sent &s) { return server.answer(s); };
        ParseClient client(profile(), &net);
        {
            UndoJournal journal(dir.path());
            journal.attach(&client);
            QCOMPARE(client.writeGate(), static_cast<WriteGate *>(&journal));
            JournalModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setJournal(&journal);
            ParseRequest update =
                ParseRequest::updateObject(QStringLiteral("Room"), QStringLiteral("a1"),
                                           {{QStringLiteral("name"), QStringLiteral("new")}});
            update.origin = QStringLiteral("browser");
            QVERIFY(await(client.send(update)).ok());
            QCOMPARE(net.sent.size(), 2);
            QCOMPARE(net.sent.at(0).method, QByteArray("GET")); // the snapshot first
            QCOMPARE(net.sent.at(1).method, QByteArray("PUT"));
            QCOMPARE(journal.entries().size(), 1);
            const UndoEntry &e = journal.entries().first();
            QCOMPARE(e.source, QStringLiteral("browser"));
            QCOMPARE(e.operations.first().outcome, UndoOperation::Outcome::Applied);
            QCOMPARE(e.operations.first().updatedAt, QStringLiteral("2026-11-01T10:00:00.000Z"));
            QCOMPARE(e.snapshot(QStringLiteral("Room"), QStringLiteral("a1")).value(QLatin1String("name")),
                     QJsonValue(QStringLiteral("old")));
            // Creates need no snapshot; the server's objectId is what undo deletes.
            QVERIFY(await(client.send(ParseRequest::createObject(QStringLiteral("Room"), {}))).ok());
            QCOMPARE(journal.entries().size(), 2);
            QCOMPARE(journal.entries().last().operations.first().objectId, QStringLiteral("n1"));
            QCOMPARE(model.rowCount(), 2);
            QCOMPARE(model.idAt(0), journal.entries().last().id); // the newest on top
            QCOMPARE(model.index(0, JournalModel::StateColumn).data().toString(), QStringLiteral("Applied"));
        }
        QVERIFY(!client.writeGate());
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
        QCOMPARE(files.size(), 2);
        QCOMPARE(QFile::permissions(dir.filePath(files.first())) & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
        UndoJournal again(dir.path());
        QCOMPARE(again.entries().size(), 2);
        QCOMPARE(again.entries()
                     .first()
                     .snapshot(QStringLiteral("Room"), QStringLiteral("a1"))
                     .value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("old")));
        QCOMPARE(again.entries().last().operations.first().kind, UndoOperation::Kind::Create);
    }

    void gate_noSnapshotNoWrite()
    {
        QTemporaryDir dir;
        FakeServer server;
        server.failReads = true;
        RecordingNetwork net;
        net.respond = [&server](const RecordingNetwork::Sent &s) { return server.answer(s); };
        ParseClient client(profile(), &net);
        UndoJournal journal(dir.path());
        journal.attach(&client);
        const ParseResult r =
            await(client.send(ParseRequest::deleteObject(QStringLiteral("Room"), QStringLiteral("a1"))));
        QCOMPARE(r.error.kind, ParseError::Kind::Config);
        QVERIFY2(r.error.message.contains(QStringLiteral("Not sent")), qPrintable(r.error.message));
        for (const RecordingNetwork::Sent &s : std::as_const(net.sent))
            QCOMPARE(s.method, QByteArray("GET"));
        QVERIFY(journal.entries().isEmpty());
    }

    void gate_closedWhileReading_answersTheWriteAsNotSent()
    {
        QTemporaryDir dir;
        FakeServer server;
        RecordingNetwork net;
        net.respond = [&server](const RecordingNetwork::Sent &s) { return server.answer(s); };
        ParseClient client(profile(), &net);
        auto journal = std::make_unique<UndoJournal>(dir.path());
        journal->attach(&client);
        ParseReply *reply =
            client.send(ParseRequest::deleteObject(QStringLiteral("Room"), QStringLiteral("a1")));
        journal.reset(); // before the snapshot read answers
        const ParseResult r = await(reply);
        QCOMPARE(r.error.kind, ParseError::Kind::Cancelled);
        for (const RecordingNetwork::Sent &s : std::as_const(net.sent))
            QCOMPARE(s.method, QByteArray("GET"));
    }

    void gate_writesThatFailedLeaveNoEntry()
    {
        QTemporaryDir dir;
        FakeServer server;
        server.writeStatus = 404;
        RecordingNetwork net;
        net.respond = [&server](const RecordingNetwork::Sent &s) { return server.answer(s); };
        ParseClient client(profile(), &net);
        UndoJournal journal(dir.path());
        journal.attach(&client);
        QVERIFY(!await(client.send(ParseRequest::deleteObject(QStringLiteral("Room"), QStringLiteral("a1"))))
                     .ok());
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.jsonl")}, QDir::Files).isEmpty());
    }

    void gate_oneActionIsOneEntry_batchItemsMapped()
    {
        QTemporaryDir dir;
        RecordingNetwork net;
        net.respond = [](const RecordingNetwork::Sent &s) {
            RecordingNetwork::Canned c;
            if (s.method == "GET")
                c.body = QByteArrayLiteral(
                    "{\"results\":[{\"objectId\":\"a\",\"n\":1,\"sessionToken\":\"r:secret\"},"
                    "{\"objectId\":\"b\",\"n\":2}]}");
            else // a read, an applied delete, a failed delete
                c.body = QByteArrayLiteral(
                    "[{\"success\":{}},{\"success\":{}},{\"error\":{\"code\":101,\"error\":\"no\"}}]");
            return c;
        };
        ParseClient client(profile(), &net);
        UndoJournal journal(dir.path());
        journal.attach(&client);
        const QString room = QStringLiteral("Room");
        QJsonArray items;
        for (const ParseRequest &r : {ParseRequest::getObject(room, QStringLiteral("x")),
                                      ParseRequest::deleteObject(room, QStringLiteral("a")),
                                      ParseRequest::deleteObject(room, QStringLiteral("b"))})
            items.append(r.batchItem(QStringLiteral("/parse")));
        ParseRequest batch = ParseRequest::batch(items, false);
        batch.origin = QStringLiteral("batch");
        batch.actionId = QStringLiteral("act");
        QVERIFY(await(client.send(batch)).ok());
        QVERIFY(await(client.send(batch)).ok()); // same action: joins the entry
        QCOMPARE(journal.entries().size(), 1);
        const UndoEntry &e = journal.entries().first();
        QCOMPARE(e.operations.size(), 4);
        QCOMPARE(e.operations.at(0).outcome, UndoOperation::Outcome::Applied);
        QCOMPARE(e.operations.at(1).outcome, UndoOperation::Outcome::Failed);
        QCOMPARE(e.count(UndoOperation::Kind::Delete), 4);
        // Session tokens (a _Session object's) never reach the file, in either kind of line.
        QFile file(dir.filePath(e.id + QStringLiteral(".jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count('\n'), 4); // the entry, the second batch's line, two outcome lines
        QVERIFY(!text.contains("r:secret"));
    }

    void load_replaysTheLines_andStopsAtOneCutShort()
    {
        QTemporaryDir dir;
        UndoEntry e = entryAt(QStringLiteral("cut"), QDateTime::currentDateTimeUtc());
        e.operations.first().outcome = UndoOperation::Outcome::Pending;
        UndoOperation second = e.operations.first();
        second.objectId = QStringLiteral("other");
        QFile f(dir.filePath(QStringLiteral("cut.jsonl")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n');
        e.operations.append(second);
        f.write(QJsonDocument(UndoEntry::addedLine({second}, {})).toJson(QJsonDocument::Compact) + '\n');
        e.operations.first().outcome = UndoOperation::Outcome::Applied;
        e.operations.last().outcome = UndoOperation::Outcome::Failed;
        f.write(QJsonDocument(e.outcomesLine(0, 2)).toJson(QJsonDocument::Compact) + '\n');
        f.write("{\"undoneAt\":\"2026-"); // the crash
        f.close();
        UndoJournal journal(dir.path());
        QVERIFY(journal.loadProblems().isEmpty());
        QCOMPARE(journal.entries().size(), 1);
        const UndoEntry &loaded = journal.entries().first();
        QCOMPARE(loaded.operations.size(), 2);
        QCOMPARE(loaded.operations.at(0).outcome, UndoOperation::Outcome::Applied);
        QCOMPARE(loaded.operations.at(1).outcome, UndoOperation::Outcome::Failed);
        QVERIFY(!loaded.undoneAt.isValid());
    }

    void prune_olderThanAndSelected_andUnreadableFiles()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        writeEntry(dir.path(), entryAt(QStringLiteral("old1"), now.addDays(-40)));
        writeEntry(dir.path(), entryAt(QStringLiteral("old2"), now.addDays(-31)));
        writeEntry(dir.path(), entryAt(QStringLiteral("new1"), now.addSecs(-60)));
        writeEntry(dir.path(), entryAt(QStringLiteral("new2"), now));
        QFile garbage(dir.filePath(QStringLiteral("garbage.jsonl")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("{\"version\":1,");
        garbage.close();

        UndoJournal journal(dir.path());
        QCOMPARE(journal.entries().size(), 4);
        QCOMPARE(journal.loadProblems().size(), 1);
        QVERIFY(journal.loadProblems().first().startsWith(QStringLiteral("garbage.jsonl")));
        JournalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJournal(&journal);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.idAt(0), QStringLiteral("new2")); // newest first
        QVERIFY(
            model.index(0, JournalModel::SummaryColumn).data().toString().contains(QStringLiteral("Room")));
        QVERIFY(model.details(0).contains(QStringLiteral("new2")));

        QCOMPARE(journal.removeOlderThan(now.addDays(-30)), 2);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(journal.remove({QStringLiteral("new1")}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(UndoJournal(dir.path()).entries().size(), 1); // gone from disk too
        QVERIFY(journal.markUndone(QStringLiteral("new2"), QStringLiteral("done")));
        QVERIFY(model.index(0, 0).data(JournalModel::UndoneRole).toBool());
        QVERIFY(UndoJournal(dir.path()).entries().first().undoneAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestUndoJournal)
#include "TestUndoJournal.moc"
