// A row script's outcomes (RowScriptModel under QAbstractItemModelTester): rows in the order reported, a
// retried object's row replaced in place, tones, failed ids, the CSV and JSON exports. And RowScript's
// cancel on the TEST server: the calls on their way are reported, no further call is sent.
#include "AdminClient.h"
#include "Await.h"
#include "LocalParseServer.h"
#include "core/batch/RowScript.h"
#include "core/models/RowScriptModel.h"
#include "core/models/Tone.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {
RowScript::Row ok(const QString &id, const QJsonValue &result)
{
    return {id, result, {}};
}

RowScript::Row failed(const QString &id, int code, const QString &message)
{
    RowScript::Row row{id, {}, {}};
    const QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("error"), message}};
    row.error = ParseError::fromHttpReply(400, QJsonDocument(body).toJson(), "application/json");
    return row;
}
} // namespace

class TestRowScriptModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void retry_replacesRowsInPlace();
    void exports_csvAndCliJson();
    void cancel_sendsNoFurtherCall();
};

void TestRowScriptModel::rows_data()
{
    QTest::addColumn<bool>("good");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("tone");
    QTest::newRow("result") << true << QStringLiteral("Done") << QStringLiteral("{\"n\":1}")
                            << int(Tone::Good);
    QTest::newRow("error") << false << QStringLiteral("Failed")
                           << QStringLiteral("roomName must contain only letters and digits (code 142)")
                           << int(Tone::Bad);
}

void TestRowScriptModel::rows()
{
    QFETCH(bool, good);
    QFETCH(QString, outcome);
    QFETCH(QString, detail);
    QFETCH(int, tone);
    RowScriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addRow(good ? ok(QStringLiteral("a1"), QJsonObject{{QStringLiteral("n"), 1}})
                      : failed(QStringLiteral("a1"), 142,
                               QStringLiteral("roomName must contain only letters and digits")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(RowScriptModel::ColumnCount));
    QCOMPARE(model.index(0, RowScriptModel::ObjectId).data().toString(), QStringLiteral("a1"));
    QCOMPARE(model.index(0, RowScriptModel::Outcome).data().toString(), outcome);
    QCOMPARE(model.index(0, RowScriptModel::Detail).data().toString(), detail);
    QCOMPARE(model.index(0, RowScriptModel::Outcome).data(ToneRole::Fill).toInt(), tone);
    QCOMPARE(model.index(0, RowScriptModel::Outcome).data(ToneRole::Text).toInt(), tone);
    QCOMPARE(model.index(0, RowScriptModel::Detail).data(ToneRole::Text).toInt(),
             good ? int(Tone::None) : tone);
    QCOMPARE(model.index(0, RowScriptModel::ObjectId).data(RowScriptModel::FailedRole).toBool(), !good);
    QCOMPARE(model.failedCount(), good ? 0 : 1);
    QCOMPARE(model.failedIds(), good ? QStringList() : QStringList{QStringLiteral("a1")});
}

void TestRowScriptModel::retry_replacesRowsInPlace()
{
    RowScriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addRow(ok(QStringLiteral("a1"), 1));
    model.addRow(failed(QStringLiteral("a2"), 142, QStringLiteral("bad")));
    model.addRow(failed(QStringLiteral("a3"), 141, QStringLiteral("worse")));
    QCOMPARE(model.failedIds(), (QStringList{QStringLiteral("a2"), QStringLiteral("a3")}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.addRow(ok(QStringLiteral("a3"), 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(model.index(2, RowScriptModel::Detail).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.failedIds(), QStringList{QStringLiteral("a2")});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.addRow(ok(QStringLiteral("a2"), 2));
    QCOMPARE(model.index(0, RowScriptModel::ObjectId).data().toString(), QStringLiteral("a2"));
}

void TestRowScriptModel::exports_csvAndCliJson()
{
    RowScriptModel model;
    const RowScript::Row good =
        ok(QStringLiteral("a1"), QJsonObject{{QStringLiteral("objectId"), QStringLiteral("r1")}});
    const RowScript::Row bad = failed(QStringLiteral("a2"), 142, QStringLiteral("=bad, \"name\""));
    model.addRow(good);
    model.addRow(bad);
    // The lines parsedesk-cli prints, as one array.
    QCOMPARE(model.toJson(), (QJsonArray{good.toJson(), bad.toJson()}));
    QCOMPARE(model.index(1, 0).data(RowScriptModel::RowJsonRole).toJsonObject(), bad.toJson());
    QCOMPARE(QString::fromUtf8(model.toCsv()), QStringLiteral("objectId,outcome,result,code,error\r\n"
                                                              "a1,ok,\"{\"\"objectId\"\":\"\"r1\"\"}\",,\r\n"
                                                              "a2,error,,142,\"'=bad, \"\"name\"\"\"\r\n"));
}

void TestRowScriptModel::cancel_sendsNoFurtherCall()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    AdminClient admin(LocalParseServer::profile());
    const QString cls = admin.classes().add(QStringLiteral("ARowScriptCancel") +
                                            QUuid::createUuid().toString(QUuid::Id128).left(8));
    QJsonArray creates;
    for (int i = 0; i < 40; ++i)
        creates.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                   {QStringLiteral("path"), QStringLiteral("/parse/classes/") + cls},
                                   {QStringLiteral("body"), QJsonObject{{QStringLiteral("ms"), 150}}}});
    QVERIFY(await(admin.client().send(ParseRequest::batch(creates, false))).ok());

    RowScript script(&admin.client(), {});
    script.setMaxInFlight(2);
    QSignalSpy rows(&script, &RowScript::rowFinished);
    QSignalSpy finished(&script, &RowScript::finished);
    QSignalSpy sent(&admin.client(), &ParseClient::requestFinished);
    script.run(QStringLiteral("sleep"), cls, {}, QJsonObject{{QStringLiteral("ms"), QStringLiteral("ms")}});
    QVERIFY(script.isRunning());
    QVERIFY(rows.wait(10000));
    script.cancel();
    QVERIFY(script.isCancelled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(!script.isRunning());
    // At most the two on their way when cancelled came after the first.
    QVERIFY2(rows.size() >= 1 && rows.size() <= 4, qPrintable(QString::number(rows.size())));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1);
    // One read and one call per reported row: nothing else went out.
    const qsizetype calls = std::count_if(sent.begin(), sent.end(), [](const QList<QVariant> &args) {
        return args.at(0).value<ParseResult>().url.contains(QLatin1String("/functions/"));
    });
    QCOMPARE(int(calls), int(rows.size()));
    script.cancel(); // after the end: nothing
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestRowScriptModel)
#include "TestRowScriptModel.moc"
