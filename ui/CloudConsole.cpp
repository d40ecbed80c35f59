#include "ui/CloudConsole.h"
#include "ui_CloudConsole.h"

#include "core/data/JsonText.h"
#include "core/models/CloudCallModel.h"
#include "core/models/JsonTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/ToneDelegate.h"
#include "ui/ToneKeeper.h"

#include <QAction>
#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSettings>

namespace {
QString namesKey(const QString &profileId, bool job)
{
    return (job ? QStringLiteral("cloudJobNames/") : QStringLiteral("cloudFunctionNames/")) + profileId;
}

bool isRunKey(const QEvent *event)
{
    const auto *key = static_cast<const QKeyEvent *>(event);
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           key->modifiers().testFlag(Qt::ControlModifier);
}
} // namespace

CloudConsole::CloudConsole(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CloudConsole>())
    , m_calls(new CloudCallModel(this))
    , m_table(new JsonTableModel(this))
{
    m_ui->setupUi(this);
    ToneKeeper::apply(m_ui->inputErrorLabel, Tone::Bad);
    m_ui->inputErrorLabel->hide();
    m_ui->jobStatusLabel->hide();
    QFont status = m_ui->resultStatusLabel->font();
    status.setBold(true);
    m_ui->resultStatusLabel->setFont(status);
    m_ui->consoleSplitter->setStretchFactor(0, 2);
    m_ui->consoleSplitter->setStretchFactor(1, 3);
    m_ui->inputSplitter->setStretchFactor(0, 3);
    m_ui->inputSplitter->setStretchFactor(1, 2);
    m_ui->clearHistoryPushButton->setIcon(QIcon(QStringLiteral(":/icons/clear.svg")));
    m_ui->rerunPushButton->setIcon(QIcon(QStringLiteral(":/icons/reload.svg")));

    QCompleter *completer = m_ui->nameComboBox->completer();
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);

    m_ui->historyListView->setModel(m_calls);
    m_ui->historyListView->setItemDelegate(new ToneDelegate(m_ui->historyListView));
    m_ui->resultTableView->setModel(m_table);
    m_ui->resultTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->resultTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->resultTableView->horizontalHeader()->setStretchLastSection(true);

    // Ctrl+Enter in the parameters runs the call; claimed before any window-wide shortcut sees it.
    m_ui->paramsJsonEdit->installEventFilter(this);
    connect(m_ui->nameComboBox->lineEdit(), &QLineEdit::returnPressed, this, &CloudConsole::run);
    connect(m_ui->runPushButton, &QPushButton::clicked, this, &CloudConsole::run);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &CloudConsole::followKind);
    connect(m_ui->masterKeyCheckBox, &QCheckBox::toggled, this,
            [this](bool on) { m_functionMasterKey = on; });
    connect(m_ui->paramsJsonEdit, &JsonEdit::edited, this, [this] {
        // Mistakes are marked while typing pauses; the message under the editor waits for Run.
        if (m_ui->paramsJsonEdit->check().ok())
            m_ui->inputErrorLabel->hide();
    });
    connect(m_ui->rerunPushButton, &QPushButton::clicked, this,
            [this] { rerun(m_ui->historyListView->currentIndex().row()); });
    connect(m_ui->historyListView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { rerun(index.row()); });
    connect(m_ui->clearHistoryPushButton, &QPushButton::clicked, m_calls, &CloudCallModel::clear);
    auto *around = new QAction(tr("Server log around this"), m_ui->historyListView);
    around->setObjectName(QStringLiteral("callServerLogAction"));
    m_ui->historyListView->addAction(around);
    m_ui->historyListView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(around, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->historyListView->currentIndex();
        if (current.isValid())
            Q_EMIT serverLogAroundRequested(m_calls->entry(current.row()).startedAt);
    });
    connect(m_ui->historyListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CloudConsole::showSelected);
    connect(m_calls, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == m_ui->historyListView->currentIndex().row())
            showSelected();
    });
    connect(m_calls, &QAbstractItemModel::modelReset, this, &CloudConsole::showSelected);
    setConnection(nullptr, {});
}

CloudConsole::~CloudConsole() = default;

void CloudConsole::setSettings(QSettings *settings)
{
    m_settings = settings;
    loadNames();
}

void CloudConsole::setConnection(ParseClient *client, const QString &profileId)
{
    m_calls->setClient(client);
    m_connected = client != nullptr;
    m_profileId = client ? profileId : QString();
    m_hasMasterKey = client && client->profile().hasMasterKey();
    m_functionMasterKey = client && client->profile().useMasterKey;
    m_writesLocked = client && client->writesLocked();
    if (client) {
        connect(client, &ParseClient::writesLockedChanged, this, [this](bool locked) {
            m_writesLocked = locked;
            showRunnable();
            showSelected();
        });
    }
    showRunnable();
    m_ui->sessionTokenLineEdit->clear();
    followKind();
    showSelected();
}

