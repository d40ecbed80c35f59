// Export and import formats: the CSV reader, the cell codec both directions use, and import plans.
#include "core/batch/ObjectImporter.h"
#include "core/data/Csv.h"
#include "core/data/JsonText.h"
#include "core/query/ObjectExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

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
    void neutralized_roundTrip_data();
    void neutralized_roundTrip();
    void csvTable_neutralizesTextButNotNumbers();
    void typedCsv_formulasRoundTripUnlessRaw();
    void importCsv_refusesNumbersParseWouldChange_data();
    void importCsv_refusesNumbersParseWouldChange();
    void importCsv_newClassColumnTypes();
    void importCsv_datesWithoutZone_data();
    void importCsv_datesWithoutZone();
    void importJson_refusesValuesParseWouldChange();
    void import_byteOrderMark_data();
    void import_byteOrderMark();
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
    QTest::newRow("big integer") << u"Number"_s << u"1152921504606846976"_s << u"1152921504606846976"_s;
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
    QTest::newRow("json") << QString() << u"{\"a\":1}"_s << u"{\"a\":1}"_s;
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
    QTest::newRow("group separator") << u"Number"_s << u"1,000"_s << u"\"1,000\" is not a number"_s;
    QTest::newRow("nan") << u"Number"_s << u"nan"_s << u"\"nan\" is not a finite number"_s;
    QTest::newRow("beyond 2^53") << u"Number"_s << u"9007199254740993"_s
                                 << u"the integer 9007199254740993 is beyond 2^53"_s;
    QTest::newRow("not json") << QString() << u"plain"_s << u"line 1, column"_s;
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
    // "note" holds true and an empty string: a String column, its text kept.
    QCOMPARE(plan.document.operations.at(0).body,
             QJsonValue(QJsonObject{{u"code"_s, u"007"_s},
                                    {u"visits"_s, 12},
                                    {u"when"_s, QJsonObject{{u"__type"_s, u"Date"_s},
                                                            {u"iso"_s, u"2025-06-01T12:34:56.789Z"_s}}},
                                    {u"note"_s, u"true"_s}}));
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

void TestTransfer::neutralized_roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://evil\",\"click\")"_s
                               << u"'=HYPERLINK(\"http://evil\",\"click\")"_s;
    QTest::newRow("plus") << u"+1+2"_s << u"'+1+2"_s;
    QTest::newRow("at") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
    QTest::newRow("minus") << u"-x"_s << u"'-x"_s;
    QTest::newRow("tab") << u"\tcmd"_s << u"'\tcmd"_s;
    QTest::newRow("cr") << u"\rcmd"_s << u"'\rcmd"_s;
    QTest::newRow("already quoted") << u"'=x"_s << u"''=x"_s;
    QTest::newRow("twice quoted") << u"''-x"_s << u"'''-x"_s;
    QTest::newRow("quote alone") << u"'quoted'"_s << u"'quoted'"_s;
    QTest::newRow("inner formula") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTransfer::neutralized_roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(Csv::neutralized(text), written);
    QCOMPARE(Csv::unneutralized(written), text);
}

