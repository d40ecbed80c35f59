// The Server tab against the real local servers: what the server is and allows, tabs a refused key cannot
// use disabled with the reason; Parse Config edited and saved, a colleague's change meanwhile shown with
// its three values and not overwritten until chosen, a production profile read-only; the server's log
// after a Cloud Code error, and followed; a job run and followed until it ends, a schedule created and
// deleted; webhooks created, their URL changed, deleted, and what a missing webhookKey means.
#include "AdminClient.h"
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/models/BatchModel.h"
#include "core/models/CloudCallModel.h"
#include "core/models/ConfigModel.h"
#include "core/models/JobRunModel.h"
#include "core/models/JobScheduleModel.h"
#include "core/models/RequestLogModel.h"
#include "core/models/ServerLogModel.h"
#include "core/models/WebhookModel.h"
#include "core/net/AdminRequest.h"
#include "ui/BatchComposer.h"
#include "ui/JobScheduleDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/RequestLog.h"
#include "ui/ServerConfigPane.h"
#include "ui/ServerHooksPane.h"
#include "ui/ServerJobsPane.h"
#include "ui/ServerLogPane.h"
#include "ui/WebhookDialog.h"
#include "ui/widgets/JsonEdit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUuid>

using GuiTestSupport::child;
using GuiTestSupport::screenshot;

namespace {
QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QJsonValue serverValue(AdminClient &admin, const QString &name)
{
    return await(admin.client().send(AdminRequest::config()))
        .object()
        .value(QStringLiteral("params"))
        .toObject()
        .value(name);
}

void putServerValue(AdminClient &admin, const QJsonValue &value, const QString &name)
{
    const QJsonObject body{{QStringLiteral("params"), QJsonObject{{name, value}}}};
    QVERIFY(await(admin.client().send(AdminRequest::updateConfig(body))).ok());
}

bool rowsContain(const QAbstractItemModel *model, int column, int role, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data(role).toString().contains(text))
            return true;
    }
    return false;
}
} // namespace

class TestServerPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void info_versionFeaturesAndTabs();
    void info_refusedKeyDisablesTabsWithTheReason();
    void config_editSaveAndConflict();
    void config_productionProfileIsReadOnly();
    void logs_cloudCodeErrorAndFollow();
    void logs_aroundARequestOfTheRequestLog();
    void logs_aroundAFailedCallOrBatchOperation_data();
    void logs_aroundAFailedCallOrBatchOperation();
    void jobs_runFollowAndSchedule();
    void webhooks_createChangeDelete();
    void jobsAndWebhooks_inGerman();

private:
    std::unique_ptr<MainWindow> serverWindow(const ServerProfile &profile, const QString &subTab = {});
    std::unique_ptr<GuiSession> m_session;
    QStringList m_addedParams;
};

void TestServerPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestServerPanel::init()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
}

void TestServerPanel::cleanup()
{
    if (!m_addedParams.isEmpty()) {
        AdminClient admin(LocalParseServer::profile());
        QJsonObject params;
        for (const QString &name : std::as_const(m_addedParams))
            params.insert(name, QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}});
        await(admin.client().send(AdminRequest::updateConfig({{QStringLiteral("params"), params}})));
        m_addedParams.clear();
    }
    m_session.reset();
}

std::unique_ptr<MainWindow> TestServerPanel::serverWindow(const ServerProfile &profile, const QString &subTab)
{
    auto window = m_session->connectedWindow(m_session->saveProfile(profile), QStringLiteral("serverTab"));
    auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("serverTabWidget"));
    if (!subTab.isEmpty()) {
        QWidget *pane = child<QWidget>(window.get(), subTab);
        if (!QTest::qWaitFor([&] { return tabs->isTabEnabled(tabs->indexOf(pane)); }, 10000))
            qWarning("the %s tab did not become available", qPrintable(subTab));
        tabs->setCurrentWidget(pane);
    }
    return window;
}

