// Bulk edits on the real server (issue #21): every kind, on the selected objects as loaded and on all
// objects matching a filter (paged by objectId), verified object by object, undone as one journal entry
// and verified again; a colleague's write between load and send is a conflict and not overwritten;
// cancelling midway leaves exactly what the outcomes list.
#include "AdminClient.h"
#include "Await.h"
#include "LocalParseServer.h"
#include "core/batch/BatchSession.h"
#include "core/batch/BulkEdit.h"
#include "core/batch/ConflictCheck.h"
#include "core/journal/UndoJournal.h"
#include "core/journal/UndoRunner.h"
#include "core/models/BatchModel.h"
#include "core/models/BulkEditRun.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

Q_DECLARE_METATYPE(BulkEdit::Kind)

namespace {
const QString kObjectId = QStringLiteral("objectId");
const QString kIn = QStringLiteral("in");

ServerProfile masterProfile()
{
    ServerProfile p = LocalParseServer::profile("TEST");
    p.useMasterKey = true;
    return p;
}

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// Every object of the class (a few hundred), by objectId.
QHash<QString, QJsonObject> readAll(ParseClient &client, const QString &cls)
{
    QueryOptions query;
    query.limit = 1000;
    const ParseResult r = await(client.send(ParseRequest::find(cls, query)), 30000);
    QHash<QString, QJsonObject> objects;
    for (const QJsonValue &v : r.object().value(QLatin1String("results")).toArray())
        objects.insert(v.toObject().value(kObjectId).toString(), v.toObject());
    return objects;
}

// The fields the edits touch, as the server has them (no dates: an update moves updatedAt).
QJsonObject fieldsOf(QJsonObject o)
{
    o.remove(QStringLiteral("createdAt"));
    o.remove(QStringLiteral("updatedAt"));
    return o;
}

// With its tags in order.
QJsonObject sorted(QJsonObject o)
{
    QStringList tags;
    for (const QJsonValue &v : o.value(QLatin1String("tags")).toArray())
        tags << v.toString();
    tags.sort();
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return o;
}

// n objects {"n": i, "tags": ["a", "b"], "label": "old", "group": "in" for the first `in`, else "out"}.
QList<QJsonObject> createRows(ParseClient &client, const QString &cls, int n, int in)
{
    BatchModel model;
    model.session()->setClient(&client);
    BatchDocument doc;
    for (int i = 0; i < n; ++i)
        doc.operations.append({QStringLiteral("POST"),
                               QStringLiteral("/classes/") + cls,
                               QJsonObject{{QStringLiteral("n"), i},
                                           {QStringLiteral("tags"), QJsonArray{"a", "b"}},
                                           {QStringLiteral("label"), QStringLiteral("old")},
                                           {QStringLiteral("group"), i < in ? kIn : QStringLiteral("out")}},
                               {}});
    model.setDocument(doc);
    QSignalSpy finished(model.session(), &BatchSession::runFinished);
    if (!model.session()->sendAll() || !finished.wait(60000))
        return {};
    QList<QJsonObject> rows;
    const QHash<QString, QJsonObject> all = readAll(client, cls);
    for (int i = 0; i < n; ++i)
        rows.append(all.value(model.session()->result(i).objectId));
    return rows;
}

// The object after the edit, from the object before.
QJsonObject edited(QJsonObject o, const BulkEdit &edit)
{
    QJsonArray tags = o.value(QLatin1String("tags")).toArray();
    switch (edit.kind) {
    case BulkEdit::Kind::Set:
        for (auto it = edit.values.begin(); it != edit.values.end(); ++it)
            o.insert(it.key(), it.value());
        break;
    case BulkEdit::Kind::Unset:
        o.remove(edit.field);
        break;
    case BulkEdit::Kind::Increment:
        o.insert(edit.field, o.value(edit.field).toDouble() + edit.amount.toDouble());
        break;
    case BulkEdit::Kind::AddItems:
        for (const QJsonValue &v : edit.amount.toArray())
            tags.append(v);
        o.insert(edit.field, tags);
        break;
    case BulkEdit::Kind::AddUniqueItems:
        for (const QJsonValue &v : edit.amount.toArray()) {
            if (!tags.contains(v))
                tags.append(v);
        }
        o.insert(edit.field, tags);
        break;
    case BulkEdit::Kind::RemoveItems: {
        QJsonArray kept;
        for (const QJsonValue &v : std::as_const(tags)) {
            if (!edit.amount.toArray().contains(v))
                kept.append(v);
        }
        o.insert(edit.field, kept);
    } break;
    case BulkEdit::Kind::Delete:
    case BulkEdit::Kind::Duplicate:
        break;
    }
    return o;
}

BulkEdit editOf(BulkEdit::Kind kind)
{
    BulkEdit edit;
    edit.kind = kind;
    switch (kind) {
    case BulkEdit::Kind::Set:
        edit.values = {{QStringLiteral("label"), QStringLiteral("bulk")}, {QStringLiteral("extra"), 1.5}};
        break;
    case BulkEdit::Kind::Unset:
        edit.field = QStringLiteral("label");
        break;
    case BulkEdit::Kind::Increment:
        edit.field = QStringLiteral("n");
        edit.amount = 1000;
        break;
    case BulkEdit::Kind::AddItems:
    case BulkEdit::Kind::AddUniqueItems:
        edit.field = QStringLiteral("tags");
        edit.amount = QJsonArray{"a", "c"};
        break;
    case BulkEdit::Kind::RemoveItems:
        edit.field = QStringLiteral("tags");
        edit.amount = QJsonArray{"a"};
        break;
    default:
        break;
    }
    return edit;
}
} // namespace

class TestBulkEditLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static UndoRunner::Report undo(ParseClient *client, UndoJournal *journal, const QString &entryId)
    {
        UndoRunner runner(client, journal);
        QSignalSpy done(&runner, &UndoRunner::finished);
        runner.run(entryId);
        if (!done.wait(120000))
            return {};
        return done.first().first().value<UndoRunner::Report>();
    }

    // Runs the edit and waits for it; the finished() arguments.
    static QList<QVariant> runAndWait(BulkEditRun &run, const std::function<void()> &start)
    {
        QSignalSpy finished(&run, &BulkEditRun::finished);
        start();
        if (finished.isEmpty() && !finished.wait(120000))
            return {};
        return finished.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        qRegisterMetaType<UndoRunner::Report>();
    }

    void everyKind_verifiedAndUndoneAsOne_data()
    {
        QTest::addColumn<BulkEdit::Kind>("kind");
        QTest::addColumn<bool>("filter"); // all matching {"group":"in"}, else the selected objects as loaded
        for (const bool filter : {true, false}) {
            const char *scope = filter ? "filter" : "selection";
            QTest::addRow("set, %s", scope) << BulkEdit::Kind::Set << filter;
            QTest::addRow("delete, %s", scope) << BulkEdit::Kind::Delete << filter;
            if (!filter)
                continue;
            QTest::addRow("unset, %s", scope) << BulkEdit::Kind::Unset << filter;
            QTest::addRow("increment, %s", scope) << BulkEdit::Kind::Increment << filter;
            QTest::addRow("add items, %s", scope) << BulkEdit::Kind::AddItems << filter;
            QTest::addRow("add unique items, %s", scope) << BulkEdit::Kind::AddUniqueItems << filter;
            QTest::addRow("remove items, %s", scope) << BulkEdit::Kind::RemoveItems << filter;
            QTest::addRow("duplicate, %s", scope) << BulkEdit::Kind::Duplicate << filter;
        }
    }
    void everyKind_verifiedAndUndoneAsOne()
    {
        QFETCH(BulkEdit::Kind, kind);
        QFETCH(bool, filter);
        const int total = 300, in = 230; // three pages of the filter, the last one short
        AdminClient admin(LocalParseServer::profile("TEST"));
        const QString cls = admin.classes().add(unique(QStringLiteral("Bulk")));
        const QList<QJsonObject> before = createRows(admin.client(), cls, total, in);
        QCOMPARE(before.size(), total);

        QTemporaryDir dir;
        ParseClient client(masterProfile(), &m_network);
        UndoJournal journal(dir.path());
        journal.attach(&client);
        BatchModel outcomes;
        QAbstractItemModelTester tester(&outcomes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        outcomes.session()->setClient(&client);
        outcomes.session()->setBatchSize(40);
        BulkEditRun run(&outcomes);
        QSignalSpy progress(&run, &BulkEditRun::progress);
        // How often each object is read by id: the conflict check's read is also the journal's snapshot,
        // and a filter's page read is both.
        QHash<QString, int> readsById;
        connect(&client, &ParseClient::requestFinished, &client, [&](const ParseResult &r) {
            const QString where = r.request.query.queryItemValue(QStringLiteral("where"), QUrl::FullyEncoded);
            const QJsonObject byId =
                QJsonDocument::fromJson(QUrl::fromPercentEncoding(where.toLatin1()).toUtf8())
                    .object()
                    .value(kObjectId)
                    .toObject();
            for (const QJsonValue &id : byId.value(QLatin1String("$in")).toArray())
                ++readsById[id.toString()];
        });
        const BulkEdit edit = editOf(kind);
        const QList<QVariant> done = runAndWait(run, [&] {
            if (filter)
                run.runFilter(cls, edit, {{QStringLiteral("group"), kIn}}, {}, in);
            else
                run.run(cls, edit, before.mid(0, in));
        });
        disconnect(&client, &ParseClient::requestFinished, &client, nullptr);
        if (filter) { // the filter's pages are also the check's and the journal's reads
            QCOMPARE(readsById.size(), 0);
        } else if (kind != BulkEdit::Kind::Duplicate) { // copies are creates: nothing to read
            QCOMPARE(readsById.size(), in);
            QCOMPARE(readsById.values(), QList<int>(in, 1));
        }
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.at(0).toBool(), false);
        QVERIFY2(!done.at(1).value<ParseError>().isError(),
                 qPrintable(done.at(1).value<ParseError>().describe()));
        QCOMPARE(outcomes.rowCount(), in);
        QCOMPARE(outcomes.session()->summary().success, in);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(in));

        // Object by object: the first `in` edited (or gone, or copied), the others untouched.
        const QHash<QString, QJsonObject> after = readAll(admin.client(), cls);
        QCOMPARE(after.size(), kind == BulkEdit::Kind::Delete      ? total - in
                               : kind == BulkEdit::Kind::Duplicate ? total + in
                                                                   : total);
        for (int i = 0; i < total; ++i) {
            const QJsonObject &o = before.at(i);
            const QString id = o.value(kObjectId).toString();
            if (i >= in || kind == BulkEdit::Kind::Duplicate)
                QCOMPARE(fieldsOf(after.value(id)), fieldsOf(o));
            else if (kind == BulkEdit::Kind::Delete)
                QVERIFY(!after.contains(id));
            else if (kind == BulkEdit::Kind::AddUniqueItems) // the server orders the new items its way
                QCOMPARE(sorted(fieldsOf(after.value(id))), sorted(fieldsOf(edited(o, edit))));
            else
                QCOMPARE(fieldsOf(after.value(id)), fieldsOf(edited(o, edit)));
        }
        if (kind == BulkEdit::Kind::Duplicate) {
            QMultiHash<int, QJsonObject> copies;
            for (const QJsonObject &o : after) {
                if (!std::any_of(before.begin(), before.end(), [&o](const QJsonObject &b) {
                        return b.value(kObjectId) == o.value(kObjectId);
                    }))
                    copies.insert(o.value(QLatin1String("n")).toInt(), o);
            }
            QCOMPARE(copies.size(), in);
            for (int i = 0; i < in; ++i) {
                QJsonObject copy = fieldsOf(copies.value(i));
                copy.remove(kObjectId);
                QJsonObject original = fieldsOf(before.at(i));
                original.remove(kObjectId);
                QCOMPARE(copy, original);
            }
        }

        // One journal entry for the whole edit, undone as one.
        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(journal.entries().first().operations.size(), in);
        const UndoRunner::Report report = undo(&client, &journal, journal.entries().first().id);
        QVERIFY2(report.failed == 0 && !report.error.isError(), qPrintable(report.text()));
        // TEST makes its own ids: deleted objects come back under new ones.
        QHash<QString, QString> newIds;
        for (const UndoRunner::Moved &m : report.moved)
            newIds.insert(m.oldId, m.newId);
        const QHash<QString, QJsonObject> undone = readAll(admin.client(), cls);
        QCOMPARE(undone.size(), total);
        for (QJsonObject o : before) {
            const QString id = o.value(kObjectId).toString();
            o.insert(kObjectId, newIds.value(id, id));
            QCOMPARE(fieldsOf(undone.value(newIds.value(id, id))), fieldsOf(o));
        }
    }

    // A colleague changes some objects after they were loaded: their updates are conflicts with the three
    // values and keep the colleague's value; the others are written.
    void colleaguesWrite_isAConflict_data()
    {
        QTest::addColumn<bool>("filter");
        QTest::newRow("selection") << false;
        QTest::newRow("filter, loaded objects") << true;
    }
    void colleaguesWrite_isAConflict()
    {
        QFETCH(bool, filter);
        const int total = 200;
        AdminClient admin(LocalParseServer::profile("TEST"));
        const QString cls = admin.classes().add(unique(QStringLiteral("BulkConflict")));
        const QList<QJsonObject> loaded = createRows(admin.client(), cls, total, total);
        QCOMPARE(loaded.size(), total);
        QTest::qWait(5);
        QStringList changed;
        for (int i = 0; i < total; i += 20) {
            const QString id = loaded.at(i).value(kObjectId).toString();
            QVERIFY(await(admin.client().send(ParseRequest::updateObject(
                              cls, id, {{QStringLiteral("label"), QStringLiteral("colleague")}})))
                        .ok());
            changed << id;
        }

        ParseClient client(masterProfile(), &m_network);
        BatchModel outcomes;
        outcomes.session()->setClient(&client);
        BulkEditRun run(&outcomes);
        BulkEdit edit;
        edit.kind = BulkEdit::Kind::Set;
        edit.values = {{QStringLiteral("label"), QStringLiteral("mine")}};
        QHash<QString, QJsonObject> seen;
        for (const QJsonObject &o : loaded)
            seen.insert(o.value(kObjectId).toString(), o);
        const QList<QVariant> done = runAndWait(run, [&] {
            if (filter)
                run.runFilter(cls, edit, {}, seen, total);
            else
                run.run(cls, edit, loaded);
        });
        QCOMPARE(done.value(0).toBool(), false);
        QCOMPARE(outcomes.session()->summary().conflict, int(changed.size()));
        QCOMPARE(outcomes.session()->summary().success, total - int(changed.size()));
        for (int row : outcomes.session()->rowsWith({BatchSession::Outcome::Conflict})) {
            const BatchSession::Result &r = outcomes.session()->result(row);
            QVERIFY(changed.contains(r.objectId));
            QCOMPARE(r.code, ConflictCheck::kCode);
            QCOMPARE(
                r.conflict.value(QLatin1String("fields")).toObject().value(QLatin1String("label")).toObject(),
                QJsonObject({{QStringLiteral("loaded"), QStringLiteral("old")},
                             {QStringLiteral("server"), QStringLiteral("colleague")},
                             {QStringLiteral("mine"), QStringLiteral("mine")}}));
        }
        const QHash<QString, QJsonObject> after = readAll(admin.client(), cls);
        for (auto it = after.begin(); it != after.end(); ++it)
            QCOMPARE(it->value(QLatin1String("label")).toString(),
                     changed.contains(it.key()) ? QStringLiteral("colleague") : QStringLiteral("mine"));
    }

    // Cancelled midway: every object the outcomes list as written has the edit, and no other one has.
    void cancelMidway_leavesWhatTheOutcomesList()
    {
        const int total = 600;
        AdminClient admin(LocalParseServer::profile("TEST"));
        const QString cls = admin.classes().add(unique(QStringLiteral("BulkCancel")));
        const QList<QJsonObject> before = createRows(admin.client(), cls, total, total);
        QCOMPARE(before.size(), total);

        ParseClient client(masterProfile(), &m_network);
        BatchModel outcomes;
        outcomes.session()->setClient(&client);
        outcomes.session()->setBatchSize(10);
        BulkEditRun run(&outcomes);
        const BulkEdit edit = editOf(BulkEdit::Kind::Increment);
        connect(&run, &BulkEditRun::progress, &run, [&run](qint64 done, qint64) {
            if (done >= 150)
                run.cancel();
        });
        const QList<QVariant> done = runAndWait(run, [&] { run.runFilter(cls, edit, {}, {}, total); });
        QCOMPARE(done.value(0).toBool(), true);
        const BatchSession::Summary summary = outcomes.session()->summary();
        QVERIFY2(summary.success >= 150 && summary.success < total,
                 qPrintable(QString::number(summary.success)));
        QCOMPARE(summary.unknown, 0);
        QCOMPARE(summary.error, 0);
        QSet<QString> written;
        for (int row : outcomes.session()->rowsWith({BatchSession::Outcome::Success}))
            written.insert(outcomes.session()->operation(row).path.section(QLatin1Char('/'), -1));
        QCOMPARE(written.size(), summary.success);
        const QHash<QString, QJsonObject> after = readAll(admin.client(), cls);
        for (const QJsonObject &o : before) {
            const QString id = o.value(kObjectId).toString();
            QCOMPARE(fieldsOf(after.value(id)), fieldsOf(written.contains(id) ? edited(o, edit) : o));
        }
    }
};

QTEST_MAIN(TestBulkEditLive)
#include "TestBulkEditLive.moc"
