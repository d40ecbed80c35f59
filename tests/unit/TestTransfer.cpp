// Export and import formats: the CSV reader, the cell codec both directions use, and import plans.
#include "Csv.h"
#include "JsonText.h"
#include "ObjectExporter.h"
#include "ObjectImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kNone = u"<none>"_s; // an empty, unquoted cell

QJsonValue json(const QString &text)
{
    const JsonText::Parsed parsed = JsonText::parse(u"[%1]"_s.arg(text).toUtf8());
    return parsed.ok() ? parsed.document.array().first() : QJsonValue(QJsonValue::Undefined);
}
} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvParse_data();
    void csvParse();
    void csvRow_keepsEmptyStringsApartFromNoValue();
    void cells_roundTrip_data();
    void cells_roundTrip();
    void cellValue_errors_data();
    void cellValue_errors();
    void csvColumns_leaveRelationsOut();
    void importJson_dropsServerFieldsAndRelations();
    void importJson_badFiles_data();
    void importJson_badFiles();
    void importCsv_typesFromHeaderOrSchema();
    void exportedCsv_importsBackIdentical();
};

void TestTransfer::csvParse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QString>("error");
    using Rows = QList<QStringList>;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                          << QList<int>{1, 2} << QString();
    QTest::newRow("lf, no final newline")
        << QByteArray("a,b\n1,2") << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2}
        << QString();
    QTest::newRow("bom and blank lines") << QByteArray("\xef\xbb\xbf"
                                                       "a\n\n1\n")
                                         << Rows{{u"a"_s}, {u"1"_s}} << QList<int>{1, 3} << QString();
    QTest::newRow("quoted: comma, quote, newline")
        << QByteArray("a,b\n\"x, \"\"y\"\"\",\"two\nlines\"\nz,w\n")
        << Rows{{u"a"_s, u"b"_s}, {u"x, \"y\""_s, u"two\nlines"_s}, {u"z"_s, u"w"_s}} << QList<int>{1, 2, 4}
        << QString();
    QTest::newRow("empty string vs no value")
        << QByteArray("a,b,c\n\"\",,x\n") << Rows{{u"a"_s, u"b"_s, u"c"_s}, {QString(), kNone, u"x"_s}}
        << QList<int>{1, 2} << QString();
    QTest::newRow("unicode") << QByteArray("name\nK\xc3\xb6ln \xe2\x9c\x93\n")
                             << Rows{{u"name"_s}, {u"Köln ✓"_s}} << QList<int>{1, 2} << QString();
    QTest::newRow("quote in unquoted field") << QByteArray("a\nab\"c\n") << Rows() << QList<int>()
                                             << u"line 2, column 3: a quote inside an unquoted field"_s;
    QTest::newRow("never closed") << QByteArray("a\n\"open,\n2\n") << Rows() << QList<int>()
                                  << u"line 2, column 1: the quoted field is never closed"_s;
    QTest::newRow("text after closing quote") << QByteArray("a\n\"x\"y\n") << Rows() << QList<int>()
                                              << u"line 2, column 4: text after the closing quote"_s;
    QTest::newRow("invalid utf-8") << QByteArray("a\n\xff\xfe\n") << Rows() << QList<int>() << u"not UTF-8"_s;
}

void TestTransfer::csvParse()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    QFETCH(QString, error);
    const Csv::Parsed parsed = Csv::parse(input);
    if (!error.isEmpty()) {
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        return;
    }
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), records.size());
    for (qsizetype r = 0; r < records.size(); ++r) {
        QStringList cells;
        for (const std::optional<QString> &cell : parsed.records.at(r).cells)
            cells << cell.value_or(kNone);
        QCOMPARE(cells, records.at(r));
        QCOMPARE(parsed.records.at(r).line, lines.at(r));
    }
}

