// Bulk edits at issue #21's scale on the real servers: 10,000 objects matching a filter (read page by page
// by the run, never all at once), each kind verified object by object on the server, undone as one journal
// entry and verified again; and a cancel midway at that scale leaves exactly what the outcomes list. The
// objects are made once per server and every edit is undone, so all rows share them. BatchModel runs under
// QAbstractItemModelTester in TestBulkEditLive: here its checks on every insert would cost O(rows^2).
#include "AdminClient.h"
#include "Await.h"
#include "LocalParseServer.h"
#include "core/batch/BatchRunner.h"
#include "core/batch/BatchSession.h"
#include "core/batch/BulkEdit.h"
#include "core/journal/UndoJournal.h"
#include "core/journal/UndoRunner.h"
#include "core/models/BatchModel.h"
#include "core/models/BulkEditRun.h"
#include "core/query/CursorPager.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <map>
#include <memory>

namespace {
const QString kObjectId = QStringLiteral("objectId");
const QString kIn = QStringLiteral("in");
const QString kTags = QStringLiteral("tags");
const QString kAcl = QStringLiteral("ACL");
const int kMatching = 10000;
const int kOthers = 500; // outside the filter: never touched
const int kTimeoutMs = 600000;

// Public read and write, as the objects are made (an edit keeps them writable, so the REST key can undo).
const QJsonObject kPublicAcl{
    {QStringLiteral("*"), QJsonObject{{QStringLiteral("read"), true}, {QStringLiteral("write"), true}}}};

// How a server is written to: the master key, or (ODD) the REST key, which meets its batch limit of 5.
ServerProfile writerProfile(const QByteArray &server)
{
    ServerProfile p = LocalParseServer::profile(server.constData());
    p.useMasterKey = server != "ODD";
    return p;
}

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// Every object of the class, read by objectId cursor in pages of 1,000.
QHash<QString, QJsonObject> readAll(ParseClient &client, const QString &cls)
{
    QHash<QString, QJsonObject> objects;
    CursorPager pager({}, kObjectId, false, false, 1000);
    while (!pager.atEnd()) {
        const ParseResult r = await(client.send(ParseRequest::find(cls, pager.nextQuery())), 60000);
        if (!r.ok())
            return {};
        const QJsonArray page = r.object().value(QLatin1String("results")).toArray();
        for (const QJsonValue &v : page)
            objects.insert(v.toObject().value(kObjectId).toString(), v.toObject());
        pager.advance(page);
        if (pager.stalled())
            return {};
    }
    return objects;
}

// The fields the edits touch, as the server has them (no dates: an update moves updatedAt).
QJsonObject fieldsOf(QJsonObject o)
{
    o.remove(QStringLiteral("createdAt"));
    o.remove(QStringLiteral("updatedAt"));
    return o;
}

// The edits: what each writes, and the object after it from the object before.
BulkEdit editOf(const QString &name)
{
    BulkEdit edit;
    if (name == QLatin1String("set")) {
        edit.values = {{QStringLiteral("label"), QStringLiteral("bulk")}, {QStringLiteral("extra"), 1.5}};
    } else if (name == QLatin1String("set ACL")) {
        edit.values = {{kAcl, QJsonObject{{QStringLiteral("*"), QJsonObject{{QStringLiteral("read"), true},
                                                                            {QStringLiteral("write"), true}}},
                                          {QStringLiteral("role:BulkScaleAdmins"),
                                           QJsonObject{{QStringLiteral("read"), true}}}}}};
    } else if (name == QLatin1String("unset")) {
        edit.kind = BulkEdit::Kind::Unset;
        edit.field = QStringLiteral("label");
    } else if (name == QLatin1String("increment")) {
        edit.kind = BulkEdit::Kind::Increment;
        edit.field = QStringLiteral("n");
        edit.amount = 1000;
    } else if (name == QLatin1String("add items")) {
        edit.kind = BulkEdit::Kind::AddItems;
        edit.field = kTags;
        edit.amount = QJsonArray{"a", "c"};
    } else if (name == QLatin1String("remove items")) {
        edit.kind = BulkEdit::Kind::RemoveItems;
        edit.field = kTags;
        edit.amount = QJsonArray{"a"};
    }
    return edit;
}

QJsonObject edited(QJsonObject o, const BulkEdit &edit)
{
    QJsonArray tags = o.value(kTags).toArray();
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
    case BulkEdit::Kind::RemoveItems: {
        QJsonArray kept;
        for (const QJsonValue &v : std::as_const(tags)) {
            if (!edit.amount.toArray().contains(v))
                kept.append(v);
        }
        o.insert(edit.field, kept);
    } break;
    default:
        break;
    }
    return o;
}

// The objects a server's rows share: kMatching in the filter {"group": "in"}, kOthers outside it.
struct Fixture
{
    explicit Fixture(const QByteArray &server)
        : admin(LocalParseServer::profile(server.constData()))
    {}
    AdminClient admin;
    QString cls;
    QHash<QString, QJsonObject> before; // objectId -> the object as made
};

