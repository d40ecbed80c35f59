#include "ui/QueryPanel.h"
#include "ui_QueryPanel.h"

#include "core/models/ClassListModel.h"
#include "core/models/QueryTreeModel.h"
#include "core/models/ResultsTableModel.h"
#include "core/models/SavedQueryModel.h"
#include "core/net/ParseClient.h"
#include "ui/QueryBuilder.h"
#include "ui/ToneKeeper.h"
#include "ui/ViewAsBar.h"
#include "ui/ViewAsCompareDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>

QueryPanel::QueryPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QueryPanel>())
    , m_results(new ResultsTableModel(this))
    , m_viewAs(new ViewAsBar(this))
{
    m_ui->setupUi(this);
    // The same View as… as the class browser's, for the query being built: its results as that principal.
    m_viewAs->setObjectName(QStringLiteral("queryViewAsBar"));
    m_ui->runHorizontalLayout->insertWidget(m_ui->runHorizontalLayout->indexOf(m_ui->runStatusLabel),
                                            m_viewAs);
    connect(m_viewAs, &ViewAsBar::viewChanged, this, &QueryPanel::followView);
    connect(m_viewAs, &ViewAsBar::compareRequested, this, &QueryPanel::compareViews);
    m_ui->resultsTableView->setModel(m_results);
    m_ui->resultsTableView->horizontalHeader()->setHighlightSections(false);
    m_ui->resultsTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->resultsTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QFont big = m_ui->countValueLabel->font();
    big.setPointSizeF(qMax(big.pointSizeF(), 9.0) * 3);
    big.setBold(true);
    m_ui->countValueLabel->setFont(big);
    m_ui->upperSplitter->setStretchFactor(0, 0);
    m_ui->upperSplitter->setStretchFactor(1, 1);
    m_ui->upperSplitter->setSizes({170, 1000});
    m_ui->panelSplitter->setStretchFactor(0, 3);
    m_ui->panelSplitter->setStretchFactor(1, 2);

    auto *runAction = new QAction(tr("Run the query"), this);
    runAction->setObjectName(QStringLiteral("runQueryAction"));
    // Not Ctrl+Return: the main window's Connect has it.
    runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(runAction);
    connect(runAction, &QAction::triggered, this, &QueryPanel::run);
    connect(m_ui->runPushButton, &QPushButton::clicked, this, &QueryPanel::run);
    connect(m_ui->saveQueryPushButton, &QPushButton::clicked, this, &QueryPanel::saveQuery);
    connect(m_ui->classComboBox, &QComboBox::currentIndexChanged, this, &QueryPanel::classChosen);
    // The combo box picks its first entry by itself when the class list reloads; only a user's pick counts.
    connect(m_ui->classComboBox, &QComboBox::activated, this, [this] {
        m_wantedClass = m_ui->classComboBox->currentData(ClassListModel::ClassNameRole).toString();
        m_used = true;
    });
    connect(m_ui->queryBuilder, &QueryBuilder::queryChanged, this, [this] {
        if (!m_settingClass)
            m_used = true;
        updateRunState();
    });
    connect(m_results, &ResultsTableModel::stateChanged, this, &QueryPanel::showResults);
    showResults();
    updateRunState();
}

QueryPanel::~QueryPanel() = default;

