// A production profile is read-only until writes are unlocked: ParseClient refuses every write before it
// reaches the network, whichever panel (or the CLI) built it.
#include "Await.h"
#include "OfflineProfile.h"
#include "RecordingNetwork.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

class TestWriteLock : public QObject
{
    Q_OBJECT

private:
    static ServerProfile production()
    {
        ServerProfile p = offlineProfile();
        p.name = QStringLiteral("Live shop");
        p.masterKey = QStringLiteral("master");
        p.production = true;
        return p;
    }
    static QJsonArray items(const QList<ParseRequest> &requests)
    {
        QJsonArray a;
        for (const ParseRequest &r : requests)
            a.append(r.batchItem(QStringLiteral("/parse")));
        return a;
    }

private Q_SLOTS:
    void lockedProduction_refusesWritesOnly_data()
    {
        QTest::addColumn<ParseRequest>("request");
        QTest::addColumn<bool>("write");
        const QString room = QStringLiteral("Room");
        QTest::newRow("create") << ParseRequest::createObject(room, {{QStringLiteral("a"), 1}}) << true;
        QTest::newRow("update") << ParseRequest::updateObject(room, QStringLiteral("x"), {}) << true;
        QTest::newRow("delete") << ParseRequest::deleteObject(room, QStringLiteral("x")) << true;
        QTest::newRow("schema change") << ParseRequest::updateSchema(room, {}) << true;
        QTest::newRow("delete class") << ParseRequest::deleteSchema(room) << true;
        QTest::newRow("purge class") << ParseRequest::purgeClass(room) << true;
        QTest::newRow("cloud function") << ParseRequest::callFunction(QStringLiteral("echo"), {}) << true;
        QTest::newRow("job") << ParseRequest::runJob(QStringLiteral("countRooms"), {}) << true;
        QTest::newRow("batch with a delete")
            << ParseRequest::batch(items({ParseRequest::getObject(room, QStringLiteral("a")),
                                          ParseRequest::deleteObject(room, QStringLiteral("b"))}),
                                   false)
            << true;
        QTest::newRow("empty batch") << ParseRequest::batch({}, false) << true;
        QTest::newRow("find") << ParseRequest::find(room, {}) << false;
        QTest::newRow("get") << ParseRequest::getObject(room, QStringLiteral("a")) << false;
        QTest::newRow("schemas") << ParseRequest::schemas() << false;
        QTest::newRow("batch of reads")
            << ParseRequest::batch(
                   items({ParseRequest::getObject(room, QStringLiteral("a")), ParseRequest::find(room, {})}),
                   false)
            << false;
    }
    void lockedProduction_refusesWritesOnly()
    {
        QFETCH(ParseRequest, request);
        QFETCH(bool, write);
        QCOMPARE(request.isWrite(), write);
        RecordingNetwork net;
        net.next.body = QByteArrayLiteral("[]");
        ParseClient client(production(), &net);
        QVERIFY(client.writesLocked());
        const ParseResult locked = await(client.send(request));
        if (write) {
            QCOMPARE(locked.error.kind, ParseError::Kind::Config);
            QVERIFY2(locked.error.message.contains(QStringLiteral("read-only")),
                     qPrintable(locked.error.message));
            QVERIFY(net.sent.isEmpty()); // nothing reached the network
        } else {
            QCOMPARE(net.sent.size(), 1);
        }

        QSignalSpy changed(&client, &ParseClient::writesLockedChanged);
        client.setWritesLocked(false);
        QCOMPARE(changed.size(), 1);
        net.sent.clear();
        await(client.send(request));
        QCOMPARE(net.sent.size(), 1);
    }

    void notProduction_isNeverLocked()
    {
        RecordingNetwork net;
        ServerProfile p = production();
        p.production = false;
        ParseClient client(p, &net);
        QVERIFY(!client.writesLocked());
        await(client.send(ParseRequest::deleteObject(QStringLiteral("Room"), QStringLiteral("x"))));
        QCOMPARE(net.sent.size(), 1);
    }

    void becomingProduction_locksAgain()
    {
        RecordingNetwork net;
        ServerProfile p = production();
        ParseClient client(p, &net);
        client.setWritesLocked(false);
        // Editing another setting of an unlocked production profile keeps it unlocked...
        p.timeoutMs = 1000;
        client.setProfile(p);
        QVERIFY(!client.writesLocked());
        // ...turning production off and on again locks it.
        p.production = false;
        client.setProfile(p);
        QVERIFY(!client.writesLocked());
        p.production = true;
        client.setProfile(p);
        QVERIFY(client.writesLocked());
    }
};

QTEST_GUILESS_MAIN(TestWriteLock)
#include "TestWriteLock.moc"