// Every object against what it should be: `expected` of the object as made, for the ids it takes; the
// others as made. A failure names the first object that differs.
bool verify(Fixture &f, const std::function<std::optional<QJsonObject>(const QJsonObject &)> &expected,
            QString *why)
{
    const QHash<QString, QJsonObject> now = readAll(f.admin.client(), f.cls);
    if (now.size() != f.before.size()) {
        *why = QStringLiteral("%1 objects on the server, %2 made").arg(now.size()).arg(f.before.size());
        return false;
    }
    for (auto it = f.before.begin(); it != f.before.end(); ++it) {
        const QJsonObject want = fieldsOf(expected(*it).value_or(*it));
        const QJsonObject have = fieldsOf(now.value(it.key()));
        if (have != want) {
            *why = QStringLiteral("%1: %2, expected %3")
                       .arg(it.key(), QString::fromUtf8(QJsonDocument(have).toJson(QJsonDocument::Compact)),
                            QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact)));
            return false;
        }
    }
    return true;
}
} // namespace

class TestBulkEditScaleLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::map<QByteArray, std::unique_ptr<Fixture>> m_fixtures;

    // The server's objects, made on first use: batch creates through BatchRunner (its parallel window),
    // every 21st outside the filter.
    Fixture *fixture(const QByteArray &server)
    {
        auto &f = m_fixtures[server];
        if (f)
            return f.get();
        f = std::make_unique<Fixture>(server);
        f->cls = f->admin.classes().add(unique(QStringLiteral("DBulkScale")));
        QList<ParseRequest> creates;
        QList<QJsonObject> bodies;
        for (int i = 0; i < kMatching + kOthers; ++i) {
            bodies << QJsonObject{{QStringLiteral("n"), i},
                                  {kTags, QJsonArray{"a", "b"}},
                                  {QStringLiteral("label"), QStringLiteral("old")},
                                  {QStringLiteral("group"), i % 21 == 20 ? QStringLiteral("out") : kIn},
                                  {kAcl, kPublicAcl}};
            creates << ParseRequest::createObject(f->cls, bodies.last());
        }
        QElapsedTimer clock;
        clock.start();
        BatchRunner runner(&f->admin.client());
        runner.setBatchSize(100);
        QSignalSpy done(&runner, &BatchRunner::finished);
        runner.run(creates, false);
        if (!done.wait(kTimeoutMs))
            return nullptr;
        for (int i = 0; i < creates.size(); ++i) {
            const ParseResult &r = runner.results().at(i);
            if (!r.ok())
                return nullptr;
            QJsonObject o = bodies.at(i);
            o.insert(kObjectId, r.object().value(kObjectId));
            f->before.insert(o.value(kObjectId).toString(), o);
        }
        qInfo("%s: %lld objects made in %lld ms", server.constData(), qint64(creates.size()),
              clock.elapsed());
        return f.get();
    }

    // The entry's writes that reached the server (a batch the server refused as too large, split and
    // sent again, is recorded as failed).
    static int applied(const UndoEntry &entry)
    {
        return int(
            std::count_if(entry.operations.begin(), entry.operations.end(), [](const UndoOperation &op) {
                return op.outcome == UndoOperation::Outcome::Applied;
            }));
    }

    static bool matches(const QJsonObject &o) { return o.value(QLatin1String("group")).toString() == kIn; }

    static UndoRunner::Report undo(ParseClient *client, UndoJournal *journal, const QString &entryId)
    {
        UndoRunner runner(client, journal);
        QSignalSpy done(&runner, &UndoRunner::finished);
        runner.run(entryId);
        if (!done.wait(kTimeoutMs))
            return {};
        return done.first().first().value<UndoRunner::Report>();
    }

    // Runs the edit on every object matching the filter; the finished() arguments.
    static QList<QVariant> runFilter(BulkEditRun &run, const QString &cls, const BulkEdit &edit)
    {
        QSignalSpy finished(&run, &BulkEditRun::finished);
        run.runFilter(cls, edit, {{QStringLiteral("group"), kIn}}, {}, kMatching);
        if (finished.isEmpty() && !finished.wait(kTimeoutMs))
            return {};
        return finished.first();
    }

    static void servers()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QString>("edit");
        const QStringList edits{QStringLiteral("set"),       QStringLiteral("set ACL"),
                                QStringLiteral("unset"),     QStringLiteral("increment"),
                                QStringLiteral("add items"), QStringLiteral("remove items")};
        for (const QString &edit : edits)
            QTest::addRow("TEST, %s", qPrintable(edit)) << QByteArray("TEST") << edit;
        // REST key: the batch limit of 5 makes 2,000 batches of each edit.
        QTest::addRow("ODD, set") << QByteArray("ODD") << QStringLiteral("set");
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        qRegisterMetaType<UndoRunner::Report>();
    }

    void everyKind_verifiedAndUndoneAsOne_data() { servers(); }
    void everyKind_verifiedAndUndoneAsOne()
    {
        QFETCH(QByteArray, server);
        QFETCH(QString, edit);
        Fixture *f = fixture(server);
        QVERIFY2(f, "the objects could not be made");

        QTemporaryDir dir;
        ParseClient client(writerProfile(server), &m_network);
        UndoJournal journal(dir.path());
        journal.attach(&client);
        BatchModel outcomes;
        outcomes.session()->setClient(&client);
        BulkEditRun run(&outcomes);
        QSignalSpy progress(&run, &BulkEditRun::progress);
        const BulkEdit bulk = editOf(edit);
        const int batchSize = outcomes.session()->batchSize();
        QElapsedTimer clock;
        clock.start();
        const QList<QVariant> done = runFilter(run, f->cls, bulk);
        const qint64 editMs = clock.restart();
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.at(0).toBool(), false);
        QVERIFY2(!done.at(1).value<ParseError>().isError(),
                 qPrintable(done.at(1).value<ParseError>().describe()));
        QCOMPARE(outcomes.rowCount(), kMatching);
        QCOMPARE(outcomes.session()->summary().success, kMatching);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(kMatching));

        QString why;
        const auto afterEdit = [&bulk](const QJsonObject &o) -> std::optional<QJsonObject> {
            if (!matches(o))
                return std::nullopt;
            return edited(o, bulk);
        };
        QVERIFY2(verify(*f, afterEdit, &why), qPrintable(why));
        const qint64 verifyMs = clock.restart();

        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(applied(journal.entries().first()), kMatching);
        // ODD's batch limit is learned once, not again on every page.
        QVERIFY2(journal.entries().first().operations.size() - kMatching <= batchSize,
                 qPrintable(QString::number(journal.entries().first().operations.size())));
        const UndoRunner::Report report = undo(&client, &journal, journal.entries().first().id);
        QVERIFY2(report.failed == 0 && !report.error.isError(), qPrintable(report.text()));
        QCOMPARE(report.restored, kMatching);
        const qint64 undoMs = clock.restart();
        QVERIFY2(verify(
                     *f, [](const QJsonObject &) { return std::nullopt; }, &why),
                 qPrintable(why));
        qInfo("%s, %s: edit %lld ms, verify %lld ms, undo %lld ms", server.constData(), qPrintable(edit),
              editMs, verifyMs, undoMs);
    }

    // Cancelled halfway through 10,000: exactly the objects the outcomes list as written have the edit,
    // no other; undoing the entry restores them.
    void cancelMidway_leavesWhatTheOutcomesList()
    {
        Fixture *f = fixture("TEST");
        QVERIFY2(f, "the objects could not be made");
        QTemporaryDir dir;
        ParseClient client(writerProfile("TEST"), &m_network);
        UndoJournal journal(dir.path());
        journal.attach(&client);
        BatchModel outcomes;
        outcomes.session()->setClient(&client);
        BulkEditRun run(&outcomes);
        const BulkEdit bulk = editOf(QStringLiteral("increment"));
        connect(&run, &BulkEditRun::progress, &run, [&run](qint64 done, qint64) {
            if (done >= kMatching / 2)
                run.cancel();
        });
        const QList<QVariant> done = runFilter(run, f->cls, bulk);
        QCOMPARE(done.value(0).toBool(), true);
        const BatchSession::Summary summary = outcomes.session()->summary();
        QVERIFY2(summary.success >= kMatching / 2 && summary.success < kMatching,
                 qPrintable(QString::number(summary.success)));
        QCOMPARE(summary.unknown, 0);
        QCOMPARE(summary.error, 0);
        QSet<QString> written;
        for (int row : outcomes.session()->rowsWith({BatchSession::Outcome::Success}))
            written.insert(outcomes.session()->operation(row).path.section(QLatin1Char('/'), -1));
        QCOMPARE(written.size(), summary.success);
        QString why;
        QVERIFY2(verify(
                     *f,
                     [&](const QJsonObject &o) -> std::optional<QJsonObject> {
                         if (!written.contains(o.value(kObjectId).toString()))
                             return std::nullopt;
                         return edited(o, bulk);
                     },
                     &why),
                 qPrintable(why));

        QCOMPARE(journal.entries().size(), 1);
        QCOMPARE(applied(journal.entries().first()), summary.success);
        const UndoRunner::Report report = undo(&client, &journal, journal.entries().first().id);
        QVERIFY2(report.failed == 0 && !report.error.isError(), qPrintable(report.text()));
        QCOMPARE(report.restored, summary.success);
        QVERIFY2(verify(
                     *f, [](const QJsonObject &) { return std::nullopt; }, &why),
                 qPrintable(why));
    }
};

QTEST_MAIN(TestBulkEditScaleLive)
#include "TestBulkEditScaleLive.moc"