void TestServerPanel::info_versionFeaturesAndTabs()
{
    ServerProfile profile = LocalParseServer::profile();
    profile.budget = QStringLiteral("500/60s");
    auto window = serverWindow(profile);
    auto *version = child<QLabel>(window.get(), QStringLiteral("serverVersionValueLabel"));
    QTRY_VERIFY(version->text().startsWith(QLatin1String("9.")));
    QTRY_COMPARE(child<QLabel>(window.get(), QStringLiteral("serverHealthValueLabel"))->text(),
                 QStringLiteral("ok"));
    QCOMPARE(child<QLabel>(window.get(), QStringLiteral("serverBudgetValueLabel"))->text(),
             QStringLiteral("500/60s"));
    auto *features = child<QTableView>(window.get(), QStringLiteral("serverFeaturesTableView"));
    QVERIFY(rowsContain(features->model(), 0, Qt::DisplayRole, QStringLiteral("globalConfig")));
    auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("serverTabWidget"));
    QVERIFY(
        tabs->isTabEnabled(tabs->indexOf(child<QWidget>(window.get(), QStringLiteral("serverConfigPane")))));
    QVERIFY(tabs->isTabEnabled(tabs->indexOf(child<QWidget>(window.get(), QStringLiteral("serverLogPane")))));
    window->resize(1024, 700);
    screenshot(window.get(), QStringLiteral("server-info.png"));
}

void TestServerPanel::info_refusedKeyDisablesTabsWithTheReason()
{
    // LOCKED accepts its master key only from other addresses (masterKeyIps).
    auto window = serverWindow(LocalParseServer::profile("LOCKED"));
    auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("serverTabWidget"));
    const int config = tabs->indexOf(child<QWidget>(window.get(), QStringLiteral("serverConfigPane")));
    QTRY_VERIFY(tabs->tabToolTip(config).contains(QLatin1String("masterKeyIps")));
    QVERIFY(!tabs->isTabEnabled(config));
    QVERIFY(
        !tabs->isTabEnabled(tabs->indexOf(child<QWidget>(window.get(), QStringLiteral("serverLogPane")))));
    QVERIFY(child<QLabel>(window.get(), QStringLiteral("serverAvailabilityLabel"))
                ->text()
                .contains(QLatin1String("masterKeyIps")));
    QTRY_COMPARE(child<QLabel>(window.get(), QStringLiteral("serverHealthValueLabel"))->text(),
                 QStringLiteral("ok"));
}

