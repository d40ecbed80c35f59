#include "ui/MainWindow.h"
#include "ui_MainWindow.h"

#include "core/models/ClassListModel.h"
#include "core/models/ConfigModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/models/RequestLogModel.h"
#include "core/net/RequestQueue.h"
#include "core/session/Connection.h"
#include "core/settings/ProfileListModel.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/WorkspaceStore.h"
#include "ui/AboutDialog.h"
#include "ui/BatchComposer.h"
#include "ui/CloudConsole.h"
#include "ui/ConnectionDialog.h"
#include "ui/JournalDialog.h"
#include "ui/LanguageChooser.h"
#include "ui/ObjectBrowser.h"
#include "ui/QueryPanel.h"
#include "ui/ServerPanel.h"
#include "ui/ThemeMenu.h"
#include "ui/widgets/SelectionStatsLabel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <utility>

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
constexpr int kMessageMs = 6000;
const QString kBatchPanel = QStringLiteral("batch");
const QString kCloudPanel = QStringLiteral("cloudHistory");

QString lastClassKey(const QString &profileId)
{
    return QStringLiteral("lastClass/") + profileId;
}
} // namespace

MainWindow::MainWindow(ProfileStore *profiles, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profiles(profiles)
    , m_settings(settings)
    , m_profileList(new ProfileListModel(profiles, this))
    , m_classes(new ClassListModel(this))
    , m_requestLog(new RequestLogModel(this))
    , m_profileComboBox(new QComboBox(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/parsedesk.svg")));
    m_ui->classBrowser->setClassListModel(m_classes);
    m_ui->classBrowser->setSettings(m_settings);
    m_ui->requestLog->setModel(m_requestLog);
    // From a request, a batch operation or a Cloud Code call: the server's log around its time.
    const auto showLogAround = [this](const QDateTime &time) {
        m_ui->mainTabWidget->setCurrentWidget(m_ui->serverTab);
        m_ui->serverPanel->showLogAround(time);
    };
    connect(m_ui->requestLog, &RequestLog::serverLogAroundRequested, this, showLogAround);
    connect(m_ui->batchComposer, &BatchComposer::serverLogAroundRequested, this, showLogAround);
    connect(m_ui->cloudConsole, &CloudConsole::serverLogAroundRequested, this, showLogAround);
    m_ui->queryPanel->setSettings(m_settings);
    m_ui->queryPanel->setClassListModel(m_classes);
    m_ui->liveArea->setSettings(m_settings);
    m_ui->cloudConsole->setSettings(m_settings);
    m_ui->mainStatusBar->setSecretStore(m_profiles->secrets());
    connect(m_ui->journalAction, &QAction::triggered, this, &MainWindow::showJournal);
    m_ui->journalAction->setEnabled(false);

    auto *comboLabel = new QLabel(tr("Connection:"), this);
    comboLabel->setObjectName(QStringLiteral("profileComboLabel"));
    comboLabel->setContentsMargins(4, 0, 4, 0);
    comboLabel->setBuddy(m_profileComboBox);
    m_profileComboBox->setObjectName(QStringLiteral("profileComboBox"));
    m_profileComboBox->setModel(m_profileList);
    m_profileComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileComboBox->setMinimumContentsLength(18);
    m_profileComboBox->setToolTip(tr("The saved connection to work with; choosing one connects to it"));
    m_ui->mainToolBar->insertWidget(m_ui->connectAction, comboLabel);
    m_ui->mainToolBar->insertWidget(m_ui->connectAction, m_profileComboBox);

    QAction *logToggle = m_ui->requestLogDockWidget->toggleViewAction();
    logToggle->setObjectName(QStringLiteral("requestLogAction"));
    logToggle->setText(tr("Request &log"));
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->viewMenu->addAction(logToggle);
    m_ui->viewMenu->addMenu(new ThemeMenu(m_settings, m_ui->viewMenu));
    // Ctrl+Tab switches the main tabs from anywhere, tables and the nested Objects/Fields tabs included
    // (a table took it as Tab, a nested tab widget switched its own tabs).
    const auto cycleTabs = [this](int step) {
        QTabWidget *tabs = m_ui->mainTabWidget;
        tabs->setCurrentIndex((tabs->currentIndex() + step + tabs->count()) % tabs->count());
    };
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this), &QShortcut::activated, this,
            [cycleTabs] { cycleTabs(1); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this), &QShortcut::activated,
            this, [cycleTabs] { cycleTabs(-1); });

    const QList<std::pair<QAction *, QString>> languages{{m_ui->languageSystemAction, QString()},
                                                         {m_ui->languageEnglishAction, QStringLiteral("en")},
                                                         {m_ui->languageGermanAction, QStringLiteral("de")},
                                                         {m_ui->languageSpanishAction, QStringLiteral("es")}};
    // close() asks about unsaved edits and unsent operations first; Cancel there keeps the window.
    connect(new LanguageChooser(languages, m_settings, this), &LanguageChooser::restartChosen, this, [this] {
        if (close())
            Q_EMIT restartRequested();
    });

    connect(m_profileComboBox, &QComboBox::activated, this, [this](int row) {
        connectToProfile(m_profileList->index(row).data(ProfileListModel::IdRole).toString());
    });
    connect(m_ui->connectAction, &QAction::triggered, this, [this] {
        const QString id = m_profileComboBox->currentData(ProfileListModel::IdRole).toString();
        if (id.isEmpty())
            showConnectionDialog();
        else
            connectToProfile(id);
    });
    connect(m_ui->connectionsAction, &QAction::triggered, this, &MainWindow::showConnectionDialog);
    connect(m_ui->reloadAction, &QAction::triggered, this, &MainWindow::reload);
    connect(m_ui->flushQueueAction, &QAction::triggered, this, [this] {
        if (m_connection)
            m_connection->queue()->flushNow();
    });
    connect(m_ui->batchComposer, &BatchComposer::statusMessage, this,
            [this](const QString &message) { m_ui->mainStatusBar->showMessage(message, kMessageMs); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->classBrowser, &ClassBrowser::connectionsRequested, this, &MainWindow::showConnectionDialog);
    connect(m_ui->classBrowser, &ClassBrowser::statusMessage, this,
            [this](const QString &message) { m_ui->mainStatusBar->showMessage(message, kMessageMs); });
    // Statistics of the selected numbers and dates, for the table of the tab shown.
    auto *stats = new SelectionStatsLabel(this);
    m_ui->mainStatusBar->addPermanentWidget(stats);
    const auto followStats = [this, stats] {
        QWidget *tab = m_ui->mainTabWidget->currentWidget();
        stats->follow(tab == m_ui->classesTab ? m_ui->classBrowser->objectBrowser()->objectsView()
                      : tab == m_ui->queryTab ? m_ui->queryPanel->resultsView()
                                              : nullptr);
    };
    connect(m_ui->mainTabWidget, &QTabWidget::currentChanged, this, followStats);
    followStats();
    connect(m_ui->classBrowser, &ClassBrowser::importRequested, this,
            [this](const BatchDocument &document, const QString &description) {
                // The composer shows the outcome of every row, and can retry the failed ones.
                m_ui->mainTabWidget->setCurrentWidget(m_ui->batchTab);
                m_ui->batchComposer->sendDocument(document, description);
            });
    connect(m_ui->classBrowser, &ClassBrowser::currentClassChanged, this, [this](const QString &className) {
        if (!m_profileId.isEmpty())
            m_settings->setValue(lastClassKey(m_profileId), className);
        m_ui->queryPanel->followClass(className);
    });
    connect(
        m_ui->classBrowser->objectBrowser()->model(), &ObjectTableModel::saved, this,
        [this](int, int unsaved, int conflicts) {
            if (!m_afterSave)
                return;
            m_savingCells = false;
            // A conflict is not saved either: its cells stay pending until kept or dropped.
            const int failed = unsaved + conflicts;
            if (failed == 0) {
                continueLeaving();
                return;
            }
            // The failed cells stay pending (red); nothing is left or closed until they are dealt with.
            m_afterSave = nullptr;
            m_ui->mainStatusBar->showMessage(
                tr("Not closed: %n change(s) could not be saved; they stay pending, hover for the reason.",
                   "", failed),
                kMessageMs);
        });
    connect(m_ui->serverPanel->configModel(), &ConfigModel::saved, this, [this](const ParseResult &result) {
        if (!m_afterSave || !m_savingConfig)
            return;
        m_savingConfig = false;
        if (result.ok() && m_ui->serverPanel->configModel()->conflicts().isEmpty()) {
            continueLeaving();
            return;
        }
        // The Server tab's Config pane shows the conflict or the error; nothing is left until it is dealt
        // with.
        m_afterSave = nullptr;
        m_ui->mainTabWidget->setCurrentWidget(m_ui->serverTab);
        m_ui->mainStatusBar->showMessage(
            tr("Not closed: Parse Config could not be saved; see the Server tab."), kMessageMs);
    });
    connect(m_ui->batchComposer->model(), &BatchModel::runningChanged, this, [this](bool running) {
        if (!running)
            continueLeaving();
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, [this] {
        if (!m_profileId.isEmpty() && m_profiles->indexOf(m_profileId) < 0)
            disconnectFromServer();
        else if (m_profileId.isEmpty())
            m_ui->classBrowser->showNotConnected(!m_profiles->profiles().isEmpty());
        syncProfileCombo();
    });

    if (!restoreGeometry(m_settings->value(kGeometryKey).toByteArray()))
        resize(1200, 760);
    if (!restoreState(m_settings->value(kStateKey).toByteArray()))
        resizeDocks({m_ui->requestLogDockWidget}, {190}, Qt::Vertical);

    disconnectFromServer();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectToProfile(const QString &id)
{
    const int index = m_profiles->indexOf(id);
    if (index < 0)
        return;
    if (!m_profileId.isEmpty() && !confirmLeave([this, id] { connectToProfile(id); })) {
        syncProfileCombo();
        return;
    }
    const ServerProfile profile = m_profiles->profiles().at(index);
    const bool sameProfile = id == m_profileId;
    disconnectFromServer();
    // The log belongs to a connection; reconnecting to the same one keeps its history.
    if (!sameProfile)
        m_requestLog->clear();
    m_profileId = id;
    syncProfileCombo();
    showProfileState(&profile);
    m_ui->classBrowser->showConnecting(profile.name);
    const quint64 generation = ++m_connectGeneration;
    m_profiles->withSecrets(profile, this, [this, generation](const ServerProfile &complete) {
        if (generation == m_connectGeneration)
            startClient(complete);
    });
}

void MainWindow::connectToLastUsed()
{
    const QString last = m_profiles->lastUsedId();
    if (m_profiles->indexOf(last) >= 0)
        connectToProfile(last);
    else
        disconnectFromServer();
}

void MainWindow::startClient(const ServerProfile &profile)
{
    m_connection = new Connection(profile, &m_network, this);
    ParseClient *client = m_connection->client();
    connect(client, &ParseClient::requestFinished, m_requestLog, &RequestLogModel::append);
    m_ui->journalAction->setEnabled(m_connection->journal() != nullptr);
    m_ui->productionBannerFrame->setClient(client);
    m_ui->mainStatusBar->setConnection(m_connection);
    m_ui->flushQueueAction->setEnabled(true);
    m_ui->batchComposer->setConnection(client, m_classes);
    m_ui->classBrowser->setConnection(client, m_connection->queue());
    m_ui->liveArea->setConnection(client, m_classes, profile.id);
    m_ui->cloudConsole->setConnection(client, profile.id);
    m_ui->queryPanel->setConnection(client, profile.id);
    m_ui->serverPanel->setConnection(m_connection);
    restoreWorkspace(profile.id);
    m_profiles->setLastUsedId(profile.id);
    m_ui->reloadAction->setEnabled(true);
    m_ui->classBrowser->selectClass(m_settings->value(lastClassKey(profile.id)).toString());
    m_classes->setClient(client);
    m_classes->reload();
    m_ui->mainStatusBar->askServerVersion();
}

void MainWindow::disconnectFromServer()
{
    ++m_connectGeneration;
    m_classes->setClient(nullptr);
    m_ui->batchComposer->setConnection(nullptr, nullptr);
    // Kept for the profile's next connection (a send under way has just ended, its outcomes known).
    if (!m_profileId.isEmpty()) {
        saveWorkspace();
        m_ui->batchComposer->model()->setDocument({});
    }
    m_ui->classBrowser->setConnection(nullptr, nullptr);
    m_ui->liveArea->setConnection(nullptr, nullptr, {});
    m_ui->cloudConsole->setConnection(nullptr, {});
    m_ui->queryPanel->setConnection(nullptr, {});
    m_ui->serverPanel->setConnection(nullptr);
    m_ui->mainStatusBar->setConnection(nullptr);
    m_ui->flushQueueAction->setEnabled(false);
    // What waits in the queue is answered as cancelled, and nothing from the old server arrives later.
    delete m_connection;
    m_connection = nullptr;
    m_ui->journalAction->setEnabled(false);
    m_profileId.clear();
    m_ui->reloadAction->setEnabled(false);
    showProfileState(nullptr);
    syncProfileCombo();
    m_ui->classBrowser->showNotConnected(!m_profiles->profiles().isEmpty());
}

void MainWindow::reload()
{
    if (!m_connection)
        return;
    m_classes->reload();
    m_ui->mainStatusBar->askServerVersion();
}

void MainWindow::showProfileState(const ServerProfile *profile)
{
    m_ui->productionBannerFrame->showProfile(profile);
    setWindowTitle(profile ? tr("%1 — ParseDesk").arg(profile->name) : tr("ParseDesk"));
    m_ui->mainStatusBar->showProfile(profile);
}

void MainWindow::showJournal()
{
    if (!m_connection || !m_connection->journal())
        return;
    auto *dialog = new JournalDialog(m_connection->journal(), m_connection->client(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JournalDialog::undone, this, [this] { m_ui->classBrowser->objectBrowser()->refresh(); });
    dialog->open();
}

void MainWindow::syncProfileCombo()
{
    int row = m_profileList->rowOf(m_profileId);
    if (row < 0)
        row = m_profileList->rowOf(m_profiles->lastUsedId());
    if (row < 0 && m_profileList->rowCount() > 0)
        row = 0;
    m_profileComboBox->setCurrentIndex(row);
    m_profileComboBox->setEnabled(m_profileList->rowCount() > 0);
}

void MainWindow::showConnectionDialog()
{
    auto *dialog = new ConnectionDialog(m_profiles, &m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_profileId.isEmpty())
        dialog->selectProfile(m_profileId);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { connectToProfile(dialog->chosenProfileId()); });
    dialog->open();
}

bool MainWindow::isSettled() const
{
    if (m_profileId.isEmpty())
        return true;
    if (!m_connection || m_ui->mainStatusBar->isAskingVersion())
        return false;
    switch (m_classes->state()) {
    case ClassListModel::State::Idle:
    case ClassListModel::State::Loading:
        return false;
    case ClassListModel::State::Failed:
        return true;
    case ClassListModel::State::Loaded:
        return !m_classes->isCounting();
    }
    return true;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

bool MainWindow::confirmLeave(const std::function<void()> &then)
{
    if (m_leaveConfirmed) {
        m_leaveConfirmed = false;
        return true;
    }
    if (m_afterSave) // the save chosen before is still under way
        return false;
    ObjectTableModel *objects = m_ui->classBrowser->objectBrowser()->model();
    BatchModel *batch = m_ui->batchComposer->model();
    const int cells = objects->pendingCount();
    const int operations = batch->unsettledCount();
    ConfigModel *config = m_ui->serverPanel->configModel();
    const qsizetype parameters = config->changes().size();
    if (cells == 0 && operations == 0 && parameters == 0)
        return true;
    QStringList lines;
    if (cells > 0)
        lines << tr("%n changed cell(s) of %1 not saved to the server.", "", cells).arg(objects->className());
    if (parameters > 0)
        lines << tr("%n Parse Config parameter(s) changed and not saved to the server.", "", int(parameters));
    if (batch->isRunning())
        lines << tr(
            "A batch is being sent: %n operation(s) in the batch composer still wait for their outcome.", "",
            operations);
    else if (operations > 0)
        lines << tr("%n operation(s) in the batch composer not sent yet, or without a known outcome.", "",
                    operations);
    // Without a connection there is no profile to keep the operations for: only a file keeps them.
    const bool keepable = !m_profileId.isEmpty();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved work"), lines.join(QLatin1Char('\n')),
                    keepable ? QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel
                             : QMessageBox::Discard | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("unsavedWorkMessageBox"));
    box.setInformativeText(
        keepable
            ? tr("Save writes the changed cells and parameters to the server and lets a batch being sent "
                 "finish; the composer's operations come back the next time this connection opens. "
                 "Discard drops the changes and the operations.")
            : tr("Not connected, so the composer's operations can't be kept for the next start: "
                 "Cancel and save them to a file (Save… in the batch composer), or discard them."));
    box.setDefaultButton(keepable ? QMessageBox::Save : QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        break;
    case QMessageBox::Discard:
        objects->discard();
        m_ui->batchComposer->setConnection(nullptr, nullptr); // stops a send under way
        batch->setDocument({});
        return true;
    default:
        return false;
    }
    if (cells == 0 && parameters == 0 && !batch->isRunning())
        return true;
    m_afterSave = then;
    m_savingCells = cells > 0;
    m_savingConfig = parameters > 0;
    if (m_savingCells)
        objects->save();
    if (m_savingConfig)
        config->save();
    if (m_savingCells || m_savingConfig)
        m_ui->mainStatusBar->showMessage(tr("Saving before leaving…"));
    return false;
}

void MainWindow::continueLeaving()
{
    if (!m_afterSave || m_savingCells || m_savingConfig || m_ui->batchComposer->model()->isRunning())
        return;
    const std::function<void()> then = std::exchange(m_afterSave, nullptr);
    m_leaveConfirmed = true;
    then();
}

void MainWindow::saveWorkspace()
{
    if (m_profileId.isEmpty())
        return;
    QString error;
    if (!WorkspaceStore::write(m_profileId, kBatchPanel, m_ui->batchComposer->model()->state(), &error) ||
        !WorkspaceStore::write(m_profileId, kCloudPanel, m_ui->cloudConsole->historyState(), &error))
        qWarning("ParseDesk: could not keep the workspace of the connection: %s", qPrintable(error));
}

void MainWindow::restoreWorkspace(const QString &profileId)
{
    // Operations composed while not connected stay; they are not overwritten.
    BatchModel *batch = m_ui->batchComposer->model();
    const QJsonObject operations = WorkspaceStore::read(profileId, kBatchPanel);
    if (batch->rowCount() == 0 && !operations.isEmpty())
        batch->restoreState(operations);
    m_ui->cloudConsole->restoreHistory(WorkspaceStore::read(profileId, kCloudPanel));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeave([this] { close(); })) {
        event->ignore();
        return;
    }
    saveWorkspace();
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}
