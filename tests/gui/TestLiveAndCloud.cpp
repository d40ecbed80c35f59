// The Live and Cloud Code tabs against the real local server: the Rooms preset lists the demo rooms by
// visits and keeps selection and scroll through refreshes, listings come back after a restart, and the
// console runs functions (as JSON, as a form, as a user) and jobs, showing results and Parse errors.
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/models/LiveListModel.h"
#include "core/net/ParseClient.h"
#include "core/settings/LiveListingConfig.h"
#include "ui/CloudConsole.h"
#include "ui/LiveListing.h"
#include "ui/MainWindow.h"
#include "ui/widgets/JsonEdit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using GuiTestSupport::child;
using GuiTestSupport::screenshot;

namespace {
// Other tests add rooms, some with more visits, under other owners: the demo's 40 are these five's.
const QString kDemoOwners =
    QStringLiteral("{\"creatorUsername\":{\"$in\":[\"alice\",\"bob\",\"carol\",\"dave\",\"erin\"]}}");

QStringList headers(const QAbstractItemModel *model)
{
    QStringList titles;
    for (int col = 0; col < model->columnCount(); ++col)
        titles << model->headerData(col, Qt::Horizontal).toString();
    return titles;
}
} // namespace

class TestLiveAndCloud final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void live_emptyStatesExplain();
    void live_roomsPresetShowsDemoRoomsByVisits();
    void live_listingsComeBackAfterRestart();
    void live_invalidWhereIsNotApplied();
    void live_failedRefreshSaysWhenItRetries();
    void live_liveQueryModeIsShown();
    void live_withoutSchemaColumnsComeFromRows();
    void live_intervalOverTheBudgetSaysSo();
    void cloud_echoShowsResultAndCanRunAgain();
    void cloud_formAndRunAsUser();
    void cloud_listResultShowsAsTable();
    void cloud_parseErrorShowsCode();
    void cloud_invalidParamsAreNotSent();
    void cloud_jobStartsAndReportsItsStatus();

private:
    std::unique_ptr<MainWindow> connectedWindow(const QString &tab);
    static void runCall(CloudConsole *console, const QString &name, const QString &params);

    std::unique_ptr<GuiSession> m_session;
    QString m_profileId;
};

void TestLiveAndCloud::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLiveAndCloud::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
    m_profileId.clear();
}

void TestLiveAndCloud::cleanup()
{
    m_session.reset();
}

std::unique_ptr<MainWindow> TestLiveAndCloud::connectedWindow(const QString &tab)
{
    if (m_profileId.isEmpty())
        m_profileId = m_session->saveProfile(LocalParseServer::profile());
    return m_session->connectedWindow(m_profileId, tab);
}

void TestLiveAndCloud::live_intervalOverTheBudgetSaysSo()
{
    // Only the profile's budget matters here: the listing stays paused, nothing is sent.
    ServerProfile profile = LocalParseServer::profile();
    profile.budget = QStringLiteral("10/60s");
    QNetworkAccessManager network;
    ParseClient client(profile, &network);
    LiveListing listing;
    listing.show();
    LiveListingConfig config;
    config.className = QStringLiteral("Room");
    config.intervalSeconds = 30;
    config.paused = true;
    listing.setConfig(config);
    listing.setConnection(&client, nullptr);

    auto *warning = child<QLabel>(&listing, QStringLiteral("budgetWarningLabel"));
    auto *interval = child<QSpinBox>(&listing, QStringLiteral("intervalSpinBox"));
    QVERIFY(!warning->isVisible()); // 2 a minute fit in 10
    interval->setValue(5);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QStringLiteral("Every 5 s uses 12 of the 10 requests/min budget"));
    screenshot(&listing, QStringLiteral("live-listing-over-budget.png"));
    interval->setValue(6); // exactly the budget: fits
    QVERIFY(!warning->isVisible());

    ParseClient unlimited(LocalParseServer::profile(), &network);
    interval->setValue(1);
    listing.setConnection(&unlimited, nullptr);
    QVERIFY(!warning->isVisible());
    listing.setConnection(nullptr, nullptr);
}

void TestLiveAndCloud::runCall(CloudConsole *console, const QString &name, const QString &params)
{
    child<QComboBox>(console, QStringLiteral("nameComboBox"))->setCurrentText(name);
    child<JsonEdit>(console, QStringLiteral("paramsJsonEdit"))->setPlainText(params);
    QTest::mouseClick(child<QPushButton>(console, QStringLiteral("runPushButton")), Qt::LeftButton);
}

