#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestBudget.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using GuiTestSupport::child;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noProfiles_explainsAndOffersToAddOne();
    void addConnectionButton_opensTheDialog();
    void productionProfile_showsBanner();
    void switchingProfiles_keepsOneClient();
    void localServer_showsDemoClassesFieldsAndStatus();
    void localServer_requestLogHasNoKeys();
    void localServer_budgetMeterCountsRequests();
    void localServer_spentBudgetSaysHowLongRequestsWait();
    void withoutMasterKey_explainsWhyThereIsNoClassList();
    void wrongMasterKey_explainsTheRefusal();
    void dialogConnect_connectsTheMainWindow();
    void lastUsedProfile_isReconnected();

private:
    static QStringList column(const QAbstractItemModel *model, int col);

    std::unique_ptr<GuiSession> m_session;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
}

void TestMainWindow::cleanup()
{
    m_session.reset();
}

QStringList TestMainWindow::column(const QAbstractItemModel *model, int col)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, col).data().toString();
    return values;
}

void TestMainWindow::noProfiles_explainsAndOffersToAddOne()
{
    auto window = m_session->openWindow();
    auto *pages = child<QStackedWidget>(window.get(), QStringLiteral("stateStackedWidget"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("placeholderWidget"));
    auto *add = child<QPushButton>(window.get(), QStringLiteral("placeholderActionPushButton"));
    QVERIFY(add->isVisible());
    QCOMPARE(add->text(), QStringLiteral("Add a connection…"));
    QCOMPARE(child<QLabel>(window.get(), QStringLiteral("profileStatusLabel"))->text(),
             QStringLiteral("Not connected"));
    QVERIFY(!child<QLabel>(window.get(), QStringLiteral("productionBannerLabel"))->isVisible());
    QVERIFY(!child<QAction>(window.get(), QStringLiteral("reloadAction"))->isEnabled());
}

void TestMainWindow::addConnectionButton_opensTheDialog()
{
    auto window = m_session->openWindow();
    QTest::mouseClick(child<QPushButton>(window.get(), QStringLiteral("placeholderActionPushButton")),
                      Qt::LeftButton);
    auto *dialog = window->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

void TestMainWindow::productionProfile_showsBanner()
{
    ServerProfile p;
    p.name = QStringLiteral("Live shop");
    p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9/parse")); // nothing listens: fails fast
    p.applicationId = QStringLiteral("shop");
    p.masterKey = QStringLiteral("m");
    p.production = true;
    const QString id = m_session->saveProfile(p);

    auto window = m_session->openWindow();
    window->connectToProfile(id);
    auto *banner = child<QLabel>(window.get(), QStringLiteral("productionBannerLabel"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Production: Live shop")), qPrintable(banner->text()));
    QVERIFY(GuiSession::waitSettled(window.get()));
    // An unreachable server is explained in place, with a way to retry.
    QVERIFY(child<QPushButton>(window.get(), QStringLiteral("retryPushButton"))->isVisible());
    QVERIFY(child<QLabel>(window.get(), QStringLiteral("placeholderTextLabel"))
                ->text()
                .contains(QStringLiteral("unreachable")));
}

void TestMainWindow::switchingProfiles_keepsOneClient()
{
    ServerProfile p;
    p.name = QStringLiteral("One");
    p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9/parse"));
    p.applicationId = QStringLiteral("one");
    const QString one = m_session->saveProfile(p);
    p.name = QStringLiteral("Two");
    const QString two = m_session->saveProfile(p);

    auto window = m_session->openWindow();
    window->connectToProfile(one);
    QTRY_COMPARE(window->findChildren<ParseClient *>().size(), 1);
    window->connectToProfile(two);
    QTRY_COMPARE(window->findChildren<ParseClient *>().size(), 1);
    QCOMPARE(window->findChildren<ParseClient *>().constFirst()->profile().id, two);
    QCOMPARE(child<QLabel>(window.get(), QStringLiteral("profileStatusLabel"))->text(),
             QStringLiteral("Connection: Two"));
}

void TestMainWindow::localServer_showsDemoClassesFieldsAndStatus()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const ServerProfile profile = LocalParseServer::profile();
    const QString id = m_session->saveProfile(profile);
    auto window = m_session->openWindow();
    window->connectToProfile(id);
    QVERIFY(GuiSession::waitSettled(window.get()));

    auto *classes = child<QTableView>(window.get(), QStringLiteral("classesTableView"));
    QVERIFY(classes->isVisible());
    const QStringList names = column(classes->model(), 0);
    for (const QString &name : {QStringLiteral("Room"), QStringLiteral("_User"), QStringLiteral("TypeZoo")})
        QVERIFY2(names.contains(name), qPrintable(names.join(QLatin1Char(' '))));
    const int room = static_cast<int>(names.indexOf(QStringLiteral("Room")));
    const QString roomCount = classes->model()->index(room, 2).data().toString();
    QVERIFY2(!roomCount.isEmpty() && roomCount.at(roomCount.size() - 1).isDigit(), qPrintable(roomCount));

    // The first class of the user's own is shown; picking the all-types class lists its fields.
    auto *fields = child<QTableView>(window.get(), QStringLiteral("fieldsTableView"));
    QVERIFY(fields->model()->rowCount() > 0);
    classes->setCurrentIndex(
        classes->model()->index(static_cast<int>(names.indexOf(QStringLiteral("TypeZoo"))), 0));
    const QStringList fieldNames = column(fields->model(), 0);
    QCOMPARE(fieldNames.mid(0, 4), (QStringList{QStringLiteral("objectId"), QStringLiteral("createdAt"),
                                                QStringLiteral("updatedAt"), QStringLiteral("ACL")}));
    const int pointer = static_cast<int>(fieldNames.indexOf(QStringLiteral("room")));
    QVERIFY(pointer >= 0);
    QCOMPARE(fields->model()->index(pointer, 1).data().toString(), QStringLiteral("Pointer"));
    QCOMPARE(fields->model()->index(pointer, 2).data().toString(), QStringLiteral("Room"));
    QCOMPARE(child<QLabel>(window.get(), QStringLiteral("fieldsTitleLabel"))->text(),
             QStringLiteral("Fields of TypeZoo"));

    QCOMPARE(child<QLabel>(window.get(), QStringLiteral("profileStatusLabel"))->text(),
             QStringLiteral("Connection: ") + profile.name);
    const QString version = child<QLabel>(window.get(), QStringLiteral("serverVersionLabel"))->text();
    QVERIFY2(version.startsWith(QStringLiteral("Parse Server ")), qPrintable(version));
    const QString latency = child<QLabel>(window.get(), QStringLiteral("latencyLabel"))->text();
    QVERIFY2(latency.contains(QRegularExpression(QStringLiteral("\\d+ ms"))), qPrintable(latency));
    QVERIFY(window->windowTitle().contains(profile.name));
}

void TestMainWindow::localServer_budgetMeterCountsRequests()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile profile = LocalParseServer::profile();
    const QString plainId = m_session->saveProfile(profile);
    profile.name = QStringLiteral("Budgeted");
    profile.budget = QStringLiteral("500/60s");
    const QString budgetId = m_session->saveProfile(profile);
    auto window = m_session->openWindow();
    auto *meter = child<QLabel>(window.get(), QStringLiteral("budgetMeter"));

    window->connectToProfile(plainId);
    QVERIFY(GuiSession::waitSettled(window.get()));
    QVERIFY(!meter->isVisible()); // no budget, no meter

    window->connectToProfile(budgetId);
    QVERIFY(GuiSession::waitSettled(window.get()));
    QVERIFY(meter->isVisible());
    const RequestBudget *budget = window->findChild<ParseClient *>()->budget();
    QVERIFY(budget);
    // The class list, its counts and the server version went out: the meter counts what the budget did.
    const auto expected = [budget] {
        return QStringLiteral("Budget: %1/500 in 60 s · %2 left · %3/min · %4 ops in %5 requests")
            .arg(budget->usedInWindow())
            .arg(budget->remaining())
            .arg(budget->lastMinuteCount())
            .arg(budget->totalOperations())
            .arg(budget->totalRequests());
    };
    const qint64 before = budget->totalRequests();
    QVERIFY2(before >= 3, qPrintable(meter->text()));
    QTRY_COMPARE(meter->text(), expected());

    child<QAction>(window.get(), QStringLiteral("reloadAction"))->trigger();
    QVERIFY(GuiSession::waitSettled(window.get()));
    QTRY_VERIFY(budget->totalRequests() > before);
    QTRY_COMPARE(meter->text(), expected());
    QVERIFY(!meter->text().contains(QStringLiteral("waiting")));
    GuiTestSupport::screenshot(window->statusBar(), QStringLiteral("budget-meter.png"));
}

void TestMainWindow::localServer_spentBudgetSaysHowLongRequestsWait()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile profile = LocalParseServer::profile();
    // Connecting alone asks for more than two things: the rest waits for the window to pass.
    profile.budget = QStringLiteral("2/60s");
    const QString id = m_session->saveProfile(profile);
    auto window = m_session->openWindow();
    window->connectToProfile(id);

    auto *meter = child<QLabel>(window.get(), QStringLiteral("budgetMeter"));
    QTRY_VERIFY_WITH_TIMEOUT(meter->text().contains(QStringLiteral("waiting")), 10000);
    const QRegularExpression waiting(QStringLiteral("waiting (\\d+) s \\((\\d+) held\\)"));
    const QRegularExpressionMatch first = waiting.match(meter->text());
    QVERIFY2(first.hasMatch(), qPrintable(meter->text()));
    QVERIFY(first.captured(1).toInt() > 0 && first.captured(1).toInt() <= 61);
    QCOMPARE(first.captured(2).toInt(), window->findChild<ParseClient *>()->heldCount());
    QVERIFY(meter->text().contains(QStringLiteral("0 left")));
    QVERIFY(!meter->styleSheet().isEmpty()); // the warning colour
    GuiTestSupport::screenshot(window->statusBar(), QStringLiteral("budget-meter-waiting.png"));

    // The countdown moves on by itself while nothing else happens.
    QTRY_VERIFY_WITH_TIMEOUT(waiting.match(meter->text()).captured(1).toInt() < first.captured(1).toInt(),
                             3000);
}

void TestMainWindow::localServer_requestLogHasNoKeys()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const ServerProfile profile = LocalParseServer::profile();
    auto window = m_session->openWindow();
    window->connectToProfile(m_session->saveProfile(profile));
    QVERIFY(GuiSession::waitSettled(window.get()));

    const QAbstractItemModel *log =
        child<QTableView>(window.get(), QStringLiteral("requestLogTableView"))->model();
    // /schemas, /serverInfo and one count per class at least.
    QVERIFY2(log->rowCount() >= 3, qPrintable(QString::number(log->rowCount())));
    QVERIFY(column(log, 2).contains(QStringLiteral("/parse/schemas")));
    for (int row = 0; row < log->rowCount(); ++row) {
        for (int col = 0; col < log->columnCount(); ++col) {
            const QModelIndex cell = log->index(row, col);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = cell.data(role).toString();
                for (const QString &key : {profile.masterKey, profile.restApiKey, profile.clientKey})
                    QVERIFY2(key.isEmpty() || !text.contains(key), qPrintable(text));
            }
        }
    }
    QTest::mouseClick(child<QPushButton>(window.get(), QStringLiteral("clearPushButton")), Qt::LeftButton);
    QCOMPARE(log->rowCount(), 0);
}