void TestTransfer::csvRow_keepsEmptyStringsApartFromNoValue()
{
    const QString line = Csv::row({u"a,b"_s, QString(), std::nullopt, u"say \"hi\""_s});
    QCOMPARE(line, u"\"a,b\",\"\",,\"say \"\"hi\"\"\"\r\n"_s);
    const Csv::Parsed back = Csv::parse(line.toUtf8());
    QVERIFY(back.ok());
    const auto &cells = back.records.first().cells;
    QCOMPARE(cells.size(), 4);
    QCOMPARE(cells.at(0), std::optional<QString>(u"a,b"_s));
    QCOMPARE(cells.at(1), std::optional<QString>(QString()));
    QVERIFY(!cells.at(2));
    QCOMPARE(cells.at(3), std::optional<QString>(u"say \"hi\""_s));
}

void TestTransfer::cells_roundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("string") << u"String"_s << u"\"a, \\\"quoted\\\" text\""_s << u"a, \"quoted\" text"_s;
    QTest::newRow("string of digits") << u"String"_s << u"\"00123\""_s << u"00123"_s;
    QTest::newRow("empty string") << u"String"_s << u"\"\""_s << QString();
    QTest::newRow("integer") << u"Number"_s << u"42"_s << u"42"_s;
    QTest::newRow("big integer") << u"Number"_s << u"9007199254740993"_s << u"9007199254740993"_s;
    QTest::newRow("negative double") << u"Number"_s << u"-7.25"_s << u"-7.25"_s;
    QTest::newRow("boolean") << u"Boolean"_s << u"false"_s << u"false"_s;
    QTest::newRow("date") << u"Date"_s << u"{\"__type\":\"Date\",\"iso\":\"2025-06-01T12:34:56.789Z\"}"_s
                          << u"2025-06-01T12:34:56.789Z"_s;
    QTest::newRow("pointer") << u"Pointer"_s
                             << u"{\"__type\":\"Pointer\",\"className\":\"Room\",\"objectId\":\"a1\"}"_s
                             << u"{\"__type\":\"Pointer\",\"className\":\"Room\",\"objectId\":\"a1\"}"_s;
    QTest::newRow("geopoint") << u"GeoPoint"_s
                              << u"{\"__type\":\"GeoPoint\",\"latitude\":1.5,\"longitude\":-2}"_s
                              << u"{\"__type\":\"GeoPoint\",\"latitude\":1.5,\"longitude\":-2}"_s;
    QTest::newRow("bytes") << u"Bytes"_s << u"{\"__type\":\"Bytes\",\"base64\":\"AAH/\"}"_s
                           << u"{\"__type\":\"Bytes\",\"base64\":\"AAH/\"}"_s;
    QTest::newRow("array") << u"Array"_s << u"[1,\"a\",{\"b\":null}]"_s << u"[1,\"a\",{\"b\":null}]"_s;
    QTest::newRow("object") << u"Object"_s << u"{\"k\":[true]}"_s << u"{\"k\":[true]}"_s;
    QTest::newRow("acl") << u"ACL"_s << u"{\"*\":{\"read\":true}}"_s << u"{\"*\":{\"read\":true}}"_s;
    QTest::newRow("guessed number") << QString() << u"3"_s << u"3"_s;
    QTest::newRow("guessed object") << QString() << u"{\"a\":1}"_s << u"{\"a\":1}"_s;
}

void TestTransfer::cells_roundTrip()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, text);
    const QJsonValue original = json(value);
    QVERIFY(!original.isUndefined());
    const std::optional<QString> cell = Csv::cellText(original, type);
    QVERIFY(cell);
    QCOMPARE(*cell, text);
    QString error;
    const std::optional<QJsonValue> back = Csv::cellValue(*cell, type, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(JsonText::compact(*back), JsonText::compact(original));
}

