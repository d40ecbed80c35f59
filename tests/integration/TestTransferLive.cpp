// Export and import against the real server: 1,000 objects holding every Parse type go out as JSON and as
// CSV and come back into new classes with identical values.
#include "Await.h"
#include "LocalParseServer.h"
#include "TemporaryClasses.h"
#include "core/batch/BatchDocument.h"
#include "core/batch/BatchRunner.h"
#include "core/batch/ObjectImporter.h"
#include "core/data/Csv.h"
#include "core/data/QueryOptions.h"
#include "core/net/ParseClient.h"
#include "core/query/ObjectExporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int kObjects = 1000;

QJsonObject field(const QString &type, const QString &target = {})
{
    QJsonObject f{{u"type"_s, type}};
    if (!target.isEmpty())
        f.insert(u"targetClass"_s, target);
    return f;
}
} // namespace

class TestTransferLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void export_thenImport_keepsEveryValue_data();
    void export_thenImport_keepsEveryValue();
    void export_cancelled_leavesNoFile();

private:
    QList<ParseResult> send(const BatchDocument &doc);
    QHash<qint64, QJsonObject> objectsByN(const QString &className);
    QString exportTo(const QString &className, ObjectExporter::Format format);

    QNetworkAccessManager m_network;
    std::unique_ptr<ParseClient> m_client;
    QTemporaryDir m_dir;
    QString m_source;
    QJsonObject m_schema;
    std::unique_ptr<TemporaryClasses> m_temporary;
};

