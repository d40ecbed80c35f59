// The Cloud Code console's models: the call history (requests as sent, outcomes, job status follow-up)
// and the table form of array results, under QAbstractItemModelTester and fed through the QNAM seam.
#include "OfflineProfile.h"
#include "RecordingNetwork.h"
#include "core/models/CloudCallModel.h"
#include "core/models/JsonTableModel.h"
#include "core/models/Tone.h"
#include "core/net/ParseClient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

namespace {
ServerProfile profile()
{
    ServerProfile p = offlineProfile();
    p.masterKey = QStringLiteral("master");
    p.useMasterKey = true;
    return p;
}

RecordingNetwork::Canned json(const QJsonObject &body, int status = 200)
{
    RecordingNetwork::Canned c;
    c.status = status;
    c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return c;
}

CloudCallModel::Call call(const QString &name, const QJsonObject &params = {})
{
    CloudCallModel::Call c;
    c.name = name;
    c.params = params;
    return c;
}
} // namespace

class TestCloudModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void function_resultAndRequestAsSent()
    {
        RecordingNetwork net;
        net.next = json({{QStringLiteral("result"), QJsonObject{{QStringLiteral("a"), 1}}}});
        ParseClient client(profile(), &net);
        CloudCallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        CloudCallModel::Call c = call(QStringLiteral("echo"), {{QStringLiteral("a"), 1}});
        c.sessionToken = QStringLiteral("r:token");
        model.run(c);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).state, CloudCallModel::State::Running);
        QVERIFY(!model.entry(0).replied);
        QTRY_COMPARE(model.entry(0).state, CloudCallModel::State::Succeeded);
        QVERIFY(model.entry(0).replied);
        QCOMPARE(model.entry(0).result, QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}));
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("echo")));

        QCOMPARE(net.sent.size(), 1);
        const RecordingNetwork::Sent &sent = net.sent.first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.request.url().path(), QStringLiteral("/parse/functions/echo"));
        QCOMPARE(sent.body, QByteArray(R"({"a":1})"));
        QCOMPARE(sent.request.rawHeader("X-Parse-Session-Token"), QByteArray("r:token"));
        // Unticked means no master key, even though the profile would send it.
        QVERIFY(!sent.request.hasRawHeader("X-Parse-Master-Key"));
        // The token is for the request only: the history never shows it.
        QVERIFY(!model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("r:token")));
    }

    void function_formAndMasterKey()
    {
        RecordingNetwork net;
        net.next = json({{QStringLiteral("result"), QStringLiteral("ok")}});
        ParseClient client(profile(), &net);
        CloudCallModel model;
        model.setClient(&client);
        CloudCallModel::Call c =
            call(QStringLiteral("echo"), {{QStringLiteral("name"), QStringLiteral("a b")}});
        c.form = true;
        c.masterKey = true;
        model.run(c);
        QTRY_COMPARE(model.entry(0).state, CloudCallModel::State::Succeeded);
        const RecordingNetwork::Sent &sent = net.sent.first();
        QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(QUrlQuery(QString::fromUtf8(sent.body)).queryItemValue(QStringLiteral("name")),
                 QStringLiteral("a b"));
        QCOMPARE(sent.request.rawHeader("X-Parse-Master-Key"), QByteArray("master"));
        QCOMPARE(model.entry(0).result, QJsonValue(QStringLiteral("ok")));
    }

    void function_parseErrorKeepsCodeAndNewestComesFirst()
    {
        RecordingNetwork net;
        net.next = json(
            {{QStringLiteral("code"), 4242}, {QStringLiteral("error"), QStringLiteral("custom failure")}},
            400);
        ParseClient client(profile(), &net);
        CloudCallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        model.run(call(QStringLiteral("first")));
        model.run(call(QStringLiteral("parseError")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(0).call.name, QStringLiteral("parseError"));
        QTRY_COMPARE(model.entry(0).state, CloudCallModel::State::Failed);
        QCOMPARE(model.entry(0).error.code, 4242);
        QCOMPARE(model.entry(0).error.message, QStringLiteral("custom failure"));
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("4242")));
        QCOMPARE(Tone(model.index(0).data(ToneRole::Text).toInt()), Tone::Bad);
        model.setClient(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.run(call(QStringLiteral("offline")));
        QCOMPARE(model.entry(0).state, CloudCallModel::State::Failed);
        QCOMPARE(model.entry(0).error.kind, ParseError::Kind::Config);
    }

    void job_startsThenFollowsItsStatus()
    {
        RecordingNetwork net;
        int statusReads = 0;
        net.respond = [&statusReads](const RecordingNetwork::Sent &s) {
            if (s.request.url().path().endsWith(QLatin1String("/jobs/countRooms")))
                return json({});
            ++statusReads;
            const QString state = statusReads < 2 ? QStringLiteral("running") : QStringLiteral("succeeded");
            return json({{QStringLiteral("results"),
                          QJsonArray{QJsonObject{{QStringLiteral("objectId"), QStringLiteral("job1")},
                                                 {QStringLiteral("status"), state},
                                                 {QStringLiteral("message"), QStringLiteral("40 rooms")}}}}});
        };
        ServerProfile p = profile();
        p.useMasterKey = false;
        ParseClient client(p, &net);
        CloudCallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        CloudCallModel::Call c = call(QStringLiteral("countRooms"));
        c.kind = CloudCallModel::Call::Kind::Job;
        model.run(c);
        QTRY_VERIFY(!model.entry(0).jobStatus.isEmpty());
        QCOMPARE(model.entry(0).state, CloudCallModel::State::Running);
        QTRY_COMPARE_WITH_TIMEOUT(model.entry(0).state, CloudCallModel::State::Succeeded, 3000);
        QCOMPARE(model.entry(0).jobStatus.value(QLatin1String("message")).toString(),
                 QStringLiteral("40 rooms"));
        QVERIFY(model.entry(0).jobNote.isEmpty());
        // Jobs need the master key whatever the profile says; the status is read with it too.
        for (const RecordingNetwork::Sent &s : std::as_const(net.sent))
            QCOMPARE(s.request.rawHeader("X-Parse-Master-Key"), QByteArray("master"));
        const QUrlQuery statusQuery(net.sent.at(1).request.url());
        QCOMPARE(net.sent.at(1).request.url().path(), QStringLiteral("/parse/classes/_JobStatus"));
        QCOMPARE(statusQuery.queryItemValue(QStringLiteral("order")), QStringLiteral("-createdAt"));
    }

    void table_arraysOfObjectsOnly_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("table");
        QTest::newRow("objects") << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("a"), 1}}}) << true;
        QTest::newRow("empty array") << QJsonValue(QJsonArray{}) << false;
        QTest::newRow("mixed") << QJsonValue(QJsonArray{QJsonObject{}, 1}) << false;
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}) << false;
        QTest::newRow("string") << QJsonValue(QStringLiteral("x")) << false;
    }
    void table_arraysOfObjectsOnly()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, table);
        QCOMPARE(JsonTableModel::isTable(value), table);
        JsonTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJson(value);
        QCOMPARE(model.rowCount() > 0, table);
    }

    void table_columnsInFirstSeenOrderWithObjectIdFirstWithoutParseMarkers()
    {
        JsonTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray rows{
            QJsonObject{{QStringLiteral("visits"), 3}, {QStringLiteral("objectId"), QStringLiteral("a")}},
            QJsonObject{
                {QStringLiteral("objectId"), QStringLiteral("b")},
                {QStringLiteral("__type"), QStringLiteral("Object")},
                {QStringLiteral("className"), QStringLiteral("Room")},
                {QStringLiteral("when"), QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                                     {QStringLiteral("className"), QStringLiteral("Room")},
                                                     {QStringLiteral("objectId"), QStringLiteral("r1")}}}}};
        model.setJson(rows);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("objectId"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("visits"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("Room:r1"));
        QVERIFY(!model.index(1, 1).data().isValid()); // b has no visits: an empty cell
        model.setJson(QJsonValue(QStringLiteral("not a table")));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCloudModels)
#include "TestCloudModels.moc"
