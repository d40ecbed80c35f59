// Connection: one profile's client, queue, journal, budget, trusted certificate and write lock, wired the one
// way the app and parsedesk-cli use, and torn down in the one safe order. Requests go to the real TEST
// server.
#include "AdminClient.h"
#include "Await.h"
#include "LocalParseServer.h"
#include "OfflineProfile.h"
#include "core/journal/UndoJournal.h"
#include "core/net/RequestBudget.h"
#include "core/net/RequestQueue.h"
#include "core/session/Connection.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>

namespace {
// A saved profile of its own, so its journal directory is this test's.
ServerProfile saved(ServerProfile profile)
{
    profile.id = ServerProfile::newId();
    return profile;
}
} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QStringList m_journalDirectories;

    // The connection's journal directory is removed after the test.
    Connection *open(const ServerProfile &profile, const Connection::Options &options = {})
    {
        if (!profile.id.isEmpty())
            m_journalDirectories << UndoJournal::directoryFor(profile.id);
        return new Connection(profile, &m_network, options, this);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        qDeleteAll(findChildren<Connection *>(Qt::FindDirectChildrenOnly));
        for (const QString &directory : std::as_const(m_journalDirectories))
            QDir(directory).removeRecursively();
        m_journalDirectories.clear();
    }

    void savedProfile_wiresClientJournalQueueAndLock_data()
    {
        QTest::addColumn<bool>("production");
        QTest::addColumn<bool>("writesUnlocked");
        QTest::addColumn<QString>("budget");
        QTest::addColumn<QString>("trusted");
        QTest::addColumn<qint64>("maxReplyBytes");
        QTest::addColumn<bool>("locked");
        const QString fingerprint =
            QStringLiteral("C2:AE:6F:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:"
                           "11:22:33:44:55:66:77:88:99:AA:BB:CC");
        const qint64 byDefault = ParseClient::kDefaultMaxReplyBytes;
        QTest::newRow("plain") << false << false << QString() << QString() << byDefault << false;
        QTest::newRow("production: read-only")
            << true << false << QString() << QString() << byDefault << true;
        QTest::newRow("production, --allow-writes")
            << true << true << QString() << QString() << byDefault << false;
        QTest::newRow("budget, trusted certificate, reply limit")
            << false << false << QStringLiteral("500/60s/ops") << fingerprint << qint64(1024 * 1024) << false;
    }
    void savedProfile_wiresClientJournalQueueAndLock()
    {
        QFETCH(bool, production);
        QFETCH(bool, writesUnlocked);
        QFETCH(QString, budget);
        QFETCH(QString, trusted);
        QFETCH(qint64, maxReplyBytes);
        QFETCH(bool, locked);
        ServerProfile profile = saved(offlineProfile());
        profile.production = production;
        profile.budget = budget;
        profile.trustedCertificate = trusted;
        profile.batchSize = 7;
        Connection::Options options;
        options.maxReplyBytes = maxReplyBytes;
        options.writesUnlocked = writesUnlocked;

        Connection *connection = open(profile, options);
        ParseClient *client = connection->client();
        QCOMPARE(client->profile().id, profile.id);
        QCOMPARE(connection->profile().trustedCertificate, trusted);
        QCOMPARE(client->writesLocked(), locked);
        QCOMPARE(client->maxReplyBytes(), maxReplyBytes);
        QCOMPARE(client->budget() != nullptr, !budget.isEmpty());
        if (client->budget()) {
            QCOMPARE(client->budget()->capacity(), 500);
            QCOMPARE(client->budget()->unit(), RequestBudget::Unit::Operations);
        }
        // Every object write passes the profile's journal, the one the app shows.
        UndoJournal *journal = connection->journal();
        QVERIFY(journal);
        QCOMPARE(client->writeGate(), journal);
        QCOMPARE(journal->client(), client);
        QCOMPARE(journal->directory(), UndoJournal::directoryFor(profile.id));
        QCOMPARE(connection->queue()->batchSize(), 7);
        // Its parts are its children: a window owning the connection finds the client among its own.
        QCOMPARE(connection->findChildren<ParseClient *>().size(), 1);
    }

    void unsavedProfile_hasNoJournal()
    {
        Connection *connection = open(offlineProfile());
        QVERIFY(connection->profile().id.isEmpty());
        QVERIFY(!connection->journal());
        QVERIFY(!connection->client()->writeGate());
        QVERIFY(connection->queue());
    }

    void queue_reachesTheServer()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        Connection *connection = open(saved(LocalParseServer::profile()));
        QueuedReply *reply = connection->queue()->enqueue(ParseRequest::find(QStringLiteral("Room"), {}));
        ParseResult result;
        bool answered = false;
        connect(reply, &QueuedReply::finished, this, [&](const ParseResult &r) {
            result = r;
            answered = true;
        });
        connection->queue()->flushNow();
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY2(result.ok(), qPrintable(result.error.describe()));
    }

    void write_isJournaled()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        AdminClient admin(LocalParseServer::profile());
        const QString cls = admin.classes().add(QStringLiteral("ConnectionJournal"));
        ServerProfile profile = saved(LocalParseServer::profile());
        profile.useMasterKey = true;
        Connection *connection = open(profile);
        QCOMPARE(connection->journal()->entries().size(), 0);
        const ParseResult created =
            await(connection->client()->send(ParseRequest::createObject(cls, {{QStringLiteral("n"), 1}})));
        QVERIFY2(created.ok(), qPrintable(created.error.describe()));
        QCOMPARE(connection->journal()->entries().size(), 1);
    }

    void teardown_answersWaitingRequestCancelledOnce()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        Connection *connection = open(saved(LocalParseServer::profile()));
        // One request waits for the next flush (seconds away), as when a window changes connection.
        QueuedReply *reply = connection->queue()->enqueue(ParseRequest::find(QStringLiteral("Room"), {}));
        QList<ParseResult> answers;
        connect(reply, &QueuedReply::finished, this, [&answers](const ParseResult &r) { answers.append(r); });
        QCOMPARE(connection->queue()->pendingCount(), 1);
        delete connection;
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().error.kind, ParseError::Kind::Cancelled);
        QTest::qWait(300);
        QCOMPARE(answers.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "TestConnection.moc"