void TestServerPanel::config_editSaveAndConflict()
{
    AdminClient admin(LocalParseServer::profile());
    const QString name = uniqueName(QStringLiteral("guiFlag"));
    m_addedParams << name;
    auto window = serverWindow(LocalParseServer::profile(), QStringLiteral("serverConfigPane"));
    auto *pane = child<ServerConfigPane>(window.get(), QStringLiteral("serverConfigPane"));
    ConfigModel *model = pane->model();
    QTRY_VERIFY(!model->isLoading());
    auto *save = child<QPushButton>(pane, QStringLiteral("saveConfigPushButton"));
    auto *status = child<QLabel>(pane, QStringLiteral("configStatusLabel"));
    QVERIFY(!save->isEnabled());

    // Add a Number parameter, master key only, and save it.
    QTest::keyClicks(child<QLineEdit>(pane, QStringLiteral("newParameterLineEdit")), name);
    child<QComboBox>(pane, QStringLiteral("newParameterTypeComboBox"))
        ->setCurrentText(QStringLiteral("Number"));
    child<QPushButton>(pane, QStringLiteral("addParameterPushButton"))->click();
    const int row = model->rowOf(name);
    QVERIFY(row >= 0);
    QVERIFY(!model->setData(model->index(row, ConfigModel::Value), QStringLiteral("lots")));
    QVERIFY(model->setData(model->index(row, ConfigModel::Value), QStringLiteral("5")));
    QVERIFY(model->setData(model->index(row, ConfigModel::MasterKeyOnly), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY(status->text().startsWith(QLatin1String("Saved")));
    QCOMPARE(serverValue(admin, name), QJsonValue(5));
    QVERIFY(!model->isModified());

    // The filter finds it by name.
    auto *table = child<QTableView>(pane, QStringLiteral("configTableView"));
    QTest::keyClicks(child<QLineEdit>(pane, QStringLiteral("configFilterLineEdit")), name.left(8).toUpper());
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(rowsContain(table->model(), ConfigModel::Name, Qt::DisplayRole, name));
    child<QLineEdit>(pane, QStringLiteral("configFilterLineEdit"))->clear();

    // A colleague sets it to 7; my 6 is not written, the three values show.
    putServerValue(admin, 7, name);
    QVERIFY(model->setData(model->index(model->rowOf(name), ConfigModel::Value), QStringLiteral("6")));
    save->click();
    auto *conflicts = child<QFrame>(pane, QStringLiteral("configConflictFrame"));
    QTRY_VERIFY(conflicts->isVisible());
    const QAbstractItemModel *three =
        child<QTableView>(pane, QStringLiteral("configConflictTableView"))->model();
    QCOMPARE(three->rowCount(), 1);
    QCOMPARE(three->index(0, 1).data().toString(), QStringLiteral("5 (master key only)"));
    // (A PUT of a value without masterKeyOnly makes it readable by every key.)
    QCOMPARE(three->index(0, 2).data().toString(), QStringLiteral("7"));
    QCOMPARE(three->index(0, 3).data().toString(), QStringLiteral("6 (master key only)"));
    QCOMPARE(serverValue(admin, name), QJsonValue(7));
    QVERIFY(!save->isEnabled());
    window->resize(1024, 700);
    screenshot(window.get(), QStringLiteral("server-config-conflict.png"));

    // Keep theirs: nothing to save, the table shows 7. Then overwrite on purpose.
    child<QPushButton>(pane, QStringLiteral("keepServerValuesPushButton"))->click();
    QVERIFY(!conflicts->isVisible());
    QVERIFY(!model->isModified());
    QCOMPARE(model->index(model->rowOf(name), ConfigModel::Value).data().toString(), QStringLiteral("7"));
    QVERIFY(model->setData(model->index(model->rowOf(name), ConfigModel::Value), QStringLiteral("8")));
    putServerValue(admin, 9, name);
    save->click();
    QTRY_VERIFY(conflicts->isVisible());
    child<QPushButton>(pane, QStringLiteral("overwriteServerValuesPushButton"))->click();
    QTRY_VERIFY(status->text().startsWith(QLatin1String("Saved")));
    QCOMPARE(serverValue(admin, name), QJsonValue(8));

    // Delete it.
    table->selectRow(model->rowOf(name));
    child<QPushButton>(pane, QStringLiteral("deleteParameterPushButton"))->click();
    QCOMPARE(model->rowOf(name), -1);
    save->click();
    QTRY_VERIFY(status->text().startsWith(QLatin1String("Saved")));
    QCOMPARE(serverValue(admin, name), QJsonValue(QJsonValue::Undefined));
}

void TestServerPanel::config_productionProfileIsReadOnly()
{
    ServerProfile profile = LocalParseServer::profile();
    profile.production = true;
    auto window = serverWindow(profile, QStringLiteral("serverConfigPane"));
    auto *pane = child<ServerConfigPane>(window.get(), QStringLiteral("serverConfigPane"));
    QTRY_VERIFY(pane->model()->rowCount() > 0);
    QVERIFY(pane->model()->isReadOnly());
    QVERIFY(!(pane->model()->flags(pane->model()->index(0, ConfigModel::Value)) & Qt::ItemIsEditable));
    QVERIFY(!child<QPushButton>(pane, QStringLiteral("saveConfigPushButton"))->isEnabled());
    QVERIFY(!child<QLineEdit>(pane, QStringLiteral("newParameterLineEdit"))->isEnabled());
    QVERIFY(child<QLabel>(pane, QStringLiteral("configStatusLabel"))
                ->text()
                .startsWith(QLatin1String("Read-only")));
}

void TestServerPanel::logs_cloudCodeErrorAndFollow()
{
    AdminClient admin(LocalParseServer::profile());
    const QString marker = uniqueName(QStringLiteral("guiLog"));
    QVERIFY(!await(admin.client().send(ParseRequest::callFunction(QStringLiteral("parseError"),
                                                                  {{QStringLiteral("message"), marker}})))
                 .ok());
    auto window = serverWindow(LocalParseServer::profile(), QStringLiteral("serverLogPane"));
    auto *pane = child<ServerLogPane>(window.get(), QStringLiteral("serverLogPane"));
    child<QComboBox>(pane, QStringLiteral("logLevelComboBox"))->setCurrentIndex(1); // errors only
    child<QPushButton>(pane, QStringLiteral("loadLogPushButton"))->click();
    ServerLogModel *model = pane->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        rowsContain(model, ServerLogModel::Message, ServerLogModel::FullTextRole, marker), 10000);
    QVERIFY(rowsContain(model, ServerLogModel::Message, ServerLogModel::FullTextRole,
                        QStringLiteral("parseError")));
    QCOMPARE(model->index(0, ServerLogModel::Level).data().toString(), QStringLiteral("error"));

    // The filter narrows to the marker's two entries (the failed call, and the error with its stack trace,
    // folded); the details show the selected one in full.
    auto *table = child<QTableView>(pane, QStringLiteral("logTableView"));
    QTest::keyClicks(child<QLineEdit>(pane, QStringLiteral("logFilterLineEdit")), marker);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(rowsContain(table->model(), ServerLogModel::Message, Qt::DisplayRole, QStringLiteral(" line")));
    table->selectRow(0);
    QVERIFY(child<QPlainTextEdit>(pane, QStringLiteral("logDetailsPlainTextEdit"))
                ->toPlainText()
                .contains(marker));
    window->resize(1024, 700);
    screenshot(window.get(), QStringLiteral("server-logs.png"));
    child<QLineEdit>(pane, QStringLiteral("logFilterLineEdit"))->clear();

    // Following: a new error comes once.
    child<QCheckBox>(pane, QStringLiteral("followLogCheckBox"))->setChecked(true);
    const int before = model->rowCount();
    const QString second = uniqueName(QStringLiteral("guiFollow"));
    QVERIFY(!await(admin.client().send(ParseRequest::callFunction(QStringLiteral("parseError"),
                                                                  {{QStringLiteral("message"), second}})))
                 .ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        rowsContain(model, ServerLogModel::Message, ServerLogModel::FullTextRole, second), 10000);
    QTest::qWait(ServerLogModel::kFollowIntervalMs * 2);
    int seen = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        seen += model->index(row, ServerLogModel::Message)
                    .data(ServerLogModel::FullTextRole)
                    .toString()
                    .contains(second);
    QCOMPARE(seen, 2); // its two entries, each once
    QVERIFY(model->rowCount() > before);
    QVERIFY(
        child<QLabel>(pane, QStringLiteral("logStatusLabel"))->text().contains(QLatin1String("Following")));
}

void TestServerPanel::logs_aroundARequestOfTheRequestLog()
{
    auto window = serverWindow(LocalParseServer::profile());
    auto *client = window->findChild<ParseClient *>();
    QVERIFY(client);
    const QString marker = uniqueName(QStringLiteral("guiAround"));
    QVERIFY(!await(client->send(ParseRequest::callFunction(QStringLiteral("parseError"),
                                                           {{QStringLiteral("message"), marker}})))
                 .ok());

    // The failed call's row in the request log: its context menu shows the server's log around it.
    auto *requests = child<QTableView>(window.get(), QStringLiteral("requestLogTableView"));
    int row = -1;
    for (int r = 0; r < requests->model()->rowCount(); ++r) {
        if (requests->model()
                ->index(r, RequestLogModel::Path)
                .data()
                .toString()
                .endsWith(QLatin1String("/functions/parseError")))
            row = r;
    }
    QVERIFY(row >= 0);
    requests->setCurrentIndex(requests->model()->index(row, RequestLogModel::Path));
    const QDateTime sent = requests->model()->index(row, 0).data(RequestLogModel::TimeRole).toDateTime();
    child<QAction>(window.get(), QStringLiteral("serverLogAroundAction"))->trigger();

    auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("serverTabWidget"));
    auto *pane = child<ServerLogPane>(window.get(), QStringLiteral("serverLogPane"));
    QCOMPARE(tabs->currentWidget(), pane);
    QCOMPARE(child<QDateTimeEdit>(pane, QStringLiteral("logFromDateTimeEdit"))->dateTime().toUTC(),
             sent.addSecs(-ServerLogPane::kAroundSecs).toUTC());
    QVERIFY(!child<QCheckBox>(pane, QStringLiteral("logUntilNowCheckBox"))->isChecked());
    QCOMPARE(child<QDateTimeEdit>(pane, QStringLiteral("logUntilDateTimeEdit"))->dateTime().toUTC(),
             sent.addSecs(ServerLogPane::kAroundSecs).toUTC());
    QTRY_VERIFY_WITH_TIMEOUT(
        rowsContain(pane->model(), ServerLogModel::Message, ServerLogModel::FullTextRole, marker), 10000);
}