void TestLiveAndCloud::live_emptyStatesExplain()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    {
        auto window = m_session->openWindow();
        QCOMPARE(child<QLabel>(window.get(), QStringLiteral("liveEmptyTitleLabel"))->text(),
                 QStringLiteral("Not connected"));
        QVERIFY(!child<QAction>(window.get(), QStringLiteral("newListingAction"))->isEnabled());
    }
    auto window = connectedWindow(QStringLiteral("liveTab"));
    QCOMPARE(child<QLabel>(window.get(), QStringLiteral("liveEmptyTitleLabel"))->text(),
             QStringLiteral("No live listings open"));
    QVERIFY(child<QPushButton>(window.get(), QStringLiteral("emptyRoomsPresetPushButton"))->isVisible());
    child<QAction>(window.get(), QStringLiteral("newListingAction"))->trigger();
    auto *listing = window->findChild<LiveListing *>();
    QVERIFY(listing);
    QVERIFY(child<QLabel>(listing, QStringLiteral("emptyStateLabel"))
                ->text()
                .startsWith(QStringLiteral("Choose a class")));
    QCOMPARE(child<QTabWidget>(window.get(), QStringLiteral("listingsTabWidget"))->tabText(0),
             QStringLiteral("New listing"));
    // The class picker offers the server's classes.
    auto *classes = child<QComboBox>(listing, QStringLiteral("classComboBox"));
    QVERIFY(classes->findText(QStringLiteral("Room")) >= 0);
}