void TestTransfer::csvTable_neutralizesTextButNotNumbers()
{
    const QList<QStringList> rows{{u"-5"_s, u"-x"_s, u"=1+2"_s, u"-1.5e+20"_s, u"'@a"_s}};
    const QStringList header{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    QCOMPARE(Csv::table(header, rows), QByteArray("a,b,c,d,e\r\n-5,'-x,'=1+2,-1.5e+20,''@a\r\n"));
    QCOMPARE(Csv::table(header, rows, Csv::Formulas::Raw),
             QByteArray("a,b,c,d,e\r\n-5,-x,=1+2,-1.5e+20,'@a\r\n"));
}

void TestTransfer::typedCsv_formulasRoundTripUnlessRaw()
{
    // What ObjectExporter writes: String cells neutralized under a "field:String" header, a Number as it is.
    const QStringList strings{u"=HYPERLINK(\"http://evil\",\"click\")"_s,
                              u"+1+2"_s,
                              u"@SUM(1)"_s,
                              u"-x"_s,
                              u"'=x"_s,
                              u"\ttab"_s,
                              u"\rcr"_s,
                              u"plain"_s};
    QString file = Csv::row({u"s:String"_s, u"n:Number"_s});
    QString raw = Csv::row({u"s:String:raw"_s, u"n:Number"_s});
    for (const QString &text : strings) {
        file += Csv::row({Csv::cellText(text, u"String"_s), Csv::cellText(-5, u"Number"_s)});
        raw +=
            Csv::row({Csv::cellText(text, u"String"_s, Csv::Formulas::Raw), Csv::cellText(-5, u"Number"_s)});
    }
    QVERIFY(file.contains(u"'=HYPERLINK"_s));
    QVERIFY(file.contains(u"\r\n'-x,-5\r\n"_s));
    QVERIFY(raw.contains(u"\r\n-x,-5\r\n"_s));
    for (const QString &content : {file, raw}) {
        const ImportPlan plan =
            ObjectImporter::plan(content.toUtf8(), ObjectImporter::Format::Csv, u"New"_s, {}, false);
        QVERIFY2(plan.ok() && plan.problems.isEmpty(), qPrintable(plan.error + plan.problems.join(u'\n')));
        QCOMPARE(plan.document.operations.size(), strings.size());
        for (qsizetype i = 0; i < strings.size(); ++i)
            QCOMPARE(plan.document.operations.at(i).body,
                     QJsonValue(QJsonObject{{u"s"_s, strings.at(i)}, {u"n"_s, -5}}));
    }
    // A header without a type is no export of ours: its cells are taken as they are.
    const ImportPlan untyped =
        ObjectImporter::plan("s\n'=x\n", ObjectImporter::Format::Csv, u"New"_s, {}, false);
    QCOMPARE(untyped.document.operations.first().body, QJsonValue(QJsonObject{{u"s"_s, u"'=x"_s}}));
}

void TestTransfer::importCsv_refusesNumbersParseWouldChange_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // empty: imported as the number
    QTest::newRow("nan") << u"nan"_s << u"line 2, visits: \"nan\" is not a finite number"_s;
    QTest::newRow("NaN") << u"NaN"_s << u"line 2, visits: \"NaN\" is not a finite number"_s;
    QTest::newRow("inf") << u"inf"_s << u"line 2, visits: \"inf\" is not a finite number"_s;
    QTest::newRow("-inf") << u"-inf"_s << u"line 2, visits: \"-inf\" is not a finite number"_s;
    QTest::newRow("Infinity") << u"Infinity"_s << u"line 2, visits: \"Infinity\" is not a number"_s;
    QTest::newRow("2^53 + 1")
        << u"9007199254740993"_s
        << u"line 2, visits: the integer 9007199254740993 is beyond 2^53: Parse keeps "
           "numbers as doubles and would store 9007199254740992. Import it into a String "
           "field (header name:String) to keep every digit"_s;
    QTest::newRow("beyond 64 bits") << u"123456789012345678901"_s
                                    << u"line 2, visits: the integer 123456789012345678901 is beyond 2^53"_s;
    QTest::newRow("separator") << u"\"1,000\""_s << u"line 2, visits: \"1,000\" is not a number"_s;
    QTest::newRow("2^53") << u"9007199254740992"_s << QString();
    // A double holds it exactly (as every number a server already stores): nothing to round.
    QTest::newRow("2^60") << u"1152921504606846976"_s << QString();
    QTest::newRow("double") << u"-1.5e+20"_s << QString();
}

void TestTransfer::importCsv_refusesNumbersParseWouldChange()
{
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const QJsonObject schema{
        {u"fields"_s, QJsonObject{{u"visits"_s, QJsonObject{{u"type"_s, u"Number"_s}}}}}};
    // Typed by the header, and by the target class's schema.
    for (const auto &[header, classSchema] :
         {std::pair{u"visits:Number"_s, QJsonObject()}, std::pair{u"visits"_s, schema}}) {
        const QByteArray file = (header + u",name\n"_s + value + u",a\n"_s).toUtf8();
        const ImportPlan plan =
            ObjectImporter::plan(file, ObjectImporter::Format::Csv, u"Room"_s, classSchema, false);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        if (problem.isEmpty()) {
            QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(u'\n')));
            QCOMPARE(plan.document.operations.first().body[u"visits"_s].toDouble(), value.toDouble());
            continue;
        }
        QCOMPARE(plan.document.operations.size(), 0);
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY2(plan.problems.first().startsWith(problem), qPrintable(plan.problems.first()));
    }
}

