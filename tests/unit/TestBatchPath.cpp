// Batch paths as Parse Server would route them: what is sent is the route the operation names, relative to
// the server's own mount, or the operation is refused with the reason before anything is sent.
#include "core/batch/BatchDocument.h"
#include "core/batch/BatchPath.h"
#include "core/batch/OperationBuilder.h"

#include <QTest>

namespace {
// The mount column's value for "no server chosen yet".
const QString kUnknownMount = QStringLiteral("?");

std::optional<QString> mountOf(const QString &column)
{
    return column == kUnknownMount ? std::nullopt : std::optional<QString>(column);
}
} // namespace

class TestBatchPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_routeOrReason_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mount");
        QTest::addColumn<QString>("route");   // empty: refused
        QTest::addColumn<QString>("problem"); // what the refusal says
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("objectId");

        QTest::newRow("without the mount") << "/classes/Room"
                                           << "/parse"
                                           << "/classes/Room"
                                           << ""
                                           << "Room"
                                           << "";
        QTest::newRow("with the mount") << "/parse/classes/Room/abc"
                                        << "/parse"
                                        << "/classes/Room/abc"
                                        << ""
                                        << "Room"
                                        << "abc";
        QTest::newRow("two-segment mount") << "/v1/parse/classes/Room"
                                           << "/v1/parse"
                                           << "/classes/Room"
                                           << ""
                                           << "Room"
                                           << "";
        QTest::newRow("root mount") << "/users/u1"
                                    << ""
                                    << "/users/u1"
                                    << ""
                                    << "_User"
                                    << "u1";
        QTest::newRow("route spelled in another case") << "/Classes/Room"
                                                       << "/parse"
                                                       << "/classes/Room"
                                                       << ""
                                                       << "Room"
                                                       << "";
        QTest::newRow("percent-encoded objectId") << "/classes/Room/a%2Fb"
                                                  << "/parse"
                                                  << "/classes/Room/a%2Fb"
                                                  << ""
                                                  << "Room"
                                                  << "a/b";
        QTest::newRow("join table") << "/classes/_Join:members:Room"
                                    << "/parse"
                                    << "/classes/_Join:members:Room"
                                    << ""
                                    << "_Join:members:Room"
                                    << "";
        QTest::newRow("function") << "/functions/createRoom"
                                  << "/parse"
                                  << "/functions/createRoom"
                                  << ""
                                  << ""
                                  << "";
        QTest::newRow("job") << "/jobs/cleanup"
                             << "/parse"
                             << "/jobs/cleanup"
                             << ""
                             << ""
                             << "";
        QTest::newRow("login") << "/login"
                               << "/parse"
                               << "/login"
                               << ""
                               << ""
                               << "";
        QTest::newRow("unknown mount: any prefix")
            << "/somewhere/classes/Room/x" << kUnknownMount << "/classes/Room/x"
            << ""
            << "Room"
            << "x";

        QTest::newRow("foreign mount") << "/parse/classes/Room"
                                       << "/v1/parse"
                                       << ""
                                       << "starts with /parse, which is not this server's mount (/v1/parse): "
                                          "write /classes/Room"
                                       << ""
                                       << "";
        QTest::newRow("foreign mount on a root server") << "/parse/classes/Room"
                                                        << ""
                                                        << ""
                                                        << "not this server's mount (it is mounted at /)"
                                                        << ""
                                                        << "";
        QTest::newRow("mount twice") << "/parse/parse/classes/Room"
                                     << "/parse"
                                     << ""
                                     << "starts with /parse/parse, which is not this server's mount"
                                     << ""
                                     << "";
        QTest::newRow("..") << "/classes/Adv2/../Adv1"
                            << "/parse"
                            << ""
                            << "has a \"..\" segment"
                            << ""
                            << "";
        QTest::newRow(".. with an unknown mount") << "/classes/Adv2/../Adv1" << kUnknownMount << ""
                                                  << "has a \"..\" segment"
                                                  << ""
                                                  << "";
        QTest::newRow(".") << "/classes/./Room"
                           << "/parse"
                           << ""
                           << "has a \".\" segment"
                           << ""
                           << "";
        QTest::newRow("percent-encoded ..") << "/classes/Room/%2E%2E"
                                            << "/parse"
                                            << ""
                                            << "has a \"..\" segment"
                                            << ""
                                            << "";
        QTest::newRow("empty segment") << "/classes//Room"
                                       << "/parse"
                                       << ""
                                       << "has an empty segment"
                                       << ""
                                       << "";
        QTest::newRow("slash at the end") << "/classes/Room/"
                                          << "/parse"
                                          << ""
                                          << "has an empty segment"
                                          << ""
                                          << "";
        QTest::newRow("stray %") << "/classes/Room/100%"
                                 << "/parse"
                                 << ""
                                 << "segment 3 is not valid percent-encoding"
                                 << ""
                                 << "";
        QTest::newRow("not UTF-8") << "/classes/Room/%C3"
                                   << "/parse"
                                   << ""
                                   << "segment 3 is not valid percent-encoding"
                                   << ""
                                   << "";
        QTest::newRow("control character") << "/classes/Ro%0Aom"
                                           << "/parse"
                                           << ""
                                           << "segment 2 contains a control character"
                                           << ""
                                           << "";
        QTest::newRow("invalid class name") << "/classes/My-Rooms"
                                            << "/parse"
                                            << ""
                                            << "\"My-Rooms\" is not a valid class name"
                                            << ""
                                            << "";
        QTest::newRow("reserved class name") << "/classes/className"
                                             << "/parse"
                                             << ""
                                             << "reserved"
                                             << ""
                                             << "";
        QTest::newRow("nested batch") << "/batch"
                                      << "/parse"
                                      << ""
                                      << "a batch can't contain another batch"
                                      << ""
                                      << "";
        QTest::newRow("files") << "/files/pic.png"
                               << "/parse"
                               << ""
                               << "files are not served in a batch"
                               << ""
                               << "";
        QTest::newRow("unknown route") << "/rooms"
                                       << "/parse"
                                       << ""
                                       << "\"/rooms\" is not a Parse Server route"
                                       << ""
                                       << "";
        QTest::newRow("class route without a class")
            << "/classes"
            << "/parse"
            << ""
            << "\"/classes\" is not a Parse Server route; use /classes/CLASS or /classes/CLASS/ID"
            << ""
            << "";
        QTest::newRow("too many segments") << "/classes/Room/a/b"
                                           << "/parse"
                                           << ""
                                           << "use /classes/CLASS or /classes/CLASS/ID"
                                           << ""
                                           << "";
        QTest::newRow("query in the path") << "/classes/Room?limit=1"
                                           << "/parse"
                                           << ""
                                           << "query parameters go in the body"
                                           << ""
                                           << "";
        QTest::newRow("relative") << "classes/Room"
                                  << "/parse"
                                  << ""
                                  << "must start with /"
                                  << ""
                                  << "";
    }
    void parse_routeOrReason()
    {
        QFETCH(QString, path);
        QFETCH(QString, mount);
        QFETCH(QString, route);
        QFETCH(QString, problem);
        QFETCH(QString, className);
        QFETCH(QString, objectId);
        const BatchPath parsed = BatchPath::parse(path, mountOf(mount));
        QVERIFY2(parsed.problem().contains(problem) && parsed.isValid() == problem.isEmpty(),
                 qPrintable(parsed.problem()));
        QCOMPARE(parsed.className(), className);
        QCOMPARE(parsed.objectId(), objectId);
        if (parsed.isValid()) {
            QCOMPARE(parsed.route(), route);
            // The composer's forms read a path back to its class and object the same way.
            QCOMPARE(OperationBuilder::targetOf(path).className, className);
            QCOMPARE(OperationBuilder::targetOf(path).objectId, objectId);
        }
    }

    void methodProblem_namesTheMethodsTheRouteTakes_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        QTest::newRow("create") << "POST"
                                << "/classes/Room"
                                << "";
        QTest::newRow("lower case") << "put"
                                    << "/classes/Room/a"
                                    << "";
        QTest::newRow("update me") << "PUT"
                                   << "/users/me"
                                   << "";
        QTest::newRow("create with an id")
            << "POST"
            << "/classes/Room/a"
            << "POST /classes/Room/a is not a route; it takes GET, PUT, DELETE";
        QTest::newRow("delete without an id") << "DELETE"
                                              << "/classes/Room"
                                              << "it takes GET, POST";
        QTest::newRow("read a function") << "GET"
                                         << "/functions/hello"
                                         << "it takes POST";
    }
    void methodProblem_namesTheMethodsTheRouteTakes()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, problem);
        const BatchPath parsed = BatchPath::parse(path, QStringLiteral("/parse"));
        QVERIFY(parsed.isValid());
        QVERIFY2(parsed.methodProblem(method).contains(problem) &&
                     parsed.methodProblem(method).isEmpty() == problem.isEmpty(),
                 qPrintable(parsed.methodProblem(method)));
    }

    void objectRoute_roundTripsThroughParse_data()
    {
        QTest::addColumn<QString>("className");
        QTest::addColumn<QString>("route");
        QTest::newRow("class") << "Room"
                               << "/classes/Room";
        QTest::newRow("users") << "_User"
                               << "/users";
        QTest::newRow("roles") << "_Role"
                               << "/roles";
        QTest::newRow("installations") << "_Installation"
                                       << "/installations";
        QTest::newRow("sessions") << "_Session"
                                  << "/sessions";
    }
    void objectRoute_roundTripsThroughParse()
    {
        QFETCH(QString, className);
        QFETCH(QString, route);
        QCOMPARE(BatchPath::objectRoute(className), route);
        QCOMPARE(BatchPath::parse(route, QString()).className(), className);
    }

    void document_refusesEachBadPathWithItsIndexAndSendsRoutes()
    {
        BatchDocument doc;
        for (const char *path :
             {"/parse/classes/Room", "/classes/Adv2/../Adv1", "/v1/parse/classes/Room/x", "/Classes/Room"})
            doc.operations.append(
                {QStringLiteral("GET"), QString::fromLatin1(path), QJsonValue::Undefined, {}});
        const QStringList problems = doc.validate(QStringLiteral("/parse"));
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(QLatin1String("#2 path: ")), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(QLatin1String("#3 path: ")), qPrintable(problems.at(1)));
        // On a server at /v1/parse the first is the foreign one.
        QVERIFY(
            doc.validate(QStringLiteral("/v1/parse")).constFirst().startsWith(QLatin1String("#1 path: ")));

        doc.operations.removeAt(2);
        doc.operations.removeAt(1);
        QVERIFY(doc.validate(QStringLiteral("/parse")).isEmpty());
        const QList<ParseRequest> requests = doc.toRequests(QStringLiteral("/parse"));
        QCOMPARE(requests.at(0).path, QStringLiteral("/classes/Room"));
        QCOMPARE(requests.at(1).path, QStringLiteral("/classes/Room"));
        QCOMPARE(requests.at(0).batchItem(QStringLiteral("/parse")).value(QLatin1String("path")).toString(),
                 QStringLiteral("/parse/classes/Room"));
    }
};

QTEST_GUILESS_MAIN(TestBatchPath)
#include "TestBatchPath.moc"