void TestLiveAndCloud::live_roomsPresetShowsDemoRoomsByVisits()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    // The expected first row, asked directly.
    QNetworkAccessManager network;
    ParseClient client(LocalParseServer::profile(), &network);
    QueryOptions top;
    top.where = QJsonDocument::fromJson(kDemoOwners.toUtf8()).object();
    top.order = {QStringLiteral("-visits")};
    top.limit = 1;
    const ParseResult expected = await(client.send(ParseRequest::find(QStringLiteral("Room"), top)));
    QVERIFY2(expected.ok(), qPrintable(expected.error.describe()));
    const int maxVisits = expected.object()
                              .value(QLatin1String("results"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QLatin1String("visits"))
                              .toInt();

    auto window = connectedWindow(QStringLiteral("liveTab"));
    QTest::mouseClick(child<QPushButton>(window.get(), QStringLiteral("emptyRoomsPresetPushButton")),
                      Qt::LeftButton);
    auto *listing = window->findChild<LiveListing *>();
    QVERIFY(listing);
    auto *where = child<QLineEdit>(listing, QStringLiteral("whereLineEdit"));
    where->setText(kDemoOwners);
    QTest::keyClick(where, Qt::Key_Return);
    QCOMPARE(listing->config().where, top.where);

    auto *view = child<QTableView>(listing, QStringLiteral("rowsTableView"));
    const QAbstractItemModel *rows = view->model();
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 40, 15000);
    QCOMPARE(headers(rows),
             (QStringList{QStringLiteral("Rank"), QStringLiteral("Owner"), QStringLiteral("Name"),
                          QStringLiteral("Online"), QStringLiteral("Visits"), QStringLiteral("Updated")}));
    QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("1"));
    QCOMPARE(rows->index(0, 4).data().toInt(), maxVisits);
    for (int row = 1; row < rows->rowCount(); ++row)
        QVERIFY(rows->index(row - 1, 4).data().toInt() >= rows->index(row, 4).data().toInt());
    QCOMPARE(child<QTabWidget>(window.get(), QStringLiteral("listingsTabWidget"))->tabText(0),
             QStringLiteral("Rooms"));
    QVERIFY(child<QLabel>(listing, QStringLiteral("updatedAtLabel"))
                ->text()
                .startsWith(QStringLiteral("updated at ")));
    QTRY_VERIFY(child<QLabel>(listing, QStringLiteral("countdownLabel"))
                    ->text()
                    .startsWith(QStringLiteral("next refresh in ")));
    QCOMPARE(child<QLabel>(listing, QStringLiteral("modeTextLabel"))->text(),
             QStringLiteral("Polling every 30 s"));
    QCOMPARE(child<QSpinBox>(listing, QStringLiteral("intervalSpinBox"))->value(), 30);

    // A refresh keeps the selected row and the scroll position: the model is never reset.
    view->selectRow(33);
    const QString selected = rows->index(33, 0).data(LiveListModel::KeyRole).toString();
    view->scrollTo(rows->index(39, 0));
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QSignalSpy resets(rows, &QAbstractItemModel::modelReset);
    const QDateTime before = listing->model()->updatedAt();
    QTest::qWait(5); // so the next "updated at" differs
    QTest::mouseClick(child<QPushButton>(listing, QStringLiteral("refreshNowPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(listing->model()->updatedAt() > before, 10000);
    QCOMPARE(resets.count(), 0);
    const QModelIndexList selection = view->selectionModel()->selectedRows();
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.first().data(LiveListModel::KeyRole).toString(), selected);
    QCOMPARE(view->verticalScrollBar()->value(), scroll);

    view->scrollToTop();
    view->selectRow(2);
    screenshot(window.get(), QStringLiteral("live-listing.png"));
}

void TestLiveAndCloud::live_listingsComeBackAfterRestart()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    {
        auto window = connectedWindow(QStringLiteral("liveTab"));
        child<QAction>(window.get(), QStringLiteral("roomsPresetAction"))->trigger();
        child<QAction>(window.get(), QStringLiteral("newListingAction"))->trigger();
        auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("listingsTabWidget"));
        QCOMPARE(tabs->count(), 2);
        auto *second = qobject_cast<LiveListing *>(tabs->widget(1));
        auto *classes = child<QComboBox>(second, QStringLiteral("classComboBox"));
        classes->setCurrentText(QStringLiteral("TypeZoo"));
        QTest::keyClick(classes->lineEdit(), Qt::Key_Return);
        child<QSpinBox>(second, QStringLiteral("intervalSpinBox"))->setValue(5);
        child<QComboBox>(second, QStringLiteral("modeComboBox"))->setCurrentIndex(1);
        QTest::mouseClick(child<QPushButton>(second, QStringLiteral("startPausePushButton")), Qt::LeftButton);
        QCOMPARE(tabs->tabText(1), QStringLiteral("TypeZoo"));
    }
    const QList<LiveListingConfig> saved = LiveListingConfig::load(m_session->settings(), m_profileId);
    QCOMPARE(saved.size(), 2);
    QVERIFY(saved.at(0).roomsPreset);
    QCOMPARE(saved.at(1).className, QStringLiteral("TypeZoo"));
    QCOMPARE(saved.at(1).intervalSeconds, 5);
    QCOMPARE(saved.at(1).mode, LiveListModel::Mode::LiveQuery);
    QVERIFY(saved.at(1).paused);

    auto window = connectedWindow(QStringLiteral("liveTab"));
    auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("listingsTabWidget"));
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Rooms"));
    auto *second = qobject_cast<LiveListing *>(tabs->widget(1));
    QCOMPARE(second->config(), saved.at(1));
    QCOMPARE(child<QPushButton>(second, QStringLiteral("startPausePushButton"))->text(),
             QStringLiteral("&Start"));
    // Restored listings run again (unless saved paused).
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<LiveListing *>(tabs->widget(0))->model()->rowCount() > 0, 15000);
    QTest::mouseClick(tabs->tabBar()->tabButton(0, QTabBar::RightSide), Qt::LeftButton);
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(LiveListingConfig::load(m_session->settings(), m_profileId).size(), 1);
}

