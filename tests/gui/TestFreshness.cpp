// What the main window shows stays true against the real local server: counts follow our own writes and
// another program's (when the Classes tab is shown again), a start asks nothing it should not, and the
// request log reads in the order of its Time column.
#include "AdminClient.h"
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/batch/BatchDocument.h"
#include "core/models/ClassListModel.h"
#include "core/models/RequestLogModel.h"
#include "ui/BatchComposer.h"
#include "ui/ClassBrowser.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUuid>

using GuiTestSupport::child;

namespace {
QString temporaryName(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QList<ParseRequest> creates(const QString &className, int n)
{
    QList<ParseRequest> requests;
    for (int i = 0; i < n; ++i)
        requests << ParseRequest::createObject(className, {{QStringLiteral("n"), i}});
    return requests;
}
} // namespace

class TestFreshness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ownBatch_countsFollowWithoutReload();
    void otherProgramsWrites_countedWhenTheClassesTabIsShownAgain();
    void start_asksForNoClassWithoutAName();
    void requestLog_inTheOrderOfItsTimeColumn();

private:
    std::unique_ptr<MainWindow> openWindow();
    static qint64 countOf(MainWindow *window, const QString &className);
    static void showTab(MainWindow *window, const QString &tab);
    void createObjects(const QString &className, int n);

    std::unique_ptr<GuiSession> m_session;
    std::unique_ptr<AdminClient> m_admin;
};

void TestFreshness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_LOCAL_PARSE_SERVER();
    m_admin = std::make_unique<AdminClient>(LocalParseServer::profile());
}

void TestFreshness::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
}

void TestFreshness::cleanup()
{
    m_session.reset();
}

std::unique_ptr<MainWindow> TestFreshness::openWindow()
{
    ServerProfile profile = LocalParseServer::profile();
    profile.useMasterKey = true;
    return m_session->connectedWindow(m_session->saveProfile(profile), QStringLiteral("classesTab"));
}

qint64 TestFreshness::countOf(MainWindow *window, const QString &className)
{
    const QAbstractItemModel *classes =
        child<QTableView>(window, QStringLiteral("classesTableView"))->model();
    for (int row = 0; row < classes->rowCount(); ++row) {
        const QModelIndex index = classes->index(row, ClassListModel::Objects);
        if (index.data(ClassListModel::ClassNameRole).toString() == className)
            return index.data(ClassListModel::CountIsEstimateRole).toBool()
                       ? -2
                       : index.data(ClassListModel::CountRole).toLongLong();
    }
    return -3; // not in the list
}

void TestFreshness::showTab(MainWindow *window, const QString &tab)
{
    child<QTabWidget>(window, QStringLiteral("mainTabWidget"))->setCurrentWidget(child<QWidget>(window, tab));
}

void TestFreshness::createObjects(const QString &className, int n)
{
    for (const ParseRequest &request : creates(className, n))
        QVERIFY(await(m_admin->client().send(request)).ok());
}

