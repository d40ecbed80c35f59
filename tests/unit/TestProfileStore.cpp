// Profiles round-trip through QSettings with their keys in the secret store, never in the settings file.
#include "core/settings/ProfileListModel.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"

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

    // Keys go out as headers: a control character in one would inject a header of its own. The message
    // names the key, never its value.
    void validation_keysAndTimeout_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("plain keys") << "masterKey"
                                    << "secret-1" << 30000 << "";
        QTest::newRow("application id, LF") << "applicationId"
                                            << "app\nX: y" << 30000 << "application id contains a control";
        QTest::newRow("REST key, CR LF") << "restApiKey"
                                         << "secret-1\r\nX: y" << 30000 << "REST API key contains a control";
        QTest::newRow("client key, tab") << "clientKey"
                                         << "secret-1\tx" << 30000 << "client key contains a control";
        QTest::newRow("master key, DEL") << "masterKey"
                                         << "secret-1\x7F" << 30000 << "master key contains a control";
        QTest::newRow("master key, NEL") << "masterKey"
                                         << "secret-1\u0085" << 30000 << "master key contains a control";
        QTest::newRow("timeout 0.1 s") << "masterKey"
                                       << "secret-1" << 100 << "";
        QTest::newRow("timeout 1 h") << "masterKey"
                                     << "secret-1" << 3600000 << "";
        QTest::newRow("timeout 0") << "masterKey"
                                   << "secret-1" << 0 << "between 0.1 and 3600 seconds";
        QTest::newRow("timeout over 1 h") << "masterKey"
                                          << "secret-1" << 3600001 << "between 0.1 and 3600 seconds";
    }
    void validation_keysAndTimeout()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, timeoutMs);
        QFETCH(QString, problem);
        ServerProfile p;
        p.name = QStringLiteral("n");
        p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:1337/parse"));
        p.applicationId = QStringLiteral("app");
        p.timeoutMs = timeoutMs;
        for (auto [name, member] : {std::pair{"applicationId", &ServerProfile::applicationId},
                                    std::pair{"restApiKey", &ServerProfile::restApiKey},
                                    std::pair{"clientKey", &ServerProfile::clientKey},
                                    std::pair{"masterKey", &ServerProfile::masterKey}}) {
            if (field == QLatin1String(name))
                p.*member = value;
        }
        const QString error = p.validationError();
        QVERIFY2(error.contains(problem) && error.isEmpty() == problem.isEmpty(), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