QJsonObject CloudConsole::historyState() const
{
    return m_calls->state();
}

void CloudConsole::restoreHistory(const QJsonObject &state)
{
    m_calls->restoreState(state);
}

void CloudConsole::showRunnable()
{
    // ParseClient refuses these calls while writes are locked: the code behind them may write.
    m_ui->runPushButton->setEnabled(m_connected && !m_writesLocked);
    m_ui->runPushButton->setToolTip(m_writesLocked
                                        ? tr("Cloud functions and jobs may write, so they count as "
                                             "writes: unlock writes on this production connection "
                                             "to run them.")
                                        : QString());
}

bool CloudConsole::isJob() const
{
    return m_ui->kindComboBox->currentIndex() == 1;
}

void CloudConsole::followKind()
{
    const bool job = isJob();
    // Jobs run only with the master key and never as a user.
    {
        const QSignalBlocker blocker(m_ui->masterKeyCheckBox);
        m_ui->masterKeyCheckBox->setChecked(job || m_functionMasterKey);
    }
    m_ui->masterKeyCheckBox->setEnabled(m_hasMasterKey && !job);
    m_ui->masterKeyCheckBox->setToolTip(
        !m_hasMasterKey ? tr("This connection has no master key; add it under Connections…")
        : job           ? tr("Jobs always run with the master key")
                        : tr("Send the profile's master key, which bypasses ACLs and class permissions; "
                                       "unticked, the call goes without it"));
    m_ui->sessionTokenLineEdit->setEnabled(!job);
    m_ui->sessionTokenLabel->setEnabled(!job);
    m_ui->nameComboBox->lineEdit()->setPlaceholderText(job ? tr("job name, e.g. countRooms")
                                                           : tr("function name, e.g. echo"));
    loadNames();
}

void CloudConsole::loadNames()
{
    const QString current = m_ui->nameComboBox->currentText();
    m_ui->nameComboBox->clear();
    if (m_settings && !m_profileId.isEmpty())
        m_ui->nameComboBox->addItems(m_settings->value(namesKey(m_profileId, isJob())).toStringList());
    m_ui->nameComboBox->setCurrentText(current);
}

QStringList CloudConsole::functionNames(const QSettings *settings, const QString &profileId)
{
    return settings ? settings->value(namesKey(profileId, false)).toStringList() : QStringList();
}

void CloudConsole::rememberName(const QString &name)
{
    if (!m_settings || m_profileId.isEmpty())
        return;
    const QString key = namesKey(m_profileId, isJob());
    QStringList names = m_settings->value(key).toStringList();
    names.removeAll(name);
    names.prepend(name);
    m_settings->setValue(key, names.mid(0, kRememberedNames));
    loadNames();
}

void CloudConsole::run()
{
    const auto refuse = [this](const QString &why) {
        m_ui->inputErrorLabel->setText(why);
        m_ui->inputErrorLabel->show();
        // The result shown belongs to an earlier call; left there, it would read as this one's.
        m_ui->historyListView->selectionModel()->clear();
        ToneKeeper::apply(m_ui->resultStatusLabel, Tone::Bad);
        m_ui->resultStatusLabel->setText(why);
    };
    if (!m_connected)
        return refuse(tr("Not connected: connect to a server first."));
    const QString name = m_ui->nameComboBox->currentText().trimmed();
    if (name.isEmpty()) {
        m_ui->nameComboBox->setFocus();
        return refuse(isJob() ? tr("Enter the name of the job to start.")
                              : tr("Enter the name of the function to call."));
    }
    const JsonText::Parsed params = m_ui->paramsJsonEdit->check();
    if (!params.ok())
        return refuse(tr("Invalid JSON in the parameters at %1 — not run.").arg(params.error));
    if (!params.document.isNull() && !params.document.isObject())
        return refuse(tr("The parameters must be a JSON object, {…}: Parse passes them by name. Not run."));
    m_ui->inputErrorLabel->hide();

    CloudCallModel::Call call;
    call.kind = isJob() ? CloudCallModel::Call::Kind::Job : CloudCallModel::Call::Kind::Function;
    call.name = name;
    call.params = params.document.object();
    call.form = m_ui->formCheckBox->isChecked();
    call.masterKey = m_ui->masterKeyCheckBox->isChecked();
    if (!isJob())
        call.sessionToken = m_ui->sessionTokenLineEdit->text().trimmed();
    m_calls->run(call);
    m_ui->historyListView->setCurrentIndex(m_calls->index(0));
    rememberName(name);
}

