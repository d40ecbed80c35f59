// Running a query: the results table (columns, typed cells, count) under QAbstractItemModelTester, the
// debounced live count, and "copy as curl" without keys. Fed through the QNAM seam.
#include "OfflineProfile.h"
#include "RecordingNetwork.h"
#include "core/models/ResultsTableModel.h"
#include "core/net/ParseClient.h"
#include "core/query/CurlCommand.h"
#include "core/query/QueryCounter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {
// JSON lives in fixture files: moc 6.4 drops a class whose file has raw strings with odd quote counts.
QJsonObject fixture(const QString &key)
{
    QFile file(QStringLiteral(PARSEDESK_FIXTURES "/query-results.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toObject();
}

ServerProfile profile()
{
    ServerProfile p = offlineProfile();
    p.restApiKey = QStringLiteral("rest-secret");
    p.clientKey = QStringLiteral("client-secret");
    p.masterKey = QStringLiteral("master-secret");
    return p;
}

QStringList headers(const QAbstractItemModel &model)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal).toString();
    return out;
}

QString cell(const ResultsTableModel &model, int row, const QString &column)
{
    return model.index(row, int(headers(model).indexOf(column))).data().toString();
}

QJsonObject whereOf(const RecordingNetwork::Sent &sent)
{
    return QJsonDocument::fromJson(QUrlQuery(sent.request.url())
                                       .queryItemValue(QStringLiteral("where"), QUrl::FullyDecoded)
                                       .toUtf8())
        .object();
}
} // namespace

class TestQueryRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void results_columnsFollowTheSchema()
    {
        ResultsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(fixture(QStringLiteral("reply")).value(QLatin1String("results")).toArray(),
                         fixture(QStringLiteral("schemaFields")));
        QCOMPARE(model.rowCount(), 2);
        // objectId, the class's fields by name (only those some row has), keys outside the schema, then
        // Parse's bookkeeping.
        QCOMPARE(headers(model), (QStringList{"objectId", "owner", "playerUpdated", "roomName", "users",
                                              "visits", "extra", "createdAt", "updatedAt", "ACL"}));
        QCOMPARE(cell(model, 0, QStringLiteral("owner")), QStringLiteral("_User:u1"));
        QCOMPARE(cell(model, 0, QStringLiteral("playerUpdated")),
                 QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(cell(model, 0, QStringLiteral("createdAt")),
                 QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(cell(model, 1, QStringLiteral("users")), QString());
        QVERIFY(model.index(0, int(headers(model).indexOf(QStringLiteral("users"))))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("alice")));
        QCOMPARE(model.index(1, 3).data(ResultsTableModel::ObjectIdRole).toString(), QStringLiteral("b2"));
        QCOMPARE(model.index(1, 0).data(ResultsTableModel::ObjectRole).toJsonObject().value("extra"),
                 QJsonValue(QStringLiteral("only here")));
        QCOMPARE(model.index(0, int(headers(model).indexOf(QStringLiteral("visits"))))
                     .data(Qt::TextAlignmentRole)
                     .toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void results_projectionShowsOnlyReturnedKeys()
    {
        ResultsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(fixture(QStringLiteral("projected")).value(QLatin1String("results")).toArray(),
                         fixture(QStringLiteral("schemaFields")));
        QCOMPARE(headers(model), (QStringList{"objectId", "visits", "createdAt", "updatedAt"}));
    }

    void results_runSendsTheQueryAndKeepsTheCount()
    {
        RecordingNetwork net;
        net.next.body = QJsonDocument(fixture(QStringLiteral("reply"))).toJson();
        ParseClient client(profile(), &net);
        ResultsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        QueryOptions options;
        options.where = {{QStringLiteral("visits"), QJsonObject{{QStringLiteral("$gt"), 1}}}};
        options.order = {QStringLiteral("-visits")};
        options.count = true;
        model.run(QStringLiteral("Room"), options, fixture(QStringLiteral("schemaFields")));
        QCOMPARE(model.state(), ResultsTableModel::State::Running);
        QTRY_COMPARE(model.state(), ResultsTableModel::State::Done);
        QCOMPARE(net.sent.size(), 1);
        QCOMPARE(net.sent.first().request.url().path(), QStringLiteral("/parse/classes/Room"));
        QCOMPARE(whereOf(net.sent.first()), options.where);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.count(), std::optional<qint64>(42));

        net.next.status = 400;
        net.next.body = QJsonDocument(QJsonObject{{QStringLiteral("code"), 102},
                                                  {QStringLiteral("error"), QStringLiteral("bad query")}})
                            .toJson();
        model.run(QStringLiteral("Room"), options);
        QTRY_COMPARE(model.state(), ResultsTableModel::State::Failed);
        QVERIFY2(model.errorText().contains(QStringLiteral("bad query")), qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(), std::nullopt);
    }

    void results_aNewRunReplacesOneUnderWay()
    {
        RecordingNetwork net;
        net.respond = [](const RecordingNetwork::Sent &s) {
            RecordingNetwork::Canned c;
            const bool first = whereOf(s).contains(QLatin1String("first"));
            c.body = QJsonDocument(QJsonObject{{QStringLiteral("results"),
                                                QJsonArray{QJsonObject{{QStringLiteral("objectId"),
                                                                        first ? QStringLiteral("old")
                                                                              : QStringLiteral("new")}}}}})
                         .toJson();
            return c;
        };
        ParseClient client(profile(), &net);
        ResultsTableModel model;
        model.setClient(&client);
        QueryOptions first;
        first.where = {{QStringLiteral("first"), true}};
        model.run(QStringLiteral("Room"), first);
        model.run(QStringLiteral("Room"), {});
        QTRY_COMPARE(model.state(), ResultsTableModel::State::Done);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("new"));
    }

    void counter_waitsForAPauseAndCountsOnce()
    {
        RecordingNetwork net;
        net.next.body = QByteArrayLiteral("{\"results\":[],\"count\":7}");
        ParseClient client(profile(), &net);
        QueryCounter counter;
        QSignalSpy states(&counter, &QueryCounter::stateChanged);
        counter.setClient(&client);
        for (int visits = 0; visits < 5; ++visits)
            counter.request(QStringLiteral("Room"),
                            {{QStringLiteral("visits"), QJsonObject{{QStringLiteral("$gt"), visits}}}});
        QCOMPARE(counter.state(), QueryCounter::State::Waiting);
        QTest::qWait(QueryCounter::kDebounceMs / 5);
        QCOMPARE(net.sent.size(), 0);
        QTRY_COMPARE(counter.state(), QueryCounter::State::Counted);
        QCOMPARE(net.sent.size(), 1);
        const QUrlQuery query(net.sent.first().request.url());
        QCOMPARE(query.queryItemValue(QStringLiteral("count")), QStringLiteral("1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("0"));
        QCOMPARE(
            whereOf(net.sent.first()).value(QLatin1String("visits")).toObject().value(QLatin1String("$gt")),
            QJsonValue(4));
        QCOMPARE(counter.count(), 7);

        // The same where again (the limit changed, say) needs no new count.
        counter.request(QStringLiteral("Room"),
                        {{QStringLiteral("visits"), QJsonObject{{QStringLiteral("$gt"), 4}}}});
        QCOMPARE(counter.state(), QueryCounter::State::Counted);
        QTest::qWait(QueryCounter::kDebounceMs + 100);
        QCOMPARE(net.sent.size(), 1);

        counter.request(QString(), {});
        QCOMPARE(counter.state(), QueryCounter::State::Idle);
        QTest::qWait(QueryCounter::kDebounceMs + 100);
        QCOMPARE(net.sent.size(), 1);
    }

    void counter_reportsFailures()
    {
        RecordingNetwork net;
        net.next.status = 400;
        net.next.body = QByteArrayLiteral("{\"code\":102,\"error\":\"bad query\"}");
        ParseClient client(profile(), &net);
        QueryCounter counter;
        counter.setClient(&client);
        counter.request(QStringLiteral("Room"), {});
        QTRY_COMPARE(counter.state(), QueryCounter::State::Failed);
        QVERIFY(counter.errorText().contains(QStringLiteral("bad query")));
    }

    void curl_spellsOutTheQueryWithoutKeys()
    {
        RecordingNetwork net;
        ServerProfile p = profile();
        p.useMasterKey = true;
        ParseClient client(p, &net);
        QueryOptions options;
        options.where = {{QStringLiteral("roomName"), QStringLiteral("it's a+b")}};
        options.order = {QStringLiteral("-visits"), QStringLiteral("roomName")};
        options.limit = 5;
        const QString curl = CurlCommand::of(client, ParseRequest::find(QStringLiteral("Room"), options));
        for (const QString &secret : {p.restApiKey, p.clientKey, p.masterKey})
            QVERIFY2(!curl.contains(secret), qPrintable(curl));
        QVERIFY2(curl.startsWith(QStringLiteral("curl -G 'http://127.0.0.1:1337/parse/classes/Room' \\\n")),
                 qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("-H 'X-Parse-Application-Id: app'")));
        QVERIFY(curl.contains(QStringLiteral("-H 'X-Parse-REST-API-Key: <REST_API_KEY>'")));
        QVERIFY(curl.contains(QStringLiteral("-H 'X-Parse-Master-Key: <MASTER_KEY>'")));
        QVERIFY(curl.contains(QStringLiteral("-H 'X-Parse-Client-Key: <CLIENT_KEY>'")));
        // The where reads as JSON; the quote in it is escaped for the shell.
        QVERIFY2(curl.contains(QStringLiteral("--data-urlencode 'where={\"roomName\":\"it'\\''s a+b\"}'")),
                 qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("--data-urlencode 'order=-visits,roomName'")));
        QVERIFY(curl.contains(QStringLiteral("--data-urlencode 'limit=5'")));
        QVERIFY(!curl.contains(QStringLiteral("User-Agent")));

        const QString post = CurlCommand::of(
            client, ParseRequest::createObject(QStringLiteral("Room"), {{QStringLiteral("visits"), 1}}));
        QVERIFY2(post.startsWith(QStringLiteral("curl -X POST ")), qPrintable(post));
        QVERIFY(post.contains(QStringLiteral("--data-binary '{\"visits\":1}'")));
        QVERIFY(post.contains(QStringLiteral("Content-Type: application/json")));
    }
};

QTEST_GUILESS_MAIN(TestQueryRun)
#include "TestQueryRun.moc"
