// The request log's rows for LiveQuery traffic, and the redaction ParseClient gives that traffic on its
// way to the log (the live test sees it come from a real LiveQuery server).
#include "OfflineProfile.h"
#include "core/models/RequestLogModel.h"
#include "core/models/Tone.h"
#include "core/net/ParseClient.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestRequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveQueryRow_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("path");
        QTest::addColumn<ParseError>("error");
        QTest::addColumn<QVariant>("code");
        QTest::addColumn<QString>("toolTip");

        ParseError refused;
        refused.kind = ParseError::Kind::Parse;
        refused.code = 101;
        refused.message = QStringLiteral("Object not found");
        const ParseError closed = ParseError::transport(QStringLiteral("the LiveQuery connection closed"));

        QTest::newRow("connected") << QStringLiteral("connected")
                                   << QStringLiteral("connect ws://127.0.0.1:1337/parse") << ParseError()
                                   << QVariant() << QStringLiteral("connect ws://127.0.0.1:1337/parse");
        QTest::newRow("event") << QStringLiteral("event: update") << QStringLiteral("Room abc123")
                               << ParseError() << QVariant() << QStringLiteral("Room abc123");
        QTest::newRow("server error") << QStringLiteral("error") << QStringLiteral("subscribe Room")
                                      << refused << QVariant(101) << refused.describe();
        QTest::newRow("closed") << QStringLiteral("closed, retrying in 1 s")
                                << QStringLiteral("ws://127.0.0.1:1337/parse") << closed << QVariant(100)
                                << closed.describe();
    }
    void liveQueryRow()
    {
        QFETCH(QString, status);
        QFETCH(QString, path);
        QFETCH(ParseError, error);
        QFETCH(QVariant, code);
        QFETCH(QString, toolTip);
        RequestLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ParseResult row;
        row.liveQuery = status;
        row.displayPath = path;
        row.error = error;
        row.startedAt = QDateTime::currentDateTimeUtc();
        row.elapsedMs = 7;
        row.bytesReceived = 90;
        log.append(row);
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(log.index(0, RequestLogModel::Method).data().toString(), QStringLiteral("WS"));
        QCOMPARE(log.index(0, RequestLogModel::Path).data().toString(), path);
        QCOMPARE(log.index(0, RequestLogModel::Status).data().toString(), status);
        QCOMPARE(log.index(0, RequestLogModel::Code).data().toInt(), code.toInt());
        QCOMPARE(log.index(0, RequestLogModel::Code).data().isValid(), code.isValid());
        QCOMPARE(log.index(0, RequestLogModel::Millis).data().toLongLong(), 7);
        QCOMPARE(log.index(0, RequestLogModel::Path).data(Qt::ToolTipRole).toString(), toolTip);
        QCOMPARE(log.index(0, RequestLogModel::Status).data(ToneRole::Text).isValid(), error.isError());
    }

    // Rows are ordered by when their step was sent, LiveQuery and HTTP alike.
    void liveQueryRow_sortsAmongRequests()
    {
        RequestLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ParseResult http;
        http.request = ParseRequest::health();
        http.displayPath = QStringLiteral("/parse/health");
        http.httpStatus = 200;
        http.startedAt = now;
        log.append(http);
        ParseResult subscribe;
        subscribe.liveQuery = QStringLiteral("subscribed");
        subscribe.displayPath = QStringLiteral("subscribe Room");
        subscribe.startedAt = now.addMSecs(-20); // sent before the health check, answered after it
        log.append(subscribe);
        QCOMPARE(log.index(0, RequestLogModel::Method).data().toString(), QStringLiteral("WS"));
        QCOMPARE(log.index(1, RequestLogModel::Method).data().toString(), QStringLiteral("GET"));
        QCOMPARE(log.index(1, RequestLogModel::Status).data().toInt(), 200);
    }

    // The keys a LiveQuery connect message carries never reach the log, whatever a server echoes.
    void reportLiveQuery_redactsKeys()
    {
        ServerProfile p = offlineProfile();
        p.masterKey = QStringLiteral("master-key-secret");
        p.restApiKey = QStringLiteral("rest-key-secret");
        p.clientKey = QStringLiteral("client-key-secret");
        QNetworkAccessManager network;
        ParseClient client(p, &network);
        QSignalSpy finished(&client, &ParseClient::requestFinished);
        ParseResult row;
        row.liveQuery = QStringLiteral("error");
        row.displayPath = QStringLiteral("connect ws://127.0.0.1:1337/parse?key=master-key-secret");
        row.error.kind = ParseError::Kind::Parse;
        row.error.code = 4;
        row.error.message = QStringLiteral("Key in request is not valid: rest-key-secret, client-key-secret");
        client.reportLiveQuery(row);
        QCOMPARE(finished.count(), 1);
        const auto logged = finished.first().first().value<ParseResult>();
        QCOMPARE(logged.liveQuery, QStringLiteral("error"));
        QCOMPARE(logged.error.code, 4);
        const QString text = logged.displayPath + logged.error.describe();
        QVERIFY(text.contains(QStringLiteral("Key in request is not valid")));
        for (const QString &secret : {p.masterKey, p.restApiKey, p.clientKey})
            QVERIFY2(!text.contains(secret), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "TestRequestLog.moc"
