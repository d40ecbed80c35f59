// Request building through the QNAM seam: URLs and mount paths, headers and keys, bodies, completion.
#include "Await.h"
#include "OfflineProfile.h"
#include "RecordingNetwork.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <QtEndian>

class TestParseClient : public QObject
{
    Q_OBJECT

private:
    static ServerProfile profile(const QString &url = QStringLiteral("http://127.0.0.1:1337/parse"))
    {
        ServerProfile p = offlineProfile();
        p.serverUrl = QUrl(url);
        p.restApiKey = QStringLiteral("rest");
        p.masterKey = QStringLiteral("master");
        return p;
    }

private Q_SLOTS:
    void url_keepsAnyMountPath_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("expected");
        QTest::newRow("/parse") << "http://h:1337/parse"
                                << "http://h:1337/parse/classes/Room";
        QTest::newRow("trailing slash") << "http://h:1337/parse/"
                                        << "http://h:1337/parse/classes/Room";
        QTest::newRow("/api") << "http://h:8080/api"
                              << "http://h:8080/api/classes/Room";
        QTest::newRow("root") << "https://x.example"
                              << "https://x.example/classes/Room";
        QTest::newRow("deep mount") << "https://x.example/v1/parse"
                                    << "https://x.example/v1/parse/classes/Room";
    }
    void url_keepsAnyMountPath()
    {
        QFETCH(QString, server);
        QFETCH(QString, expected);
        RecordingNetwork net;
        ParseClient client(profile(server), &net);
        QCOMPARE(client.url(ParseRequest::find(QStringLiteral("Room"), {})).toString(), expected);
    }

    void url_encodesWhereOrderAndLists()
    {
        RecordingNetwork net;
        ParseClient client(profile(), &net);
        QueryOptions q;
        q.where = {{QStringLiteral("name"), QStringLiteral("a+b&c=d #1 %")}};
        q.order = {QStringLiteral("-visits"), QStringLiteral("name")};
        q.limit = 5;
        q.skip = 10;
        q.keys = {QStringLiteral("a"), QStringLiteral("b")};
        q.include = {QStringLiteral("owner")};
        q.count = true;
        const QUrlQuery query(client.url(ParseRequest::find(QStringLiteral("Room"), q)));
        QCOMPARE(QJsonDocument::fromJson(
                     query.queryItemValue(QStringLiteral("where"), QUrl::FullyDecoded).toUtf8())
                     .object()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("a+b&c=d #1 %"));
        QCOMPARE(query.queryItemValue(QStringLiteral("order"), QUrl::FullyDecoded),
                 QStringLiteral("-visits,name"));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
        QCOMPARE(query.queryItemValue(QStringLiteral("skip")), QStringLiteral("10"));
        QCOMPARE(query.queryItemValue(QStringLiteral("keys"), QUrl::FullyDecoded), QStringLiteral("a,b"));
        QCOMPARE(query.queryItemValue(QStringLiteral("include")), QStringLiteral("owner"));
        QCOMPARE(query.queryItemValue(QStringLiteral("count")), QStringLiteral("1"));
    }

    void count_isExactUnlessEstimateAsked()
    {
        const QUrlQuery exact = ParseRequest::count(QStringLiteral("Room")).query;
        QVERIFY(exact.queryItemValue(QStringLiteral("where"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("$exists")));
        QCOMPARE(exact.queryItemValue(QStringLiteral("limit")), QStringLiteral("0"));
        const QUrlQuery estimate = ParseRequest::count(QStringLiteral("Room"), {}, true).query;
        QVERIFY(!estimate.hasQueryItem(QStringLiteral("where")));
    }

    void headers_masterKeyOnlyWhenAsked_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("useMasterKey");
        QTest::addColumn<bool>("sent");
        using M = ParseRequest::MasterKey;
        QTest::newRow("profile off") << int(M::FromProfile) << false << false;
        QTest::newRow("profile on") << int(M::FromProfile) << true << true;
        QTest::newRow("required, profile off") << int(M::Required) << false << true;
        QTest::newRow("never, profile on") << int(M::Never) << true << false;
    }
    void headers_masterKeyOnlyWhenAsked()
    {
        QFETCH(int, mode);
        QFETCH(bool, useMasterKey);
        QFETCH(bool, sent);
        RecordingNetwork net;
        ServerProfile p = profile();
        p.useMasterKey = useMasterKey;
        ParseClient client(p, &net);
        ParseRequest r = ParseRequest::find(QStringLiteral("Room"), {});
        r.masterKey = ParseRequest::MasterKey(mode);
        await(client.send(r));
        QCOMPARE(net.sent.size(), 1);
        const QNetworkRequest &req = net.sent.first().request;
        QCOMPARE(req.rawHeader("X-Parse-Application-Id"), QByteArray("app"));
        QCOMPARE(req.rawHeader("X-Parse-REST-API-Key"), QByteArray("rest"));
        QVERIFY(!req.hasRawHeader("X-Parse-Client-Key"));
        QCOMPARE(req.hasRawHeader("X-Parse-Master-Key"), sent);
        if (sent)
            QCOMPARE(req.rawHeader("X-Parse-Master-Key"), QByteArray("master"));
    }

    void send_methodBodyAndSessionToken()
    {
        RecordingNetwork net;
        ParseClient client(profile(), &net);
        ParseRequest r = ParseRequest::updateObject(QStringLiteral("Room"), QStringLiteral("ab/c"),
                                                    {{QStringLiteral("visits"), 3}});
        r.sessionToken = QStringLiteral("r:token");
        await(client.send(r));
        const auto &s = net.sent.first();
        QCOMPARE(s.method, QByteArray("PUT"));
        QCOMPARE(s.request.url().path(QUrl::FullyEncoded), QStringLiteral("/parse/classes/Room/ab%2Fc"));
        QCOMPARE(s.body, QByteArray(R"({"visits":3})"));
        QCOMPARE(s.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
        QCOMPARE(s.request.rawHeader("X-Parse-Session-Token"), QByteArray("r:token"));

        await(client.send(ParseRequest::deleteObject(QStringLiteral("Room"), QStringLiteral("x"))));
        QCOMPARE(net.sent.last().method, QByteArray("DELETE"));
        QVERIFY(net.sent.last().body.isEmpty());

        await(client.send(
            ParseRequest::batch({QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")}}}, true)));
        const QJsonObject batch = QJsonDocument::fromJson(net.sent.last().body).object();
        QVERIFY(batch.value(QLatin1String("transaction")).toBool());
        QCOMPARE(batch.value(QLatin1String("requests")).toArray().size(), 1);
        QCOMPARE(net.sent.last().request.url().path(), QStringLiteral("/parse/batch"));
    }

    void send_largeBodyGoesDeflated()
    {
        RecordingNetwork net;
        ParseClient client(profile(), &net);
        QJsonArray requests;
        for (int i = 0; i < 400; ++i)
            requests.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                        {QStringLiteral("path"), QStringLiteral("/classes/Room")},
                                        {QStringLiteral("body"), QJsonObject{{QStringLiteral("n"), i}}}});
        const ParseRequest large = ParseRequest::batch(requests, false);
        QVERIFY(large.encodedBody().size() > ParseClient::kDeflateAboveBytes);
        await(client.send(large));
        const RecordingNetwork::Sent &sent = net.sent.last();
        QCOMPARE(sent.request.rawHeader("Content-Encoding"), QByteArray("deflate"));
        QVERIFY(sent.body.size() < large.encodedBody().size() / 4);
        // A zlib stream: qUncompress wants the length in front of it.
        const qsizetype size = large.encodedBody().size();
        QByteArray length(4, '\0');
        qToBigEndian(quint32(size), length.data());
        QCOMPARE(qUncompress(length + sent.body), large.encodedBody());

        // Small bodies go as they are.
        await(client.send(ParseRequest::createObject(QStringLiteral("Room"), {{QStringLiteral("n"), 1}})));
        QVERIFY(net.sent.last().request.rawHeader("Content-Encoding").isEmpty());
        QCOMPARE(net.sent.last().body, QByteArray("{\"n\":1}"));
    }

    void send_deflateRefused_sentAgainAsItIs()
    {
        // A server (or a proxy before it) that reads no encoded bodies answers 415 before doing anything.
        RecordingNetwork net;
        net.respond = [](const RecordingNetwork::Sent &s) {
            RecordingNetwork::Canned c;
            if (!s.request.rawHeader("Content-Encoding").isEmpty()) {
                c.status = 415;
                c.body = "{\"error\":\"unsupported content encoding\"}";
            } else {
                c.body = "[]";
            }
            return c;
        };
        ParseClient client(profile(), &net);
        QJsonArray requests;
        for (int i = 0; i < 400; ++i)
            requests.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                        {QStringLiteral("path"), QStringLiteral("/classes/Room/%1").arg(i)}});
        const ParseResult r = await(client.send(ParseRequest::batch(requests, false)));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QCOMPARE(net.sent.size(), 2);
        QVERIFY(net.sent.last().request.rawHeader("Content-Encoding").isEmpty());
        // Later large bodies go plain at once.
        await(client.send(ParseRequest::batch(requests, false)));
        QCOMPARE(net.sent.size(), 3);
        QVERIFY(net.sent.last().request.rawHeader("Content-Encoding").isEmpty());
    }

    void send_requiredMasterKeyMissing_failsWithoutSending()
    {
        RecordingNetwork net;
        ServerProfile p = profile();
        p.masterKey.clear();
        ParseClient client(p, &net);
        const ParseResult r = await(client.send(ParseRequest::schemas()));
        QCOMPARE(r.error.kind, ParseError::Kind::Config);
        QVERIFY(net.sent.isEmpty());
    }

    void send_completesOnceAndReportsToLog()
    {
        RecordingNetwork net;
        net.next.status = 400;
        net.next.body = R"({"code":102,"error":"bad query"})";
        ParseClient client(profile(), &net);
        QList<ParseResult> logged;
        connect(&client, &ParseClient::requestFinished, this, [&](const ParseResult &r) { logged << r; });
        int completions = 0;
        ParseReply *reply = client.send(ParseRequest::find(QStringLiteral("Room"), {}));
        connect(reply, &ParseReply::finished, this, [&] { ++completions; });
        const ParseResult r = await(reply);
        QTest::qWait(20);
        QCOMPARE(completions, 1);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.error.code, 102);
        QCOMPARE(r.error.message, QStringLiteral("bad query"));
    }

    void send_transportErrorIsCode100()
    {
        RecordingNetwork net;
        net.next.networkError = true;
        ParseClient client(profile(), &net);
        const ParseResult r = await(client.send(ParseRequest::health()));
        QCOMPARE(r.error.kind, ParseError::Kind::Transport);
        QCOMPARE(r.error.code, 100);
        QCOMPARE(r.httpStatus, 0);
    }

    void send_largeReplyIsDecodedOffThread()
    {
        RecordingNetwork net;
        QJsonArray rows;
        for (int i = 0; i < 5000; ++i)
            rows.append(QJsonObject{{QStringLiteral("objectId"), QString::number(i)},
                                    {QStringLiteral("pad"), QString(60, QLatin1Char('x'))}});
        net.next.body =
            QJsonDocument(QJsonObject{{QStringLiteral("results"), rows}}).toJson(QJsonDocument::Compact);
        QVERIFY(net.next.body.size() > ParseClient::kOffThreadDecodeBytes);
        ParseClient client(profile(), &net);
        const ParseResult r = await(client.send(ParseRequest::find(QStringLiteral("Room"), {})));
        QVERIFY(r.ok());
        QCOMPARE(r.object().value(QLatin1String("results")).toArray().size(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestParseClient)
#include "TestParseClient.moc"
