// Keys go to the OS keychain for real (a Secret Service from gnome-keyring under dbus-run-session, see
// tests/unit/CMakeLists.txt); without any keychain service they live in memory and the store says so.
#include "core/settings/SecretStore.h"

#include <QTest>
#include <QUuid>

namespace {
QString readNow(SecretStore &store, const QString &key, QObject *context)
{
    QString value = QStringLiteral("<no answer>");
    bool done = false;
    store.read(key, context, [&](const QString &v) {
        value = v;
        done = true;
    });
    // On a time-out the value stays "<no answer>", which the comparisons then report.
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("SecretStore::read gave no answer in 30 s");
    return value;
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychain_persistsAcrossStores()
    {
        if (qEnvironmentVariable("PARSEDESK_KEYCHAIN_TEST") != QLatin1String("1"))
            QSKIP("runs only inside dbus-run-session with gnome-keyring (test_secretstore_keychain)");
        const QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::Id128);
        {
            SecretStore writer;
            writer.write(key, QStringLiteral("s3cret-value"));
            // Writes are asynchronous; a read through the keychain (not the cache) proves they landed.
            QTest::qWait(500);
            QVERIFY2(writer.isPersistent(), qPrintable(writer.lastError()));
        }
        SecretStore reader;
        QCOMPARE(readNow(reader, key, this), QStringLiteral("s3cret-value"));
        QVERIFY(reader.isPersistent());
        reader.remove(key);
        QTest::qWait(500);
        SecretStore again;
        QCOMPARE(readNow(again, key, this), QString());
    }

    void noKeychain_keepsKeysInMemoryAndSaysSo()
    {
        if (qEnvironmentVariable("PARSEDESK_KEYCHAIN_TEST") == QLatin1String("1"))
            QSKIP("this case needs a session without a keychain service");
        SecretStore store;
        store.write(QStringLiteral("k"), QStringLiteral("v"));
        QTRY_VERIFY_WITH_TIMEOUT(!store.isPersistent(), 30000);
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(readNow(store, QStringLiteral("k"), this), QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
