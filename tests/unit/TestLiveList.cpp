// Live listings: the diff, the model's signals (none when nothing changed), ordering, top-N upkeep, default
// columns and the saved listings of a profile.
#include "OfflineProfile.h"
#include "RecordingNetwork.h"
#include "core/models/LiveListModel.h"
#include "core/models/Tone.h"
#include "core/net/ParseClient.h"
#include "core/settings/LiveListingConfig.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QJsonObject room(const QString &id, int visits, const QString &name = {})
{
    QJsonObject o{{QStringLiteral("objectId"), id}, {QStringLiteral("visits"), visits}};
    if (!name.isEmpty())
        o.insert(QStringLiteral("roomName"), name);
    return o;
}

QList<QJsonObject> apply(QList<QJsonObject> rows, const QList<LiveListDiff::Step> &steps)
{
    for (const auto &s : steps)
        LiveListDiff::applyStep(rows, s);
    return rows;
}

QByteArray resultsBody(const QList<QJsonObject> &rows)
{
    QJsonArray a;
    for (const QJsonObject &r : rows)
        a.append(r);
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), a}}).toJson(QJsonDocument::Compact);
}

// Every signal a view reacts to, counted.
struct SignalCounter
{
    explicit SignalCounter(QAbstractItemModel *m)
        : inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , moved(m, &QAbstractItemModel::rowsMoved)
        , changed(m, &QAbstractItemModel::dataChanged)
        , reset(m, &QAbstractItemModel::modelReset)
        , layout(m, &QAbstractItemModel::layoutChanged)
    {}
    int total() const
    {
        return int(inserted.count() + removed.count() + moved.count() + changed.count() + reset.count() +
                   layout.count());
    }
    QSignalSpy inserted, removed, moved, changed, reset, layout;
};
} // namespace