void TestLiveAndCloud::live_invalidWhereIsNotApplied()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(QStringLiteral("liveTab"));
    child<QAction>(window.get(), QStringLiteral("roomsPresetAction"))->trigger();
    auto *listing = window->findChild<LiveListing *>();
    auto *where = child<QLineEdit>(listing, QStringLiteral("whereLineEdit"));
    where->setText(QStringLiteral("{\"visits\": }"));
    QTest::keyClick(where, Qt::Key_Return);
    auto *error = child<QLabel>(listing, QStringLiteral("whereErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("line 1, column")), qPrintable(error->text()));
    QVERIFY(listing->config().where.isEmpty());
    where->setText(QStringLiteral("[1]"));
    QTest::keyClick(where, Qt::Key_Return);
    QVERIFY2(error->text().contains(QStringLiteral("JSON object")), qPrintable(error->text()));
    where->clear();
    QTest::keyClick(where, Qt::Key_Return);
    QVERIFY(!error->isVisible());
}

void TestLiveAndCloud::live_failedRefreshSaysWhenItRetries()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(QStringLiteral("liveTab"));
    child<QAction>(window.get(), QStringLiteral("roomsPresetAction"))->trigger();
    auto *listing = window->findChild<LiveListing *>();
    auto *rows = child<QTableView>(listing, QStringLiteral("rowsTableView"))->model();
    QTRY_VERIFY_WITH_TIMEOUT(rows->rowCount() > 0, 15000);
    const int shown = rows->rowCount();
    // Valid JSON the server refuses: the listing keeps its rows and retries sooner than the interval.
    auto *where = child<QLineEdit>(listing, QStringLiteral("whereLineEdit"));
    where->setText(QStringLiteral("{\"visits\": {\"$foo\": 1}}"));
    QTest::keyClick(where, Qt::Key_Return);
    auto *error = child<QLabel>(listing, QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(QStringLiteral("Parse error 119")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("Retrying in ")), qPrintable(error->text()));
    QVERIFY(child<QLabel>(listing, QStringLiteral("emptyStateLabel"))
                ->text()
                .contains(QStringLiteral("the query for Room failed")));
    screenshot(window.get(), QStringLiteral("live-listing-error.png"));
    where->clear();
    QTest::keyClick(where, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), shown, 15000);
    QTRY_VERIFY(!error->isVisible());
}

void TestLiveAndCloud::live_liveQueryModeIsShown()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(QStringLiteral("liveTab"));
    child<QAction>(window.get(), QStringLiteral("roomsPresetAction"))->trigger();
    auto *listing = window->findChild<LiveListing *>();
    child<QComboBox>(listing, QStringLiteral("modeComboBox"))->setCurrentIndex(1);
    auto *mode = child<QLabel>(listing, QStringLiteral("modeTextLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(mode->text(), QStringLiteral("LiveQuery"), 15000);
    QCOMPARE(listing->model()->activeMode(), LiveListModel::Mode::LiveQuery);
    QTRY_VERIFY(child<QLabel>(listing, QStringLiteral("countdownLabel"))
                    ->text()
                    .startsWith(QStringLiteral("full re-sync in ")));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QTableView>(listing, QStringLiteral("rowsTableView"))->model()->rowCount() > 0, 15000);
    screenshot(window.get(), QStringLiteral("live-listing-livequery.png"));
}

void TestLiveAndCloud::live_withoutSchemaColumnsComeFromRows()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    // Without the master key there is no /schemas: the class is typed, the columns follow the rows.
    ServerProfile profile = LocalParseServer::profile();
    profile.masterKey.clear();
    m_profileId = m_session->store()->save(profile);
    auto window = connectedWindow(QStringLiteral("liveTab"));
    child<QAction>(window.get(), QStringLiteral("newListingAction"))->trigger();
    auto *listing = window->findChild<LiveListing *>();
    auto *classes = child<QComboBox>(listing, QStringLiteral("classComboBox"));
    QCOMPARE(classes->count(), 0);
    classes->setCurrentText(QStringLiteral("Room"));
    QTest::keyClick(classes->lineEdit(), Qt::Key_Return);
    child<QLineEdit>(listing, QStringLiteral("orderLineEdit"))->setText(QStringLiteral("-visits"));
    QTest::keyClick(child<QLineEdit>(listing, QStringLiteral("orderLineEdit")), Qt::Key_Return);
    const QAbstractItemModel *rows = child<QTableView>(listing, QStringLiteral("rowsTableView"))->model();
    QTRY_VERIFY_WITH_TIMEOUT(rows->rowCount() > 0, 15000);
    const QStringList titles = headers(rows);
    QCOMPARE(titles.mid(0, 2), (QStringList{QStringLiteral("Rank"), QStringLiteral("objectId")}));
    QVERIFY2(titles.contains(QStringLiteral("roomName")) && titles.contains(QStringLiteral("visits")),
             qPrintable(titles.join(QLatin1Char(' '))));
    QCOMPARE(titles.last(), QStringLiteral("updatedAt"));
    QCOMPARE(child<QTabWidget>(window.get(), QStringLiteral("listingsTabWidget"))->tabText(0),
             QStringLiteral("Room by -visits"));
}