void TestTransferLive::initTestCase()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile profile = LocalParseServer::profile();
    profile.useMasterKey = true;
    m_client = std::make_unique<ParseClient>(profile, &m_network);
    m_temporary = std::make_unique<TemporaryClasses>(m_client.get());
    m_source = m_temporary->add(u"Transfer"_s + QUuid::createUuid().toString(QUuid::Id128).left(8));

    // A file and rooms to point at, from the demo data.
    QueryOptions zoo;
    zoo.where = {{u"text"_s, u"every type"_s}};
    const ParseResult zooRow = await(m_client->send(ParseRequest::find(u"TypeZoo"_s, zoo)));
    QVERIFY2(zooRow.ok(), qPrintable(zooRow.error.describe()));
    const QJsonValue file = zooRow.object()[u"results"_s][0][u"attachment"_s];
    QVERIFY(file.isObject());
    QueryOptions someRooms;
    someRooms.limit = 10;
    const ParseResult rooms = await(m_client->send(ParseRequest::find(u"Room"_s, someRooms)));
    QVERIFY(rooms.ok());
    const QJsonArray roomList = rooms.object()[u"results"_s].toArray();
    QVERIFY(!roomList.isEmpty());

    const QJsonObject fields{{u"s"_s, field(u"String"_s)},
                             {u"n"_s, field(u"Number"_s)},
                             {u"big"_s, field(u"Number"_s)},
                             {u"b"_s, field(u"Boolean"_s)},
                             {u"d"_s, field(u"Date"_s)},
                             {u"p"_s, field(u"Pointer"_s, u"Room"_s)},
                             {u"rel"_s, field(u"Relation"_s, u"_User"_s)},
                             {u"f"_s, field(u"File"_s)},
                             {u"g"_s, field(u"GeoPoint"_s)},
                             {u"poly"_s, field(u"Polygon"_s)},
                             {u"a"_s, field(u"Array"_s)},
                             {u"o"_s, field(u"Object"_s)},
                             {u"bytes"_s, field(u"Bytes"_s)}};
    const ParseResult created = await(m_client->send(
        ParseRequest::createSchema(m_source, {{u"className"_s, m_source}, {u"fields"_s, fields}})));
    QVERIFY2(created.ok(), qPrintable(created.error.describe()));
    const ParseResult schema = await(m_client->send(ParseRequest::schema(m_source)));
    QVERIFY(schema.ok());
    m_schema = schema.object();

    BatchDocument doc;
    const QDateTime base = QDateTime::fromString(u"2024-02-29T23:59:58.123Z"_s, Qt::ISODateWithMs);
    for (int i = 0; i < kObjects; ++i) {
        QJsonObject o{{u"n"_s, i}};
        // Text that CSV must quote, unicode, empty strings, missing values and text a spreadsheet would
        // run as a formula among the rows.
        const QStringList formulas{u"=HYPERLINK(\"http://evil\",\"%1\")"_s, u"'+%1"_s, u"-%1x"_s,
                                   u"@SUM(%1)"_s};
        if (i % 10 == 5)
            o.insert(u"s"_s, formulas.at(i / 10 % formulas.size()).arg(i));
        else if (i % 10 != 3)
            o.insert(u"s"_s, i % 10 == 0 ? QString() : u"row %1, \"quoted\"\nsecond line – ü ✓"_s.arg(i));
        o.insert(u"big"_s, i % 2 ? qint64(9007199254740993LL) - i : i * 0.125 - 3);
        if (i % 7)
            o.insert(u"b"_s, i % 3 == 0);
        o.insert(u"d"_s, QJsonObject{{u"__type"_s, u"Date"_s},
                                     {u"iso"_s, base.addMSecs(i * 1001LL).toString(Qt::ISODateWithMs)}});
        o.insert(u"p"_s, QJsonObject{{u"__type"_s, u"Pointer"_s},
                                     {u"className"_s, u"Room"_s},
                                     {u"objectId"_s, roomList.at(i % roomList.size())[u"objectId"_s]}});
        if (i % 5 == 0)
            o.insert(u"f"_s, file);
        o.insert(u"g"_s, QJsonObject{{u"__type"_s, u"GeoPoint"_s},
                                     {u"latitude"_s, -80 + i * 0.16},
                                     {u"longitude"_s, 179.5 - i * 0.3}});
        if (i % 4 == 0)
            o.insert(u"poly"_s,
                     QJsonObject{{u"__type"_s, u"Polygon"_s},
                                 {u"coordinates"_s,
                                  QJsonArray{QJsonArray{0, 0}, QJsonArray{1, i % 90}, QJsonArray{2, 0.5}}}});
        o.insert(u"a"_s, QJsonArray{i, u"x,y"_s, QJsonObject{{u"k"_s, i}}, QJsonValue::Null});
        o.insert(u"o"_s, QJsonObject{{u"i"_s, i}, {u"nested"_s, QJsonObject{{u"q"_s, u"say \"hi\""_s}}}});
        o.insert(u"bytes"_s,
                 QJsonObject{{u"__type"_s, u"Bytes"_s},
                             {u"base64"_s, QString::fromLatin1(QByteArray(i % 17 + 1, char(i)).toBase64())}});
        o.insert(u"ACL"_s, QJsonObject{{u"*"_s, QJsonObject{{u"read"_s, true}}},
                                       {u"role:r%1"_s.arg(i % 3), QJsonObject{{u"write"_s, true}}}});
        doc.operations << BatchOperation{u"POST"_s, u"/classes/"_s + m_source, o, {}};
    }
    const QList<ParseResult> results = send(doc);
    QCOMPARE(results.size(), kObjects);
    for (const ParseResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
}

void TestTransferLive::cleanupTestCase()
{
    m_temporary.reset();
}

QList<ParseResult> TestTransferLive::send(const BatchDocument &doc)
{
    BatchRunner runner(m_client.get());
    runner.run(doc.toRequests(m_client->profile().mountPath()), false);
    if (!QTest::qWaitFor([&] { return !runner.isRunning(); }, 120000))
        return {};
    return runner.results();
}

QHash<qint64, QJsonObject> TestTransferLive::objectsByN(const QString &className)
{
    QueryOptions all;
    all.limit = kObjects + 10;
    const ParseResult r = await(m_client->send(ParseRequest::find(className, all)), 60000);
    QHash<qint64, QJsonObject> byN;
    for (const QJsonValue &v : r.object()[u"results"_s].toArray()) {
        QJsonObject o = v.toObject();
        for (const char *serverSet : {"objectId", "createdAt", "updatedAt", "rel"})
            o.remove(QLatin1String(serverSet));
        byN.insert(o.value(u"n"_s).toInteger(), o);
    }
    return byN;
}