class TestLiveList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_turnsOldIntoNew_data()
    {
        QTest::addColumn<QList<QJsonObject>>("before");
        QTest::addColumn<QList<QJsonObject>>("after");
        QTest::addColumn<int>("steps");
        const auto a = room(QStringLiteral("a"), 3), b = room(QStringLiteral("b"), 2),
                   c = room(QStringLiteral("c"), 1);
        QTest::newRow("unchanged") << QList{a, b, c} << QList{a, b, c} << 0;
        QTest::newRow("insert") << QList{a, c} << QList{a, b, c} << 1;
        QTest::newRow("remove") << QList{a, b, c} << QList{a, c} << 1;
        QTest::newRow("move up") << QList{a, b, c} << QList{c, a, b} << 1;
        QTest::newRow("update") << QList{a, b} << QList{a, room(QStringLiteral("b"), 9)} << 1;
        QTest::newRow("everything") << QList{a, b, c}
                                    << QList{room(QStringLiteral("c"), 7), room(QStringLiteral("d"), 5), a}
                                    << 4;
        QTest::newRow("from empty") << QList<QJsonObject>{} << QList{a, b} << 2;
        QTest::newRow("to empty") << QList{a, b} << QList<QJsonObject>{} << 2;
    }
    void diff_turnsOldIntoNew()
    {
        QFETCH(QList<QJsonObject>, before);
        QFETCH(QList<QJsonObject>, after);
        QFETCH(int, steps);
        const QList<LiveListDiff::Step> diff = LiveListDiff::compute(before, after);
        QCOMPARE(diff.size(), steps);
        QCOMPARE(apply(before, diff), after);
    }

    void diff_updateNamesChangedFields()
    {
        const auto diff = LiveListDiff::compute({room(QStringLiteral("a"), 1, QStringLiteral("x"))},
                                                {room(QStringLiteral("a"), 2, QStringLiteral("x"))});
        QCOMPARE(diff.size(), 1);
        QCOMPARE(diff.first().changedFields, QStringList{QStringLiteral("visits")});
    }

    void model_unchangedRefreshEmitsNothing_changesAreMinimal()
    {
        RecordingNetwork net;
        QList<QJsonObject> server{room(QStringLiteral("a"), 30), room(QStringLiteral("b"), 20),
                                  room(QStringLiteral("c"), 10)};
        net.respond = [&server](const RecordingNetwork::Sent &) {
            RecordingNetwork::Canned c;
            c.body = resultsBody(server);
            return c;
        };
        ParseClient client(offlineProfile(), &net);
        LiveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns(LiveListModel::roomsPresetColumns());
        model.setClient(&client);
        model.setIntervalSeconds(3600);
        model.setQuery(QStringLiteral("Room"), LiveListModel::roomsPresetQuery());
        QSignalSpy snapshot(&model, &LiveListModel::snapshot);
        model.start();
        QTRY_COMPARE(snapshot.count(), 1);
        QCOMPARE(model.rowCount(), 3);

        {
            SignalCounter counter(&model);
            model.refreshNow();
            // Two polls of two requests: 3 rows are short of the limit of 100, and a page a server's
            // maxLimit clamped looks the same, so each poll asks for the rest (here: nothing new).
            QTRY_COMPARE(net.sent.size(), 4);
            QTest::qWait(100);
            QCOMPARE(counter.total(), 0);
        }
        {
            // c overtakes a: one move, one cell update, no reset.
            server = {room(QStringLiteral("c"), 99), room(QStringLiteral("a"), 30),
                      room(QStringLiteral("b"), 20)};
            SignalCounter counter(&model);
            QSignalSpy changed(&model, &LiveListModel::changed);
            model.refreshNow();
            QTRY_COMPARE(changed.count(), 1);
            QCOMPARE(counter.moved.count(), 1);
            QCOMPARE(counter.inserted.count(), 0);
            QCOMPARE(counter.removed.count(), 0);
            QCOMPARE(counter.reset.count(), 0);
            QCOMPARE(model.index(0, 0).data(LiveListModel::KeyRole).toString(), QStringLiteral("c"));
            QCOMPARE(model.index(0, 0).data(LiveListModel::RankDeltaRole).toInt(), 2);
            QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("▲")));
            QCOMPARE(Tone(model.index(0, 4).data(ToneRole::Fill).toInt()),
                     Tone::Caution); // the changed Visits cell
        }
    }

    void model_failedRefreshKeepsRowsAndRetriesSooner()
    {
        RecordingNetwork net;
        bool down = false;
        net.respond = [&down](const RecordingNetwork::Sent &) {
            RecordingNetwork::Canned c;
            c.networkError = down;
            c.body = resultsBody({room(QStringLiteral("a"), 1)});
            return c;
        };
        ParseClient client(offlineProfile(), &net);
        LiveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns(LiveListModel::roomsPresetColumns());
        model.setClient(&client);
        model.setIntervalSeconds(60);
        model.setQuery(QStringLiteral("Room"), {});
        model.start();
        QTRY_COMPARE(model.rowCount(), 1);
        down = true;
        model.refreshNow();
        QTRY_VERIFY(!model.errorText().isEmpty());
        QCOMPARE(model.rowCount(), 1);
        // The interval is 60 s; the first retry comes after about 2 s.
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(model.nextRefreshAt());
        QVERIFY2(wait > 0 && wait < 5000, qPrintable(QString::number(wait)));
        down = false;
        QTRY_VERIFY_WITH_TIMEOUT(model.errorText().isEmpty(), 5000);
    }

    void topN_liveEventsKeepOrderAndLimit()
    {
        LiveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns(LiveListModel::roomsPresetColumns());
        QueryOptions q;
        q.order = {QStringLiteral("-visits")};
        q.limit = 3;
        model.setQuery(QStringLiteral("Room"), q);
        model.applyEvent(QStringLiteral("create"), room(QStringLiteral("a"), 10));
        model.applyEvent(QStringLiteral("create"), room(QStringLiteral("b"), 30));
        model.applyEvent(QStringLiteral("create"), room(QStringLiteral("c"), 20));
        QTRY_COMPARE(model.rowCount(), 3);
        model.applyEvent(QStringLiteral("create"), room(QStringLiteral("d"), 5));  // below the top 3
        model.applyEvent(QStringLiteral("update"), room(QStringLiteral("a"), 40)); // a climbs to the top
        QTRY_COMPARE(model.index(0, 0).data(LiveListModel::KeyRole).toString(), QStringLiteral("a"));
        QStringList keys;
        for (int r = 0; r < model.rowCount(); ++r)
            keys << model.index(r, 0).data(LiveListModel::KeyRole).toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        model.applyEvent(QStringLiteral("delete"), room(QStringLiteral("b"), 30));
        QTRY_COMPARE(model.rowCount(), 2);
    }

    void sortRows_missingValuesLikePostgres()
    {
        QList<QJsonObject> rows{room(QStringLiteral("a"), 1),
                                QJsonObject{{QStringLiteral("objectId"), QStringLiteral("m")}},
                                room(QStringLiteral("b"), 5)};
        LiveListModel::sortRows(rows, {QStringLiteral("-visits")});
        QCOMPARE(LiveListDiff::keyOf(rows.at(0)), QStringLiteral("m"));
        QCOMPARE(LiveListDiff::keyOf(rows.at(1)), QStringLiteral("b"));
        LiveListModel::sortRows(rows, {QStringLiteral("visits")});
        QCOMPARE(LiveListDiff::keyOf(rows.at(0)), QStringLiteral("a"));
        QCOMPARE(LiveListDiff::keyOf(rows.at(2)), QStringLiteral("m"));
    }

    void defaultColumns_keysThenSchemaThenRows()
    {
        const auto fields = [](const QList<LiveListModel::Column> &columns) {
            QStringList names;
            for (const LiveListModel::Column &c : columns)
                names << (c.kind == LiveListModel::Column::Kind::Rank ? QStringLiteral("#") : c.field);
            return names;
        };
        const QJsonObject schema{
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("visits"), QJsonObject()},
                                                   {QStringLiteral("ACL"), QJsonObject()},
                                                   {QStringLiteral("updatedAt"), QJsonObject()},
                                                   {QStringLiteral("createdAt"), QJsonObject()},
                                                   {QStringLiteral("objectId"), QJsonObject()},
                                                   {QStringLiteral("roomName"), QJsonObject()}}}};
        QCOMPARE(fields(LiveListModel::defaultColumns({QStringLiteral("b"), QStringLiteral("a")}, schema)),
                 (QStringList{QStringLiteral("#"), QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(fields(LiveListModel::defaultColumns({}, schema)),
                 (QStringList{QStringLiteral("#"), QStringLiteral("objectId"), QStringLiteral("roomName"),
                              QStringLiteral("visits"), QStringLiteral("createdAt"),
                              QStringLiteral("updatedAt")}));
        QCOMPARE(fields(LiveListModel::defaultColumns({}, {},
                                                      {room(QStringLiteral("a"), 1, QStringLiteral("n"))})),
                 (QStringList{QStringLiteral("#"), QStringLiteral("objectId"), QStringLiteral("roomName"),
                              QStringLiteral("visits")}));
        QCOMPARE(fields(LiveListModel::defaultColumns({}, {})), QStringList{QStringLiteral("#")});
    }

    void listingConfig_savesAndLoadsPerProfile()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        LiveListingConfig custom;
        custom.className = QStringLiteral("Game");
        custom.where = {{QStringLiteral("name"), QStringLiteral("a, b")}};
        custom.order = {QStringLiteral("-score"), QStringLiteral("name")};
        custom.limit = 7;
        custom.keys = {QStringLiteral("name")};
        custom.intervalSeconds = 5;
        custom.mode = LiveListModel::Mode::LiveQuery;
        custom.paused = true;
        const QList<LiveListingConfig> both{LiveListingConfig::rooms(), custom};
        LiveListingConfig::save(&settings, QStringLiteral("p1"), both);
        LiveListingConfig::save(&settings, QStringLiteral("p2"), {custom});
        QCOMPARE(LiveListingConfig::load(&settings, QStringLiteral("p1")), both);
        LiveListingConfig::save(&settings, QStringLiteral("p1"), {custom});
        settings.sync();
        QSettings reread(settings.fileName(), QSettings::IniFormat);
        QCOMPARE(LiveListingConfig::load(&reread, QStringLiteral("p1")), QList<LiveListingConfig>{custom});
        QCOMPARE(LiveListingConfig::load(&reread, QStringLiteral("p2")), QList<LiveListingConfig>{custom});
        QVERIFY(LiveListingConfig::load(&reread, QStringLiteral("p3")).isEmpty());
        const LiveListingConfig rooms = LiveListingConfig::rooms();
        QCOMPARE(rooms.className, QStringLiteral("Room"));
        QCOMPARE(rooms.order, QStringList{QStringLiteral("-visits")});
        QVERIFY(rooms.roomsPreset);
    }
};

QTEST_GUILESS_MAIN(TestLiveList)
#include "TestLiveList.moc"
