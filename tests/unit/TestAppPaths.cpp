// Portable mode: settings, journal and workspace land next to the executable; otherwise in the platform's
// places (QStandardPaths, the native settings store), exactly where they were before portable mode existed.
#include "core/data/AppPaths.h"
#include "core/journal/UndoJournal.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"
#include "core/settings/WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAppPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        AppPaths::setPortable({});
        qunsetenv("PARSEDESK_PORTABLE");
    }

    void notPortable_platformPlaces()
    {
        QVERIFY(!AppPaths::isPortable());
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        QCOMPARE(AppPaths::dataDirectory(), data + QStringLiteral("/ParseDesk"));
        QCOMPARE(UndoJournal::directoryFor(QStringLiteral("p1")),
                 data + QStringLiteral("/ParseDesk/journal/p1"));
        QCOMPARE(WorkspaceStore::directoryFor(QStringLiteral("p1")),
                 data + QStringLiteral("/ParseDesk/workspace/p1"));
        QCOMPARE(AppPaths::openSettings()->fileName(),
                 QSettings(QStringLiteral("ParseDesk"), QStringLiteral("ParseDesk")).fileName());
    }

    void portable_everythingNextToTheExecutable()
    {
        QTemporaryDir executableDir;
        QVERIFY(executableDir.isValid());
        AppPaths::setPortable(executableDir.path());
        QVERIFY(AppPaths::isPortable());
        const QString data = executableDir.filePath(QStringLiteral("parsedesk-data"));
        QCOMPARE(AppPaths::dataDirectory(), data);

        // Profiles (and saved queries, window state) go to the portable settings file.
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        QString id;
        {
            ProfileStore profiles(&secrets);
            ServerProfile profile;
            profile.name = QStringLiteral("On the stick");
            profile.serverUrl = QUrl(QStringLiteral("https://x.example/parse"));
            profile.applicationId = QStringLiteral("app");
            id = profiles.save(profile);
        }
        QFile ini(data + QStringLiteral("/ParseDesk.ini"));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(ini.readAll().contains("On the stick"));
        QCOMPARE(AppPaths::openSettings()->fileName(), ini.fileName());

        const UndoJournal journal(UndoJournal::directoryFor(id));
        QCOMPARE(journal.directory(), data + QStringLiteral("/journal/") + id);

        QVERIFY(WorkspaceStore::write(id, QStringLiteral("batch"), {{QStringLiteral("k"), 1}}));
        QVERIFY(QFile::exists(data + QStringLiteral("/workspace/") + id + QStringLiteral("/batch.json")));
        QCOMPARE(WorkspaceStore::read(id, QStringLiteral("batch")).value(QStringLiteral("k")).toInt(), 1);

        AppPaths::setPortable({});
        QVERIFY(!AppPaths::isPortable());
        QVERIFY(!UndoJournal::directoryFor(id).startsWith(executableDir.path()));
    }

    void configure_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("environment");
        QTest::addColumn<bool>("portable");
        const QString program = QStringLiteral("parsedesk");
        QTest::newRow("neither") << QStringList{program} << QByteArray() << false;
        QTest::newRow("--portable") << QStringList{program, QStringLiteral("--portable")} << QByteArray()
                                    << true;
        QTest::newRow("PARSEDESK_PORTABLE=1") << QStringList{program} << QByteArray("1") << true;
        QTest::newRow("PARSEDESK_PORTABLE=0") << QStringList{program} << QByteArray("0") << false;
    }

    void configure()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, environment);
        QFETCH(bool, portable);
        if (!environment.isEmpty())
            qputenv("PARSEDESK_PORTABLE", environment);
        AppPaths::configure(arguments);
        QCOMPARE(AppPaths::isPortable(), portable);
        if (portable)
            QCOMPARE(AppPaths::dataDirectory(),
                     QCoreApplication::applicationDirPath() + QStringLiteral("/parsedesk-data"));
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "TestAppPaths.moc"