QString TestTransferLive::exportTo(const QString &className, ObjectExporter::Format format)
{
    const QString path =
        m_dir.filePath(className + (format == ObjectExporter::Format::Csv ? u".csv"_s : u".json"_s));
    ObjectExporter exporter(m_client.get());
    QSignalSpy finished(&exporter, &ObjectExporter::finished);
    QSignalSpy progress(&exporter, &ObjectExporter::progress);
    // Descending by a number: pages by cursor on n, and the order must not matter to the import.
    exporter.start(className, m_schema, {}, u"n"_s, true, format, path);
    if (!finished.wait(60000) || finished.first().at(1).toString() != QString()) {
        qWarning() << "export failed:" << (finished.isEmpty() ? QVariant() : finished.first().at(1));
        return {};
    }
    // The count came first, then one report per page.
    if (progress.isEmpty() || progress.last().at(0).toLongLong() != kObjects ||
        progress.first().at(1).toLongLong() != kObjects)
        return {};
    return path;
}

void TestTransferLive::export_thenImport_keepsEveryValue_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("json") << int(ObjectExporter::Format::Json);
    QTest::newRow("csv") << int(ObjectExporter::Format::Csv);
}

void TestTransferLive::export_thenImport_keepsEveryValue()
{
    QFETCH(int, format);
    const QString path = exportTo(m_source, ObjectExporter::Format(format));
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    if (format == int(ObjectExporter::Format::Csv)) {
        // Safe to open in a spreadsheet: no cell starts a formula (a negative number is no formula).
        const Csv::Parsed parsed = Csv::parse(content);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(content.contains("'=HYPERLINK"));
        for (const Csv::Record &record : parsed.records) {
            for (const std::optional<QString> &cell : record.cells) {
                if (cell && !cell->isEmpty() && !Csv::isPlainNumber(*cell))
                    QVERIFY2(!QStringView(u"=+-@\t\r").contains(cell->front()), qPrintable(*cell));
            }
        }
    }

    // Into a class that doesn't exist yet: the values alone (JSON) or the typed header (CSV) carry the types.
    const QString target =
        m_temporary->add(m_source + (format == int(ObjectExporter::Format::Csv) ? u"Csv"_s : u"Json"_s));
    const ImportPlan plan =
        ObjectImporter::plan(content, ObjectImporter::formatOf(path, content), target, {}, false);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(u'\n')));
    QCOMPARE(plan.document.operations.size(), kObjects);
    const QList<ParseResult> results = send(plan.document);
    QCOMPARE(results.size(), kObjects);
    for (const ParseResult &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));

    const QHash<qint64, QJsonObject> original = objectsByN(m_source);
    const QHash<qint64, QJsonObject> imported = objectsByN(target);
    QCOMPARE(original.size(), kObjects);
    QCOMPARE(imported.size(), kObjects);
    for (auto it = original.begin(); it != original.end(); ++it)
        QVERIFY2(
            imported.value(it.key()) == it.value(),
            qPrintable(u"n=%1\n%2\n%3"_s.arg(it.key()).arg(
                QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(imported.value(it.key())).toJson(QJsonDocument::Compact)))));
}

void TestTransferLive::export_cancelled_leavesNoFile()
{
    const QString path = m_dir.filePath(u"cancelled.json"_s);
    ObjectExporter exporter(m_client.get());
    QSignalSpy finished(&exporter, &ObjectExporter::finished);
    exporter.start(m_source, m_schema, {}, u"createdAt"_s, false, ObjectExporter::Format::Json, path);
    exporter.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!exporter.isRunning());
    QTest::qWait(500); // replies still arriving are ignored
    QCOMPARE(finished.size(), 1);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestTransferLive)
#include "TestTransferLive.moc"
