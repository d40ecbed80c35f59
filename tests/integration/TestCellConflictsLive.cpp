// The class browser's cell edits never overwrite a newer value silently: a colleague's write (a second
// client) between load and save is a conflict with its three values, not sent; Keep mine writes mine, Take
// theirs keeps theirs; a delete of a changed object is not sent either. A refresh keeps a pending edit and
// marks its cell when the server's value changed meanwhile. Against TEST and STRICT.
#include "AdminClient.h"
#include "Await.h"
#include "LocalParseServer.h"
#include "core/journal/UndoJournal.h"
#include "core/journal/UndoPlan.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
const QString kLabel = QStringLiteral("label");

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}
} // namespace

class TestCellConflictsLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    // Objects {label, score} in a new class of the admin's server, loaded into model.
    static QStringList seed(AdminClient &admin, const QString &cls, const QStringList &labels)
    {
        QStringList ids;
        for (int i = 0; i < labels.size(); ++i) {
            const ParseResult r = await(admin.client().send(
                ParseRequest::createObject(cls, {{kLabel, labels.at(i)}, {QStringLiteral("score"), i + 1}})));
            if (!r.ok())
                return {};
            ids << r.object().value(QLatin1String("objectId")).toString();
        }
        return ids;
    }
    static void load(ObjectTableModel &model, int rows)
    {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), rows, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    }
    static QModelIndex cell(const ObjectTableModel &model, const QString &id, const QString &field)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(ObjectTableModel::ObjectRole).toJsonObject().value(QLatin1String("objectId")) ==
                id)
                return model.index(row, int(model.fields().indexOf(field)));
        }
        return {};
    }
    static QJsonObject onServer(AdminClient &admin, const QString &cls, const QString &id)
    {
        return await(admin.client().send(ParseRequest::getObject(cls, id))).object();
    }
    // The colleague: another client writing to the same objects.
    static bool colleagueWrites(AdminClient &admin, const QString &cls, const QString &id,
                                const QJsonObject &body)
    {
        QTest::qWait(5); // updatedAt counts milliseconds: the colleague's write comes later than the load
        return await(admin.client().send(ParseRequest::updateObject(cls, id, body))).ok();
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_LOCAL_PARSE_SERVER(); }

    void servers_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::newRow("TEST") << QByteArray("TEST");
        QTest::newRow("STRICT") << QByteArray("STRICT");
    }

    void save_colleaguesWrite_isAConflictNotOverwritten_data() { servers_data(); }
    void save_colleaguesWrite_isAConflictNotOverwritten()
    {
        QFETCH(QByteArray, server);
        const ServerProfile profile = LocalParseServer::profile(server.constData());
        AdminClient admin(profile);
        const QString cls = admin.classes().add(unique(QStringLiteral("CConflict")));
        const QStringList ids =
            seed(admin, cls, {QStringLiteral("a0"), QStringLiteral("b0"), QStringLiteral("c0")});
        QCOMPARE(ids.size(), 3);
        ParseClient client(profile, &m_network);
        RequestQueue queue(&client);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client, &queue);
        model.setClass(cls, await(admin.client().send(ParseRequest::schema(cls))).object());
        load(model, 3);

        QVERIFY(model.setData(cell(model, ids.at(0), kLabel), QStringLiteral("mine0")));
        QVERIFY(model.setData(cell(model, ids.at(1), kLabel), QStringLiteral("mine1")));
        QVERIFY(colleagueWrites(admin, cls, ids.at(0), {{kLabel, QStringLiteral("theirs0")}}));
        QVERIFY(colleagueWrites(admin, cls, ids.at(1), {{kLabel, QStringLiteral("theirs1")}}));
        QSignalSpy saved(&model, &ObjectTableModel::saved);
        model.save();
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.last(), (QList<QVariant>{0, 0, 2}));
        // Nothing was overwritten; the edits stay pending and show the three values.
        QCOMPARE(onServer(admin, cls, ids.at(0)).value(kLabel).toString(), QStringLiteral("theirs0"));
        QCOMPARE(onServer(admin, cls, ids.at(1)).value(kLabel).toString(), QStringLiteral("theirs1"));
        QCOMPARE(model.pendingCount(), 2);
        QCOMPARE(model.contestedCount(), 2);
        const QModelIndex first = cell(model, ids.at(0), kLabel);
        const QJsonObject three = first.data(ObjectTableModel::ConflictRole).toJsonObject();
        QCOMPARE(three.value(QLatin1String("loaded")).toString(), QStringLiteral("a0"));
        QCOMPARE(three.value(QLatin1String("server")).toString(), QStringLiteral("theirs0"));
        QCOMPARE(three.value(QLatin1String("mine")).toString(), QStringLiteral("mine0"));
        const QString tip = first.data(Qt::ToolTipRole).toString();
        for (const char *value : {"a0", "theirs0", "mine0"})
            QVERIFY2(tip.contains(QLatin1String(value)), qPrintable(tip));
        QCOMPARE(first.data(), QVariant(QStringLiteral("mine0")));

        // Keep mine writes mine; Take theirs keeps theirs and shows it.
        model.keepMine({first});
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.last(), (QList<QVariant>{1, 0, 0}));
        QCOMPARE(onServer(admin, cls, ids.at(0)).value(kLabel).toString(), QStringLiteral("mine0"));
        const QModelIndex second = cell(model, ids.at(1), kLabel);
        model.takeTheirs({second});
        QCOMPARE(second.data(), QVariant(QStringLiteral("theirs1")));
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.contestedCount(), 0);
        QCOMPARE(onServer(admin, cls, ids.at(1)).value(kLabel).toString(), QStringLiteral("theirs1"));

        // A delete of an object changed since it was loaded is not sent.
        QVERIFY(colleagueWrites(admin, cls, ids.at(2), {{kLabel, QStringLiteral("theirs2")}}));
        QSignalSpy written(&model, &ObjectTableModel::written);
        model.deleteRows({cell(model, ids.at(2), kLabel).row()});
        QVERIFY(written.wait(20000));
        QCOMPARE(written.last().at(3).toInt(), 1);
        QCOMPARE(written.last().at(0).toInt(), 0);
        QCOMPARE(onServer(admin, cls, ids.at(2)).value(kLabel).toString(), QStringLiteral("theirs2"));
    }

    void save_readsEachObjectOnce_onlyItsWrittenFields_data() { servers_data(); }
    void save_readsEachObjectOnce_onlyItsWrittenFields()
    {
        QFETCH(QByteArray, server);
        const ServerProfile profile = LocalParseServer::profile(server.constData());
        AdminClient admin(profile);
        const QString cls = admin.classes().add(unique(QStringLiteral("CReadOnce")));
        const QStringList ids = seed(admin, cls, {QStringLiteral("a0"), QStringLiteral("b0")});
        QCOMPARE(ids.size(), 2);
        ParseClient client(profile, &m_network);
        RequestQueue queue(&client);
        QTemporaryDir dir;
        UndoJournal journal(dir.path());
        journal.attach(&client);
        ObjectTableModel model;
        model.setClient(&client, &queue);
        model.setClass(cls, await(admin.client().send(ParseRequest::schema(cls))).object());
        load(model, 2);
        QVERIFY(model.setData(cell(model, ids.at(0), kLabel), QStringLiteral("mine0")));
        QVERIFY(model.setData(cell(model, ids.at(1), kLabel), QStringLiteral("mine1")));
        // The conflict check's read is also the undo journal's snapshot: each object is read by id once,
        // and only the fields written (a wide class's 200 fields are no cost of a one-cell edit).
        QHash<QString, int> readsById;
        QStringList keysRead;
        connect(&client, &ParseClient::requestFinished, &client, [&](const ParseResult &r) {
            keysRead << r.request.query.queryItemValue(QStringLiteral("keys"), QUrl::FullyDecoded);
            const QString where = r.request.query.queryItemValue(QStringLiteral("where"), QUrl::FullyEncoded);
            const QJsonObject byId =
                QJsonDocument::fromJson(QUrl::fromPercentEncoding(where.toLatin1()).toUtf8())
                    .object()
                    .value(QLatin1String("objectId"))
                    .toObject();
            for (const QJsonValue &id : byId.value(QLatin1String("$in")).toArray())
                ++readsById[id.toString()];
        });
        QSignalSpy saved(&model, &ObjectTableModel::saved);
        model.save();
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.last(), (QList<QVariant>{2, 0, 0}));
        QCOMPARE(readsById.value(ids.at(0)), 1);
        QCOMPARE(readsById.value(ids.at(1)), 1);
        QVERIFY2(keysRead.contains(QStringLiteral("label,objectId,updatedAt")),
                 qPrintable(keysRead.join(' ')));
        QCOMPARE(journal.entries().size(), 1);
        const UndoEntry &entry = journal.entries().first();
        QCOMPARE(entry.snapshot(cls, ids.at(0)).value(kLabel).toString(), QStringLiteral("a0"));
        QVERIFY(!entry.snapshot(cls, ids.at(0)).contains(QStringLiteral("score")));
        QCOMPARE(onServer(admin, cls, ids.at(0)).value(kLabel).toString(), QStringLiteral("mine0"));
        // Undo puts back what the partial snapshot holds.
        const QJsonObject now{{cls, QJsonObject{{ids.at(0), onServer(admin, cls, ids.at(0))}}}};
        const UndoPlan plan = UndoPlan::build(entry, now, false);
        QCOMPARE(plan.requests.size(), 1);
        QCOMPARE(plan.requests.first().body.toObject(), (QJsonObject{{kLabel, QStringLiteral("a0")}}));
    }

    void refresh_keepsPendingEditsAndMarksServerChanges_data() { servers_data(); }
    void refresh_keepsPendingEditsAndMarksServerChanges()
    {
        QFETCH(QByteArray, server);
        const ServerProfile profile = LocalParseServer::profile(server.constData());
        AdminClient admin(profile);
        const QString cls = admin.classes().add(unique(QStringLiteral("CRefresh")));
        const QStringList ids = seed(admin, cls, {QStringLiteral("x0"), QStringLiteral("y0")});
        QCOMPARE(ids.size(), 2);
        ParseClient client(profile, &m_network);
        RequestQueue queue(&client);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client, &queue);
        model.setClass(cls, await(admin.client().send(ParseRequest::schema(cls))).object());
        load(model, 2);

        QVERIFY(model.setData(cell(model, ids.at(0), kLabel), QStringLiteral("mine")));
        QVERIFY(model.setData(cell(model, ids.at(1), kLabel), QStringLiteral("also mine")));
        // The colleague changes the edited field of one object, and another field of the other.
        QVERIFY(colleagueWrites(admin, cls, ids.at(0), {{kLabel, QStringLiteral("theirs")}}));
        QVERIFY(colleagueWrites(admin, cls, ids.at(1), {{QStringLiteral("score"), 20}}));
        model.reload();
        load(model, 2);

        const QModelIndex changed = cell(model, ids.at(0), kLabel);
        QVERIFY(changed.data(ObjectTableModel::PendingRole).toBool());
        QCOMPARE(changed.data(), QVariant(QStringLiteral("mine")));
        QVERIFY(changed.data(ObjectTableModel::ServerChangedRole).toBool());
        QVERIFY2(changed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("theirs")),
                 qPrintable(changed.data(Qt::ToolTipRole).toString()));
        const QModelIndex kept = cell(model, ids.at(1), kLabel);
        QCOMPARE(kept.data(), QVariant(QStringLiteral("also mine")));
        QVERIFY(!kept.data(ObjectTableModel::ServerChangedRole).toBool());
        QCOMPARE(
            cell(model, ids.at(1), QStringLiteral("score")).data(ObjectTableModel::ValueRole).toJsonValue(),
            QJsonValue(20));
        QCOMPARE(model.pendingCount(), 2);
        QCOMPARE(model.contestedCount(), 1);

        // Saving: the changed one is a conflict (loaded, server now, mine); the other one is written.
        QSignalSpy saved(&model, &ObjectTableModel::saved);
        model.save();
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.last(), (QList<QVariant>{1, 0, 1}));
        const QJsonObject three =
            cell(model, ids.at(0), kLabel).data(ObjectTableModel::ConflictRole).toJsonObject();
        QCOMPARE(three.value(QLatin1String("loaded")).toString(), QStringLiteral("x0"));
        QCOMPARE(three.value(QLatin1String("server")).toString(), QStringLiteral("theirs"));
        QCOMPARE(three.value(QLatin1String("mine")).toString(), QStringLiteral("mine"));
        QCOMPARE(onServer(admin, cls, ids.at(0)).value(kLabel).toString(), QStringLiteral("theirs"));
        const QJsonObject other = onServer(admin, cls, ids.at(1));
        QCOMPARE(other.value(kLabel).toString(), QStringLiteral("also mine"));
        QCOMPARE(other.value(QLatin1String("score")).toInt(), 20);

        // Discard still drops everything.
        model.discard();
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.contestedCount(), 0);
    }
};

QTEST_MAIN(TestCellConflictsLive)
#include "TestCellConflictsLive.moc"