void CloudConsole::rerun(int row)
{
    if (row < 0 || row >= m_calls->rowCount())
        return;
    // As it was sent, and shown in the inputs so it can be changed and sent again from there.
    const CloudCallModel::Call call = m_calls->entry(row).call;
    m_ui->kindComboBox->setCurrentIndex(call.kind == CloudCallModel::Call::Kind::Job ? 1 : 0);
    m_ui->nameComboBox->setCurrentText(call.name);
    m_ui->paramsJsonEdit->setJsonValue(call.params.isEmpty() ? QJsonValue() : QJsonValue(call.params));
    m_ui->formCheckBox->setChecked(call.form);
    if (call.kind == CloudCallModel::Call::Kind::Function) {
        m_ui->masterKeyCheckBox->setChecked(call.masterKey);
        m_ui->sessionTokenLineEdit->setText(call.sessionToken);
    }
    m_calls->run(call);
    m_ui->historyListView->setCurrentIndex(m_calls->index(0));
}

void CloudConsole::showSelected()
{
    const QModelIndex current = m_ui->historyListView->currentIndex();
    m_ui->rerunPushButton->setEnabled(current.isValid() && m_connected && !m_writesLocked);
    m_ui->clearHistoryPushButton->setEnabled(m_calls->rowCount() > 0);
    if (!current.isValid()) {
        ToneKeeper::apply(m_ui->resultStatusLabel, Tone::None);
        m_ui->resultStatusLabel->setText(
            m_connected ? tr("No call yet: enter a function name and its parameters, then press Run.")
                        : tr("Not connected: connect to a server to call its Cloud Code."));
        m_ui->jobStatusLabel->hide();
        m_ui->resultJsonEdit->setJsonValue({});
        m_table->setJson({});
        m_ui->resultTabWidget->setTabEnabled(1, false);
        return;
    }
    using State = CloudCallModel::State;
    const CloudCallModel::Entry &e = m_calls->entry(current.row());
    const bool job = e.call.kind == CloudCallModel::Call::Kind::Job;
    QString status;
    Tone tone = Tone::None;
    if (!e.replied) {
        status = job ? tr("Starting job %1…").arg(e.call.name) : tr("Running %1…").arg(e.call.name);
    } else if (e.error.isError()) {
        status = tr("✗ %1 failed after %2 ms. %3").arg(e.call.name).arg(e.elapsedMs).arg(e.error.describe());
        tone = Tone::Bad;
    } else if (job) {
        status = tr("Job %1 started (%2 ms).").arg(e.call.name).arg(e.elapsedMs);
        tone = e.state == State::Failed ? Tone::Bad : Tone::Good;
    } else {
        status = tr("✓ %1 returned in %2 ms.").arg(e.call.name).arg(e.elapsedMs);
        tone = Tone::Good;
    }
    ToneKeeper::apply(m_ui->resultStatusLabel, tone);
    m_ui->resultStatusLabel->setText(status);

    m_ui->jobStatusLabel->setVisible(job && e.replied && !e.error.isError());
    if (job) {
        QStringList lines;
        if (!e.jobStatus.isEmpty()) {
            const QString message = e.jobStatus.value(QLatin1String("message")).toString();
            lines << tr("Status: %1 (status id %2)")
                         .arg(e.jobStatus.value(QLatin1String("status")).toString(),
                              e.jobStatus.value(QLatin1String("objectId")).toString());
            if (!message.isEmpty())
                lines << tr("Message: %1").arg(message);
        }
        if (!e.jobNote.isEmpty())
            lines << e.jobNote;
        lines << tr("A job's progress is kept in _JobStatus, read here with the master key; Parse Server "
                    "has no /jobs/status route.");
        m_ui->jobStatusLabel->setText(lines.join(QLatin1Char('\n')));
    }

    // A job's reply is an empty object; its status row says more.
    const QJsonValue shown = job && !e.jobStatus.isEmpty() ? QJsonValue(e.jobStatus) : e.result;
    // A bare string shows as its JSON literal, quotes included: the console shows JSON, not text.
    m_ui->resultJsonEdit->setJsonText(shown.isUndefined() ? QString() : JsonText::indented(shown));
    const bool table = JsonTableModel::isTable(shown);
    m_table->setJson(shown);
    m_ui->resultTabWidget->setTabEnabled(1, table);
    if (table)
        m_ui->resultTableView->resizeColumnsToContents();
    else
        m_ui->resultTabWidget->setCurrentIndex(0);
}

bool CloudConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->paramsJsonEdit &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) && isRunKey(event)) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            run();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