void TestTransfer::importCsv_newClassColumnTypes()
{
    // No header types, no schema: a column is a Number only when every cell is a plain number.
    const QByteArray file = "zip,phone,amount,visits,ratio,flag,tags,note,code,weird\n"
                            "01234,+4917612345,\"1,000\",12,-0.5,true,[1],\"{\"\"a\"\":1}\",-x,nan\n"
                            "10115,+4930123456,250,-3,2e3,false,[],[2],12,inf\n";
    const ImportPlan plan = ObjectImporter::plan(file, ObjectImporter::Format::Csv, u"New"_s, {}, false);
    QVERIFY2(plan.ok() && plan.problems.isEmpty(), qPrintable(plan.error + plan.problems.join(u'\n')));
    QCOMPARE(plan.document.operations.first().body,
             json(u"{\"zip\":\"01234\",\"phone\":\"+4917612345\",\"amount\":\"1,000\",\"visits\":12,"
                  "\"ratio\":-0.5,\"flag\":true,\"tags\":[1],\"note\":{\"a\":1},\"code\":\"-x\","
                  "\"weird\":\"nan\"}"_s));
    QCOMPARE(plan.document.operations.last().body,
             json(u"{\"zip\":\"10115\",\"phone\":\"+4930123456\",\"amount\":\"250\",\"visits\":-3,"
                  "\"ratio\":2000,\"flag\":false,\"tags\":[],\"note\":[2],\"code\":\"12\","
                  "\"weird\":\"inf\"}"_s));
}

void TestTransfer::importCsv_datesWithoutZone_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("zone"); // empty: none given
    QTest::addColumn<QString>("iso");  // empty: refused
    QTest::addColumn<QString>("problem");
    const QString jsonNoZone = u"\"{\"\"__type\"\":\"\"Date\"\",\"\"iso\"\":\"\"2026-01-02T10:00:00\"\"}\""_s;
    QTest::newRow("space, no zone") << u"2026-01-02 10:00"_s << QString() << QString()
                                    << u"line 2, when: \"2026-01-02 10:00\" has no time zone"_s;
    QTest::newRow("T, no zone") << u"2026-01-02T10:00:00"_s << QString() << QString()
                                << u"line 2, when: \"2026-01-02T10:00:00\" has no time zone"_s;
    QTest::newRow("date only") << u"2026-01-02"_s << QString() << QString() << u"has no time zone"_s;
    QTest::newRow("json, no zone") << jsonNoZone << QString() << QString() << u"has no time zone"_s;
    QTest::newRow("berlin") << u"2026-01-02 10:00"_s << u"Europe/Berlin"_s << u"2026-01-02T09:00:00.000Z"_s
                            << QString();
    QTest::newRow("berlin, summer") << u"2026-07-02T10:00:00"_s << u"Europe/Berlin"_s
                                    << u"2026-07-02T08:00:00.000Z"_s << QString();
    QTest::newRow("json, berlin") << jsonNoZone << u"Europe/Berlin"_s << u"2026-01-02T09:00:00.000Z"_s
                                  << QString();
    QTest::newRow("utc") << u"2026-01-02T10:00:00"_s << u"UTC"_s << u"2026-01-02T10:00:00.000Z"_s
                         << QString();
    QTest::newRow("own offset wins") << u"2026-01-02T10:00:00+05:00"_s << u"Europe/Berlin"_s
                                     << u"2026-01-02T05:00:00.000Z"_s << QString();
    QTest::newRow("zoned, none given")
        << u"2026-01-02T10:00:00Z"_s << QString() << u"2026-01-02T10:00:00.000Z"_s << QString();
    QTest::newRow("clocks forward") << u"2026-03-29T02:30:00"_s << u"Europe/Berlin"_s << QString()
                                    << u"does not exist in Europe/Berlin"_s;
}