void TestServerPanel::logs_aroundAFailedCallOrBatchOperation_data()
{
    QTest::addColumn<bool>("batch");
    QTest::newRow("Cloud Code call, from its history") << false;
    QTest::newRow("batch operation, from its result") << true;
}

void TestServerPanel::logs_aroundAFailedCallOrBatchOperation()
{
    QFETCH(bool, batch);
    auto window = serverWindow(LocalParseServer::profile());
    QDateTime sent;
    if (batch) {
        auto *composer = window->findChild<BatchComposer *>();
        QVERIFY(composer);
        BatchDocument doc;
        doc.operations = {{QStringLiteral("PUT"),
                           QStringLiteral("/classes/Room/missingObj1"),
                           QJsonObject{{QStringLiteral("visits"), 1}},
                           {}}};
        composer->model()->setDocument(doc);
        BatchSession *session = composer->model()->session();
        QSignalSpy finished(session, &BatchSession::runFinished);
        QVERIFY(session->sendAll());
        QVERIFY(finished.wait(20000));
        QCOMPARE(session->result(0).outcome, BatchSession::Outcome::Error);
        sent = session->result(0).sentAt;
        auto *results = child<QTableView>(window.get(), QStringLiteral("resultsTableView"));
        results->setCurrentIndex(results->model()->index(0, BatchModel::Outcome));
        child<QAction>(window.get(), QStringLiteral("resultServerLogAction"))->trigger();
    } else {
        auto *history = child<QListView>(window.get(), QStringLiteral("historyListView"));
        auto *calls = qobject_cast<CloudCallModel *>(history->model());
        QVERIFY(calls);
        CloudCallModel::Call call;
        call.name = QStringLiteral("parseError");
        call.params = {{QStringLiteral("message"), uniqueName(QStringLiteral("guiCallAround"))}};
        calls->run(call);
        QTRY_VERIFY_WITH_TIMEOUT(calls->entry(0).state == CloudCallModel::State::Failed, 10000);
        sent = calls->entry(0).startedAt;
        history->setCurrentIndex(calls->index(0));
        child<QAction>(window.get(), QStringLiteral("callServerLogAction"))->trigger();
    }
    QVERIFY(sent.isValid());
    auto *pane = child<ServerLogPane>(window.get(), QStringLiteral("serverLogPane"));
    QCOMPARE(child<QTabWidget>(window.get(), QStringLiteral("serverTabWidget"))->currentWidget(), pane);
    QCOMPARE(child<QDateTimeEdit>(pane, QStringLiteral("logFromDateTimeEdit"))->dateTime().toUTC(),
             sent.addSecs(-ServerLogPane::kAroundSecs).toUTC());
    QCOMPARE(child<QDateTimeEdit>(pane, QStringLiteral("logUntilDateTimeEdit"))->dateTime().toUTC(),
             sent.addSecs(ServerLogPane::kAroundSecs).toUTC());
}

