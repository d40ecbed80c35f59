// Every all-pages reader against the STRICT server, whose maxLimit of 25 clamps every page below what the
// reader asks for without saying so: export (the core and parsedesk-cli) and the undo journal's reads by
// id must each return every object exactly once, whatever the order, ties and missing values.
#include "AdminClient.h"
#include "Await.h"
#include "CliRun.h"
#include "FaultProxy.h"
#include "LocalParseServer.h"
#include "core/batch/BatchRunner.h"
#include "core/models/LiveListModel.h"
#include "core/query/ObjectExporter.h"
#include "core/query/ObjectFetcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int kObjects = 130;
constexpr int kMaxLimit = 25; // STRICT's
const char *const kServer = "STRICT";
// The wheres of some cases, by the groups they keep. Odd groups hold no object without a score, so a
// descending export by score starts with an empty phase (the objects without one come first).
const QList<int> kThreeGroups{0, 1, 2};
const QList<int> kOddGroups{1, 3};

QJsonObject whereOf(const QList<int> &groups)
{
    QJsonArray in;
    for (int g : groups)
        in << g;
    return groups.isEmpty() ? QJsonObject() : QJsonObject{{u"group"_s, QJsonObject{{u"$in"_s, in}}}};
}

// The ids of an exported JSON array, in file order.
QStringList idsOf(const QByteArray &json)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        ids << v[u"objectId"_s].toString();
    return ids;
}
} // namespace

class TestPagingLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void export_core_everyObjectOnce_data();
    void export_core_everyObjectOnce();
    void export_cli_everyObjectOnce_data();
    void export_cli_everyObjectOnce();
    void export_countFails_stillEveryObject();
    void fetcher_byIds_everyObjectAndNoMore();
    void liveListing_limitAboveMaxLimit_everyRow();

private:
    void orders();
    QStringList expected(const QList<int> &groups) const;

    std::unique_ptr<AdminClient> m_admin;
    QString m_class;
    QJsonObject m_schema;
    QStringList m_ids;
    QList<int> m_groups;
    QTemporaryDir m_dir;
};

void TestPagingLive::initTestCase()
{
    const QString missing = LocalParseServer::missingReason(kServer);
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    m_admin = std::make_unique<AdminClient>(LocalParseServer::profile(kServer));
    m_class = m_admin->classes().add(u"ItPages"_s + QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QJsonObject fields{{u"score"_s, QJsonObject{{u"type"_s, u"Number"_s}}},
                             {u"group"_s, QJsonObject{{u"type"_s, u"Number"_s}}},
                             {u"label"_s, QJsonObject{{u"type"_s, u"String"_s}}}};
    ParseResult r = await(m_admin->client().send(
        ParseRequest::createSchema(m_class, {{u"className"_s, m_class}, {u"fields"_s, fields}})));
    QVERIFY2(r.ok(), qPrintable(r.error.describe()));
    r = await(m_admin->client().send(ParseRequest::schema(m_class)));
    QVERIFY(r.ok());
    m_schema = r.object();

    // Created in batches, so many share createdAt; scores tie in sevens and every tenth has none.
    QList<ParseRequest> creates;
    for (int i = 0; i < kObjects; ++i) {
        QJsonObject o{{u"group"_s, i % 4}, {u"label"_s, u"o%1"_s.arg(i)}};
        if (i % 10 != 0)
            o.insert(u"score"_s, i % 7);
        creates << ParseRequest::createObject(m_class, o);
        m_groups << i % 4;
    }
    BatchRunner runner(&m_admin->client());
    runner.run(creates, false);
    QVERIFY(QTest::qWaitFor([&] { return !runner.isRunning(); }, 60000));
    for (const ParseResult &created : runner.results()) {
        QVERIFY2(created.ok(), qPrintable(created.error.describe()));
        m_ids << created.object()[u"objectId"_s].toString();
    }
    QCOMPARE(m_ids.size(), kObjects);
    // The server clamps: a find for all of them answers one page of maxLimit.
    QueryOptions all;
    all.limit = kObjects;
    r = await(m_admin->client().send(ParseRequest::find(m_class, all)));
    QCOMPARE(r.object()[u"results"_s].toArray().size(), kMaxLimit);
}

void TestPagingLive::cleanupTestCase()
{
    m_admin.reset();
}

QStringList TestPagingLive::expected(const QList<int> &groups) const
{
    QStringList ids;
    for (int i = 0; i < m_ids.size(); ++i) {
        if (groups.isEmpty() || groups.contains(m_groups.at(i)))
            ids << m_ids.at(i);
    }
    ids.sort();
    return ids;
}

void TestPagingLive::orders()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<QList<int>>("groups");
    const QList<int> all;
    QTest::newRow("score (ties, missing last)") << u"score"_s << all;
    QTest::newRow("-score (missing first)") << u"-score"_s << all;
    QTest::newRow("-score, three groups") << u"-score"_s << kThreeGroups;
    QTest::newRow("-score, odd groups (none missing)") << u"-score"_s << kOddGroups;
    QTest::newRow("-createdAt (shared by a batch)") << u"-createdAt"_s << all;
    QTest::newRow("createdAt, three groups") << u"createdAt"_s << kThreeGroups;
    QTest::newRow("objectId") << u"objectId"_s << all;
    QTest::newRow("-objectId, odd groups") << u"-objectId"_s << kOddGroups;
    QTest::newRow("label, three groups") << u"label"_s << kThreeGroups;
}

