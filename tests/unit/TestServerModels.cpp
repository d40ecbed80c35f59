// The server panel's models under QAbstractItemModelTester, fed through the QNAM seam: what /serverInfo
// allows and which panels work, Parse Config edits as the changes a save sends (typed values, rename as
// add + delete, masterKeyOnly), a conflict and both ways out of it, and the log table (folded stack traces,
// each entry once while following, nothing new changes nothing).
#include "OfflineProfile.h"
#include "RecordingNetwork.h"
#include "core/models/ConfigConflictModel.h"
#include "core/models/ConfigModel.h"
#include "core/models/ServerInfoModel.h"
#include "core/models/ServerLogModel.h"
#include "core/models/Tone.h"
#include "core/net/ParseClient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {
ServerProfile profile()
{
    ServerProfile p = offlineProfile();
    p.masterKey = QStringLiteral("master");
    return p;
}

RecordingNetwork::Canned json(const QJsonValue &body, int status = 200)
{
    RecordingNetwork::Canned c;
    c.status = status;
    c.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return c;
}

QJsonObject parse(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonObject logEntry(const QString &time, const QString &message,
                     const QString &level = QStringLiteral("info"))
{
    return {{QStringLiteral("timestamp"), time},
            {QStringLiteral("message"), message},
            {QStringLiteral("level"), level}};
}
} // namespace

class TestServerModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void info_featuresAndPanels()
    {
        RecordingNetwork net;
        net.respond = [](const RecordingNetwork::Sent &sent) {
            if (sent.request.url().path().endsWith(QLatin1String("/health")))
                return json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
            return json(parse(
                "{\"parseServerVersion\":\"9.10.0\",\"features\":{\"globalConfig\":{\"read\":true},"
                "\"hooks\":{\"read\":false},\"cloudCode\":{\"jobs\":true},\"logs\":{\"level\":true}}}"));
        };
        ParseClient client(profile(), &net);
        ServerInfoModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.state(), ServerInfoModel::State::NotConnected);
        QVERIFY(!model.unavailableReason(ServerInfoModel::Panel::Config).isEmpty());
        model.setClient(&client);
        QCOMPARE(model.state(), ServerInfoModel::State::Asking);
        QTRY_COMPARE(model.state(), ServerInfoModel::State::Known);
        QTRY_VERIFY(model.healthy());
        QCOMPARE(model.version(), QStringLiteral("9.10.0"));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.unavailableReason(ServerInfoModel::Panel::Config).isEmpty());
        QVERIFY(model.unavailableReason(ServerInfoModel::Panel::Logs).isEmpty());
        QVERIFY(model.unavailableReason(ServerInfoModel::Panel::Jobs).isEmpty());
        QVERIFY(model.unavailableReason(ServerInfoModel::Panel::Hooks).contains(QLatin1String("webhooks")));
        const QModelIndex hooks =
            model.match(model.index(0, ServerInfoModel::Area), Qt::DisplayRole, QStringLiteral("hooks"))
                .value(0);
        QCOMPARE(hooks.siblingAtColumn(ServerInfoModel::Allowed).data().toString(), QStringLiteral("no"));
        model.setClient(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void info_refusedOrNoMasterKeySaysWhy()
    {
        RecordingNetwork net;
        net.respond = [](const RecordingNetwork::Sent &) {
            return json(QJsonObject{{QStringLiteral("error"), QStringLiteral("unauthorized")}}, 403);
        };
        ParseClient client(profile(), &net);
        ServerInfoModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        QTRY_COMPARE(model.state(), ServerInfoModel::State::Failed);
        QVERIFY(
            model.unavailableReason(ServerInfoModel::Panel::Logs).contains(QLatin1String("masterKeyIps")));

        ParseClient keyless(offlineProfile(), &net);
        const qsizetype sentBefore = net.sent.size();
        model.setClient(&keyless);
        QCOMPARE(model.state(), ServerInfoModel::State::Failed);
        QVERIFY(
            model.unavailableReason(ServerInfoModel::Panel::Config).contains(QLatin1String("master key")));
        QTRY_COMPARE(net.sent.size(), sentBefore + 1); // /health only
    }

    void config_editsBecomeChanges()
    {
        RecordingNetwork net;
        net.next = json(
            parse("{\"params\":{\"n\":1,\"s\":\"x\",\"b\":true,\"gone\":5},\"masterKeyOnly\":{\"s\":true}}"));
        ParseClient client(profile(), &net);
        ConfigModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ConfigModel::loaded);
        model.setClient(&client);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.isModified());
        const int n = model.rowOf(QStringLiteral("n"));
        QCOMPARE(model.index(n, ConfigModel::Type).data().toString(), QStringLiteral("Number"));
        QCOMPARE(model.index(n, 0).data(ConfigModel::FieldTypeRole).toString(), QStringLiteral("Number"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("s")), ConfigModel::MasterKeyOnly)
                     .data(Qt::CheckStateRole),
                 QVariant(Qt::Checked));

        QVERIFY(!model.setData(model.index(n, ConfigModel::Value), QStringLiteral("many")));
        QVERIFY(model.lastError().contains(QLatin1String("not a number")));
        QVERIFY(model.setData(model.index(n, ConfigModel::Value), QStringLiteral("2.5")));
        QCOMPARE(model.index(n, 0).data(ToneRole::Fill).toInt(), int(Tone::Caution));
        const int b = model.rowOf(QStringLiteral("b"));
        QVERIFY(model.setData(model.index(b, ConfigModel::Value), false));
        QVERIFY(model.setData(model.index(b, ConfigModel::MasterKeyOnly), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(b, ConfigModel::Name), QStringLiteral("n")));
        QVERIFY(model.setData(model.index(model.rowOf(QStringLiteral("s")), ConfigModel::Name),
                              QStringLiteral("t")));
        model.removeParameter(model.rowOf(QStringLiteral("gone")));
        QCOMPARE(model.addParameter(QStringLiteral("t"), QStringLiteral("Date")), -1);
        const int when = model.addParameter(QStringLiteral("when"), QStringLiteral("Date"));
        QCOMPARE(model.index(when, ConfigModel::Type).data().toString(), QStringLiteral("Date"));

        QMap<QString, ParseConfig::Value> changes;
        for (const ParseConfig::Change &change : model.changes())
            changes.insert(change.name, change.to);
        QCOMPARE(changes.keys(),
                 (QStringList{QStringLiteral("b"), QStringLiteral("gone"), QStringLiteral("n"),
                              QStringLiteral("s"), QStringLiteral("t"), QStringLiteral("when")}));
        QCOMPARE(changes.value(QStringLiteral("n")).value, QJsonValue(2.5));
        QCOMPARE(changes.value(QStringLiteral("b")), (ParseConfig::Value{QJsonValue(false), true}));
        QVERIFY(!changes.value(QStringLiteral("gone")).value);
        QVERIFY(!changes.value(QStringLiteral("s")).value);
        QCOMPARE(changes.value(QStringLiteral("t")),
                 (ParseConfig::Value{QJsonValue(QStringLiteral("x")), true}));

        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(n, ConfigModel::Value)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(n, ConfigModel::Value), QStringLiteral("3")));
    }

    void config_conflictKeepsOrOverwrites()
    {
        RecordingNetwork net;
        QJsonObject server = parse("{\"params\":{\"flag\":1,\"other\":1}}");
        net.respond = [&server](const RecordingNetwork::Sent &sent) {
            if (sent.method == "PUT")
                return json(QJsonObject{{QStringLiteral("result"), true}});
            return json(server);
        };
        ParseClient client(profile(), &net);
        ConfigModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ConfigModel::loaded);
        QSignalSpy saved(&model, &ConfigModel::saved);
        model.setClient(&client);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(model.setData(model.index(model.rowOf(QStringLiteral("flag")), ConfigModel::Value), 2));
        server = parse("{\"params\":{\"flag\":7,\"other\":1}}"); // a colleague's change meanwhile
        model.save();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(model.conflicts().size(), 1);
        QCOMPARE(model.conflicts().at(0).server.value, QJsonValue(7));
        QVERIFY(std::none_of(net.sent.cbegin(), net.sent.cend(),
                             [](const RecordingNetwork::Sent &s) { return s.method == "PUT"; }));

        ConfigConflictModel conflicts;
        QAbstractItemModelTester conflictTester(&conflicts,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        conflicts.setConflicts(model.conflicts());
        QCOMPARE(conflicts.rowCount(), 1);
        QCOMPARE(conflicts.index(0, ConfigConflictModel::Loaded).data().toString(), QStringLiteral("1"));
        QCOMPARE(conflicts.index(0, ConfigConflictModel::Server).data().toString(), QStringLiteral("7"));
        QCOMPARE(conflicts.index(0, ConfigConflictModel::Mine).data().toString(), QStringLiteral("2"));

        model.keepServerValues();
        QVERIFY(model.conflicts().isEmpty());
        QVERIFY(!model.isModified());
        QCOMPARE(model.index(model.rowOf(QStringLiteral("flag")), ConfigModel::Value).data().toString(),
                 QStringLiteral("7"));

        QVERIFY(model.setData(model.index(model.rowOf(QStringLiteral("flag")), ConfigModel::Value), 3));
        server = parse("{\"params\":{\"flag\":8,\"other\":1}}");
        model.save();
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(model.conflicts().size(), 1);
        model.overwriteServerValues();
        QTRY_COMPARE(saved.size(), 3);
        QVERIFY(saved.last().at(0).value<ParseResult>().ok());
        QCOMPARE(net.sent.last().method, QByteArray("PUT"));
        QCOMPARE(QJsonDocument::fromJson(net.sent.last().body).object().value(QStringLiteral("params")),
                 QJsonValue(QJsonObject{{QStringLiteral("flag"), 3}}));
        QVERIFY(!model.isModified()); // the table is what the server has now
        QCOMPARE(model.index(model.rowOf(QStringLiteral("flag")), ConfigModel::Value).data().toString(),
                 QStringLiteral("3"));
    }

    void log_foldsAndFollowsWithoutChurn()
    {
        RecordingNetwork net;
        // Cloud Code errors come with their stack trace beside the message.
        QJsonObject failed = logEntry(QStringLiteral("2024-05-01T10:00:01.000Z"),
                                      QStringLiteral("boom\n  Input: {}"), QStringLiteral("error"));
        failed.insert(QStringLiteral("stack"), QStringLiteral("Error: boom\n    at b (y.js:2)"));
        QJsonArray reply{failed,
                         logEntry(QStringLiteral("2024-05-01T10:00:00.000Z"), QStringLiteral("first"))};
        net.respond = [&reply](const RecordingNetwork::Sent &) { return json(reply); };
        ParseClient client(profile(), &net);
        ServerLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        QSignalSpy refreshed(&model, &ServerLogModel::refreshed);
        model.load({});
        QTRY_COMPARE(refreshed.size(), 1);
        QVERIFY(model.problem().isEmpty());
        QCOMPARE(model.rowCount(), 2);
        // Newest first; the stack trace folded into its first line.
        // (English plural forms come from the app's translation, not loaded here.)
        QVERIFY(model.index(0, ServerLogModel::Message)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("boom (+3 line")));
        QVERIFY(model.index(0, ServerLogModel::Message)
                    .data(ServerLogModel::FullTextRole)
                    .toString()
                    .contains(QLatin1String("y.js:2")));
        QCOMPARE(model.index(0, 0).data(ToneRole::Text).toInt(), int(Tone::Bad));

        // A poll with nothing new changes nothing; a new entry comes once, on top.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFollowing(true);
        QTest::qWait(ServerLogModel::kFollowIntervalMs + 500);
        QCOMPARE(inserted.size() + changed.size() + reset.size(), 0);
        reply.prepend(logEntry(QStringLiteral("2024-05-01T10:00:02.000Z"), QStringLiteral("second")));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, ServerLogModel::kFollowIntervalMs * 2);
        QCOMPARE(model.index(0, ServerLogModel::Message).data().toString(), QStringLiteral("second"));
        QTest::qWait(ServerLogModel::kFollowIntervalMs + 500);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        model.setFollowing(false);
        QVERIFY(net.sent.last().request.url().query().contains(QLatin1String("order=asc")));
    }

    void log_problemsAreExplained_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("no file logger") << 500 << QStringLiteral("logsFolder");
        QTest::newRow("key refused") << 403 << QStringLiteral("master key");
    }

    void log_problemsAreExplained()
    {
        QFETCH(int, status);
        QFETCH(QString, says);
        RecordingNetwork net;
        net.next = json(QJsonObject{{QStringLiteral("error"), QStringLiteral("nope")}}, status);
        ParseClient client(profile(), &net);
        ServerLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        QSignalSpy refreshed(&model, &ServerLogModel::refreshed);
        model.load({});
        QTRY_COMPARE(refreshed.size(), 1);
        QVERIFY2(model.problem().contains(says), qPrintable(model.problem()));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerModels)
#include "TestServerModels.moc"