void TestMainWindow::withoutMasterKey_explainsWhyThereIsNoClassList()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile profile = LocalParseServer::profile();
    profile.masterKey.clear();
    auto window = m_session->openWindow();
    window->connectToProfile(m_session->saveProfile(profile));
    QVERIFY(GuiSession::waitSettled(window.get()));
    auto *pages = child<QStackedWidget>(window.get(), QStringLiteral("stateStackedWidget"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("placeholderWidget"));
    const QString text = child<QLabel>(window.get(), QStringLiteral("placeholderTextLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("master key")), qPrintable(text));
    QCOMPARE(child<QLabel>(window.get(), QStringLiteral("serverVersionLabel"))->text(),
             QStringLiteral("Version: needs master key"));
}

void TestMainWindow::wrongMasterKey_explainsTheRefusal()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile profile = LocalParseServer::profile();
    profile.masterKey = QStringLiteral("not-the-master-key");
    auto window = m_session->openWindow();
    window->connectToProfile(m_session->saveProfile(profile));
    QVERIFY(GuiSession::waitSettled(window.get()));
    const QString text = child<QLabel>(window.get(), QStringLiteral("placeholderTextLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("masterKeyIps")), qPrintable(text));
    QVERIFY(!text.contains(profile.masterKey));
    QCOMPARE(child<QLabel>(window.get(), QStringLiteral("serverVersionLabel"))->text(),
             QStringLiteral("Version: needs master key"));
}

void TestMainWindow::dialogConnect_connectsTheMainWindow()
{
    ServerProfile p;
    p.name = QStringLiteral("Chosen");
    p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9/parse"));
    p.applicationId = QStringLiteral("app");
    const QString id = m_session->saveProfile(p);
    auto window = m_session->openWindow();
    child<QAction>(window.get(), QStringLiteral("connectionsAction"))->trigger();
    auto *dialog = window->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("connectPushButton")), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(window.get(), QStringLiteral("profileStatusLabel"))->text(),
                 QStringLiteral("Connection: Chosen"));
    QTRY_COMPARE(m_session->store()->lastUsedId(), id);
}

void TestMainWindow::lastUsedProfile_isReconnected()
{
    ServerProfile p;
    p.name = QStringLiteral("Remembered");
    p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9/parse"));
    p.applicationId = QStringLiteral("app");
    m_session->store()->setLastUsedId(m_session->saveProfile(p));
    auto window = m_session->openWindow();
    window->connectToLastUsed();
    QCOMPARE(child<QLabel>(window.get(), QStringLiteral("profileStatusLabel"))->text(),
             QStringLiteral("Connection: Remembered"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
