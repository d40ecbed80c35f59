#include "ui/ObjectBrowser.h"
#include "ui_ObjectBrowser.h"

#include "core/data/JsonText.h"
#include "core/models/ClassListModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/FrozenColumns.h"
#include "ui/ObjectCellEditor.h"
#include "ui/ObjectColumnState.h"
#include "ui/ObjectContextMenu.h"
#include "ui/ObjectFileTransfer.h"
#include "ui/ObjectRowActions.h"
#include "ui/QueryBuilderDialog.h"
#include "ui/RowScriptDialog.h"
#include "ui/delegates/ObjectValueDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

ObjectBrowser::ObjectBrowser(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ObjectBrowser>())
    , m_model(new ObjectTableModel(this))
    , m_delegate(new ObjectValueDelegate(this))
{
    m_ui->setupUi(this);
    m_ui->refreshToolButton->setIcon(QIcon(QStringLiteral(":/icons/reload.svg")));
    m_ui->whereErrorLabel->hide();
    QTableView *view = m_ui->objectsTableView;
    view->setModel(m_model);
    view->setItemDelegate(m_delegate);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Long counts and outcomes (a failed save's) wrap instead of widening the window past the screen.
    m_ui->countLabel->setWordWrap(true);
    m_ui->outcomeLabel->setWordWrap(true);
    // Tab leaves the table: cell to cell is the arrow keys' job.
    view->setTabKeyNavigation(false);
    followInTabOrder(nullptr);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setDefaultSectionSize(140);
    // The parts take their dialogs and menus to this widget; the place and the schema stay here.
    m_cells = new ObjectCellEditor(m_model, this);
    m_contextMenu = new ObjectContextMenu(view, m_cells, this);
    m_frozenDelegate = new ObjectValueDelegate(this);
    m_frozen = new FrozenColumns(view, m_frozenDelegate);
    m_columns = new ObjectColumnState(view, m_frozen, m_model, this);
    m_rows = new ObjectRowActions(view, m_model, this);
    m_files = new ObjectFileTransfer(m_model, this);

    connect(header, &QHeaderView::sectionClicked, this, &ObjectBrowser::sortByColumn);
    connect(m_ui->columnsToolButton, &QToolButton::clicked, m_columns, &ObjectColumnState::showMenu);
    auto *exportMenu = new QMenu(this);
    QAction *exportJson = exportMenu->addAction(tr("All matching objects as &JSON…"));
    exportJson->setObjectName(QStringLiteral("exportJsonAction"));
    QAction *exportCsv = exportMenu->addAction(tr("All matching objects as &CSV…"));
    exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    m_ui->exportToolButton->setMenu(exportMenu);
    connect(exportJson, &QAction::triggered, this,
            [this] { m_files->askExport(ObjectExporter::Format::Json, m_schema); });
    connect(exportCsv, &QAction::triggered, this,
            [this] { m_files->askExport(ObjectExporter::Format::Csv, m_schema); });
    connect(m_ui->importToolButton, &QToolButton::clicked, m_files, &ObjectFileTransfer::importObjects);
    connect(m_files, &ObjectFileTransfer::importRequested, this, &ObjectBrowser::importRequested);
    connect(m_files, &ObjectFileTransfer::outcome, this, &ObjectBrowser::showOutcome);
    connect(m_model, &ObjectTableModel::stateChanged, this, &ObjectBrowser::updateState);
    connect(m_model, &ObjectTableModel::saved, this, &ObjectBrowser::onSaved);
    connect(m_ui->whereLineEdit, &QLineEdit::returnPressed, this, &ObjectBrowser::applyFilter);
    // A filter being typed will be applied: the connection gets ready meanwhile.
    connect(m_ui->whereLineEdit, &QLineEdit::textEdited, this, [this] {
        if (m_client)
            m_client->warmUp();
    });
    connect(m_ui->applyFilterPushButton, &QPushButton::clicked, this, &ObjectBrowser::applyFilter);
    connect(m_ui->whereBuilderPushButton, &QPushButton::clicked, this, &ObjectBrowser::buildFilter);
    connect(m_ui->refreshToolButton, &QToolButton::clicked, this, &ObjectBrowser::refresh);
    connect(m_ui->backToolButton, &QToolButton::clicked, this, &ObjectBrowser::navigateBack);
    connect(m_ui->forwardToolButton, &QToolButton::clicked, this, &ObjectBrowser::navigateForward);
    connect(m_ui->savePushButton, &QPushButton::clicked, m_model, &ObjectTableModel::save);
    connect(m_ui->discardPushButton, &QPushButton::clicked, this, [this] {
        m_model->discard();
        m_ui->outcomeLabel->clear();
    });
    // Shown while an edit is contested (a conflict, or changed on the server meanwhile), on a row of its own
    // above the buttons: which value wins for the selected cells.
    m_conflictBar = new QWidget(this);
    m_conflictBar->setObjectName(QStringLiteral("conflictWidget"));
    m_conflictLabel = new QLabel(m_conflictBar);
    m_conflictLabel->setObjectName(QStringLiteral("conflictLabel"));
    m_conflictLabel->setWordWrap(true);
    // Wrapped rather than widening the window (a wrapped label asks for a wide minimum of its own).
    m_conflictLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_keepMine = new QPushButton(tr("Keep mine"), m_conflictBar);
    m_keepMine->setObjectName(QStringLiteral("keepMinePushButton"));
    m_keepMine->setToolTip(tr("Write the selected conflicting edits anyway, over the server's newer values"));
    m_takeTheirs = new QPushButton(tr("Take theirs"), m_conflictBar);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsPushButton"));
    m_takeTheirs->setToolTip(tr("Drop the selected conflicting edits and show the server's values"));
    auto *conflictLayout = new QHBoxLayout(m_conflictBar);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(m_conflictLabel, 1);
    conflictLayout->addWidget(m_keepMine);
    conflictLayout->addWidget(m_takeTheirs);
    m_ui->objectBrowserVerticalLayout->insertWidget(
        m_ui->objectBrowserVerticalLayout->indexOf(m_ui->footerHorizontalLayout), m_conflictBar);
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { m_model->keepMine(m_ui->objectsTableView->selectionModel()->selectedIndexes()); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { m_model->takeTheirs(m_ui->objectsTableView->selectionModel()->selectedIndexes()); });
    connect(m_contextMenu, &ObjectContextMenu::keepMineRequested, m_model, &ObjectTableModel::keepMine);
    connect(m_contextMenu, &ObjectContextMenu::takeTheirsRequested, m_model, &ObjectTableModel::takeTheirs);
    connect(m_ui->utcCheckBox, &QCheckBox::toggled, this, [this](bool utc) {
        m_delegate->setUtc(utc);
        m_frozenDelegate->setUtc(utc);
        m_ui->objectsTableView->viewport()->update();
        m_frozen->viewport()->update();
    });
    connect(m_rows, &ObjectRowActions::outcome, this, &ObjectBrowser::showOutcome);
    connect(m_ui->addRowPushButton, &QPushButton::clicked, this, [this] { m_rows->addRow(m_schema); });
    connect(m_ui->duplicateRowPushButton, &QPushButton::clicked, this,
            [this] { m_rows->duplicateRows(m_schema); });
    connect(m_ui->bulkEditPushButton, &QPushButton::clicked, this, [this] { m_rows->bulkEdit(m_schema); });
    connect(m_contextMenu, &ObjectContextMenu::bulkEditRequested, this,
            [this] { m_rows->bulkEdit(m_schema); });
    connect(m_contextMenu, &ObjectContextMenu::duplicateRequested, this,
            [this] { m_rows->duplicateRows(m_schema); });
    connect(m_contextMenu, &ObjectContextMenu::rowScriptRequested, this, &ObjectBrowser::openRowScript);
    connect(m_ui->deleteRowsPushButton, &QPushButton::clicked, m_rows, &ObjectRowActions::deleteRows);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ObjectBrowser::updateState);
    connect(view, &QWidget::customContextMenuRequested, m_contextMenu, &ObjectContextMenu::show);
    connect(m_frozen, &FrozenColumns::contextMenuRequested, m_contextMenu, &ObjectContextMenu::showFor);
    connect(view, &QAbstractItemView::doubleClicked, m_cells, &ObjectCellEditor::openCell);
    connect(m_cells, &ObjectCellEditor::openRequested, this,
            [this](const QString &className, const QJsonObject &where) {
                go({className, where});
            });
    connect(m_cells, &ObjectCellEditor::statusMessage, this, &ObjectBrowser::statusMessage);

    // F5 belongs to the main window (it reloads the class list, and with it this table); `r` is Parse
    // Dashboard's key and only means refresh while the table has the focus.
    const auto shortcut = [this](const QKeySequence &keys, QWidget *scope, Qt::ShortcutContext context,
                                 auto slot) {
        auto *s = new QShortcut(keys, scope);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_R), view, Qt::WidgetShortcut, &ObjectBrowser::refresh);
    shortcut(QKeySequence::Copy, view, Qt::WidgetShortcut, [this] { m_contextMenu->copySelection(); });
    shortcut(QKeySequence::Save, this, Qt::WidgetWithChildrenShortcut, [this] { m_model->save(); });
    shortcut(QKeySequence::Back, this, Qt::WidgetWithChildrenShortcut, &ObjectBrowser::navigateBack);
    shortcut(QKeySequence::Forward, this, Qt::WidgetWithChildrenShortcut, &ObjectBrowser::navigateForward);
    shortcut(QKeySequence::Find, this, Qt::WidgetWithChildrenShortcut, [this] {
        m_ui->whereLineEdit->setFocus();
        m_ui->whereLineEdit->selectAll();
    });
    updateState();
}

