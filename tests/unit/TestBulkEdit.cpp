// A bulk edit's operation per object (what it writes, what it expects of the object as loaded), why an
// edit cannot be sent, and the preview's numbers (requests and waiting under a budget). No server.
#include "core/batch/BulkEdit.h"
#include "core/batch/ConflictCheck.h"
#include "core/net/RequestBudget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const QJsonObject kObject =
    json("{\"objectId\":\"a1\",\"createdAt\":\"2026-03-01T09:00:00.000Z\","
         "\"updatedAt\":\"2026-03-01T10:00:00.000Z\",\"n\":3,\"tags\":[\"x\"],"
         "\"owner\":{\"__type\":\"Pointer\",\"className\":\"_User\",\"objectId\":\"u\"},"
         "\"rooms\":{\"__type\":\"Relation\",\"className\":\"Room\"}}");
const QJsonObject kSchemaFields = json("{\"n\":{\"type\":\"Number\"},\"tags\":{\"type\":\"Array\"},"
                                       "\"owner\":{\"type\":\"Pointer\",\"targetClass\":\"_User\"},"
                                       "\"rooms\":{\"type\":\"Relation\",\"targetClass\":\"Room\"}}");
} // namespace

Q_DECLARE_METATYPE(BulkEdit::Kind)

class TestBulkEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationFor_data()
    {
        QTest::addColumn<BulkEdit::Kind>("kind");
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("amount");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("body");
        QTest::addColumn<QJsonObject>("loaded"); // the written fields as loaded; none for deletes and copies

        const QString path = QStringLiteral("/classes/Item/a1");
        QTest::newRow("set") << BulkEdit::Kind::Set << json("{\"n\":7,\"label\":\"x\"}") << QString()
                             << QJsonValue() << "PUT" << path << QJsonValue(json("{\"n\":7,\"label\":\"x\"}"))
                             << json("{\"n\":3}");
        QTest::newRow("unset") << BulkEdit::Kind::Unset << QJsonObject() << "n" << QJsonValue() << "PUT"
                               << path << QJsonValue(json("{\"n\":{\"__op\":\"Delete\"}}"))
                               << json("{\"n\":3}");
        QTest::newRow("increment") << BulkEdit::Kind::Increment << QJsonObject() << "n" << QJsonValue(-2)
                                   << "PUT" << path
                                   << QJsonValue(json("{\"n\":{\"__op\":\"Increment\",\"amount\":-2}}"))
                                   << json("{\"n\":3}");
        QTest::newRow("add") << BulkEdit::Kind::AddItems << QJsonObject() << "tags"
                             << QJsonValue(QJsonArray{"y", 2}) << "PUT" << path
                             << QJsonValue(json("{\"tags\":{\"__op\":\"Add\",\"objects\":[\"y\",2]}}"))
                             << json("{\"tags\":[\"x\"]}");
        QTest::newRow("add unique") << BulkEdit::Kind::AddUniqueItems << QJsonObject() << "tags"
                                    << QJsonValue(QJsonArray{"x"}) << "PUT" << path
                                    << QJsonValue(
                                           json("{\"tags\":{\"__op\":\"AddUnique\",\"objects\":[\"x\"]}}"))
                                    << json("{\"tags\":[\"x\"]}");
        QTest::newRow("remove, field unset when loaded")
            << BulkEdit::Kind::RemoveItems << QJsonObject() << "labels" << QJsonValue(QJsonArray{"x"})
            << "PUT" << path << QJsonValue(json("{\"labels\":{\"__op\":\"Remove\",\"objects\":[\"x\"]}}"))
            << QJsonObject();
        QTest::newRow("delete") << BulkEdit::Kind::Delete << QJsonObject() << QString() << QJsonValue()
                                << "DELETE" << path << QJsonValue(QJsonValue::Undefined) << QJsonObject();
        QTest::newRow("duplicate: own fields, no relation")
            << BulkEdit::Kind::Duplicate << QJsonObject() << QString() << QJsonValue() << "POST"
            << "/classes/Item"
            << QJsonValue(
                   json("{\"n\":3,\"tags\":[\"x\"],"
                        "\"owner\":{\"__type\":\"Pointer\",\"className\":\"_User\",\"objectId\":\"u\"}}"))
            << QJsonObject();
    }
    void operationFor()
    {
        QFETCH(BulkEdit::Kind, kind);
        QFETCH(QJsonObject, values);
        QFETCH(QString, field);
        QFETCH(QJsonValue, amount);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QJsonValue, body);
        QFETCH(QJsonObject, loaded);
        BulkEdit edit;
        edit.kind = kind;
        edit.values = values;
        edit.field = field;
        edit.amount = amount;
        edit.schemaFields = kSchemaFields;
        QVERIFY2(edit.problem().isEmpty(), qPrintable(edit.problem()));
        const BatchOperation op = edit.operationFor(QStringLiteral("Item"), kObject);
        QCOMPARE(op.method, method);
        QCOMPARE(op.path, path);
        QCOMPARE(op.body, body);
        // Changes expect the object as loaded; a copy is a create and expects nothing.
        if (kind == BulkEdit::Kind::Duplicate) {
            QVERIFY(op.extra.isEmpty());
            return;
        }
        QCOMPARE(op.extra.value(ConflictCheck::expectKey()).toString(),
                 QStringLiteral("2026-03-01T10:00:00.000Z"));
        QCOMPARE(op.extra.value(ConflictCheck::loadedKey()).toObject(), loaded);
    }

    void expectationCarriesLoadedValues()
    {
        BulkEdit edit;
        edit.kind = BulkEdit::Kind::Increment;
        edit.field = QStringLiteral("n");
        edit.amount = 1;
        const BatchOperation op = edit.operationFor(QStringLiteral("Item"), kObject);
        BatchDocument doc;
        doc.operations = {op};
        const QList<ParseRequest> requests = doc.toRequests(QStringLiteral("/parse"));
        QCOMPARE(requests.size(), 1);
        // Neither key is sent.
        QVERIFY(!requests.first().body.toObject().contains(ConflictCheck::loadedKey()));
        const auto e = ConflictCheck::expectationOf(op, requests.first(), {});
        QVERIFY(e);
        QCOMPARE(e->loaded, json("{\"n\":3}"));
        const auto conflict =
            ConflictCheck::compare(*e, json("{\"objectId\":\"a1\",\"updatedAt\":\"2026-03-01T11:00:00.000Z\","
                                            "\"n\":10}"));
        QVERIFY(conflict);
        QCOMPARE(conflict->fields.value(QStringLiteral("n")).toObject(),
                 json("{\"loaded\":3,\"server\":10,\"mine\":{\"__op\":\"Increment\",\"amount\":1}}"));
    }

    void problem_data()
    {
        QTest::addColumn<BulkEdit::Kind>("kind");
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("amount");
        QTest::addColumn<QString>("problem"); // a word of it
        QTest::newRow("set nothing") << BulkEdit::Kind::Set << QJsonObject() << QString() << QJsonValue()
                                     << "at least one";
        QTest::newRow("set updatedAt")
            << BulkEdit::Kind::Set << json("{\"updatedAt\":1}") << QString() << QJsonValue() << "server";
        QTest::newRow("unset no field")
            << BulkEdit::Kind::Unset << QJsonObject() << QString() << QJsonValue() << "field";
        QTest::newRow("unset objectId")
            << BulkEdit::Kind::Unset << QJsonObject() << "objectId" << QJsonValue() << "server";
        QTest::newRow("increment by text")
            << BulkEdit::Kind::Increment << QJsonObject() << "n" << QJsonValue("2") << "number";
        QTest::newRow("add no items")
            << BulkEdit::Kind::AddItems << QJsonObject() << "tags" << QJsonValue(QJsonArray()) << "array";
        QTest::newRow("remove not array")
            << BulkEdit::Kind::RemoveItems << QJsonObject() << "tags" << QJsonValue(3) << "array";
    }
    void problem()
    {
        QFETCH(BulkEdit::Kind, kind);
        QFETCH(QJsonObject, values);
        QFETCH(QString, field);
        QFETCH(QJsonValue, amount);
        QFETCH(QString, problem);
        BulkEdit edit;
        edit.kind = kind;
        edit.values = values;
        edit.field = field;
        edit.amount = amount;
        QVERIFY2(edit.problem().contains(problem), qPrintable(edit.problem()));
    }

    void estimate_data()
    {
        QTest::addColumn<BulkEdit::Kind>("kind");
        QTest::addColumn<qint64>("objects");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QString>("budget");
        QTest::addColumn<qint64>("writes");
        QTest::addColumn<qint64>("reads");
        QTest::addColumn<double>("seconds");
        // 2,500 selected: 13 batches of 200; the check reads 3 chunks of 1,000, which the journal keeps.
        QTest::newRow("selection, no budget") << BulkEdit::Kind::Delete << qint64(2500) << 200 << 0
                                              << QString() << qint64(13) << qint64(3) << 0.0;
        // A filter of 1000 by pages of 100: 11 page reads, which are the checks and the snapshots too.
        QTest::newRow("filter, within budget") << BulkEdit::Kind::Increment << qint64(1000) << 50 << 100
                                               << "500/60s" << qint64(20) << qint64(11) << 0.0;
        // Copies read nothing but the pages; counted in operations, 10,000 writes wait for 19 windows.
        QTest::newRow("duplicates, budget in operations")
            << BulkEdit::Kind::Duplicate << qint64(10000) << 100 << 100 << "500/60s/ops" << qint64(100)
            << qint64(101) << (10101.0 - 500.0) * 60 / 500;
        QTest::newRow("nothing") << BulkEdit::Kind::Set << qint64(0) << 200 << 100 << "10/1s" << qint64(0)
                                 << qint64(1) << 0.0;
    }
    void estimate()
    {
        QFETCH(BulkEdit::Kind, kind);
        QFETCH(qint64, objects);
        QFETCH(int, batchSize);
        QFETCH(int, pageSize);
        QFETCH(QString, budget);
        QFETCH(qint64, writes);
        QFETCH(qint64, reads);
        QFETCH(double, seconds);
        BulkEdit edit;
        edit.kind = kind;
        QString error;
        const std::optional<RequestBudget> b =
            budget.isEmpty() ? std::nullopt : RequestBudget::parse(budget, &error);
        QVERIFY2(budget.isEmpty() || b, qPrintable(error));
        const BulkEdit::Estimate e = edit.estimate(objects, batchSize, pageSize, b ? &*b : nullptr);
        QCOMPARE(e.objects, objects);
        QCOMPARE(e.writeRequests, writes);
        QCOMPARE(e.readRequests, reads);
        QCOMPARE(e.seconds, seconds);
        QVERIFY(BulkEdit::describe(e, b ? &*b : nullptr).contains(QString::number(writes)));
    }
};

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "TestBulkEdit.moc"
