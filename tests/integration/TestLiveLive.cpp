// Live listings and Cloud Code against the real server: polling sees a change within one interval,
// LiveQuery events re-rank the list, functions answer with their result or their Parse error code.
#include "Await.h"
#include "LocalParseServer.h"
#include "core/models/LiveListModel.h"
#include "core/models/RequestLogModel.h"
#include "core/models/Tone.h"
#include "core/net/LiveQueryClient.h"
#include "core/net/ParseClient.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestLiveLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    ParseClient *m_client = nullptr;
    QString m_owner;
    QStringList m_ids;

    QueryOptions ownRooms() const
    {
        QueryOptions q;
        q.where = {{QStringLiteral("creatorUsername"), m_owner}};
        q.order = {QStringLiteral("-visits")};
        q.limit = 10;
        return q;
    }

    void setVisits(const QString &id, int visits)
    {
        const ParseResult r = await(m_client->send(
            ParseRequest::updateObject(QStringLiteral("Room"), id, {{QStringLiteral("visits"), visits}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        m_client = new ParseClient(LocalParseServer::profile(), &m_network, this);
        m_owner = QStringLiteral("live") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        for (int i = 0; i < 3; ++i) {
            const ParseResult r = await(m_client->send(ParseRequest::createObject(
                QStringLiteral("Room"), {{QStringLiteral("creatorUsername"), m_owner},
                                         {QStringLiteral("roomName"), QStringLiteral("L%1").arg(i)},
                                         {QStringLiteral("visits"), (3 - i) * 10}})));
            QVERIFY(r.ok());
            m_ids << r.object().value(QLatin1String("objectId")).toString();
        }
    }

    void polling_seesAChangeWithinOneInterval()
    {
        LiveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns(LiveListModel::roomsPresetColumns());
        model.setClient(m_client);
        model.setIntervalSeconds(1);
        model.setQuery(QStringLiteral("Room"), ownRooms());
        QSignalSpy snapshot(&model, &LiveListModel::snapshot);
        QSignalSpy changed(&model, &LiveListModel::changed);
        model.start();
        QVERIFY(snapshot.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(LiveListModel::KeyRole).toString(), m_ids.at(0));
        QTest::qWait(1500); // a refresh that finds nothing new says nothing
        QCOMPARE(changed.count(), 0);
        setVisits(m_ids.at(2), 1000);
        QVERIFY(changed.wait(3000));
        QCOMPARE(model.index(0, 0).data(LiveListModel::KeyRole).toString(), m_ids.at(2));
        QCOMPARE(model.index(0, 0).data(LiveListModel::RankDeltaRole).toInt(), 2);
        QCOMPARE(model.activeMode(), LiveListModel::Mode::Polling);
    }

    void liveQuery_updateArrivesAndReRanks()
    {
        LiveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns(LiveListModel::roomsPresetColumns());
        model.setClient(m_client);
        model.setIntervalSeconds(3600); // only LiveQuery can bring the change in time
        model.setMode(LiveListModel::Mode::LiveQuery);
        model.setQuery(QStringLiteral("Room"), ownRooms());
        model.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.activeMode(), LiveListModel::Mode::LiveQuery, 10000);
        QTRY_COMPARE(model.rowCount(), 3);
        const QString last = model.index(2, 0).data(LiveListModel::KeyRole).toString();
        QSignalSpy changed(&model, &LiveListModel::changed);
        setVisits(last, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, 0).data(LiveListModel::KeyRole).toString(), last, 5000);
        QVERIFY(model.modeText().contains(QStringLiteral("LiveQuery")));
    }

    void liveQuery_unavailableFallsBackToPolling()
    {
        ServerProfile p = LocalParseServer::profile();
        p.serverUrl.setPort(9); // nothing listens there: no WebSocket, so LiveQuery never starts
        ParseClient client(p, &m_network);
        LiveListModel model;
        model.setColumns(LiveListModel::roomsPresetColumns());
        model.setClient(&client);
        model.setMode(LiveListModel::Mode::LiveQuery);
        model.setQuery(QStringLiteral("Room"), ownRooms());
        model.start();
        QTRY_VERIFY_WITH_TIMEOUT(model.modeText().contains(QStringLiteral("unavailable")), 10000);
        QCOMPARE(model.activeMode(), LiveListModel::Mode::Polling);
    }

    // Connect, subscribe and events reach the request log through the client, with none of the keys the
    // connect message carried.
    void liveQuery_trafficInTheRequestLogWithoutKeys()
    {
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true; // the connect message then carries every key the profile has
        ParseClient client(p, &m_network);
        RequestLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&client, &ParseClient::requestFinished, &log, &RequestLogModel::append);
        LiveQueryClient live(&client);
        QSignalSpy subscribed(&live, &LiveQueryClient::subscribed);
        QSignalSpy events(&live, &LiveQueryClient::objectEvent);
        live.subscribe(QStringLiteral("Room"), {{QStringLiteral("creatorUsername"), m_owner}});
        QVERIFY(subscribed.wait(10000));
        const ParseResult created = await(client.send(ParseRequest::createObject(
            QStringLiteral("Room"), {{QStringLiteral("creatorUsername"), m_owner},
                                     {QStringLiteral("roomName"), QStringLiteral("Logged")},
                                     {QStringLiteral("visits"), 1}})));
        QVERIFY2(created.ok(), qPrintable(created.error.describe()));
        const QString id = created.object().value(QLatin1String("objectId")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 5000);

        QStringList liveRows;
        QString everything;
        for (int r = 0; r < log.rowCount(); ++r) {
            if (log.index(r, RequestLogModel::Method).data().toString() == QLatin1String("WS"))
                liveRows << log.index(r, RequestLogModel::Status).data().toString() + QLatin1Char('|') +
                                log.index(r, RequestLogModel::Path).data().toString();
            for (int c = 0; c < log.columnCount(); ++c)
                everything +=
                    log.index(r, c).data().toString() + log.index(r, c).data(Qt::ToolTipRole).toString();
        }
        const QString url = LiveQueryClient::urlFor(p).toString();
        QCOMPARE(liveRows, (QStringList{QStringLiteral("connected|connect ") + url,
                                        QStringLiteral("subscribed|subscribe Room {\"creatorUsername\":\"") +
                                            m_owner + QStringLiteral("\"}"),
                                        QStringLiteral("event: create|Room ") + id}));
        for (const QString &secret : {p.applicationId, p.masterKey, p.restApiKey, p.clientKey}) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!everything.contains(secret), qPrintable(everything));
        }
    }

    void liveQuery_refusedConnectionIsLogged()
    {
        ServerProfile p = LocalParseServer::profile();
        p.serverUrl.setPort(9); // nothing listens there
        ParseClient client(p, &m_network);
        RequestLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&client, &ParseClient::requestFinished, &log, &RequestLogModel::append);
        LiveQueryClient live(&client);
        QSignalSpy unavailable(&live, &LiveQueryClient::unavailable);
        live.subscribe(QStringLiteral("Room"), {});
        QVERIFY(unavailable.wait(10000));
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(log.index(0, RequestLogModel::Method).data().toString(), QStringLiteral("WS"));
        QCOMPARE(log.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("unavailable"));
        QCOMPARE(log.index(0, RequestLogModel::Status).data(ToneRole::Text).toInt(), int(Tone::Bad));
        QVERIFY(log.index(0, RequestLogModel::Path)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(unavailable.first().first().toString()));
    }

    void functions_jsonAndForm_data()
    {
        QTest::addColumn<bool>("form");
        QTest::newRow("json") << false;
        QTest::newRow("form-urlencoded") << true;
    }
    void functions_jsonAndForm()
    {
        QFETCH(bool, form);
        ParseRequest r = ParseRequest::callFunction(QStringLiteral("echo"),
                                                    {{QStringLiteral("name"), QStringLiteral("a b&c")}});
        if (form)
            r.bodyEncoding = ParseRequest::BodyEncoding::Form;
        const ParseResult result = await(m_client->send(r));
        QVERIFY2(result.ok(), qPrintable(result.error.describe()));
        QCOMPARE(
            result.object().value(QLatin1String("result")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("a b&c"));
    }

    void functions_createRoomRules()
    {
        const auto call = [this](const QJsonObject &params) {
            return await(m_client->send(ParseRequest::callFunction(QStringLiteral("createRoom"), params)));
        };
        const QString name = QStringLiteral("R") + QUuid::createUuid().toString(QUuid::Id128).left(6);
        const QJsonObject params{{QStringLiteral("owner"), m_owner}, {QStringLiteral("roomName"), name}};
        QVERIFY(call(params).ok());
        QCOMPARE(call(params).error.code, 137);
        QCOMPARE(call({{QStringLiteral("owner"), m_owner},
                       {QStringLiteral("roomName"), QStringLiteral("no spaces")}})
                     .error.code,
                 int(ParseError::ValidationError));
        QCOMPARE(call({{QStringLiteral("roomName"), name}}).error.code, int(ParseError::ValidationError));
    }
};

QTEST_GUILESS_MAIN(TestLiveLive)
#include "TestLiveLive.moc"