void TestTransfer::importCsv_datesWithoutZone()
{
    QFETCH(QString, cell);
    QFETCH(QString, zone);
    QFETCH(QString, iso);
    QFETCH(QString, problem);
    const std::optional<QTimeZone> timeZone =
        zone.isEmpty() ? std::nullopt : std::optional<QTimeZone>(QTimeZone(zone.toUtf8()));
    const QByteArray file = (u"n,when:Date\n1,"_s + cell + u'\n').toUtf8();
    const ImportPlan plan =
        ObjectImporter::plan(file, ObjectImporter::Format::Csv, u"New"_s, {}, false, timeZone);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    if (iso.isEmpty()) {
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY2(plan.problems.first().contains(problem), qPrintable(plan.problems.first()));
        return;
    }
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(u'\n')));
    QCOMPARE(plan.document.operations.first().body[u"when"_s],
             QJsonValue(QJsonObject{{u"__type"_s, u"Date"_s}, {u"iso"_s, iso}}));
}

void TestTransfer::importJson_refusesValuesParseWouldChange()
{
    const QByteArray file = "[{\"n\": 9007199254740993}, {\"n\": 9007199254740992},\n"
                            " {\"d\": {\"__type\": \"Date\", \"iso\": \"2026-01-02T10:00:00\"}},\n"
                            " {\"d\": {\"__type\": \"Date\", \"iso\": \"2026-01-02T10:00:00.000Z\"}}]";
    const ImportPlan plan = ObjectImporter::plan(file, ObjectImporter::Format::Json, u"Dest"_s, {}, false);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.sources, (QStringList{u"item 2"_s, u"item 4"_s}));
    QCOMPARE(plan.problems.size(), 2);
    QVERIFY2(plan.problems.at(0).startsWith(u"item 1, n: the integer 9007199254740993 is beyond 2^53"_s),
             qPrintable(plan.problems.at(0)));
    QVERIFY2(plan.problems.at(1).startsWith(u"item 3, d: \"2026-01-02T10:00:00\" has no time zone"_s),
             qPrintable(plan.problems.at(1)));

    const ImportPlan inBerlin = ObjectImporter::plan(file, ObjectImporter::Format::Json, u"Dest"_s, {}, false,
                                                     QTimeZone("Europe/Berlin"));
    QCOMPARE(inBerlin.sources, (QStringList{u"item 2"_s, u"item 3"_s, u"item 4"_s}));
    QCOMPARE(inBerlin.document.operations.at(1).body[u"d"_s][u"iso"_s], u"2026-01-02T09:00:00.000Z"_s);
    // JSON has no NaN or Infinity: such a file is refused whole.
    for (const QByteArray &notJson : {QByteArray("[{\"n\": NaN}]"), QByteArray("[{\"n\": 1e999}]")})
        QVERIFY(!ObjectImporter::plan(notJson, ObjectImporter::Format::Json, u"Dest"_s, {}, false).ok());
}

void TestTransfer::import_byteOrderMark_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format");
    QTest::newRow("json") << QByteArray("\xef\xbb\xbf[{\"name\": \"a\"}]")
                          << int(ObjectImporter::Format::Json);
    QTest::newRow("json, space first") << QByteArray("\xef\xbb\xbf\n {\"results\": [{\"name\": \"a\"}]}")
                                       << int(ObjectImporter::Format::Json);
    QTest::newRow("csv") << QByteArray("\xef\xbb\xbfname\na\n") << int(ObjectImporter::Format::Csv);
}

void TestTransfer::import_byteOrderMark()
{
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    // Standard input has no file name to tell the format by.
    QCOMPARE(int(ObjectImporter::formatOf(u"-"_s, content)), format);
    const ImportPlan plan =
        ObjectImporter::plan(content, ObjectImporter::Format(format), u"Dest"_s, {}, false);
    QVERIFY2(plan.ok() && plan.problems.isEmpty(), qPrintable(plan.error + plan.problems.join(u'\n')));
    QCOMPARE(plan.document.operations.size(), 1);
    QCOMPARE(plan.document.operations.first().body, QJsonValue(QJsonObject{{u"name"_s, u"a"_s}}));
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "TestTransfer.moc"
