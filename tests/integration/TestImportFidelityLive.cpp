// parsedesk-cli import and CSV output against the real server: no value is changed on the way in (NaN,
// integers a double can't hold, dates without a zone, untyped columns of a new class), a JSON file with a
// byte order mark on standard input is JSON, and the CSV it writes can be opened in a spreadsheet without
// running formulas, yet imports back exactly.
#include "AdminClient.h"
#include "Await.h"
#include "CliRun.h"
#include "LocalParseServer.h"
#include "core/data/Csv.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList connection(const ServerProfile &p)
{
    return {u"--server"_s,   p.serverUrl.toString(), u"--app-id"_s,     p.applicationId,
            u"--rest-key"_s, p.restApiKey,           u"--master-key"_s, p.masterKey};
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k :
         {u"PARSE_SERVER_URL"_s, u"PARSE_APP_ID"_s, u"PARSE_REST_KEY"_s, u"PARSE_MASTER_KEY"_s})
        env.remove(k);
    return env;
}

CliRun cli(const QStringList &args)
{
    return CliRun::run(connection(LocalParseServer::profile()) + args, cleanEnvironment());
}

// With the file on standard input, as `parsedesk-cli import CLASS - < file` runs.
CliRun cliWithInput(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(qEnvironmentVariable("PARSEDESK_CLI"), connection(LocalParseServer::profile()) + args);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

// The class's objects without the fields the server sets, ordered by n.
QJsonArray objects(const QString &className)
{
    const CliRun r = cli({u"query"_s, className, u"--order"_s, u"n"_s, u"--limit"_s, u"1000"_s});
    QJsonArray out;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out)[u"results"_s].toArray()) {
        QJsonObject o = v.toObject();
        for (const char *own : {"objectId", "createdAt", "updatedAt", "ACL"})
            o.remove(QLatin1String(own));
        out.append(o);
    }
    return out;
}

QString uniqueName(const QString &prefix)
{
    return prefix + QString::number(QDateTime::currentMSecsSinceEpoch());
}

const QStringList kFormulas{u"=HYPERLINK(\"http://evil\",\"click\")"_s,
                            u"+1+2"_s,
                            u"@SUM(1)"_s,
                            u"-x"_s,
                            u"'=x"_s,
                            u"\ttab first"_s,
                            u"\rcarriage return first"_s,
                            u"plain, \"quoted\""_s};
} // namespace

class TestImportFidelityLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void import_refusesWhatParseWouldChange_data();
    void import_refusesWhatParseWouldChange();
    void import_newClassKeepsTheTextOfUntypedColumns();
    void import_timeZoneOfDatesWithoutOne_data();
    void import_timeZoneOfDatesWithoutOne();
    void import_byteOrderMarkOnStandardInput_data();
    void import_byteOrderMarkOnStandardInput();
    void csv_formulasNeutralizedAndImportedBackExactly_data();
    void csv_formulasNeutralizedAndImportedBackExactly();

private:
    std::unique_ptr<AdminClient> m_admin;
};

void TestImportFidelityLive::initTestCase()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    QVERIFY2(QFile::exists(qEnvironmentVariable("PARSEDESK_CLI")), "PARSEDESK_CLI must name parsedesk-cli");
    m_admin = std::make_unique<AdminClient>(LocalParseServer::profile());
}

void TestImportFidelityLive::import_refusesWhatParseWouldChange_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("numberSchema"); // the target class exists with visits: Number
    QTest::addColumn<QString>("error");
    QTest::newRow("nan, typed header") << u"f.csv"_s << QByteArray("visits:Number,n\nnan,1\n") << false
                                       << u"line 2, visits: \"nan\" is not a finite number"_s;
    QTest::newRow("inf, schema type") << u"f.csv"_s << QByteArray("visits,n\ninf,1\n") << true
                                      << u"line 2, visits: \"inf\" is not a finite number"_s;
    QTest::newRow("Infinity") << u"f.csv"_s << QByteArray("visits:Number,n\nInfinity,1\n") << false
                              << u"line 2, visits: \"Infinity\" is not a number"_s;
    QTest::newRow("beyond 2^53, csv")
        << u"f.csv"_s << QByteArray("visits:Number,n\n9007199254740993,1\n") << false
        << u"line 2, visits: the integer 9007199254740993 is beyond 2^53"_s;
    QTest::newRow("beyond 2^53, json")
        << u"f.json"_s << QByteArray("[{\"visits\": 9007199254740993, \"n\": 1}]") << false
        << u"item 1, visits: the integer 9007199254740993 is beyond 2^53"_s;
    QTest::newRow("date without zone") << u"f.csv"_s << QByteArray("when:Date,n\n2026-01-02 10:00,1\n")
                                       << false << u"line 2, when: \"2026-01-02 10:00\" has no time zone"_s;
}