void QueryPanel::setSettings(QSettings *settings)
{
    m_saved = new SavedQueryModel(SavedQueryModel::Kind::Saved, settings, this);
    m_history = new SavedQueryModel(SavedQueryModel::Kind::History, settings, this);
    m_ui->savedListView->setModel(m_saved);
    m_ui->historyListView->setModel(m_history);
    const auto selected = [](QListView *view) { return view->selectionModel()->currentIndex(); };
    connect(m_ui->savedListView, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { loadSelected(m_saved, index); });
    connect(m_ui->historyListView, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { loadSelected(m_history, index); });
    connect(m_ui->loadSavedToolButton, &QToolButton::clicked, this,
            [this, selected] { loadSelected(m_saved, selected(m_ui->savedListView)); });
    connect(m_ui->loadHistoryToolButton, &QToolButton::clicked, this,
            [this, selected] { loadSelected(m_history, selected(m_ui->historyListView)); });
    connect(m_ui->renameSavedToolButton, &QToolButton::clicked, this, [this, selected] {
        if (selected(m_ui->savedListView).isValid())
            m_ui->savedListView->edit(selected(m_ui->savedListView));
    });
    connect(m_ui->deleteSavedToolButton, &QToolButton::clicked, this,
            [this, selected] { m_saved->remove(selected(m_ui->savedListView).row()); });
    connect(m_ui->deleteHistoryToolButton, &QToolButton::clicked, this,
            [this, selected] { m_history->remove(selected(m_ui->historyListView).row()); });
    connect(m_ui->clearHistoryToolButton, &QToolButton::clicked, m_history, &SavedQueryModel::clear);
}

QTableView *QueryPanel::resultsView() const
{
    return m_ui->resultsTableView;
}

void QueryPanel::setClassListModel(ClassListModel *classes)
{
    m_classes = classes;
    m_ui->classComboBox->setModel(classes);
    m_ui->classComboBox->setModelColumn(ClassListModel::Name);
    connect(classes, &QAbstractItemModel::modelReset, this, &QueryPanel::followClassList);
}

void QueryPanel::setConnection(ParseClient *client, const QString &profileId)
{
    m_client = client;
    m_ui->queryBuilder->setClient(client);
    m_viewAs->setConnection(client, nullptr);
    m_reader = client;
    m_results->setClient(client);
    if (m_saved) {
        m_saved->setProfile(profileId);
        m_history->setProfile(profileId);
    }
    updateRunState();
}

void QueryPanel::followView()
{
    ParseClient *reader = m_viewAs->client();
    if (reader == m_reader)
        return; // the same principal: a query under way is left alone
    m_reader = reader;
    const bool shown = m_results->state() != ResultsTableModel::State::Idle;
    m_results->setClient(reader);
    if (shown)
        run();
}

