#include "ui/BatchComposer.h"

#include "ui_BatchComposer.h"

#include "core/batch/OperationBuilder.h"
#include "core/models/ClassListModel.h"
#include "core/net/ParseClient.h"
#include "ui/BatchDocumentFile.h"
#include "ui/BatchSendConfirmation.h"
#include "ui/ToneKeeper.h"
#include "ui/delegates/OperationDelegate.h"

#include <QAction>
#include <QClipboard>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>
#include <numeric>

namespace {
constexpr int kMaxCompletedObjects = 500;
// Sends the document (Ctrl+Return is the main window's Connect).
const QKeyCombination kSendShortcut(Qt::CTRL | Qt::SHIFT, Qt::Key_Return);
constexpr int kValidateDelayMs = 150;

// The validation line in the tone of what it says, coloured for the palette as the tables are.
void setToned(QLabel *label, const QString &text, Tone tone)
{
    label->setText(text);
    label->setToolTip(text);
    ToneKeeper::apply(label, tone);
}

// "first (and 3 more)": one problem in full, the count of the rest.
QString firstOf(const QStringList &lines)
{
    if (lines.size() <= 1)
        return lines.value(0);
    return BatchComposer::tr("%1 (more: %2)").arg(lines.constFirst()).arg(lines.size() - 1);
}

QList<int> firstRows(int count)
{
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

bool isMethod(const BatchOperation &op, QLatin1String method)
{
    return op.method.compare(method, Qt::CaseInsensitive) == 0;
}
} // namespace

BatchComposer::BatchComposer(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BatchComposer>())
    , m_model(new BatchModel(this))
    , m_delegate(new OperationDelegate(this))
    , m_file(new BatchDocumentFile(m_model, this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->emptyTitleLabel->font();
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->emptyTitleLabel->setFont(title);
    QFont bold = m_ui->sendPushButton->font();
    bold.setBold(true);
    m_ui->sendPushButton->setFont(bold);
    m_ui->sendPushButton->setDefault(true);
    m_ui->addToolButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_ui->removeToolButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_ui->moveUpToolButton->setArrowType(Qt::UpArrow);
    m_ui->moveDownToolButton->setArrowType(Qt::DownArrow);
    m_ui->composerSplitter->setStretchFactor(0, 1);
    m_ui->composerSplitter->setStretchFactor(1, 1);
    m_ui->operationsSplitter->setStretchFactor(0, 3);
    m_ui->operationsSplitter->setStretchFactor(1, 2);
    m_ui->sendProgressBar->hide();
    m_ui->cancelPushButton->hide();

    setUpTables();
    setUpMenus();
    m_ui->bodyPanelWidget->setModel(m_model, m_ui->operationsTableView);
    m_ui->documentTab->setModel(m_model);
    m_ui->resultsWidget->setModel(m_model, m_ui->operationsTableView);
    BatchSession *session = m_model->session();
    session->setApproval([this](const QList<int> &rows) {
        return BatchSendConfirmation::ask(this, *m_model, m_client->profile(), rows);
    });
    connect(session, &BatchSession::progress, this, [this](int done, int total) {
        m_progressDone = done;
        m_progressTotal = total;
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    });
    connect(session, &BatchSession::runFinished, this, &BatchComposer::reportRun);
    connect(session, &BatchSession::checkingChanged, this, &BatchComposer::updateState);

    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(kValidateDelayMs);
    connect(&m_validateTimer, &QTimer::timeout, this, &BatchComposer::validate);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(kProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &BatchComposer::updateProgress);

    connect(m_model, &BatchModel::documentChanged, this, [this] {
        const QSignalBlocker blocker(m_ui->transactionCheckBox);
        m_ui->transactionCheckBox->setChecked(m_model->transaction());
        // Nothing is sent until the changed document has been checked; a check still running is of the old
        // one.
        m_validated = false;
        ++m_validation;
        m_validateTimer.start();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BatchComposer::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BatchComposer::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchComposer::updateState);
    connect(m_model, &BatchModel::resultsChanged, this, [this] {
        if (!m_model->isRunning())
            updateState();
    });
    connect(m_model, &BatchModel::runningChanged, this, [this](bool running) {
        updateState();
        if (!running)
            updatePathCompletions(); // objectIds the run created
    });

    connect(m_ui->documentTab, &BatchDocumentPane::errorChanged, this, &BatchComposer::updateState);
    connect(m_ui->resultsWidget, &BatchResultsPane::sendRequested, this, &BatchComposer::send);
    connect(m_ui->resultsWidget, &BatchResultsPane::statusMessage, this, &BatchComposer::statusMessage);
    connect(m_ui->resultsWidget, &BatchResultsPane::serverLogAroundRequested, this,
            &BatchComposer::serverLogAroundRequested);
    connect(m_ui->transactionCheckBox, &QCheckBox::toggled, m_model, &BatchModel::setTransaction);
    connect(m_ui->batchSizeSpinBox, &QSpinBox::valueChanged, this, &BatchComposer::updateState);

    connect(m_ui->addToolButton, &QToolButton::clicked, this,
            [this] { showAddForm(OperationForm::Kind::Create); });
    connect(m_ui->emptyAddPushButton, &QPushButton::clicked, this,
            [this] { showAddForm(OperationForm::Kind::Create); });
    connect(m_ui->removeToolButton, &QToolButton::clicked, this, &BatchComposer::removeSelected);
    connect(m_ui->moveUpToolButton, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->moveDownToolButton, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_ui->openToolButton, &QToolButton::clicked, m_file, &BatchDocumentFile::open);
    connect(m_ui->emptyOpenPushButton, &QPushButton::clicked, m_file, &BatchDocumentFile::open);
    connect(m_ui->emptyExamplePushButton, &QPushButton::clicked, this,
            [this] { m_file->openExample(BatchDocumentFile::kFirstExample); });
    connect(m_ui->saveToolButton, &QToolButton::clicked, m_file, &BatchDocumentFile::save);
    connect(m_file, &BatchDocumentFile::statusMessage, this, &BatchComposer::statusMessage);
    connect(m_file, &BatchDocumentFile::loaded, this, [this] {
        if (m_model->rowCount() > 0)
            m_ui->operationsTableView->setCurrentIndex(m_model->index(0, BatchModel::Path));
    });
    connect(m_ui->sendPushButton, &QPushButton::clicked, this,
            [this] { send(firstRows(m_model->rowCount())); });
    connect(m_ui->sendSelectedPushButton, &QPushButton::clicked, this, [this] { send(selectedRows()); });
    // An ambiguous shortcut fires neither action, so not Ctrl+Return.
    auto *sendAction = new QAction(tr("Send"), this);
    sendAction->setObjectName(QStringLiteral("sendAction"));
    sendAction->setShortcuts({kSendShortcut, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(sendAction);
    connect(sendAction, &QAction::triggered, this, [this] {
        if (m_ui->sendPushButton->isEnabled())
            m_ui->sendPushButton->click();
    });
    connect(m_ui->cancelPushButton, &QPushButton::clicked, session, &BatchSession::cancel);
    connect(m_ui->copyAsToolButton, &QToolButton::clicked, this,
            [this] { copyAs(CodeExport::Language::Curl); });

    setConnection(nullptr, nullptr);
}

BatchComposer::~BatchComposer() = default;

void BatchComposer::setUpTables()
{
    const int rowHeight = fontMetrics().height() + 8;
    const int pad = 3 * fontMetrics().averageCharWidth();
    const auto width = [this, pad](const QString &sample) {
        return fontMetrics().horizontalAdvance(sample) + pad;
    };

    QTableView *ops = m_ui->operationsTableView;
    ops->setModel(m_model);
    ops->setItemDelegate(m_delegate);
    ops->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                         QAbstractItemView::AnyKeyPressed);
    for (const int column : {int(BatchModel::ObjectId), int(BatchModel::Timestamp), int(BatchModel::Code),
                             int(BatchModel::Message)})
        ops->setColumnHidden(column, true);
    QTableView *results = m_ui->resultsWidget->tableView();
    results->setEditTriggers(QAbstractItemView::NoEditTriggers);

    for (QTableView *view : {ops, results}) {
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(rowHeight);
        view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QHeaderView *header = view->horizontalHeader();
        header->setHighlightSections(false);
        header->setSectionResizeMode(QHeaderView::Interactive);
        // Fixed widths from sample text: fitting to contents would scan 10,000 rows.
        header->resizeSection(BatchModel::Method, width(QStringLiteral("DELETE  ")));
        header->resizeSection(BatchModel::Path, width(QStringLiteral("/classes/Room/xWMyZ4YE")));
        header->resizeSection(BatchModel::Outcome, width(tr("outcome unknown")));
        header->resizeSection(BatchModel::ObjectId, width(QStringLiteral("xWMyZ4YEGZ")));
        header->resizeSection(BatchModel::Timestamp, width(QStringLiteral("2024-05-01T12:00:00.000Z")));
        header->resizeSection(BatchModel::Code, width(QStringLiteral("00000")));
        // Never narrower than the column's title ("createdAt / updatedAt" was cut at both ends).
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(column,
                                  qMax(header->sectionSize(column),
                                       width(m_model->headerData(column, Qt::Horizontal).toString())));
        header->setStretchLastSection(true);
    }
    ops->horizontalHeader()->swapSections(BatchModel::Body, BatchModel::Outcome); // body last, stretched

    connect(ops->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BatchComposer::updateState);

    auto *removeAction = new QAction(tr("Remove"), ops);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    ops->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &BatchComposer::removeSelected);
}

void BatchComposer::setUpMenus()
{
    auto *addMenu = new QMenu(this);
    const QList<std::pair<OperationForm::Kind, QString>> kinds{
        {OperationForm::Kind::Create, tr("&Create an object…")},
        {OperationForm::Kind::Update, tr("&Update an object…")},
        {OperationForm::Kind::Delete, tr("&Delete an object…")},
        {OperationForm::Kind::Query, tr("&Query a class…")},
        {OperationForm::Kind::FieldOperation, tr("&Field operation (Increment, Add, relations…)…")}};
    for (const auto &[kind, text] : kinds)
        connect(addMenu->addAction(text), &QAction::triggered, this,
                [this, kind = kind] { showAddForm(kind); });
    addMenu->addSeparator();
    connect(addMenu->addAction(tr("&Blank operation")), &QAction::triggered, this, [this] {
        const int row = m_model->rowCount();
        m_model->insertRows(row, 1);
        m_ui->operationsTableView->setCurrentIndex(m_model->index(row, BatchModel::Path));
        m_ui->operationsTableView->edit(m_model->index(row, BatchModel::Path));
    });
    m_ui->addToolButton->setMenu(addMenu);

    m_ui->openToolButton->setMenu(m_file->examplesMenu());

    auto *copyMenu = new QMenu(this);
    for (const CodeExport::Language language : CodeExport::languages()) {
        connect(copyMenu->addAction(CodeExport::languageName(language)), &QAction::triggered, this,
                [this, language] { copyAs(language); });
    }
    copyMenu->addSeparator();
    m_includeKeysAction = copyMenu->addAction(tr("Include the keys (instead of placeholders)"));
    m_includeKeysAction->setObjectName(QStringLiteral("includeKeysAction"));
    m_includeKeysAction->setCheckable(true);
    m_ui->copyAsToolButton->setMenu(copyMenu);
}

void BatchComposer::setConnection(ParseClient *client, ClassListModel *classes)
{
    // A send under way stops: its replies belong to the old client.
    m_model->session()->setClient(client);
    if (m_classes)
        disconnect(m_classes, nullptr, this, nullptr);
    m_client = client;
    m_classes = classes;
    m_ui->bodyPanelWidget->setConnection(client, classes);
    if (classes) {
        connect(classes, &QAbstractItemModel::modelReset, this, &BatchComposer::updatePathCompletions);
        connect(classes, &QAbstractItemModel::modelReset, &m_validateTimer, qOverload<>(&QTimer::start));
    }
    if (client) {
        m_ui->batchSizeSpinBox->setValue(client->profile().batchSize);
        connect(client, &ParseClient::writesLockedChanged, this, &BatchComposer::updateState,
                Qt::UniqueConnection);
    }
    updatePathCompletions();
    validate();
}

void BatchComposer::showAddForm(OperationForm::Kind kind)
{
    auto *form = new OperationForm(this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setClasses(m_classes);
    form->setClient(m_client);
    // Start from the class the current operation works on: forms usually follow each other.
    const QModelIndex current = m_ui->operationsTableView->currentIndex();
    if (current.isValid())
        form->setClassName(OperationBuilder::targetOf(m_model->operation(current.row()).path).className);
    form->setKind(kind);
    connect(form, &QDialog::accepted, this, [this, form] {
        QString error;
        if (const std::optional<BatchOperation> op = form->operation(&error)) {
            m_model->appendOperation(*op);
            m_ui->operationsTableView->setCurrentIndex(
                m_model->index(m_model->rowCount() - 1, BatchModel::Path));
        }
    });
    form->open();
}

QList<int> BatchComposer::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->operationsTableView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void BatchComposer::removeSelected()
{
    QList<int> rows = selectedRows();
    std::reverse(rows.begin(), rows.end());
    // Bottom up, so the rows above keep their numbers.
    for (const int row : std::as_const(rows))
        m_model->removeRows(row, 1);
}

void BatchComposer::moveCurrent(int delta)
{
    const QModelIndex current = m_ui->operationsTableView->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // moveRows() names the row before which the moved one lands.
    if (m_model->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target))
        m_ui->operationsTableView->setCurrentIndex(m_model->index(target, current.column()));
}

bool BatchComposer::loadFile(const QString &path, QString *error)
{
    return m_file->load(path, error);
}

bool BatchComposer::sendDocument(const BatchDocument &document, const QString &description)
{
    if (!m_client || m_model->isRunning() || !m_file->replaceAllowed())
        return false;
    // Not saved anywhere yet: replacing it asks first, and it can be saved as a batch document.
    m_model->setDocument(document);
    Q_EMIT statusMessage(tr("%1: sending %2 operations.").arg(description).arg(m_model->rowCount()));
    send(firstRows(m_model->rowCount()));
    return true;
}

void BatchComposer::copyAs(CodeExport::Language language)
{
    if (!m_client)
        return;
    const bool keys = m_includeKeysAction->isChecked();
    const CodeExport::Output out = CodeExport::render(language, m_model->document(), *m_client, keys);
    if (!out.ok()) {
        QMessageBox::information(this, tr("Copy as %1").arg(CodeExport::languageName(language)), out.error);
        return;
    }
    QGuiApplication::clipboard()->setText(out.code);
    // Names the placeholders the code holds, not ones it might have held.
    const QString name = CodeExport::languageName(language);
    Q_EMIT statusMessage(!out.placeholders.isEmpty()
                             ? tr("Copied as %1; put the real keys in place of %2 before running it.")
                                   .arg(name, QLocale().createSeparatedList(out.placeholders))
                         : keys ? tr("Copied as %1, with the keys.").arg(name)
                                : tr("Copied as %1; it holds no keys.").arg(name));
}

void BatchComposer::send(const QList<int> &rows)
{
    BatchSession *session = m_model->session();
    session->setBatchSize(m_ui->batchSizeSpinBox->value());
    if (!session->send(rows))
        return;
    m_progressDone = 0;
    m_progressTotal = session->summary().sending;
    updateProgress();
}

void BatchComposer::reportRun(bool cancelled)
{
    updateProgress();
    const BatchModel::Summary s = m_model->summary();
    // An unknown outcome is not a failure: the server may have applied it (Check on server tells).
    const QString unknown =
        s.unknown > 0
            ? QLatin1Char(' ') + tr("%n with an unknown outcome: use Check on server.", "", s.unknown)
            : QString();
    Q_EMIT statusMessage(
        (cancelled ? tr("Batch cancelled: %1 succeeded, %2 failed, %3 not sent.")
                         .arg(s.success)
                         .arg(s.error)
                         .arg(s.notSent)
                   : tr("Batch finished: %1 succeeded, %2 failed.").arg(s.success).arg(s.error + s.notSent)) +
        unknown);
}

QHash<QString, QJsonObject> BatchComposer::schemas() const
{
    QHash<QString, QJsonObject> all;
    if (m_classes && m_classes->state() == ClassListModel::State::Loaded) {
        for (const QString &name : m_classes->classNames())
            all.insert(name, m_classes->schema(name));
    }
    return all;
}

void BatchComposer::validate()
{
    m_validateTimer.stop();
    // Checking 10,000 paths takes a quarter of a second in a debug build: done on a copy, off the GUI thread.
    // Paths are checked against the connected server's mount: another one would fail whole batches.
    const BatchDocument document = m_model->document();
    const std::optional<QString> mount =
        m_client ? std::optional<QString>(m_client->profile().mountPath()) : std::nullopt;
    const QHash<QString, QJsonObject> known = schemas();
    const quint64 generation = ++m_validation;
    m_validated = false;
    using Findings = std::pair<QStringList, QStringList>;
    auto *watcher = new QFutureWatcher<Findings>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const Findings findings = watcher->result();
        watcher->deleteLater();
        if (generation != m_validation)
            return; // the document changed meanwhile: a newer check is on its way
        m_problems = findings.first;
        m_warnings = findings.second;
        m_validated = true;
        updateState();
    });
    watcher->setFuture(QtConcurrent::run([document, mount, known] {
        return Findings{document.validate(mount), BatchModel::schemaWarnings(document, known)};
    }));
    updateState();
}

void BatchComposer::updateState()
{
    const bool connected = m_client;
    const bool running = m_model->isRunning();
    const int rows = m_model->rowCount();
    m_ui->operationsStackedWidget->setCurrentWidget(rows > 0 ? m_ui->operationsTablePage
                                                             : m_ui->emptyStatePage);

    // A locked production connection sends reads only (ParseClient refuses the rest).
    bool locked = false;
    for (int row = 0; connected && m_client->writesLocked() && !locked && row < rows; ++row)
        locked = !isMethod(m_model->operation(row), QLatin1String("GET"));
    const bool sendable = connected && !running && rows > 0 && m_validated && m_problems.isEmpty() &&
                          m_ui->documentTab->error().isEmpty() && !locked;
    m_ui->sendPushButton->setEnabled(sendable);
    m_ui->sendSelectedPushButton->setEnabled(sendable && !selectedRows().isEmpty());
    m_ui->sendPushButton->setToolTip(
        locked ? tr("This production connection is read-only until writes are unlocked; only GET operations "
                    "can be sent.")
               : tr("Send the operations to the server (%1)")
                     .arg(QKeySequence(kSendShortcut).toString(QKeySequence::NativeText)));
    m_ui->sendProgressBar->setVisible(running);
    m_ui->cancelPushButton->setVisible(running);
    const QList<QWidget *> editors{
        m_ui->addToolButton,       m_ui->openToolButton,         m_ui->emptyAddPushButton,
        m_ui->emptyOpenPushButton, m_ui->emptyExamplePushButton, m_ui->bodyPanelWidget,
        m_ui->documentTab,         m_ui->transactionCheckBox};
    for (QWidget *editing : editors)
        editing->setEnabled(!running);
    const bool selection = m_ui->operationsTableView->selectionModel()->hasSelection();
    m_ui->removeToolButton->setEnabled(!running && selection);
    m_ui->moveUpToolButton->setEnabled(!running && selection);
    m_ui->moveDownToolButton->setEnabled(!running && selection);
    m_ui->copyAsToolButton->setEnabled(connected && rows > 0 && m_problems.isEmpty());
    m_ui->resultsWidget->updateState();
    m_ui->batchSizeSpinBox->setEnabled(!running && !m_model->transaction());

    QLabel *label = m_ui->validationLabel;
    if (running) {
        setToned(label, tr("Sending %1 of %2 operations…").arg(m_progressDone).arg(m_progressTotal),
                 Tone::None);
    } else if (!connected) {
        setToned(label, tr("Not connected: connect to a server to send."), Tone::Caution);
    } else if (rows == 0) {
        setToned(label, tr("Add an operation or open a batch file to send."), Tone::None);
    } else if (const QString error = m_ui->documentTab->error(); !error.isEmpty()) {
        setToned(label, tr("The JSON tab has an error: %1").arg(error), Tone::Bad);
    } else if (!m_problems.isEmpty()) {
        setToned(label, tr("Fix before sending: %1").arg(firstOf(m_problems)), Tone::Bad);
    } else if (!m_warnings.isEmpty()) {
        setToned(label, tr("Check: %1").arg(firstOf(m_warnings)), Tone::Caution);
    } else {
        const int size = m_model->transaction() ? rows : m_ui->batchSizeSpinBox->value();
        const int requests = (rows + size - 1) / size;
        setToned(label,
                 m_model->transaction()
                     ? tr("Ready to send: operations: %1, all or nothing in one request.").arg(rows)
                     : tr("Ready to send: operations: %1, requests: %2 (up to %3 operations each).")
                           .arg(rows)
                           .arg(requests)
                           .arg(size),
                 Tone::None);
    }
    if (!m_warnings.isEmpty() && !running)
        label->setToolTip(m_warnings.join(QLatin1Char('\n')));
    else if (!m_problems.isEmpty() && !running)
        label->setToolTip(m_problems.join(QLatin1Char('\n')));
}

void BatchComposer::updateProgress()
{
    m_progressTimer.stop();
    m_ui->sendProgressBar->setRange(0, qMax(1, m_progressTotal));
    m_ui->sendProgressBar->setValue(m_progressDone);
    updateState();
}

void BatchComposer::updatePathCompletions()
{
    QStringList paths;
    if (m_classes) {
        for (const QString &name : m_classes->classNames())
            paths << OperationBuilder::pathOf(name);
    }
    paths << QStringLiteral("/functions/") << QStringLiteral("/users") << QStringLiteral("/login");
    paths += m_model->resultObjectPaths(kMaxCompletedObjects);
    paths.removeDuplicates();
    m_delegate->setPathCompletions(paths);
}