void TestLiveAndCloud::cloud_echoShowsResultAndCanRunAgain()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(QStringLiteral("cloudTab"));
    auto *console = window->findChild<CloudConsole *>();
    QVERIFY(console);
    auto *status = child<QLabel>(console, QStringLiteral("resultStatusLabel"));
    QVERIFY(status->text().startsWith(QStringLiteral("No call yet")));
    auto *history = child<QListView>(console, QStringLiteral("historyListView"))->model();

    runCall(console, QStringLiteral("parseError"), {});
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("4242")), 10000);
    runCall(console, QStringLiteral("echo"),
            QStringLiteral("{\"greeting\": \"hello\", \"count\": 3, \"tags\": [\"a\", \"b\"]}"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("echo returned in")), 10000);
    const QString result = child<JsonEdit>(console, QStringLiteral("resultJsonEdit"))->toPlainText();
    QVERIFY2(result.contains(QStringLiteral("\"greeting\": \"hello\"")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("\"count\": 3")));
    QCOMPARE(history->rowCount(), 2);
    QVERIFY(history->index(0, 0).data().toString().contains(QStringLiteral("echo")));
    QVERIFY(history->index(1, 0).data().toString().contains(QStringLiteral("4242")));
    // Names are remembered per profile and offered again.
    QCOMPARE(m_session->settings()->value(QStringLiteral("cloudFunctionNames/") + m_profileId).toStringList(),
             (QStringList{QStringLiteral("echo"), QStringLiteral("parseError")}));
    QVERIFY(
        child<QComboBox>(console, QStringLiteral("nameComboBox"))->findText(QStringLiteral("parseError")) >=
        0);
    screenshot(window.get(), QStringLiteral("cloud-console.png"));

    child<QListView>(console, QStringLiteral("historyListView"))->setCurrentIndex(history->index(1, 0));
    QTest::mouseClick(child<QPushButton>(console, QStringLiteral("rerunPushButton")), Qt::LeftButton);
    QCOMPARE(history->rowCount(), 3);
    QCOMPARE(child<QComboBox>(console, QStringLiteral("nameComboBox"))->currentText(),
             QStringLiteral("parseError"));
    QTRY_VERIFY_WITH_TIMEOUT(history->index(0, 0).data().toString().contains(QStringLiteral("4242")), 10000);
}

void TestLiveAndCloud::cloud_formAndRunAsUser()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    QNetworkAccessManager network;
    ParseClient client(LocalParseServer::profile(), &network);
    ParseRequest login;
    login.path = QStringLiteral("/login");
    login.query.addQueryItem(QStringLiteral("username"), QStringLiteral("alice"));
    login.query.addQueryItem(QStringLiteral("password"), QStringLiteral("demo-password"));
    const ParseResult session = await(client.send(login));
    QVERIFY2(session.ok(), qPrintable(session.error.describe()));

    auto window = connectedWindow(QStringLiteral("cloudTab"));
    auto *console = window->findChild<CloudConsole *>();
    auto *status = child<QLabel>(console, QStringLiteral("resultStatusLabel"));
    auto *result = child<JsonEdit>(console, QStringLiteral("resultJsonEdit"));
    child<QCheckBox>(console, QStringLiteral("formCheckBox"))->setChecked(true);
    runCall(console, QStringLiteral("echo"), QStringLiteral("{\"name\": \"a b&c\"}"));
    QTRY_VERIFY_WITH_TIMEOUT(result->toPlainText().contains(QStringLiteral("\"name\": \"a b&c\"")), 10000);
    child<QCheckBox>(console, QStringLiteral("formCheckBox"))->setChecked(false);

    child<QLineEdit>(console, QStringLiteral("sessionTokenLineEdit"))
        ->setText(session.object().value(QLatin1String("sessionToken")).toString());
    runCall(console, QStringLiteral("whoAmI"), {});
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("whoAmI returned")), 10000);
    QVERIFY2(result->toPlainText().contains(QStringLiteral("\"username\": \"alice\"")),
             qPrintable(result->toPlainText()));
    QVERIFY(result->toPlainText().contains(QStringLiteral("\"master\": false")));
    child<QCheckBox>(console, QStringLiteral("masterKeyCheckBox"))->setChecked(true);
    runCall(console, QStringLiteral("whoAmI"), {});
    QTRY_VERIFY_WITH_TIMEOUT(result->toPlainText().contains(QStringLiteral("\"master\": true")), 10000);
}