void QueryPanel::compareViews()
{
    const QString className = currentClass();
    if (!m_client || !m_classes || className.isEmpty())
        return;
    auto *dialog =
        new ViewAsCompareDialog(m_client, m_viewAs->client(), m_viewAs->viewer(), className,
                                m_classes->schema(className), m_ui->queryBuilder->options().where, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QueryBuilder *QueryPanel::builder() const
{
    return m_ui->queryBuilder;
}

QString QueryPanel::currentClass() const
{
    return m_ui->queryBuilder->className();
}

void QueryPanel::selectClass(const QString &className)
{
    m_wantedClass = className;
    followClassList();
}

void QueryPanel::followClass(const QString &className)
{
    if (!m_used && !className.isEmpty())
        selectClass(className);
}

void QueryPanel::followClassList()
{
    if (!m_classes)
        return;
    const QStringList names = m_classes->classNames();
    int row = int(names.indexOf(m_wantedClass));
    if (row < 0) {
        // Parse's own classes (_User, _Role, ...) sort first; the user's own are more likely wanted.
        const auto own = std::find_if(names.cbegin(), names.cend(),
                                      [](const QString &name) { return !name.startsWith(QLatin1Char('_')); });
        row = own == names.cend() ? (names.isEmpty() ? -1 : 0) : int(own - names.cbegin());
    }
    m_ui->classComboBox->setCurrentIndex(row);
    classChosen();
}

void QueryPanel::classChosen()
{
    const QString name = m_ui->classComboBox->currentIndex() >= 0
                             ? m_ui->classComboBox->currentData(ClassListModel::ClassNameRole).toString()
                             : QString();
    // A reload may bring a changed schema for the same class; only another class clears the results.
    const bool otherClass = name != currentClass();
    m_settingClass = true;
    m_ui->queryBuilder->setClass(name,
                                 m_classes && !name.isEmpty() ? m_classes->schema(name) : QJsonObject());
    m_settingClass = false;
    if (otherClass)
        m_results->clear();
}

void QueryPanel::updateRunState()
{
    const QString reason = m_client ? m_ui->queryBuilder->blockingReason() : tr("Not connected.");
    m_ui->runPushButton->setEnabled(reason.isEmpty());
    m_ui->runPushButton->setToolTip(reason.isEmpty() ? tr("Run the query (Ctrl+R)")
                                                     : tr("Can't run: %1").arg(reason));
    m_ui->saveQueryPushButton->setEnabled(m_client && m_saved && !currentClass().isEmpty());
    const bool error = m_client && !currentClass().isEmpty() && !reason.isEmpty();
    m_ui->runStatusLabel->setText(error ? tr("Can't run: %1").arg(reason) : QString());
    ToneKeeper::apply(m_ui->runStatusLabel, error ? Tone::Bad : Tone::None);
}

void QueryPanel::run()
{
    if (!m_client || !m_ui->queryBuilder->blockingReason().isEmpty())
        return;
    m_used = true;
    SavedQuery query;
    query.className = currentClass();
    query.options = m_ui->queryBuilder->options();
    query.at = QDateTime::currentDateTimeUtc();
    if (m_history)
        m_history->add(query);
    m_countOnly = query.options.count && query.options.limit == 0;
    m_results->run(query.className, query.options, m_ui->queryBuilder->model()->schemaFields());
}

void QueryPanel::showResults()
{
    QLabel *summary = m_ui->resultsSummaryLabel;
    ToneKeeper::apply(summary, Tone::None);
    m_ui->resultsStackedWidget->setCurrentWidget(m_ui->resultsTablePage);
    switch (m_results->state()) {
    case ResultsTableModel::State::Idle:
        summary->setText(tr("Run the query (Ctrl+R) to see the objects it finds."));
        break;
    case ResultsTableModel::State::Running:
        summary->setText(tr("Running…"));
        break;
    case ResultsTableModel::State::Failed:
        summary->setText(tr("The query failed: %1").arg(m_results->errorText()));
        ToneKeeper::apply(summary, Tone::Bad);
        break;
    case ResultsTableModel::State::Done: {
        const int rows = m_results->rowCount();
        const qint64 ms = m_results->elapsedMs();
        if (m_countOnly) {
            m_ui->resultsStackedWidget->setCurrentWidget(m_ui->countPage);
            m_ui->countValueLabel->setText(QLocale().toString(m_results->count().value_or(0)));
            summary->setText(tr("Matching: %L1 · %2 ms").arg(m_results->count().value_or(0)).arg(ms));
        } else if (m_results->count()) {
            summary->setText(
                tr("Rows shown: %L1 of %L2 matching · %3 ms").arg(rows).arg(*m_results->count()).arg(ms));
        } else {
            summary->setText(tr("Rows shown: %L1 · %2 ms").arg(rows).arg(ms));
        }
        m_ui->resultsTableView->resizeColumnsToContents();
        break;
    }
    }
}

void QueryPanel::saveQuery()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save query"), tr("Name for this query on %1:").arg(currentClass()),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_saved->rowOf(name) >= 0 &&
        QMessageBox::question(this, tr("Save query"), tr("Replace the saved query \"%1\"?").arg(name)) !=
            QMessageBox::Yes)
        return;
    SavedQuery query;
    query.name = name;
    query.className = currentClass();
    query.options = m_ui->queryBuilder->options();
    query.at = QDateTime::currentDateTimeUtc();
    m_ui->savedListView->setCurrentIndex(m_saved->index(m_saved->add(query)));
    m_ui->libraryTabWidget->setCurrentWidget(m_ui->savedTab);
}

void QueryPanel::loadSelected(SavedQueryModel *model, const QModelIndex &index)
{
    if (index.isValid())
        load(model->query(index.row()));
}

void QueryPanel::load(const SavedQuery &query)
{
    if (m_classes && !m_classes->classNames().contains(query.className)) {
        QMessageBox::information(this, tr("Load query"),
                                 tr("This connection has no class %1 (any more).").arg(query.className));
        return;
    }
    selectClass(query.className);
    m_ui->queryBuilder->setOptions(query.options);
}