void TestTransfer::cellValue_errors_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("number") << u"Number"_s << u"12abc"_s << u"\"12abc\" is not a number"_s;
    QTest::newRow("boolean") << u"Boolean"_s << u"yes"_s << u"\"yes\" is not true or false"_s;
    QTest::newRow("date") << u"Date"_s << u"yesterday"_s << u"is not a date"_s;
    QTest::newRow("pointer shape") << u"Pointer"_s << u"{\"objectId\":\"x\"}"_s << u"not a valid Pointer"_s;
    QTest::newRow("broken json") << u"Array"_s << u"[1,"_s << u"not a valid Array (line 1, column"_s;
    QTest::newRow("object is no array") << u"Object"_s << u"[1]"_s << u"not a valid Object"_s;
}

void TestTransfer::cellValue_errors()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!Csv::cellValue(text, type, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

void TestTransfer::csvColumns_leaveRelationsOut()
{
    const QJsonObject schema{
        {u"fields"_s, QJsonObject{{u"objectId"_s, QJsonObject{{u"type"_s, u"String"_s}}},
                                  {u"zeta"_s, QJsonObject{{u"type"_s, u"Number"_s}}},
                                  {u"members"_s, QJsonObject{{u"type"_s, u"Relation"_s}}},
                                  {u"ACL"_s, QJsonObject{{u"type"_s, u"ACL"_s}}},
                                  {u"alpha"_s, QJsonObject{{u"type"_s, u"String"_s}}}}}};
    QCOMPARE(ObjectExporter::csvColumns(schema),
             (QStringList{u"objectId"_s, u"ACL"_s, u"alpha"_s, u"zeta"_s}));
}

void TestTransfer::importJson_dropsServerFieldsAndRelations()
{
    const QByteArray file =
        "{\"results\": [\n"
        " {\"objectId\": \"a1\", \"createdAt\": \"2025-01-01T00:00:00.000Z\", \"n\": 1,\n"
        "  \"members\": {\"__type\": \"Relation\", \"className\": \"_User\"}},\n"
        " 7,\n"
        " {\"__type\": \"Object\", \"className\": \"Room\", \"objectId\": \"b2\", \"n\": 2}\n"
        "]}";
    const ImportPlan plan = ObjectImporter::plan(file, ObjectImporter::Format::Json, u"Dest"_s, {}, false);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.document.operations.size(), 2);
    QCOMPARE(plan.sources, (QStringList{u"item 1"_s, u"item 3"_s}));
    QCOMPARE(plan.problems, QStringList{u"item 2: not an object"_s});
    QCOMPARE(plan.document.operations.at(0).method, u"POST"_s);
    QCOMPARE(plan.document.operations.at(0).path, u"/classes/Dest"_s);
    QCOMPARE(plan.document.operations.at(0).body, QJsonValue(QJsonObject{{u"n"_s, 1}}));
    QCOMPARE(plan.document.operations.at(1).body, QJsonValue(QJsonObject{{u"n"_s, 2}}));
    QCOMPARE(plan.notes.size(), 3);
    QVERIFY(plan.notes.last().contains(u"members"_s));

    const ImportPlan keep = ObjectImporter::plan(file, ObjectImporter::Format::Json, u"Dest"_s, {}, true);
    QCOMPARE(keep.document.operations.at(1).body,
             QJsonValue(QJsonObject{{u"objectId"_s, u"b2"_s}, {u"n"_s, 2}}));
}

void TestTransfer::importJson_badFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("[{\"a\": 1},\n {\"b\": }]")
                              << u"Not valid JSON: line 2, column"_s;
    QTest::newRow("object without results") << QByteArray("{\"a\": 1}") << u"Expected an array of objects"_s;
    QTest::newRow("empty array") << QByteArray("[]") << u"The file holds no objects."_s;
}

void TestTransfer::importJson_badFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, error);
    const ImportPlan plan = ObjectImporter::plan(file, ObjectImporter::Format::Json, u"Dest"_s, {}, false);
    QVERIFY2(plan.error.startsWith(error), qPrintable(plan.error));
    QVERIFY(plan.document.operations.isEmpty());
}