void TestLiveAndCloud::cloud_listResultShowsAsTable()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(QStringLiteral("cloudTab"));
    auto *console = window->findChild<CloudConsole *>();
    auto *tabs = child<QTabWidget>(console, QStringLiteral("resultTabWidget"));
    QVERIFY(!tabs->isTabEnabled(1));
    runCall(console, QStringLiteral("topRooms"), QStringLiteral("{\"limit\": 3}"));
    QTRY_VERIFY_WITH_TIMEOUT(tabs->isTabEnabled(1), 10000);
    const QAbstractItemModel *table = child<QTableView>(console, QStringLiteral("resultTableView"))->model();
    QCOMPARE(table->rowCount(), 3);
    const QStringList columns = headers(table);
    QCOMPARE(columns.first(), QStringLiteral("objectId"));
    QVERIFY(columns.contains(QStringLiteral("roomName")));
    QVERIFY(!columns.contains(QStringLiteral("__type")));
    tabs->setCurrentIndex(1);
    screenshot(window.get(), QStringLiteral("cloud-console-table.png"));
    runCall(console, QStringLiteral("echo"), {});
    QTRY_VERIFY_WITH_TIMEOUT(!tabs->isTabEnabled(1), 10000);
}

void TestLiveAndCloud::cloud_parseErrorShowsCode()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(QStringLiteral("cloudTab"));
    auto *console = window->findChild<CloudConsole *>();
    auto *status = child<QLabel>(console, QStringLiteral("resultStatusLabel"));
    runCall(console, QStringLiteral("parseError"), {});
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Parse error 4242: custom failure")),
                             10000);
    QVERIFY(status->text().contains(QStringLiteral(" ms")));
    // The reply itself is shown too.
    QVERIFY(child<JsonEdit>(console, QStringLiteral("resultJsonEdit"))
                ->toPlainText()
                .contains(QStringLiteral("\"code\": 4242")));
}

void TestLiveAndCloud::cloud_invalidParamsAreNotSent()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(QStringLiteral("cloudTab"));
    auto *console = window->findChild<CloudConsole *>();
    auto *error = child<QLabel>(console, QStringLiteral("inputErrorLabel"));
    const QAbstractItemModel *history = child<QListView>(console, QStringLiteral("historyListView"))->model();
    runCall(console, QStringLiteral("echo"), QStringLiteral("{\"a\": }"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("line 1, column")), qPrintable(error->text()));
    runCall(console, QStringLiteral("echo"), QStringLiteral("[1, 2]"));
    QVERIFY2(error->text().contains(QStringLiteral("JSON object")), qPrintable(error->text()));
    runCall(console, {}, {});
    QVERIFY(error->text().contains(QStringLiteral("name")));
    QCOMPARE(history->rowCount(), 0);
}

void TestLiveAndCloud::cloud_jobStartsAndReportsItsStatus()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(QStringLiteral("cloudTab"));
    auto *console = window->findChild<CloudConsole *>();
    child<QComboBox>(console, QStringLiteral("kindComboBox"))->setCurrentIndex(1);
    auto *masterKey = child<QCheckBox>(console, QStringLiteral("masterKeyCheckBox"));
    QVERIFY(masterKey->isChecked());
    QVERIFY(!masterKey->isEnabled());
    runCall(console, QStringLiteral("countRooms"), {});
    auto *job = child<QLabel>(console, QStringLiteral("jobStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(job->text().contains(QStringLiteral("Status: succeeded")), 15000);
    QVERIFY2(job->text().contains(QStringLiteral(" rooms")), qPrintable(job->text()));
    screenshot(window.get(), QStringLiteral("cloud-console-job.png"));
    QVERIFY(child<QLabel>(console, QStringLiteral("resultStatusLabel"))
                ->text()
                .startsWith(QStringLiteral("Job countRooms started")));
    runCall(console, QStringLiteral("noSuchJob"), {});
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(console, QStringLiteral("resultStatusLabel"))
                                 ->text()
                                 .contains(QStringLiteral("Parse error 141")),
                             10000);
    // Back to functions, the box is the user's again.
    child<QComboBox>(console, QStringLiteral("kindComboBox"))->setCurrentIndex(0);
    QVERIFY(masterKey->isEnabled());
    QVERIFY(!masterKey->isChecked());
}

QTEST_MAIN(TestLiveAndCloud)
#include "TestLiveAndCloud.moc"