void TestServerPanel::jobs_runFollowAndSchedule()
{
    auto window = serverWindow(LocalParseServer::profile(), QStringLiteral("serverJobsPane"));
    auto *pane = child<ServerJobsPane>(window.get(), QStringLiteral("serverJobsPane"));
    auto *jobs = child<QListWidget>(pane, QStringLiteral("jobsListWidget"));
    QTRY_VERIFY_WITH_TIMEOUT(!jobs->findItems(QStringLiteral("countRooms"), Qt::MatchExactly).isEmpty(),
                             10000);
    QVERIFY(
        child<QLabel>(pane, QStringLiteral("schedulesNoteLabel"))->text().contains(QLatin1String("run-due")));

    // Run it with params: it shows on top, running, then succeeded.
    jobs->setCurrentItem(jobs->findItems(QStringLiteral("countRooms"), Qt::MatchExactly).first());
    child<JsonEdit>(pane, QStringLiteral("jobParamsJsonEdit"))->setJsonText(QStringLiteral("{\"ms\": 1500}"));
    child<QPushButton>(pane, QStringLiteral("runJobPushButton"))->click();
    JobRunModel *runs = pane->runs();
    QTRY_VERIFY_WITH_TIMEOUT(runs->rowCount() > 0 && runs->index(0, JobRunModel::Params).data().toString() ==
                                                         QStringLiteral("{\"ms\":1500}"),
                             10000);
    QCOMPARE(runs->index(0, JobRunModel::Job).data().toString(), QStringLiteral("countRooms"));
    QTRY_COMPARE_WITH_TIMEOUT(runs->index(0, JobRunModel::Status).data().toString(),
                              QStringLiteral("succeeded"), 15000);
    QVERIFY(
        child<QLabel>(pane, QStringLiteral("jobsStatusLabel"))->text().contains(QLatin1String("started")));

    // A schedule through the dialog, then deleted.
    const QString description = uniqueName(QStringLiteral("gui schedule "));
    GuiTestSupport::onNextModal<JobScheduleDialog>(this, [&description](JobScheduleDialog *dialog) {
        QCOMPARE(child<QComboBox>(dialog, QStringLiteral("scheduleJobComboBox"))->currentText(),
                 QStringLiteral("countRooms"));
        child<QLineEdit>(dialog, QStringLiteral("scheduleDescriptionLineEdit"))->setText(description);
        child<QSpinBox>(dialog, QStringLiteral("scheduleRepeatSpinBox"))->setValue(30);
        QVERIFY(child<QLabel>(dialog, QStringLiteral("scheduleStartUtcLabel"))
                    ->text()
                    .endsWith(QLatin1String("UTC")));
        dialog->accept();
    });
    child<QPushButton>(pane, QStringLiteral("newSchedulePushButton"))->click();
    JobScheduleModel *schedules = pane->schedules();
    const auto rowOf = [schedules, &description] {
        for (int row = 0; row < schedules->rowCount(); ++row) {
            if (schedules->index(row, JobScheduleModel::Description).data().toString() == description)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 10000);
    QCOMPARE(schedules->index(rowOf(), JobScheduleModel::Repeat).data().toString(),
             QStringLiteral("every 30 minute(s)"));
    window->resize(1024, 700);
    screenshot(window.get(), QStringLiteral("server-jobs.png"));
    child<QTableView>(pane, QStringLiteral("schedulesTableView"))->selectRow(rowOf());
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Yes);
    child<QPushButton>(pane, QStringLiteral("deleteSchedulePushButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(), -1, 10000);
}

void TestServerPanel::webhooks_createChangeDelete()
{
    auto window = serverWindow(LocalParseServer::profile(), QStringLiteral("serverHooksPane"));
    auto *pane = child<ServerHooksPane>(window.get(), QStringLiteral("serverHooksPane"));
    WebhookModel *model = pane->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    QVERIFY(child<QLabel>(pane, QStringLiteral("webhookKeyNoteLabel"))
                ->text()
                .contains(QLatin1String("webhookKey")));
    const QString className = uniqueName(QStringLiteral("GuiHook"));
    const auto rowOf = [model, &className] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, WebhookModel::Name).data().toString() == className)
                return row;
        }
        return -1;
    };

    // A trigger webhook; a URL that is not http(s) is refused in the dialog first.
    GuiTestSupport::onNextModal<WebhookDialog>(this, [&className](WebhookDialog *dialog) {
        child<QComboBox>(dialog, QStringLiteral("webhookKindComboBox"))->setCurrentIndex(1);
        child<QLineEdit>(dialog, QStringLiteral("webhookClassLineEdit"))->setText(className);
        child<QComboBox>(dialog, QStringLiteral("webhookTriggerComboBox"))
            ->setCurrentText(QStringLiteral("afterSave"));
        auto *url = child<QLineEdit>(dialog, QStringLiteral("webhookUrlLineEdit"));
        url->setText(QStringLiteral("hooks.example/after"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, QStringLiteral("webhookProblemLabel"))
                    ->text()
                    .contains(QLatin1String("http")));
        url->setText(QStringLiteral("https://hooks.example/after"));
        dialog->accept();
    });
    child<QPushButton>(pane, QStringLiteral("newWebhookPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 10000);
    QCOMPARE(model->index(rowOf(), WebhookModel::Trigger).data().toString(), QStringLiteral("afterSave"));
    window->resize(1024, 700);
    screenshot(window.get(), QStringLiteral("server-webhooks.png"));

    // Its URL changed: one row, the new URL.
    auto *table = child<QTableView>(pane, QStringLiteral("webhooksTableView"));
    table->selectRow(rowOf());
    GuiTestSupport::onNextModal<WebhookDialog>(this, [](WebhookDialog *dialog) {
        QVERIFY(!child<QComboBox>(dialog, QStringLiteral("webhookKindComboBox"))->isEnabled());
        child<QLineEdit>(dialog, QStringLiteral("webhookUrlLineEdit"))
            ->setText(QStringLiteral("https://hooks.example/v2"));
        dialog->accept();
    });
    child<QPushButton>(pane, QStringLiteral("editWebhookPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0 && model->index(rowOf(), WebhookModel::Url).data().toString() ==
                                                 QStringLiteral("https://hooks.example/v2"),
                             10000);

    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    table->selectRow(rowOf());
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Yes);
    child<QPushButton>(pane, QStringLiteral("deleteWebhookPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && rowOf() == -1, 10000);
}

void TestServerPanel::jobsAndWebhooks_inGerman()
{
    QObject translators;
    Language::install(&translators, QStringLiteral("de"), QStringLiteral(PARSEDESK_QM_DIR));
    auto window = serverWindow(LocalParseServer::profile(), QStringLiteral("serverJobsPane"));
    auto *jobs = child<QListWidget>(window.get(), QStringLiteral("jobsListWidget"));
    QTRY_VERIFY_WITH_TIMEOUT(jobs->count() > 0, 10000);
    QVERIFY(child<QLabel>(window.get(), QStringLiteral("schedulesNoteLabel"))
                ->text()
                .startsWith(QLatin1String("Parse Server speichert")));
    window->resize(1024, 700);
    screenshot(window.get(), QStringLiteral("server-jobs-de.png"));
    auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("serverTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(window.get(), QStringLiteral("serverHooksPane")));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Webhooks"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !child<ServerHooksPane>(window.get(), QStringLiteral("serverHooksPane"))->model()->isLoading(),
        10000);
    screenshot(window.get(), QStringLiteral("server-webhooks-de.png"));
}

QTEST_MAIN(TestServerPanel)
#include "TestServerPanel.moc"