void TestTransfer::importCsv_typesFromHeaderOrSchema()
{
    // "code" is typed by the header, "visits" by the target schema, "note" by its text.
    const QByteArray file = "objectId,code:String,visits,when:Date,note,createdAt\n"
                            "x1,007,12,2025-06-01T12:34:56.789Z,true,2025-01-01T00:00:00Z\n"
                            "x2,008,many,,,\n"
                            "x3,009,1,,\"\",\n"
                            "x4,1,2,3,4,5,6\n";
    const QJsonObject schema{
        {u"fields"_s, QJsonObject{{u"visits"_s, QJsonObject{{u"type"_s, u"Number"_s}}}}}};
    const ImportPlan plan = ObjectImporter::plan(file, ObjectImporter::Format::Csv, u"Room"_s, schema, false);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.sources, (QStringList{u"line 2"_s, u"line 4"_s}));
    QCOMPARE(plan.problems, (QStringList{u"line 3, visits: \"many\" is not a number"_s,
                                         u"line 5: 7 cells but 6 columns"_s}));
    QCOMPARE(plan.document.operations.at(0).body,
             QJsonValue(QJsonObject{{u"code"_s, u"007"_s},
                                    {u"visits"_s, 12},
                                    {u"when"_s, QJsonObject{{u"__type"_s, u"Date"_s},
                                                            {u"iso"_s, u"2025-06-01T12:34:56.789Z"_s}}},
                                    {u"note"_s, true}}));
    // An empty quoted cell is an empty string; an empty unquoted one is no value.
    QCOMPARE(plan.document.operations.at(1).body,
             QJsonValue(QJsonObject{{u"code"_s, u"009"_s}, {u"visits"_s, 1}, {u"note"_s, QString()}}));
    QCOMPARE(plan.notes,
             QStringList{u"Columns not sent (set by the server, or relations): objectId, createdAt."_s});
    QCOMPARE(ObjectImporter::formatOf(u"rooms.CSV"_s, "[1]"), ObjectImporter::Format::Csv);
    QCOMPARE(ObjectImporter::formatOf(u"rooms.txt"_s, "  [1]"), ObjectImporter::Format::Json);
}

void TestTransfer::exportedCsv_importsBackIdentical()
{
    // What ObjectExporter writes per row, read back by the importer into a class with no schema yet.
    const QJsonObject schema{{u"fields"_s, QJsonObject{{u"s"_s, QJsonObject{{u"type"_s, u"String"_s}}},
                                                       {u"n"_s, QJsonObject{{u"type"_s, u"Number"_s}}},
                                                       {u"d"_s, QJsonObject{{u"type"_s, u"Date"_s}}},
                                                       {u"o"_s, QJsonObject{{u"type"_s, u"Object"_s}}}}}};
    const QJsonObject object =
        json(u"{\"s\":\"12\",\"n\":12,\"d\":{\"__type\":\"Date\",\"iso\":\"2020-02-29T00:00:00.000Z\"},"
             "\"o\":{\"deep\":[1,{\"x\":\"y\"}]}}"_s)
            .toObject();
    const QStringList columns = ObjectExporter::csvColumns(schema);
    QList<std::optional<QString>> header;
    QList<std::optional<QString>> cells;
    for (const QString &column : columns) {
        header << column + u':' + schema[u"fields"_s][column][u"type"_s].toString();
        cells << Csv::cellText(object.value(column), schema[u"fields"_s][column][u"type"_s].toString());
    }
    const QByteArray file = (Csv::row(header) + Csv::row(cells)).toUtf8();
    const ImportPlan plan = ObjectImporter::plan(file, ObjectImporter::Format::Csv, u"New"_s, {}, false);
    QVERIFY2(plan.ok() && plan.problems.isEmpty(), qPrintable(plan.error + plan.problems.join(u'\n')));
    QCOMPARE(plan.document.operations.first().body, QJsonValue(object));
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "TestTransfer.moc"