void TestImportFidelityLive::import_refusesWhatParseWouldChange()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, numberSchema);
    QFETCH(QString, error);
    const QString target = m_admin->classes().add(uniqueName(u"Fidelity"_s));
    if (numberSchema) {
        const QJsonObject fields{{u"visits"_s, QJsonObject{{u"type"_s, u"Number"_s}}}};
        const ParseResult created = await(m_admin->client().send(
            ParseRequest::createSchema(target, {{u"className"_s, target}, {u"fields"_s, fields}})));
        QVERIFY2(created.ok(), qPrintable(created.error.describe()));
    }
    QTemporaryDir dir;
    const QString file = writeFile(dir, fileName, content);
    const CliRun r = cli({u"import"_s, target, file});
    // Refused with the line and why; nothing reported as a success, nothing sent.
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(error.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("nothing was sent"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(objects(target).size(), 0);
}

void TestImportFidelityLive::import_newClassKeepsTheTextOfUntypedColumns()
{
    const QString target = m_admin->classes().add(uniqueName(u"Inferred"_s));
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"people.csv"_s,
                                   "n,zip,phone,amount,visits,ratio,active\n"
                                   "1,01234,+4917612345,\"1,000\",12,0.5,true\n"
                                   "2,10115,+4930123456,250,-3,-2e3,false\n");
    const CliRun r = cli({u"import"_s, target, file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray stored = objects(target);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(
        stored.at(0).toObject(),
        QJsonDocument::fromJson("{\"n\":1,\"zip\":\"01234\",\"phone\":\"+4917612345\",\"amount\":\"1,000\","
                                "\"visits\":12,\"ratio\":0.5,\"active\":true}")
            .object());
    QCOMPARE(
        stored.at(1).toObject(),
        QJsonDocument::fromJson("{\"n\":2,\"zip\":\"10115\",\"phone\":\"+4930123456\",\"amount\":\"250\","
                                "\"visits\":-3,\"ratio\":-2000,\"active\":false}")
            .object());
    const ParseResult schema = await(m_admin->client().send(ParseRequest::schema(target)));
    QVERIFY(schema.ok());
    QCOMPARE(schema.object()[u"fields"_s][u"zip"_s][u"type"_s].toString(), u"String"_s);
    QCOMPARE(schema.object()[u"fields"_s][u"visits"_s][u"type"_s].toString(), u"Number"_s);
}

void TestImportFidelityLive::import_timeZoneOfDatesWithoutOne_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("iso"); // what the server stores, when imported
    QTest::addColumn<QString>("error");
    QTest::newRow("none") << QStringList() << 2 << QString()
                          << u"line 2, when: \"2026-01-02 10:00\" has no time zone"_s;
    QTest::newRow("Europe/Berlin") << QStringList{u"--timezone"_s, u"Europe/Berlin"_s} << 0
                                   << u"2026-01-02T09:00:00.000Z"_s << QString();
    QTest::newRow("UTC") << QStringList{u"--timezone"_s, u"UTC"_s} << 0 << u"2026-01-02T10:00:00.000Z"_s
                         << QString();
    QTest::newRow("unknown zone") << QStringList{u"--timezone"_s, u"Mars/Olympus"_s} << 2 << QString()
                                  << u"--timezone: 'Mars/Olympus' is not a time zone"_s;
}

void TestImportFidelityLive::import_timeZoneOfDatesWithoutOne()
{
    QFETCH(QStringList, flags);
    QFETCH(int, exitCode);
    QFETCH(QString, iso);
    QFETCH(QString, error);
    const QString target = m_admin->classes().add(uniqueName(u"Zoned"_s));
    QTemporaryDir dir;
    // The second row has its own zone, which wins over --timezone.
    const QString file =
        writeFile(dir, u"dates.csv"_s, "n,when:Date\n1,2026-01-02 10:00\n2,2026-01-02T10:00:00+05:00\n");
    const CliRun r = cli(QStringList{u"import"_s, target, file} + flags);
    QCOMPARE(r.exitCode, exitCode);
    const QJsonArray stored = objects(target);
    if (exitCode != 0) {
        QVERIFY2(r.err.contains(error.toUtf8()), r.err.constData());
        QCOMPARE(stored.size(), 0);
        return;
    }
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0)[u"when"_s][u"iso"_s].toString(), iso);
    QCOMPARE(stored.at(1)[u"when"_s][u"iso"_s].toString(), u"2026-01-02T05:00:00.000Z"_s);
}

