// The batch composer's model under QAbstractItemModelTester: validated edits, row moves, results from a
// run, the failed-only filter, a lossless document round trip, exports, and 10,000 operations.
#include "core/batch/OperationBuilder.h"
#include "core/models/BatchModel.h"
#include "core/models/BatchResultsFilterModel.h"
#include "core/models/Tone.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString kData = QStringLiteral(PARSEDESK_FIXTURES "/");

BatchDocument load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QString error;
    const std::optional<BatchDocument> doc = BatchDocument::fromJson(file.readAll(), &error);
    if (!doc)
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return *doc;
}

BatchDocument creates(int count)
{
    BatchDocument doc;
    for (int i = 0; i < count; ++i)
        doc.operations.append(OperationBuilder::create(QStringLiteral("Room"), {{QStringLiteral("n"), i}}));
    return doc;
}

ParseResult success(const QJsonObject &payload)
{
    ParseResult r;
    r.httpStatus = 200;
    r.json = payload;
    return r;
}

ParseResult failure(ParseError::Kind kind, int code, const QString &message, bool outcomeUnknown = false)
{
    ParseResult r;
    r.error.kind = kind;
    r.error.code = code;
    r.error.message = message;
    r.error.outcomeUnknown = outcomeUnknown;
    return r;
}

BatchModel::OutcomeKind outcome(const BatchModel &model, int row)
{
    return BatchModel::OutcomeKind(model.index(row, 0).data(BatchModel::OutcomeRole).toInt());
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// Runs every row with the given results; returns the requests the run asked for.
QList<ParseRequest> runAll(BatchModel &model, const QList<ParseResult> &results)
{
    QList<int> rows;
    for (int i = 0; i < model.rowCount(); ++i)
        rows << i;
    const QList<ParseRequest> requests = model.beginRun(rows, QStringLiteral("/parse"));
    for (int i = 0; i < results.size(); ++i)
        model.applyResult(i, results.at(i));
    model.endRun();
    return requests;
}
} // namespace

class TestBatchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edits_areValidated()
    {
        BatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &BatchModel::documentChanged);
        QVERIFY(model.insertRows(0, 1));
        QCOMPARE(cell(model, 0, BatchModel::Method), QStringLiteral("POST"));

        QVERIFY(model.setData(model.index(0, BatchModel::Method), QStringLiteral(" put ")));
        QCOMPARE(cell(model, 0, BatchModel::Method), QStringLiteral("PUT"));
        QVERIFY(!model.setData(model.index(0, BatchModel::Method), QStringLiteral("FETCH")));

        QVERIFY(!model.setData(model.index(0, BatchModel::Path), QStringLiteral("classes/Room")));
        QVERIFY(!model.setData(model.index(0, BatchModel::Path), QStringLiteral("/classes/Room?limit=1")));
        QVERIFY(model.setData(model.index(0, BatchModel::Path), QStringLiteral("/classes/Room/abc")));

        QVERIFY(!model.setData(model.index(0, BatchModel::Body), QStringLiteral("{\"a\":")));
        QVERIFY(!model.setData(model.index(0, BatchModel::Body), QStringLiteral("[1,2]")));
        QVERIFY(model.setData(model.index(0, BatchModel::Body), QStringLiteral("{ \"visits\": 3 }")));
        QCOMPARE(cell(model, 0, BatchModel::Body), QStringLiteral("{\"visits\":3}"));
        QVERIFY(model.setData(model.index(0, BatchModel::Body),
                              QVariant::fromValue(QJsonValue(QJsonObject{})), BatchModel::BodyRole));
        QVERIFY(model.setData(model.index(0, BatchModel::Body), QString()));
        QVERIFY(model.operation(0).body.isUndefined());
        QCOMPARE(changed.count(), 6); // insert, method, path, body three times

        QVERIFY(!(model.flags(model.index(0, BatchModel::Outcome)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, BatchModel::Path)) & Qt::ItemIsEditable);
    }

    void insertRemoveMove_keepResultsWithTheirOperations()
    {
        BatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(creates(4));
        runAll(model, {success({{QStringLiteral("objectId"), QStringLiteral("id0")}}),
                       failure(ParseError::Kind::Parse, 142, QStringLiteral("no")),
                       success({{QStringLiteral("objectId"), QStringLiteral("id2")}}),
                       success({{QStringLiteral("objectId"), QStringLiteral("id3")}})});

        QVERIFY(model.moveRows({}, 1, 1, {}, 4)); // the failed one to the end
        QCOMPARE(cell(model, 3, BatchModel::Code), QStringLiteral("142"));
        QCOMPARE(model.operation(3).body.toObject().value(QLatin1String("n")).toInt(), 1);
        QCOMPARE(cell(model, 1, BatchModel::ObjectId), QStringLiteral("id2"));
        QVERIFY(model.moveRows({}, 3, 1, {}, 0));
        QCOMPARE(cell(model, 0, BatchModel::Code), QStringLiteral("142"));
        QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // onto itself

        model.insertOperation(1, OperationBuilder::remove(QStringLiteral("Room"), QStringLiteral("zz")));
        QCOMPARE(cell(model, 1, BatchModel::Method), QStringLiteral("DELETE"));
        QCOMPARE(outcome(model, 1), BatchModel::OutcomeKind::None);
        QCOMPARE(cell(model, 2, BatchModel::ObjectId), QStringLiteral("id0"));
        QVERIFY(model.removeRows(0, 2));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, BatchModel::ObjectId), QStringLiteral("id0"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
    }

    void results_showOutcomeCodeAndDetail()
    {
        BatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BatchDocument doc = creates(3);
        doc.operations.append(OperationBuilder::update(QStringLiteral("Room"), QStringLiteral("r9"), {}));
        QueryOptions query;
        query.count = true;
        query.limit = 2;
        doc.operations.append(OperationBuilder::query(QStringLiteral("Room"), query));
        model.setDocument(doc);
        QSignalSpy running(&model, &BatchModel::runningChanged);

        const QList<ParseRequest> requests = model.beginRun({0, 1, 2, 3, 4}, QStringLiteral("/parse"));
        QCOMPARE(requests.size(), 5);
        QCOMPARE(requests.at(4).method, ParseRequest::Method::Get);
        QVERIFY(model.isRunning());
        QCOMPARE(outcome(model, 0), BatchModel::OutcomeKind::Sending);
        QVERIFY(!model.setData(model.index(0, BatchModel::Path), QStringLiteral("/classes/X")));
        QVERIFY(!(model.flags(model.index(0, BatchModel::Path)) & Qt::ItemIsEditable));

        model.applyResult(
            0, success({{QStringLiteral("objectId"), QStringLiteral("a1")},
                        {QStringLiteral("createdAt"), QStringLiteral("2024-05-01T12:00:00.000Z")}}));
        model.applyResult(
            1, failure(ParseError::Kind::Parse, 142, QStringLiteral("visits must not be negative")));
        model.applyResult(2, failure(ParseError::Kind::Timeout, 0, QStringLiteral("30000 ms"), true));
        model.applyResult(
            3, success({{QStringLiteral("updatedAt"), QStringLiteral("2024-05-02T00:00:00.000Z")}}));
        model.applyResult(
            4, success({{QStringLiteral("results"),
                         QJsonArray{QJsonObject{{QStringLiteral("objectId"), QStringLiteral("x")}},
                                    QJsonObject{{QStringLiteral("objectId"), QStringLiteral("y")}}}},
                        {QStringLiteral("count"), 40}}));
        model.endRun();
        QCOMPARE(running.count(), 2);
        QVERIFY(!model.isRunning());

        QCOMPARE(cell(model, 0, BatchModel::Outcome), QStringLiteral("success"));
        QCOMPARE(cell(model, 0, BatchModel::ObjectId), QStringLiteral("a1"));
        QCOMPARE(cell(model, 0, BatchModel::Timestamp), QStringLiteral("2024-05-01T12:00:00.000Z"));
        QCOMPARE(Tone(model.index(0, BatchModel::Outcome).data(ToneRole::Fill).toInt()), Tone::Good);
        QCOMPARE(cell(model, 1, BatchModel::Outcome), QStringLiteral("error"));
        QCOMPARE(cell(model, 1, BatchModel::Code), QStringLiteral("142"));
        QCOMPARE(cell(model, 1, BatchModel::Message), QStringLiteral("visits must not be negative"));
        QVERIFY(model.index(1, BatchModel::Outcome).data(BatchModel::FailedRole).toBool());
        QCOMPARE(outcome(model, 2), BatchModel::OutcomeKind::Unknown);
        QVERIFY2(cell(model, 2, BatchModel::Message).contains(QLatin1String("may have applied")),
                 qPrintable(cell(model, 2, BatchModel::Message)));
        QCOMPARE(cell(model, 3, BatchModel::ObjectId), QStringLiteral("r9")); // from the path
        QCOMPARE(cell(model, 3, BatchModel::Timestamp), QStringLiteral("2024-05-02T00:00:00.000Z"));
        QCOMPARE(model.index(4, 0).data(BatchModel::ResultCountRole).toLongLong(), 40);
        QCOMPARE(model.index(4, 0).data(BatchModel::ResultRowsRole).toJsonArray().size(), 2);
        QCOMPARE(cell(model, 4, BatchModel::Message), QStringLiteral("rows: 2, count: 40"));
        QVERIFY(!model.index(0, 0).data(BatchModel::ResultCountRole).isValid());

        const BatchModel::Summary s = model.summary();
        QCOMPARE(s.total, 5);
        QCOMPARE(s.success, 3);
        QCOMPARE(s.error, 1);
        QCOMPARE(s.unknown, 1);
        QCOMPARE(model.rowsWith({BatchModel::OutcomeKind::Error}), QList<int>{1});
        QCOMPARE(model.resultObjectPaths(10),
                 (QStringList{QStringLiteral("/classes/Room/r9"), QStringLiteral("/classes/Room/a1")}));

        // An edited failure stays a failure, marked edited, so "Retry failed" still sends it (issue 17).
        QVERIFY(model.setData(model.index(1, BatchModel::Body), QStringLiteral("{\"visits\":1}")));
        QCOMPARE(outcome(model, 1), BatchModel::OutcomeKind::Error);
        QCOMPARE(cell(model, 1, BatchModel::Outcome), QStringLiteral("failed (edited)"));
        QCOMPARE(model.rowsWith({BatchModel::OutcomeKind::Error}), QList<int>{1});
    }

    void cancelledBeforeSending_isNotSent()
    {
        BatchModel model;
        model.setDocument(creates(1));
        runAll(model, {failure(ParseError::Kind::Cancelled, 0,
                               QStringLiteral("Not sent: the batch was cancelled."))});
        QCOMPARE(outcome(model, 0), BatchModel::OutcomeKind::NotSent);
        QCOMPARE(cell(model, 0, BatchModel::Outcome), QStringLiteral("not sent"));
    }

    void failedOnlyFilter_followsResults()
    {
        BatchModel model;
        BatchResultsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(creates(4));
        filter.setFailedOnly(true);
        QCOMPARE(filter.rowCount(), 0);
        runAll(model, {success({}), failure(ParseError::Kind::Parse, 137, QStringLiteral("dup")), success({}),
                       failure(ParseError::Kind::Transport, 100, QStringLiteral("refused"))});
        QTRY_COMPARE(filter.rowCount(), 2);
        // The row header keeps each operation's number in the document.
        QCOMPARE(filter.headerData(0, Qt::Vertical).toInt(), 2);
        QCOMPARE(filter.headerData(1, Qt::Vertical).toInt(), 4);
        filter.setFailedOnly(false);
        QCOMPARE(filter.rowCount(), 4);
    }

    void results_areCoalescedForViews()
    {
        BatchModel model;
        model.setDocument(creates(10000));
        QList<int> rows(10000);
        std::iota(rows.begin(), rows.end(), 0);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QElapsedTimer clock;
        clock.start();
        model.beginRun(rows, QStringLiteral("/parse"));
        const int afterBegin = int(dataChanged.count());
        for (int i = 0; i < rows.size(); ++i)
            model.applyResult(i, success({{QStringLiteral("objectId"), QString::number(i)}}));
        QCOMPARE(dataChanged.count(), afterBegin); // nothing yet: held back
        QTRY_COMPARE(dataChanged.count(), afterBegin + 1);
        model.endRun();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(model.summary().success, 10000);
        const QList<QVariant> range = dataChanged.last();
        QCOMPARE(range.at(0).toModelIndex().row(), 0);
        QCOMPARE(range.at(1).toModelIndex().row(), 9999);
    }

    void document_roundTripIsLossless_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("extra keys") << kData + QStringLiteral("batch-extra-keys.json");
        QTest::newRow("example rooms") << QStringLiteral(PARSEDESK_EXAMPLES "/rooms-and-users.json");
        QTest::newRow("example queries") << QStringLiteral(PARSEDESK_EXAMPLES "/room-queries.json");
    }
    void document_roundTripIsLossless()
    {
        QFETCH(QString, path);
        const BatchDocument doc = load(path);
        BatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(doc);
        QCOMPARE(model.document(), doc);
        QString error;
        QCOMPARE(BatchDocument::fromJson(model.document().toJson(), &error), doc);
        QVERIFY(model.problems().isEmpty());
    }

    void updateDocument_keepsResultsOfUntouchedOperations()
    {
        BatchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(creates(3));
        runAll(model, {success({{QStringLiteral("objectId"), QStringLiteral("a")}}),
                       success({{QStringLiteral("objectId"), QStringLiteral("b")}}),
                       success({{QStringLiteral("objectId"), QStringLiteral("c")}})});
        BatchDocument edited = model.document();
        edited.operations[1].body = QJsonObject{{QStringLiteral("n"), 99}};
        model.updateDocument(edited);
        QCOMPARE(cell(model, 0, BatchModel::ObjectId), QStringLiteral("a"));
        QCOMPARE(outcome(model, 1), BatchModel::OutcomeKind::None);
        QCOMPARE(cell(model, 2, BatchModel::ObjectId), QStringLiteral("c"));
        edited.operations.removeFirst();
        model.updateDocument(edited);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(outcome(model, 1), BatchModel::OutcomeKind::None); // positions shifted: c's result went
        model.setDocument(edited);
        QCOMPARE(model.summary().success, 0);
    }

    void validation_andSchemaWarnings()
    {
        BatchModel model;
        BatchDocument doc;
        doc.operations << BatchOperation{QStringLiteral("FETCH"),
                                         QStringLiteral("/classes/Room"),
                                         QJsonValue::Undefined,
                                         {}}
                       << OperationBuilder::create(QStringLiteral("Room"), {{QStringLiteral("visits"), 1},
                                                                            {QStringLiteral("vists"), 2}})
                       << OperationBuilder::create(QStringLiteral("Rooms"), {})
                       << BatchOperation{QStringLiteral("GET"),
                                         QStringLiteral("/classes/Room"),
                                         QJsonObject{{QStringLiteral("where"),
                                                      QJsonObject{{QStringLiteral("$or"), QJsonArray{}},
                                                                  {QStringLiteral("colour"), 1}}}},
                                         {}}
                       << BatchOperation{
                              QStringLiteral("POST"), QStringLiteral("/functions/echo"), QJsonObject{}, {}};
        model.setDocument(doc);
        QCOMPARE(model.problems().size(), 1);
        QVERIFY(model.problems().constFirst().startsWith(QLatin1String("#1 method")));

        const QHash<QString, QJsonObject> schemas{
            {QStringLiteral("Room"),
             QJsonObject{{QStringLiteral("fields"),
                          QJsonObject{{QStringLiteral("visits"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("Number")}}}}}}}};
        const QStringList warnings = model.schemaWarnings(schemas);
        QCOMPARE(warnings.size(), 3);
        QVERIFY2(warnings.at(0).startsWith(QLatin1String("#2 body: Room has no field \"vists\"")),
                 qPrintable(warnings.at(0)));
        QVERIFY2(warnings.at(1).startsWith(QLatin1String("#3 path: the server has no class Rooms")),
                 qPrintable(warnings.at(1)));
        QVERIFY2(warnings.at(2).startsWith(QLatin1String("#4 body: Room has no field \"colour\"")),
                 qPrintable(warnings.at(2)));
        QVERIFY(model.schemaWarnings({}).isEmpty());
    }

    void export_csvAndJson()
    {
        BatchModel model;
        BatchDocument doc = creates(2);
        doc.operations[1].path = QStringLiteral("/classes/Room");
        model.setDocument(doc);
        runAll(model, {success({{QStringLiteral("objectId"), QStringLiteral("a")},
                                {QStringLiteral("createdAt"), QStringLiteral("2024-01-01T00:00:00.000Z")}}),
                       // Error text can echo what a user typed: a spreadsheet must not run it.
                       failure(ParseError::Kind::Parse, 142, QStringLiteral("=HYPERLINK(\"x\"), bad"))});
        QFuture<QByteArray> csv = model.exportResults(BatchModel::ExportFormat::Csv);
        csv.waitForFinished();
        QCOMPARE(csv.result(),
                 QByteArray("index,method,path,outcome,objectId,createdAt/updatedAt,code,error\r\n"
                            "0,POST,/classes/Room,success,a,2024-01-01T00:00:00.000Z,,\r\n"
                            "1,POST,/classes/Room,error,,,142,\"'=HYPERLINK(\"\"x\"\"), bad\"\r\n"));
        QFuture<QByteArray> json = model.exportResults(BatchModel::ExportFormat::Json);
        json.waitForFinished();
        const QJsonArray items = QJsonDocument::fromJson(json.result()).array();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0)
                     .toObject()
                     .value(QLatin1String("success"))
                     .toObject()
                     .value(QLatin1String("objectId")),
                 QJsonValue(QStringLiteral("a")));
        QCOMPARE(items.at(1).toObject().value(QLatin1String("error")).toObject().value(QLatin1String("code")),
                 QJsonValue(142));
        QCOMPARE(items.at(1).toObject().value(QLatin1String("outcome")), QJsonValue(QStringLiteral("error")));
    }

    void operationBuilder_pathsAndFieldOps()
    {
        QCOMPARE(OperationBuilder::pathOf(QStringLiteral("_User"), QStringLiteral("u1")),
                 QStringLiteral("/users/u1"));
        QCOMPARE(OperationBuilder::pathOf(QStringLiteral("Room")), QStringLiteral("/classes/Room"));
        const OperationBuilder::Target t =
            OperationBuilder::targetOf(QStringLiteral("/api/v1/classes/Room/abc"));
        QCOMPARE(t.className, QStringLiteral("Room"));
        QCOMPARE(t.objectId, QStringLiteral("abc"));
        QCOMPARE(OperationBuilder::targetOf(QStringLiteral("/parse/roles")).className,
                 QStringLiteral("_Role"));
        QVERIFY(!OperationBuilder::targetOf(QStringLiteral("/functions/echo")).isValid());
        QVERIFY(!OperationBuilder::targetOf(QStringLiteral("/classes/Room/a/b")).isValid());
        QCOMPARE(OperationBuilder::fieldOperation(OperationBuilder::FieldOp::Increment, 5),
                 (QJsonObject{{QStringLiteral("__op"), QStringLiteral("Increment")},
                              {QStringLiteral("amount"), 5}}));
        QCOMPARE(OperationBuilder::fieldOperation(OperationBuilder::FieldOp::AddUnique, QStringLiteral("x")),
                 (QJsonObject{{QStringLiteral("__op"), QStringLiteral("AddUnique")},
                              {QStringLiteral("objects"), QJsonArray{QStringLiteral("x")}}}));
        QCOMPARE(OperationBuilder::fieldOperation(OperationBuilder::FieldOp::Delete, {}),
                 (QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}}));
        QueryOptions none;
        QVERIFY(OperationBuilder::query(QStringLiteral("Room"), none).body.isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestBatchModel)
#include "TestBatchModel.moc"