// A batch sent from the composer adds objects to a listed class and creates a new one: the list and the
// shown table's count say so without Reload.
void TestFreshness::ownBatch_countsFollowWithoutReload()
{
    const QString listed = m_admin->classes().add(temporaryName("GuiFresh"));
    const QString created = m_admin->classes().add(temporaryName("GuiFreshNew"));
    createObjects(listed, 3);
    auto window = openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(countOf(window.get(), listed), qint64(3), 20000);
    QCOMPARE(countOf(window.get(), created), qint64(-3));
    child<ClassBrowser>(window.get(), QStringLiteral("classBrowser"))->selectClass(listed);
    auto *countLabel = child<QLabel>(window.get(), QStringLiteral("countLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(countLabel->text().startsWith(QStringLiteral("3 of 3")), 20000);

    showTab(window.get(), QStringLiteral("batchTab"));
    BatchDocument document;
    for (const QString &className : {listed, listed, created})
        document.operations << BatchOperation{QStringLiteral("POST"),
                                              QStringLiteral("/classes/") + className,
                                              QJsonObject{{QStringLiteral("n"), 9}},
                                              {}};
    QVERIFY(child<BatchComposer>(window.get(), QStringLiteral("batchComposer"))
                ->sendDocument(document, QStringLiteral("freshness")));
    QTRY_COMPARE_WITH_TIMEOUT(countOf(window.get(), listed), qint64(5), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(countOf(window.get(), created), qint64(1), 20000);
    showTab(window.get(), QStringLiteral("classesTab"));
    QTRY_VERIFY2_WITH_TIMEOUT(countLabel->text().startsWith(QStringLiteral("5 of 5")),
                              qPrintable(countLabel->text()), 20000);
}

// parsedesk-cli, or any other program, writes through the same server: coming back to the Classes tab
// counts again.
void TestFreshness::otherProgramsWrites_countedWhenTheClassesTabIsShownAgain()
{
    const QString className = m_admin->classes().add(temporaryName("GuiFresh"));
    createObjects(className, 2);
    auto window = openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(countOf(window.get(), className), qint64(2), 20000);
    child<ClassBrowser>(window.get(), QStringLiteral("classBrowser"))->selectClass(className);
    auto *countLabel = child<QLabel>(window.get(), QStringLiteral("countLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(countLabel->text().startsWith(QStringLiteral("2 of 2")), 20000);

    showTab(window.get(), QStringLiteral("queryTab"));
    createObjects(className, 4);
    QTest::qWait(500);
    QCOMPARE(countOf(window.get(), className), qint64(2)); // not ours: nothing said so yet
    showTab(window.get(), QStringLiteral("classesTab"));
    QTRY_COMPARE_WITH_TIMEOUT(countOf(window.get(), className), qint64(6), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(countLabel->text().contains(QStringLiteral("of 6")), 20000);
}

// Every start asked for GET /classes/?limit=200 (no class name yet) and logged a 404 in red.
void TestFreshness::start_asksForNoClassWithoutAName()
{
    // As main() starts: connecting before the window is shown.
    ServerProfile profile = LocalParseServer::profile();
    profile.useMasterKey = true;
    const QString id = m_session->saveProfile(profile);
    auto window = std::make_unique<MainWindow>(m_session->store(), m_session->settings());
    window->connectToProfile(id);
    window->show();
    QVERIFY(GuiSession::waitSettled(window.get()));
    const QAbstractItemModel *log =
        child<QTableView>(window.get(), QStringLiteral("requestLogTableView"))->model();
    QVERIFY(log->rowCount() > 0);
    QTest::qWait(300);
    for (int row = 0; row < log->rowCount(); ++row) {
        const QString path = log->index(row, RequestLogModel::Path).data().toString();
        QVERIFY2(!path.contains(QStringLiteral("/classes/?")) && !path.endsWith(QStringLiteral("/classes/")),
                 qPrintable(path));
        QVERIFY2(log->index(row, RequestLogModel::Status).data().toInt() != 404, qPrintable(path));
    }
}

// A slow request answered after a quick one sent later still comes first, as its Time says.
void TestFreshness::requestLog_inTheOrderOfItsTimeColumn()
{
    RequestLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&m_admin->client(), &ParseClient::requestFinished, &log, &RequestLogModel::append);
    ParseReply *slow = m_admin->client().send(
        ParseRequest::callFunction(QStringLiteral("sleep"), {{QStringLiteral("ms"), 600}}));
    QTest::qWait(50);
    await(m_admin->client().send(ParseRequest::health()));
    QVERIFY(await(slow).ok());
    QCOMPARE(log.rowCount(), 2);
    QVERIFY(
        log.index(0, RequestLogModel::Path).data().toString().contains(QStringLiteral("/functions/sleep")));
    QVERIFY(log.index(1, RequestLogModel::Path).data().toString().contains(QStringLiteral("/health")));
    QVERIFY(log.index(0, RequestLogModel::Time).data().toString() <=
            log.index(1, RequestLogModel::Time).data().toString());
    disconnect(&m_admin->client(), nullptr, &log, nullptr);
}

QTEST_MAIN(TestFreshness)
#include "TestFreshness.moc"
