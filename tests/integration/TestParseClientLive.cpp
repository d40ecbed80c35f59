// ParseClient against the real local Parse Server: CRUD, schemas, counts, functions, batch, errors.
#include "Await.h"
#include "LocalParseServer.h"
#include "core/models/RequestLogModel.h"
#include "core/net/ParseClient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>

class TestParseClientLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QString m_class;

    ParseClient *admin()
    {
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true;
        return new ParseClient(p, &m_network, this);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        m_class = QStringLiteral("ItClient") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }

    void crud_createReadUpdateQueryDelete()
    {
        ParseClient *client = admin();
        // allowClientClassCreation is off in Parse Server 9: classes are created with the master key.
        const QJsonObject schema{
            {QStringLiteral("className"), m_class},
            {QStringLiteral("fields"),
             QJsonObject{
                 {QStringLiteral("name"), QJsonObject{{QStringLiteral("type"), QStringLiteral("String")}}},
                 {QStringLiteral("score"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("Number")}}}}}};
        ParseResult r = await(client->send(ParseRequest::createSchema(m_class, schema)));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));

        r = await(client->send(ParseRequest::createObject(
            m_class, {{QStringLiteral("name"), QStringLiteral("a+b & c")}, {QStringLiteral("score"), 7}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QCOMPARE(r.httpStatus, 201);
        const QString id = r.object().value(QLatin1String("objectId")).toString();
        QVERIFY(!id.isEmpty());

        r = await(client->send(ParseRequest::getObject(m_class, id)));
        QVERIFY(r.ok());
        QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("a+b & c"));

        r = await(client->send(ParseRequest::updateObject(m_class, id, {{QStringLiteral("score"), 9}})));
        QVERIFY(r.ok());

        // '+' and '&' inside where JSON must reach the server intact through URL encoding.
        QueryOptions q;
        q.where = {{QStringLiteral("name"), QStringLiteral("a+b & c")}};
        q.keys = {QStringLiteral("score")};
        r = await(client->send(ParseRequest::find(m_class, q)));
        QVERIFY(r.ok());
        const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().toObject().value(QLatin1String("score")).toInt(), 9);

        r = await(client->send(ParseRequest::count(
            m_class, {{QStringLiteral("objectId"), QJsonObject{{QStringLiteral("$exists"), true}}}})));
        QVERIFY(r.ok());
        QCOMPARE(r.object().value(QLatin1String("count")).toInt(), 1);
        QVERIFY(r.object().value(QLatin1String("results")).toArray().isEmpty());

        r = await(client->send(ParseRequest::deleteObject(m_class, id)));
        QVERIFY(r.ok());
        r = await(client->send(ParseRequest::getObject(m_class, id)));
        QCOMPARE(r.error.kind, ParseError::Kind::Parse);
        QCOMPARE(r.error.code, int(ParseError::ObjectNotFound));

        r = await(client->send(ParseRequest::deleteSchema(m_class)));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
    }

    void schemas_listHasDemoClasses()
    {
        const ParseResult r = await(admin()->send(ParseRequest::schemas()));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QStringList names;
        for (const QJsonValue &c : r.object().value(QLatin1String("results")).toArray())
            names << c.toObject().value(QLatin1String("className")).toString();
        QVERIFY(names.contains(QStringLiteral("Room")));
        QVERIFY(names.contains(QStringLiteral("TypeZoo")));
        QVERIFY(names.contains(QStringLiteral("_User")));
    }

    void schemas_withoutMasterKey_failBeforeSending()
    {
        ServerProfile p = LocalParseServer::profile();
        p.masterKey.clear();
        ParseClient client(p, &m_network);
        const ParseResult r = await(client.send(ParseRequest::schemas()));
        QCOMPARE(r.error.kind, ParseError::Kind::Config);
        QVERIFY(r.error.describe().contains(QStringLiteral("master key")));
        QCOMPARE(r.httpStatus, 0);
    }

    void functions_successAndParseErrorCode()
    {
        ParseClient client(LocalParseServer::profile(), &m_network);
        ParseResult r = await(
            client.send(ParseRequest::callFunction(QStringLiteral("echo"), {{QStringLiteral("x"), 42}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QCOMPARE(r.object().value(QLatin1String("result")).toObject().value(QLatin1String("x")).toInt(), 42);

        r = await(client.send(ParseRequest::callFunction(QStringLiteral("parseError"), {})));
        QCOMPARE(r.error.kind, ParseError::Kind::Parse);
        QVERIFY(r.error.code != 0);
        QVERIFY(!r.error.message.isEmpty());

        r = await(client.send(ParseRequest::callFunction(QStringLiteral("plainError"), {})));
        QCOMPARE(r.error.kind, ParseError::Kind::Parse);
        QCOMPARE(r.error.code, int(ParseError::ScriptFailed));
    }

    // Guards the express 5 / router@2.3.0 regression, where every /batch answered HTTP 500.
    void batch_routeAnswersPerOperation()
    {
        ParseClient client(LocalParseServer::profile(), &m_network);
        const QString mount = LocalParseServer::profile().mountPath();
        const QJsonArray ops{
            QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), mount + QStringLiteral("/functions/echo")},
                        {QStringLiteral("body"), QJsonObject{{QStringLiteral("n"), 1}}}},
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), mount + QStringLiteral("/classes/Room")},
                        {QStringLiteral("body"), QJsonObject{{QStringLiteral("limit"), 1}}}},
        };
        const ParseResult r = await(client.send(ParseRequest::batch(ops, false)));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QCOMPARE(r.httpStatus, 200);
        const QJsonArray items = r.json.toArray();
        QCOMPARE(items.size(), 2);
        QVERIFY(items.at(0).toObject().contains(QLatin1String("success")));
        QCOMPARE(items.at(1)
                     .toObject()
                     .value(QLatin1String("success"))
                     .toObject()
                     .value(QLatin1String("results"))
                     .toArray()
                     .size(),
                 1);
    }

    void errors_wrongAppIdAndWrongKey_are403Unauthorized_data()
    {
        QTest::addColumn<QString>("appId");
        QTest::addColumn<QString>("restKey");
        QTest::newRow("wrong application id") << QStringLiteral("nope") << QString();
        QTest::newRow("wrong REST key") << QString() << QStringLiteral("wrong-key");
    }
    void errors_wrongAppIdAndWrongKey_are403Unauthorized()
    {
        QFETCH(QString, appId);
        QFETCH(QString, restKey);
        ServerProfile p = LocalParseServer::profile();
        p.masterKey.clear();
        p.clientKey.clear();
        if (!appId.isEmpty())
            p.applicationId = appId;
        if (!restKey.isEmpty())
            p.restApiKey = restKey;
        ParseClient client(p, &m_network);
        const ParseResult r = await(client.send(ParseRequest::find(QStringLiteral("Room"), {})));
        QCOMPARE(r.httpStatus, 403);
        QCOMPARE(r.error.kind, ParseError::Kind::Parse);
        QVERIFY(r.error.describe().contains(QStringLiteral("application id or key")));
    }

    void errors_unknownRoute_isHttp404WithMountHint()
    {
        ParseClient client(LocalParseServer::profile(), &m_network);
        ParseRequest request;
        request.path = QStringLiteral("/no-such-route");
        const ParseResult r = await(client.send(request));
        QCOMPARE(r.httpStatus, 404);
        QVERIFY(r.error.isError());
    }

    void errors_unreachable_isTransportCode100()
    {
        ServerProfile p = LocalParseServer::profile();
        p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9/parse"));
        ParseClient client(p, &m_network);
        const ParseResult r = await(client.send(ParseRequest::health()));
        QCOMPARE(r.error.kind, ParseError::Kind::Transport);
        QCOMPARE(r.error.code, int(ParseError::ConnectionFailed));
    }

    void timeout_isReportedOnce()
    {
        ParseClient client(LocalParseServer::profile(), &m_network);
        ParseRequest request =
            ParseRequest::callFunction(QStringLiteral("sleep"), {{QStringLiteral("ms"), 3000}});
        request.timeoutMs = 300;
        int completions = 0;
        ParseReply *reply = client.send(request);
        connect(reply, &ParseReply::finished, this, [&completions] { ++completions; });
        const ParseResult r = await(reply);
        QCOMPARE(r.error.kind, ParseError::Kind::Timeout);
        QTest::qWait(100);
        QCOMPARE(completions, 1);
    }

    void requestLog_recordsEveryRequestWithoutSecrets()
    {
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true;
        ParseClient client(p, &m_network);
        RequestLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&client, &ParseClient::requestFinished, &log, &RequestLogModel::append);
        ParseRequest withToken = ParseRequest::find(QStringLiteral("Room"), {});
        withToken.query.addQueryItem(QStringLiteral("sessionToken"), QStringLiteral("r:supersecret"));
        await(client.send(withToken));
        await(client.send(ParseRequest::schemas()));
        QCOMPARE(log.rowCount(), 2);
        for (int row = 0; row < log.rowCount(); ++row) {
            for (int col = 0; col < log.columnCount(); ++col) {
                const QString text = log.index(row, col).data().toString() +
                                     log.index(row, col).data(Qt::ToolTipRole).toString();
                QVERIFY2(!text.contains(p.masterKey) && !text.contains(p.restApiKey) &&
                             !text.contains(QStringLiteral("supersecret")),
                         qPrintable(text));
            }
        }
        QCOMPARE(log.index(1, RequestLogModel::Method).data().toString(), QStringLiteral("GET"));
        QVERIFY(log.index(1, RequestLogModel::Path).data().toString().endsWith(QStringLiteral("/schemas")));
        QCOMPARE(log.index(1, RequestLogModel::Status).data().toInt(), 200);
    }
};

QTEST_GUILESS_MAIN(TestParseClientLive)
#include "TestParseClientLive.moc"