ObjectBrowser::~ObjectBrowser() = default;

QTableView *ObjectBrowser::objectsView() const
{
    return m_ui->objectsTableView;
}

QList<int> ObjectBrowser::selectedRows() const
{
    return m_rows->selectedRows();
}

void ObjectBrowser::setClassListModel(ClassListModel *classes)
{
    m_classes = classes;
    m_files->setClassListModel(classes);
    m_columns->setClassListModel(classes);
}

void ObjectBrowser::setConnection(ParseClient *client, RequestQueue *queue)
{
    m_client = client;
    m_model->setClient(client, queue);
    // Each profile has its own column layouts.
    m_columns->setProfile(client ? client->profile().id : QString());
    m_files->setClient(client);
    m_rows->setProduction(client && client->profile().production);
    m_rows->setClient(client);
    if (client)
        connect(client, &ParseClient::writesLockedChanged, this, &ObjectBrowser::updateState,
                Qt::UniqueConnection);
    m_back.clear();
    m_forward.clear();
    if (!client)
        m_model->setClass({}, {});
    updateState();
}

void ObjectBrowser::setSettings(QSettings *settings)
{
    m_settings = settings;
    m_columns->setSettings(settings);
}

void ObjectBrowser::openRowScript()
{
    auto *dialog = new RowScriptDialog(m_client, m_model, m_schema, selectedRows(), m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ObjectBrowser::followInTabOrder(QWidget *previous)
{
    // The filter, the table, the row buttons, then the navigation and tool buttons.
    for (QWidget *next : std::initializer_list<QWidget *>{
             m_ui->whereLineEdit, m_ui->whereBuilderPushButton, m_ui->applyFilterPushButton,
             m_ui->objectsTableView, m_ui->addRowPushButton, m_ui->duplicateRowPushButton,
             m_ui->deleteRowsPushButton, m_ui->discardPushButton, m_ui->savePushButton, m_ui->backToolButton,
             m_ui->forwardToolButton, m_ui->columnsToolButton, m_ui->exportToolButton, m_ui->importToolButton,
             m_ui->utcCheckBox, m_ui->refreshToolButton}) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
}

QString ObjectBrowser::currentClass() const
{
    return m_model->className();
}

void ObjectBrowser::showClass(const QString &className)
{
    if (className != currentClass())
        go({className, {}});
}

void ObjectBrowser::go(const Place &place)
{
    if (!currentClass().isEmpty())
        m_back.append({currentClass(), m_model->where()});
    m_forward.clear();
    apply(place);
}

void ObjectBrowser::apply(const Place &place)
{
    const QJsonObject schema = m_classes ? m_classes->schema(place.className) : QJsonObject();
    // Another filter on the same class keeps the column sort the user chose.
    if (place.className == currentClass() && schema == m_schema) {
        m_model->setWhere(place.where);
    } else {
        m_schema = schema;
        m_model->setClass(place.className, m_schema, place.where);
        m_ui->objectsTableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_ui->whereLineEdit->setText(place.where.isEmpty() ? QString() : JsonText::compact(place.where));
    showFilterError({});
    m_ui->outcomeLabel->clear();
    updateState();
    Q_EMIT classShown(place.className);
}

void ObjectBrowser::refresh()
{
    if (currentClass().isEmpty())
        return;
    // A changed schema (a field added or deleted) changes the columns; the filter stays.
    const QJsonObject schema = m_classes ? m_classes->schema(currentClass()) : QJsonObject();
    if (schema == m_schema) {
        m_model->reload();
        return;
    }
    m_schema = schema;
    m_model->setClass(currentClass(), m_schema, m_model->where());
    m_ui->objectsTableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

void ObjectBrowser::navigateBack()
{
    if (m_back.isEmpty())
        return;
    m_forward.append({currentClass(), m_model->where()});
    apply(m_back.takeLast());
}

void ObjectBrowser::navigateForward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append({currentClass(), m_model->where()});
    apply(m_forward.takeLast());
}

void ObjectBrowser::applyFilter()
{
    const QString text = m_ui->whereLineEdit->text().trimmed();
    QJsonObject where;
    if (!text.isEmpty()) {
        const JsonText::Parsed parsed = JsonText::parse(text.toUtf8());
        if (!parsed.ok() || !parsed.document.isObject()) {
            showFilterError(parsed.ok() ? tr("A where is a JSON object, {…} — filter not applied.")
                                        : tr("Invalid JSON at %1 — filter not applied.").arg(parsed.error));
            return;
        }
        where = parsed.document.object();
    }
    showFilterError({});
    if (where == m_model->where())
        return;
    // A new filter is a place of its own, so Back returns to the unfiltered table.
    go({currentClass(), where});
}

void ObjectBrowser::showFilterError(const QString &error)
{
    // The rows below belong to the filter applied before; greyed, they don't pass for the typed one.
    const QString shown = m_model->where().isEmpty() ? tr("The rows below are unfiltered.")
                                                     : tr("The rows below match the previous filter.");
    m_ui->whereErrorLabel->setText(error.isEmpty() ? QString() : error + QLatin1Char(' ') + shown);
    m_ui->whereErrorLabel->setVisible(!error.isEmpty());
    m_ui->whereLineEdit->setStyleSheet(
        error.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fdd8d8; }"));
    m_ui->objectsTableView->setEnabled(error.isEmpty());
}

void ObjectBrowser::buildFilter()
{
    auto *dialog = new QueryBuilderDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClient(m_client);
    dialog->setClass(currentClass(), m_schema);
    dialog->setWhereText(m_ui->whereLineEdit->text());
    // Through the line and applyFilter, so the built where is shown, checked and kept in the history
    // exactly as a typed one.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_ui->whereLineEdit->setText(dialog->whereText());
        applyFilter();
    });
    dialog->open();
}

void ObjectBrowser::sortByColumn(int column)
{
    const QString field = m_model->fields().value(column);
    // A second click turns the order round; the first shows the largest number or the latest date first.
    const QString type = m_model->fieldType(field);
    const bool descending = field == m_model->sortField()
                                ? !m_model->sortDescending()
                                : type == QLatin1String("Number") || type == QLatin1String("Date");
    QHeaderView *header = m_ui->objectsTableView->horizontalHeader();
    if (!m_model->sortBy(field, descending)) {
        Q_EMIT statusMessage(tr("%1 can't be sorted by: the server orders only by String, Number, Boolean "
                                "and Date fields (this one is %2)")
                                 .arg(field, m_model->fieldType(field)));
        const int current = int(m_model->fields().indexOf(m_model->sortField()));
        header->setSortIndicator(current,
                                 m_model->sortDescending() ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    header->setSortIndicator(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void ObjectBrowser::updateState()
{
    const bool haveClass = !currentClass().isEmpty();
    const int pending = m_model->pendingCount();
    m_ui->discardPushButton->setEnabled(pending > 0);
    m_ui->savePushButton->setText(pending > 0 ? tr("&Save (%1)").arg(pending) : tr("&Save"));
    m_ui->backToolButton->setEnabled(!m_back.isEmpty());
    m_ui->forwardToolButton->setEnabled(!m_forward.isEmpty());
    // A locked production connection refuses writes (ParseClient); its write actions are disabled too.
    const bool writable = m_client && !m_client->writesLocked();
    const QList<int> rows = m_rows->selectedRows();
    m_ui->duplicateRowPushButton->setEnabled(writable && !rows.isEmpty());
    m_ui->duplicateRowPushButton->setText(rows.size() > 1 ? tr("Duplicate %1").arg(rows.size())
                                                          : tr("Duplicate"));
    m_ui->bulkEditPushButton->setEnabled(writable && haveClass);
    m_contextMenu->setWritable(writable);
    m_ui->deleteRowsPushButton->setEnabled(writable && !rows.isEmpty());
    m_ui->savePushButton->setEnabled(writable && pending > 0);
    const bool contested = m_model->contestedCount() > 0;
    const QModelIndexList selected =
        contested ? m_ui->objectsTableView->selectionModel()->selectedIndexes() : QModelIndexList();
    const bool contestedSelected =
        std::any_of(selected.begin(), selected.end(),
                    [this](const QModelIndex &cell) { return m_model->isContested(cell); });
    m_conflictBar->setVisible(contested);
    m_conflictLabel->setText(tr("%n edit(s) met a newer value on the server (hover a red cell for the three "
                                "values). For the selected cells:",
                                nullptr, m_model->contestedCount()));
    m_keepMine->setEnabled(writable && contestedSelected);
    m_takeTheirs->setEnabled(contestedSelected);
    m_ui->addRowPushButton->setEnabled(writable && haveClass);
    m_ui->objectsTableView->setEditTriggers(writable ? QAbstractItemView::DoubleClicked |
                                                           QAbstractItemView::EditKeyPressed
                                                     : QAbstractItemView::NoEditTriggers);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->whereLineEdit, m_ui->whereBuilderPushButton,
                                                       m_ui->applyFilterPushButton, m_ui->refreshToolButton,
                                                       m_ui->columnsToolButton, m_ui->exportToolButton})
        w->setEnabled(haveClass);
    m_ui->importToolButton->setEnabled(writable);

    QString count;
    if (!m_model->errorText().isEmpty())
        count = tr("Failed: %1").arg(m_model->errorText());
    else if (!haveClass)
        count = tr("No class selected");
    else if (const auto n = m_model->count())
        count = tr("%1 of %Ln object(s)", nullptr, int(*n)).arg(m_model->rowCount());
    else
        count = tr("%1 loaded, counting…").arg(m_model->rowCount());
    if (const QDateTime cachedAt = m_model->cachedAt(); cachedAt.isValid())
        count += tr(" — cached from %1, checking").arg(cachedAt.toString(QStringLiteral("HH:mm:ss")));
    else if (m_model->isLoading())
        count += tr(" — loading");
    m_ui->countLabel->setText(count);
}

void ObjectBrowser::startExport(ObjectExporter::Format format, const QString &path)
{
    m_files->startExport(format, path, m_schema);
}

void ObjectBrowser::showOutcome(const QString &text, bool good)
{
    m_ui->outcomeLabel->setText(text);
    m_ui->outcomeLabel->setStyleSheet(good ? QStringLiteral("QLabel { color: #1b5e20; }")
                                           : QStringLiteral("QLabel { color: #b71c1c; }"));
    Q_EMIT statusMessage(text);
}

void ObjectBrowser::onSaved(int succeeded, int failed, int conflicts)
{
    QStringList text;
    // Only conflicts: no "0 updated" before them.
    if (succeeded > 0 || failed > 0 || conflicts == 0)
        text << (failed == 0
                     ? tr("Saved: %n object(s) updated.", nullptr, succeeded)
                     : tr("%1 saved, %2 failed; the failed changes stay pending (red), hover for the "
                          "reason.")
                           .arg(tr("%n object(s)", nullptr, succeeded), tr("%n object(s)", nullptr, failed)));
    if (conflicts > 0)
        text << tr("%n conflict(s) not sent: changed on the server since loaded.", nullptr, conflicts);
    showOutcome(text.join(QLatin1Char(' ')), failed == 0 && conflicts == 0);
}
