// The bad-input catalogue: every kind of bad input a user can type, load or point ParseDesk at, each with
// the specific, readable error it must produce. Offline cases use the same code paths the UI and CLI do;
// the rest ask the real local server.
#include "Await.h"
#include "LocalParseServer.h"
#include "core/batch/BatchDocument.h"
#include "core/batch/BatchPath.h"
#include "core/batch/ObjectImporter.h"
#include "core/data/Csv.h"
#include "core/data/JsonText.h"
#include "core/data/ParseNames.h"
#include "core/data/QueryOptions.h"
#include "core/net/ParseClient.h"
#include "core/net/ParseError.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <functional>

namespace {
struct Case
{
    std::function<QString()> error; // the message the input produces
    QString expected;               // what the message must say
};

QString batchProblems(const QByteArray &text)
{
    QString error;
    const std::optional<BatchDocument> doc = BatchDocument::fromJson(text, &error);
    return doc ? doc->validate().join(QLatin1Char('\n')) : error;
}

QString importError(const QByteArray &text, ObjectImporter::Format format, const QString &className = {})
{
    const ImportPlan plan = ObjectImporter::plan(
        text, format, className.isEmpty() ? QStringLiteral("Room") : className, {}, false);
    return plan.ok() ? plan.problems.join(QLatin1Char('\n')) : plan.error;
}

QString replyError(int status, const QByteArray &body, const QByteArray &type = "application/json")
{
    return ParseError::fromHttpReply(status, body, type).describe();
}

const QHash<QString, Case> &catalogue()
{
    static const QHash<QString, Case> cases{
        {QStringLiteral("where: malformed JSON"),
         {[] { return JsonText::parse("{\"visits\": {\"$gt\": }}").error; },
          QStringLiteral("line 1, column")}},
        {QStringLiteral("where: error on a later line"),
         {[] { return JsonText::parse("{\n  \"a\": 1,\n  \"b\": tru\n}").error; },
          QStringLiteral("line 3, column")}},
        {QStringLiteral("where: not an object"),
         {[] {
              QString error;
              QueryOptions::fromJson(QJsonObject{{QStringLiteral("where"), 5}}, &error);
              return error;
          },
          QStringLiteral("where")}},
        {QStringLiteral("batch file: malformed JSON"),
         {[] { return batchProblems("{\"requests\": [\n{\"method\": \"POST\",}\n]}"); },
          QStringLiteral("line 2")}},
        {QStringLiteral("batch file: not a Parse route"),
         {[] { return batchProblems("{\"requests\":[{\"method\":\"GET\",\"path\":\"/clases/Room\"}]}"); },
          QStringLiteral("#1 path: \"/clases/Room\" is not a Parse Server route")}},
        {QStringLiteral("batch file: invalid class name"),
         {[] {
              return batchProblems(
                  "{\"requests\":[{\"method\":\"POST\",\"path\":\"/parse/classes/My-Rooms\",\"body\":{}}]}");
          },
          QStringLiteral("\"My-Rooms\" is not a valid class name")}},
        {QStringLiteral("batch file: unknown method"),
         {[] { return batchProblems("{\"requests\":[{\"method\":\"PATCH\",\"path\":\"/classes/Room\"}]}"); },
          QStringLiteral("\"PATCH\" is not GET, POST, PUT or DELETE")}},
        {QStringLiteral("import JSON: malformed"),
         {[] { return importError("[{\"n\": 1},\n{\"n\": 2]", ObjectImporter::Format::Json); },
          QStringLiteral("Not valid JSON: line 2, column")}},
        {QStringLiteral("import CSV: stray quote"),
         {[] { return importError("n\n1\"2\n", ObjectImporter::Format::Csv); },
          QStringLiteral("Not valid CSV: line 2, column 2")}},
        {QStringLiteral("import CSV: invalid field name"),
         {[] { return importError("n,my field\n1,2\n", ObjectImporter::Format::Csv); },
          QStringLiteral("Line 1, column 2: \"my field\" is not a valid field name")}},
        {QStringLiteral("import: invalid class name"),
         {[] { return importError("[{\"n\":1}]", ObjectImporter::Format::Json, QStringLiteral("_Rooms")); },
          QStringLiteral("\"_Rooms\" is not a Parse system class")}},
        {QStringLiteral("nesting deeper than the parser allows"),
         {[] { return JsonText::parse(QByteArray(5000, '[') + QByteArray(5000, ']')).error; },
          QStringLiteral("line 1, column 1026: too deeply nested document")}},
        {QStringLiteral("batch file: integer beyond 64 bits"),
         {[] {
              return batchProblems("{\"requests\":[{\"method\":\"POST\",\"path\":\"/classes/Room\","
                                   "\"body\":{\"visits\":18446744073709551616}}]}");
          },
          QStringLiteral(
              "column 71: the integer 18446744073709551616 is beyond 64 bits and would be rounded. "
              "Write 1.8446744073709552e+19 to store the rounded number, or a string")}},
        {QStringLiteral("invalid UTF-8 in JSON"),
         {[] { return JsonText::parse("{\"name\": \"caf\xe9\"}").error; },
          QStringLiteral("line 1, column 14: invalid UTF8 string")}},
        {QStringLiteral("invalid UTF-8 in CSV"),
         {[] { return Csv::parse("name\ncaf\xe9\n").error; }, QStringLiteral("not UTF-8")}},
        {QStringLiteral("invalid class name"),
         {[] { return ParseNames::classNameProblem(QStringLiteral("2Rooms")); },
          QStringLiteral("start with a letter")}},
        {QStringLiteral("invalid field name"),
         {[] { return ParseNames::fieldNameProblem(QStringLiteral("room.name")); },
          QStringLiteral("\"room.name\" is not a valid field name")}},
        {QStringLiteral("not a Parse route"),
         {[] { return BatchPath::parse(QStringLiteral("/rooms")).problem(); },
          QStringLiteral("\"/rooms\" is not a Parse Server route")}},
        {QStringLiteral("wrong keys"),
         {[] { return replyError(403, "{\"error\":\"unauthorized\"}"); },
          QStringLiteral("refused the application id or key")}},
        {QStringLiteral("expired session token"),
         {[] { return replyError(400, "{\"code\":209,\"error\":\"Invalid session token\"}"); },
          QStringLiteral("invalid or has expired")}},
        {QStringLiteral("URL that is not a Parse Server"),
         {[] { return replyError(404, "<!DOCTYPE html><pre>Cannot GET /classes/Room</pre>", "text/html"); },
          QStringLiteral("no Parse route here")}},
        {QStringLiteral("TLS certificate error"),
         {[] {
              return ParseError::tls(QStringLiteral("The certificate is self-signed."),
                                     QStringLiteral("AB:CD"))
                  .describe();
          },
          QStringLiteral("not trusted, so nothing was sent: The certificate is self-signed.")}},
    };
    return cases;
}
} // namespace

class TestBadInputLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_data();
    void catalogue();
    void integersBeyond2To53_stayExact();
    void server_wrongKey();
    void server_expiredSessionToken();
    void server_urlWithoutTheMount();

private:
    QNetworkAccessManager m_network;
};

void TestBadInputLive::catalogue_data()
{
    QTest::addColumn<QString>("name");
    QStringList names = ::catalogue().keys();
    names.sort();
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestBadInputLive::catalogue()
{
    QFETCH(QString, name);
    const Case &c = ::catalogue().value(name);
    const QString error = c.error();
    QVERIFY2(error.contains(c.expected), qPrintable(QStringLiteral("got: ") + error));
}

void TestBadInputLive::integersBeyond2To53_stayExact()
{
    // Typed in a where or a body, such integers reach the server digit for digit.
    const JsonText::Parsed parsed =
        JsonText::parse("{\"n\":{\"$gt\":9007199254740993},\"m\":-9223372036854775807}");
    QVERIFY(parsed.ok());
    QCOMPARE(JsonText::compact(parsed.document.object()),
             QStringLiteral("{\"m\":-9223372036854775807,\"n\":{\"$gt\":9007199254740993}}"));
    QueryOptions options;
    options.where = parsed.document.object();
    QVERIFY(options.toUrlQuery().toString(QUrl::FullyDecoded).contains(QStringLiteral("9007199254740993")));
}

void TestBadInputLive::server_wrongKey()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile profile = LocalParseServer::profile();
    profile.restApiKey = QStringLiteral("not-the-key");
    profile.clientKey.clear();
    ParseClient client(profile, &m_network);
    const ParseResult r = await(client.send(ParseRequest::count(QStringLiteral("Room"))));
    QVERIFY2(r.error.describe().contains(QStringLiteral("refused the application id or key")),
             qPrintable(r.error.describe()));
}

void TestBadInputLive::server_expiredSessionToken()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ParseClient client(LocalParseServer::profile(), &m_network);
    ParseRequest me;
    me.path = QStringLiteral("/users/me");
    me.sessionToken = QStringLiteral("r:0123456789abcdef0123456789abcdef");
    const ParseResult r = await(client.send(me));
    QCOMPARE(r.error.code, int(ParseError::InvalidSessionToken));
    QVERIFY2(r.error.describe().contains(QStringLiteral("log in again")), qPrintable(r.error.describe()));
}

void TestBadInputLive::server_urlWithoutTheMount()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile profile = LocalParseServer::profile();
    profile.serverUrl.setPath(QString()); // the host answers, but no Parse Server is mounted at /
    ParseClient client(profile, &m_network);
    const ParseResult r = await(client.send(ParseRequest::count(QStringLiteral("Room"))));
    QCOMPARE(r.httpStatus, 404);
    QVERIFY2(r.error.describe().contains(QStringLiteral("mount path")), qPrintable(r.error.describe()));
}

QTEST_GUILESS_MAIN(TestBadInputLive)
#include "TestBadInputLive.moc"