void TestImportFidelityLive::import_byteOrderMarkOnStandardInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("json") << QByteArray(
        "\xef\xbb\xbf[{\"n\": 1, \"name\": \"a\"}, {\"n\": 2, \"name\": \"b\"}]");
    QTest::newRow("json after a newline")
        << QByteArray("\xef\xbb\xbf\n{\"results\": [{\"n\": 1, \"name\": \"a\"}, "
                      "{\"n\": 2, \"name\": \"b\"}]}");
    QTest::newRow("csv") << QByteArray("\xef\xbb\xbfn,name\n1,a\n2,b\n");
}

void TestImportFidelityLive::import_byteOrderMarkOnStandardInput()
{
    QFETCH(QByteArray, input);
    const QString target = m_admin->classes().add(uniqueName(u"Bom"_s));
    const CliRun r = cliWithInput({u"import"_s, target, u"-"_s}, input);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray stored = objects(target);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).toObject(), (QJsonObject{{u"n"_s, 1}, {u"name"_s, u"a"_s}}));
    QCOMPARE(stored.at(1).toObject(), (QJsonObject{{u"n"_s, 2}, {u"name"_s, u"b"_s}}));
}

void TestImportFidelityLive::csv_formulasNeutralizedAndImportedBackExactly_data()
{
    QTest::addColumn<bool>("raw");
    QTest::newRow("neutralized") << false;
    QTest::newRow("--csv-raw") << true;
}

void TestImportFidelityLive::csv_formulasNeutralizedAndImportedBackExactly()
{
    QFETCH(bool, raw);
    const QStringList rawFlag = raw ? QStringList{u"--csv-raw"_s} : QStringList();
    // Strings a player could type as a room name, and a negative number.
    const QString source = m_admin->classes().add(uniqueName(u"Formulas"_s));
    QJsonArray original;
    for (qsizetype i = 0; i < kFormulas.size(); ++i) {
        const QJsonObject o{{u"n"_s, int(i)}, {u"s"_s, kFormulas.at(i)}, {u"delta"_s, -5 - int(i)}};
        original.append(o);
        const ParseResult created = await(m_admin->client().send(ParseRequest::createObject(source, o)));
        QVERIFY2(created.ok(), qPrintable(created.error.describe()));
    }
    QCOMPARE(objects(source), original);

    // query --format csv: every String cell safe to open, numbers as they are.
    const CliRun query = cli(QStringList{u"query"_s, source, u"--order"_s, u"n"_s, u"--keys"_s,
                                         u"n,s,delta"_s, u"--format"_s, u"csv"_s} +
                             rawFlag);
    QVERIFY2(query.exitCode == 0, query.err.constData());
    const Csv::Parsed queried = Csv::parse(query.out);
    QVERIFY2(queried.ok(), qPrintable(queried.error));
    const QList<std::optional<QString>> header = queried.records.first().cells;
    const qsizetype sColumn = header.indexOf(u"s"_s);
    const qsizetype deltaColumn = header.indexOf(u"delta"_s);
    QVERIFY(sColumn >= 0 && deltaColumn >= 0);
    QCOMPARE(queried.records.size(), kFormulas.size() + 1);
    for (qsizetype i = 0; i < kFormulas.size(); ++i) {
        const QList<std::optional<QString>> &cells = queried.records.at(i + 1).cells;
        QCOMPARE(*cells.at(sColumn), raw ? kFormulas.at(i) : Csv::neutralized(kFormulas.at(i)));
        QCOMPARE(*cells.at(deltaColumn), QString::number(-5 - i));
    }
    if (!raw)
        QCOMPARE(*queried.records.at(1).cells.at(sColumn), u"'=HYPERLINK(\"http://evil\",\"click\")"_s);

    // export: the same cells under a typed header, and import gives back the very same values.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"formulas.csv"_s);
    const CliRun exported = cli(QStringList{u"export"_s, source, file, u"--order"_s, u"n"_s} + rawFlag);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const Csv::Parsed parsed = Csv::parse(written.readAll());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY(parsed.records.first().cells.contains(raw ? u"s:String:raw"_s : u"s:String"_s));
    for (const Csv::Record &record : parsed.records.mid(1)) {
        for (const std::optional<QString> &cell : record.cells) {
            const bool formula = cell && !cell->isEmpty() &&
                                 QStringView(u"=+-@\t\r").contains(cell->front()) &&
                                 !Csv::isPlainNumber(*cell);
            QVERIFY2(raw || !formula, qPrintable(cell.value_or(QString())));
        }
    }
    const QString copy = m_admin->classes().add(source + u"Copy"_s);
    const CliRun imported = cli({u"import"_s, copy, file});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(objects(copy), original);
}

QTEST_GUILESS_MAIN(TestImportFidelityLive)
#include "TestImportFidelityLive.moc"
