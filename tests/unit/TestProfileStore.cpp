// Profiles round-trip through QSettings with their keys in the secret store, never in the settings file.
#include "ProfileListModel.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveLoadRemove_keysNeverInSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        QVERIFY(!secrets.isPersistent());
        QString id;
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&secrets, &settings);
            ProfileListModel list(&store);
            QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
            ServerProfile p;
            p.name = QStringLiteral("Prod EU");
            p.serverUrl = QUrl(QStringLiteral("https://x.example/api"));
            p.applicationId = QStringLiteral("app");
            p.restApiKey = QStringLiteral("rest-SECRET-1");
            p.masterKey = QStringLiteral("master-SECRET-2");
            p.production = true;
            p.batchSize = 20;
            id = store.save(p);
            QVERIFY(!id.isEmpty());
            QCOMPARE(list.rowCount(), 1);
            QVERIFY(list.index(0).data().toString().contains(QStringLiteral("production")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Prod EU"));
        QVERIFY(!text.contains("SECRET"));

        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&secrets, &settings);
        QCOMPARE(store.profiles().size(), 1);
        const ServerProfile loaded = store.profiles().first();
        QCOMPARE(loaded.id, id);
        QCOMPARE(loaded.serverUrl, QUrl(QStringLiteral("https://x.example/api")));
        QVERIFY(loaded.production);
        QCOMPARE(loaded.batchSize, 20);
        QVERIFY(!loaded.useMasterKey);
        QVERIFY(loaded.masterKey.isEmpty());

        ServerProfile complete;
        store.withSecrets(loaded, this, [&complete](const ServerProfile &p) { complete = p; });
        QTRY_COMPARE(complete.masterKey, QStringLiteral("master-SECRET-2"));
        QCOMPARE(complete.restApiKey, QStringLiteral("rest-SECRET-1"));

        store.remove(id);
        QVERIFY(store.profiles().isEmpty());
        ServerProfile afterRemove;
        afterRemove.masterKey = QStringLiteral("unset");
        store.withSecrets(loaded, this, [&afterRemove](const ServerProfile &p) { afterRemove = p; });
        QTRY_VERIFY(afterRemove.masterKey.isEmpty());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("appId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << "http://127.0.0.1:1337/parse"
                            << "a" << true;
        QTest::newRow("no scheme") << "127.0.0.1:1337/parse"
                                   << "a" << false;
        QTest::newRow("ftp") << "ftp://h/parse"
                             << "a" << false;
        QTest::newRow("no app id") << "http://h/parse"
                                   << "" << false;
    }
    void validation()
    {
        QFETCH(QString, url);
        QFETCH(QString, appId);
        QFETCH(bool, valid);
        ServerProfile p;
        p.name = QStringLiteral("n");
        p.serverUrl = QUrl(url);
        p.applicationId = appId;
        QCOMPARE(p.validationError().isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