void TestPagingLive::export_core_everyObjectOnce_data()
{
    orders();
}

void TestPagingLive::export_core_everyObjectOnce()
{
    QFETCH(QString, order);
    QFETCH(QList<int>, groups);
    const bool descending = order.startsWith(u'-');
    const QString path = m_dir.filePath(u"core-%1.json"_s.arg(QTest::currentDataTag()).remove(u' '));
    ObjectExporter exporter(&m_admin->client());
    QSignalSpy finished(&exporter, &ObjectExporter::finished);
    exporter.start(m_class, m_schema, whereOf(groups), order.mid(descending ? 1 : 0), descending,
                   ObjectExporter::Format::Json, path);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList ids = idsOf(file.readAll());
    QCOMPARE(exporter.written(), ids.size());
    ids.sort();
    QCOMPARE(ids, expected(groups)); // each once: sorted lists of the same length and members
}

void TestPagingLive::export_cli_everyObjectOnce_data()
{
    orders();
}

void TestPagingLive::export_cli_everyObjectOnce()
{
    QFETCH(QString, order);
    QFETCH(QList<int>, groups);
    const ServerProfile p = LocalParseServer::profile(kServer);
    QStringList args{u"--server"_s, p.serverUrl.toString(), u"--app-id"_s, p.applicationId, u"--rest-key"_s,
                     p.restApiKey,  u"--master-key"_s,      p.masterKey,   u"export"_s,     m_class,
                     u"-"_s,        u"--order"_s,           order};
    if (!groups.isEmpty())
        args << u"--where"_s
             << QString::fromUtf8(QJsonDocument(whereOf(groups)).toJson(QJsonDocument::Compact));
    const CliRun run = CliRun::run(args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList ids = idsOf(run.out);
    ids.sort();
    QCOMPARE(ids, expected(groups));
    QVERIFY2(run.err.contains(u"exported %1 objects"_s.arg(ids.size()).toUtf8()), run.err.constData());
}

// Without the count the export still reads to the empty page (the count only sizes the progress).
void TestPagingLive::export_countFails_stillEveryObject()
{
    ServerProfile p = LocalParseServer::profile(kServer);
    FaultProxy proxy(p.serverUrl);
    p.serverUrl = proxy.url();
    p.useMasterKey = true;
    QNetworkAccessManager network;
    ParseClient client(p, &network);
    proxy.setFault(FaultProxy::Fault::Http500, 1); // the count goes first
    const QString path = m_dir.filePath(u"count-failed.json"_s);
    ObjectExporter exporter(&client);
    QSignalSpy finished(&exporter, &ObjectExporter::finished);
    QSignalSpy progress(&exporter, &ObjectExporter::progress);
    exporter.start(m_class, m_schema, {}, u"score"_s, true, ObjectExporter::Format::Json, path);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(progress.first().at(1).toLongLong(), -1); // no total known
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList ids = idsOf(file.readAll());
    ids.sort();
    QCOMPARE(ids, expected({}));
}

// The undo journal's snapshot reader: ids the server has, and ids it doesn't, more than one page of them.
void TestPagingLive::fetcher_byIds_everyObjectAndNoMore()
{
    QStringList asked = m_ids.mid(0, 100);
    asked << u"doesNotExist1"_s << u"doesNotExist2"_s;
    ParseRequest headers;
    headers.masterKey = ParseRequest::MasterKey::FromProfile;
    ObjectFetcher fetcher(&m_admin->client(), headers);
    QSignalSpy finished(&fetcher, &ObjectFetcher::finished);
    fetcher.fetch({{m_class, asked}});
    QVERIFY(finished.wait(30000));
    QVERIFY2(!finished.first().at(1).value<ParseError>().isError(),
             qPrintable(finished.first().at(1).value<ParseError>().describe()));
    QStringList got = finished.first().at(0).toJsonObject().value(m_class).toObject().keys();
    got.sort();
    QStringList want = m_ids.mid(0, 100);
    want.sort();
    QCOMPARE(got, want);
}

// A live listing whose limit is above maxLimit: one poll reads as many pages as the limit needs.
void TestPagingLive::liveListing_limitAboveMaxLimit_everyRow()
{
    // The top by score, descending (no score first, as Postgres orders it), cut where the scores change,
    // so the expected rows do not depend on how ties are ordered.
    QStringList want;
    for (int i = 0; i < kObjects; ++i) {
        if (i % 10 == 0 || i % 7 >= 5)
            want << m_ids.at(i);
    }
    want.sort();
    QVERIFY(want.size() > kMaxLimit); // more than one page
    QueryOptions options;
    options.order = {u"-score"_s};
    options.limit = int(want.size());
    LiveListModel model;
    model.setClient(&m_admin->client());
    model.setColumns(LiveListModel::defaultColumns({u"score"_s}, m_schema, {}));
    QSignalSpy snapshot(&model, &LiveListModel::snapshot);
    model.setQuery(m_class, options);
    model.start();
    QVERIFY(snapshot.wait(20000));
    QStringList got;
    for (int row = 0; row < model.rowCount(); ++row)
        got << model.index(row, 0).data(LiveListModel::KeyRole).toString();
    got.sort();
    QCOMPARE(got, want);
    model.pause();
}

QTEST_GUILESS_MAIN(TestPagingLive)
#include "TestPagingLive.moc"
