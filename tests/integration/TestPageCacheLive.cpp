// A class shown again (issue #23, G6): its cached first page appears at once, the same find checks it, and
// only what changed meanwhile changes in the model (in place, marked); an unchanged page changes nothing.
// Cached rows never cross to another principal (View as…) or profile, and never replace pending edits.
#include "Await.h"
#include "LocalParseServer.h"
#include "core/models/ObjectTableModel.h"
#include "core/models/PageCache.h"
#include "core/models/Tone.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"
#include "core/session/UserSession.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestPageCacheLive : public QObject
{
    Q_OBJECT

private:
    static constexpr int kPublic = 5;
    static constexpr int kPrivate = 2; // readable with the master key only
    QNetworkAccessManager m_network;
    ParseClient *m_admin = nullptr;
    QString m_class;
    QJsonObject m_schema;
    QStringList m_ids; // the public ones, in creation order

    static void awaitLoaded(ObjectTableModel &model)
    {
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading() && model.count().has_value(); }, 20000));
        QVERIFY2(model.errorText().isEmpty(), qPrintable(model.errorText()));
    }

    // Another class in between, so that coming back is a class switch.
    void visitElsewhere(ObjectTableModel &model)
    {
        model.setClass(QStringLiteral("_Role"), {});
        model.fetchMore({});
        awaitLoaded(model);
    }

    void open(ObjectTableModel &model)
    {
        model.setClass(m_class, m_schema);
        model.fetchMore({});
    }

    static int rowOf(const ObjectTableModel &model, const QString &id)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0)
                    .data(ObjectTableModel::ObjectRole)
                    .toJsonObject()
                    .value(QStringLiteral("objectId")) == id)
                return row;
        }
        return -1;
    }

    static QVariant cell(const ObjectTableModel &model, int row, const QString &field, int role)
    {
        return model.index(row, int(model.fields().indexOf(field))).data(role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true;
        m_admin = new ParseClient(p, &m_network, this);
        m_class = QStringLiteral("FCache") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QJsonObject fields{
            {QStringLiteral("label"), QJsonObject{{QStringLiteral("type"), QStringLiteral("String")}}},
            {QStringLiteral("score"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Number")}}}};
        ParseResult r = await(m_admin->send(ParseRequest::createSchema(
            m_class, {{QStringLiteral("className"), m_class}, {QStringLiteral("fields"), fields}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        m_schema = r.object();
        for (int i = 0; i < kPublic + kPrivate; ++i) {
            QJsonObject o{{QStringLiteral("label"), QStringLiteral("n%1").arg(i)},
                          {QStringLiteral("score"), i}};
            if (i >= kPublic)
                o.insert(QStringLiteral("ACL"), QJsonObject());
            r = await(m_admin->send(ParseRequest::createObject(m_class, o)));
            QVERIFY2(r.ok(), qPrintable(r.error.describe()));
            if (i < kPublic)
                m_ids << r.object().value(QStringLiteral("objectId")).toString();
        }
    }

    void cleanupTestCase()
    {
        if (m_admin && !m_class.isEmpty()) {
            await(m_admin->send(ParseRequest::purgeClass(m_class)));
            await(m_admin->send(ParseRequest::deleteSchema(m_class)));
        }
    }

    void pageCacheKeepsWithinItsBudget()
    {
        // Three pages of the same reply text, room for two: the least recently used goes.
        const QByteArray reply =
            "{\"results\":[{\"objectId\":\"a\",\"x\":\"" + QByteArray(1000, 'x') + "\"}]}";
        const ObjectRows rows = *ObjectRows::fromFindReply(reply).rows;
        PageCache cache(2 * rows.bytes() + 10);
        cache.setOwner(QStringLiteral("me"));
        cache.insert(QStringLiteral("a"), rows, QDateTime::currentDateTime());
        cache.insert(QStringLiteral("b"), rows, QDateTime::currentDateTime());
        cache.setCount(QStringLiteral("a"), 7);
        QVERIFY(cache.find(QStringLiteral("a"))); // now the most recent
        cache.insert(QStringLiteral("c"), rows, QDateTime::currentDateTime());
        QVERIFY(!cache.find(QStringLiteral("b")));
        QCOMPARE(cache.find(QStringLiteral("a"))->count, std::optional<qint64>(7));
        cache.insert(QStringLiteral("a"), rows, QDateTime::currentDateTime()); // checked again: count stays
        QCOMPARE(cache.find(QStringLiteral("a"))->count, std::optional<qint64>(7));
        QCOMPARE(cache.size(), 2);
        QVERIFY(cache.bytes() <= 2 * rows.bytes() + 10);
        cache.setOwner(QStringLiteral("someone else"));
        QCOMPARE(cache.size(), 0);
        QCOMPARE(cache.bytes(), 0);
    }

    void revisitShowsCachedThenChecked()
    {
        RequestQueue queue(m_admin);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_admin, &queue);
        open(model);
        QVERIFY(!model.cachedAt().isValid()); // never seen: nothing to show yet
        QCOMPARE(model.rowCount(), 0);
        awaitLoaded(model);
        const int before = model.rowCount();
        QCOMPARE(before, kPublic + kPrivate);
        visitElsewhere(model);

        // A colleague changes one object and adds another meanwhile.
        const QString changedId = m_ids.at(1);
        ParseResult r = await(m_admin->send(ParseRequest::updateObject(
            m_class, changedId, {{QStringLiteral("label"), QStringLiteral("changed by a colleague")}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        r = await(m_admin->send(
            ParseRequest::createObject(m_class, {{QStringLiteral("label"), QStringLiteral("new")}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        const QString addedId = r.object().value(QStringLiteral("objectId")).toString();

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        open(model);
        // At once, before any reply: the cached page, its count, and when it was read.
        QCOMPARE(model.rowCount(), before);
        QVERIFY(model.cachedAt().isValid());
        QCOMPARE(model.count(), std::optional<qint64>(before));
        QVERIFY(model.isLoading());
        const int row = rowOf(model, changedId);
        QCOMPARE(cell(model, row, QStringLiteral("label"), Qt::DisplayRole).toString(), QStringLiteral("n1"));
        QCOMPARE(resets.size(), 1);

        awaitLoaded(model);
        QVERIFY(!model.cachedAt().isValid());
        QCOMPARE(resets.size(), 1); // checked in place, not reset
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.count(), std::optional<qint64>(before + 1));
        QCOMPARE(inserted.size(), 1);
        const int changedRow = rowOf(model, changedId);
        QCOMPARE(cell(model, changedRow, QStringLiteral("label"), Qt::DisplayRole).toString(),
                 QStringLiteral("changed by a colleague"));
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [changedRow](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().row() == changedRow;
        }));
        // The changed cells are marked (label, updatedAt), the others not; the new row wholly.
        QVERIFY(
            cell(model, changedRow, QStringLiteral("label"), ObjectTableModel::RecentlyChangedRole).toBool());
        QCOMPARE(cell(model, changedRow, QStringLiteral("label"), ToneRole::Fill).toInt(), int(Tone::Good));
        QVERIFY(!cell(model, changedRow, QStringLiteral("score"), ObjectTableModel::RecentlyChangedRole)
                     .toBool());
        QVERIFY(!cell(model, rowOf(model, m_ids.at(0)), QStringLiteral("label"),
                      ObjectTableModel::RecentlyChangedRole)
                     .toBool());
        QVERIFY(
            cell(model, rowOf(model, addedId), QStringLiteral("score"), ObjectTableModel::RecentlyChangedRole)
                .toBool());
        // The marks fade.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !cell(model, changedRow, QStringLiteral("label"),
                             ObjectTableModel::RecentlyChangedRole)
                            .toBool();
            },
            ObjectTableModel::kRecentMs + 2000));

        // Back once more with nothing changed: no reset after the cached page, no row or cell signal.
        visitElsewhere(model);
        open(model);
        QCOMPARE(model.rowCount(), before + 1);
        resets.clear();
        inserted.clear();
        changed.clear();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        awaitLoaded(model);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(moved.size(), 0);
        QCOMPARE(changed.size(), 0);

        // A colleague deletes an object: its row goes, the others stay.
        r = await(m_admin->send(ParseRequest::deleteObject(m_class, addedId)));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        visitElsewhere(model);
        open(model);
        resets.clear();
        awaitLoaded(model);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(rowOf(model, addedId), -1);
    }

    void pendingEditsAreNeverReplacedByCachedRows()
    {
        RequestQueue queue(m_admin);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_admin, &queue);
        open(model);
        awaitLoaded(model);
        const int rows = model.rowCount();
        QVERIFY(model.setData(model.index(0, int(model.fields().indexOf(QStringLiteral("label")))),
                              QStringLiteral("mine, not saved")));
        // A filter seen before (none) again: with an edit pending it loads from the server, edit kept.
        model.setWhere({});
        QVERIFY(!model.cachedAt().isValid());
        QCOMPARE(model.rowCount(), 0);
        awaitLoaded(model);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.pendingCount(), 1);
        QCOMPARE(model.index(0, int(model.fields().indexOf(QStringLiteral("label")))).data().toString(),
                 QStringLiteral("mine, not saved"));
    }

    void editOnTheCachedRow_fieldChangedMeanwhileIsMarked()
    {
        RequestQueue queue(m_admin);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_admin, &queue);
        open(model);
        awaitLoaded(model);
        visitElsewhere(model);
        const QString id = m_ids.at(3);
        QVERIFY(
            await(m_admin->send(ParseRequest::updateObject(m_class, id, {{QStringLiteral("score"), 300}})))
                .ok());
        open(model);
        QVERIFY(model.cachedAt().isValid());
        // Edited on the cached row, before the check's reply: the server's value changed under it.
        const QModelIndex score =
            model.index(rowOf(model, id), int(model.fields().indexOf(QStringLiteral("score"))));
        QVERIFY(model.setData(score, 7, Qt::EditRole));
        awaitLoaded(model);
        QCOMPARE(model.pendingCount(), 1);
        QVERIFY(score.data(ObjectTableModel::ServerChangedRole).toBool());
        QVERIFY(model.isContested(score));
    }

    void anotherPrincipalNeverSeesCachedRows_data()
    {
        QTest::addColumn<bool>("anonymous");
        QTest::addColumn<int>("rows");
        QTest::newRow("View as anonymous") << true << kPublic;
        QTest::newRow("another profile") << false << -1;
    }

    void anotherPrincipalNeverSeesCachedRows()
    {
        QFETCH(bool, anonymous);
        QFETCH(int, rows);
        RequestQueue queue(m_admin);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_admin, &queue);
        open(model);
        awaitLoaded(model);
        const int asAdmin = model.rowCount();
        QVERIFY(asAdmin > kPublic);

        ServerProfile profile = m_admin->profile();
        if (anonymous) {
            profile = UserSession::withoutMasterKey(profile);
        } else {
            profile.id = ServerProfile::newId();
            rows = asAdmin;
        }
        ParseClient other(profile, &m_network);
        RequestQueue otherQueue(&other);
        model.setClient(&other, &otherQueue);
        open(model);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.cachedAt().isValid());
        awaitLoaded(model);
        QCOMPARE(model.rowCount(), rows);

        // Back to the master key: the other principal's page is not shown either, nor the first one's.
        model.setClient(m_admin, &queue);
        open(model);
        QCOMPARE(model.rowCount(), 0);
        awaitLoaded(model);
        QCOMPARE(model.rowCount(), asAdmin);
    }
};

QTEST_GUILESS_MAIN(TestPageCacheLive)
#include "TestPageCacheLive.moc"
