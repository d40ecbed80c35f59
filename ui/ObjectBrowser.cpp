#include "ui/ObjectBrowser.h"
#include "ui_ObjectBrowser.h"

#include "core/data/Csv.h"
#include "core/data/JsonText.h"
#include "core/data/ParseValue.h"
#include "core/models/ClassListModel.h"
#include "core/models/FieldFormModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/ImportDialog.h"
#include "ui/QueryBuilderDialog.h"
#include "ui/delegates/FieldValueDelegate.h"
#include "ui/delegates/ObjectValueDelegate.h"
#include "ui/widgets/JsonEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace {
const QString kObjectId = QStringLiteral("objectId");

QString columnsKey(const QString &className)
{
    return QStringLiteral("objectColumns/") + className;
}

QJsonObject pointerTo(const QString &className, const QString &objectId)
{
    return ParseValue::pointer(className, objectId).toJson().toObject();
}
} // namespace

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
    header->setSectionsMovable(false);
    header->setDefaultSectionSize(140);
    header->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(header, &QHeaderView::sectionClicked, this, &ObjectBrowser::sortByColumn);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ObjectBrowser::showColumnsMenu);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_restoringColumns)
            saveColumns();
    });
    connect(m_ui->columnsToolButton, &QToolButton::clicked, this, &ObjectBrowser::showColumnsMenu);
    auto *exportMenu = new QMenu(this);
    QAction *exportJson = exportMenu->addAction(tr("All matching objects as &JSON…"));
    exportJson->setObjectName(QStringLiteral("exportJsonAction"));
    QAction *exportCsv = exportMenu->addAction(tr("All matching objects as &CSV…"));
    exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    m_ui->exportToolButton->setMenu(exportMenu);
    connect(exportJson, &QAction::triggered, this, [this] { askExport(ObjectExporter::Format::Json); });
    connect(exportCsv, &QAction::triggered, this, [this] { askExport(ObjectExporter::Format::Csv); });
    connect(m_ui->importToolButton, &QToolButton::clicked, this, &ObjectBrowser::importObjects);
    connect(m_model, &ObjectTableModel::stateChanged, this, &ObjectBrowser::updateState);
    connect(m_model, &ObjectTableModel::saved, this, &ObjectBrowser::onSaved);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ObjectBrowser::restoreColumns);
    connect(m_ui->whereLineEdit, &QLineEdit::returnPressed, this, &ObjectBrowser::applyFilter);
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
    connect(m_ui->utcCheckBox, &QCheckBox::toggled, this, [this](bool utc) {
        m_delegate->setUtc(utc);
        m_ui->objectsTableView->viewport()->update();
    });
    connect(m_model, &ObjectTableModel::written, this, &ObjectBrowser::onWritten);
    connect(m_ui->addRowPushButton, &QPushButton::clicked, this, &ObjectBrowser::addRow);
    connect(m_ui->duplicateRowPushButton, &QPushButton::clicked, this, &ObjectBrowser::duplicateRow);
    connect(m_ui->deleteRowsPushButton, &QPushButton::clicked, this, &ObjectBrowser::deleteRows);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ObjectBrowser::updateState);
    connect(view, &QWidget::customContextMenuRequested, this, &ObjectBrowser::showContextMenu);
    connect(view, &QAbstractItemView::doubleClicked, this, &ObjectBrowser::openCell);

    // F5 belongs to the main window (it reloads the class list, and with it this table); `r` is Parse
    // Dashboard's key and only means refresh while the table has the focus.
    const auto shortcut = [this](const QKeySequence &keys, QWidget *scope, Qt::ShortcutContext context,
                                 auto slot) {
        auto *s = new QShortcut(keys, scope);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_R), view, Qt::WidgetShortcut, &ObjectBrowser::refresh);
    shortcut(QKeySequence::Copy, view, Qt::WidgetShortcut, &ObjectBrowser::copySelection);
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

void ObjectBrowser::setClassListModel(ClassListModel *classes)
{
    m_classes = classes;
}

void ObjectBrowser::setConnection(ParseClient *client, RequestQueue *queue)
{
    m_client = client;
    m_model->setClient(client, queue);
    m_production = client && client->profile().production;
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
    const bool haveRows = !selectedRows().isEmpty();
    m_ui->duplicateRowPushButton->setEnabled(writable && selectedRows().size() == 1);
    m_ui->deleteRowsPushButton->setEnabled(writable && haveRows);
    m_ui->savePushButton->setEnabled(writable && pending > 0);
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
    if (m_model->isLoading())
        count += tr(" — loading");
    m_ui->countLabel->setText(count);
}

void ObjectBrowser::showOutcome(const QString &text, bool good)
{
    m_ui->outcomeLabel->setText(text);
    m_ui->outcomeLabel->setStyleSheet(good ? QStringLiteral("QLabel { color: #1b5e20; }")
                                           : QStringLiteral("QLabel { color: #b71c1c; }"));
    Q_EMIT statusMessage(text);
}

void ObjectBrowser::onSaved(int succeeded, int failed)
{
    const QString text =
        failed == 0 ? tr("Saved: %n object(s) updated.", nullptr, succeeded)
                    : tr("%1 saved, %2 failed; the failed changes stay pending (red), hover for the reason.")
                          .arg(tr("%n object(s)", nullptr, succeeded), tr("%n object(s)", nullptr, failed));
    showOutcome(text, failed == 0);
}

void ObjectBrowser::openCell(const QModelIndex &index)
{
    const QString type = index.data(ObjectTableModel::TypeRole).toString();
    const QString field = index.data(ObjectTableModel::FieldRole).toString();
    const QJsonObject row = index.data(ObjectTableModel::ObjectRole).toJsonObject();
    const ParseValue value = ParseValue::fromJson(row.value(field), type);
    const QList<std::pair<QString, QStringList>> pointed = value.pointerGroups();
    if (value.type() == ParseValue::Type::Pointer) {
        go({value.className(), {{kObjectId, value.objectId()}}});
    } else if (pointed.size() == 1) {
        openPointed(pointed.first());
    } else if (!pointed.isEmpty()) {
        // Pointers to several classes: the user picks which ones to open.
        QMenu menu(this);
        for (const auto &group : pointed)
            connect(menu.addAction(pointedText(group)), &QAction::triggered, this,
                    [this, group] { openPointed(group); });
        menu.exec(QCursor::pos());
    } else if (type == QLatin1String("Relation")) {
        const QString target = m_model->targetClass(field);
        const QJsonObject relatedTo{
            {QStringLiteral("object"), pointerTo(currentClass(), row.value(kObjectId).toString())},
            {QStringLiteral("key"), field}};
        go({target, {{QStringLiteral("$relatedTo"), relatedTo}}});
    } else if (value.type() == ParseValue::Type::File) {
        QDesktopServices::openUrl(QUrl(value.url()));
    } else if (QStringList{QStringLiteral("Array"), QStringLiteral("Object"), QStringLiteral("ACL"),
                           QStringLiteral("Polygon")}
                   .contains(type)) {
        editAsJson(index);
    }
}

QString ObjectBrowser::pointedText(const std::pair<QString, QStringList> &group)
{
    return tr("Open the %1 %2 objects it points to").arg(group.second.size()).arg(group.first);
}

void ObjectBrowser::openPointed(const std::pair<QString, QStringList> &group)
{
    go({group.first,
        {{kObjectId, QJsonObject{{QStringLiteral("$in"), QJsonArray::fromStringList(group.second)}}}}});
}

void ObjectBrowser::loadBytes(const QModelIndex &index)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load bytes from a file"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT statusMessage(
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_model->setData(index, JsonText::compact(ParseValue::fromBytes(file.readAll()).toJson()),
                     ObjectTableModel::JsonRole);
}

void ObjectBrowser::saveBytes(const ParseValue &value)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the bytes to a file"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(value.bytes()) != value.bytes().size() ||
        !file.commit())
        Q_EMIT statusMessage(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void ObjectBrowser::askExport(ObjectExporter::Format format)
{
    const bool csv = format == ObjectExporter::Format::Csv;
    const QString suggested =
        QDir(m_lastDir).filePath(currentClass() + (csv ? QStringLiteral(".csv") : QStringLiteral(".json")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(currentClass()), suggested,
                                                      csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    m_lastDir = QFileInfo(path).absolutePath();
    startExport(format, path);
}

void ObjectBrowser::startExport(ObjectExporter::Format format, const QString &path)
{
    if (!m_client || currentClass().isEmpty() || (m_exporter && m_exporter->isRunning()))
        return;
    m_exporter = new ObjectExporter(m_client, this);
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(currentClass()), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    ObjectExporter *exporter = m_exporter;
    connect(progress, &QProgressDialog::canceled, exporter, &ObjectExporter::cancel);
    connect(exporter, &ObjectExporter::progress, progress, [progress](qint64 written, qint64 total) {
        // QProgressDialog counts in int; the ratio is what shows.
        const int scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
        progress->setMaximum(total < 0 ? 0 : int(total / scale));
        progress->setValue(int(written / scale));
        progress->setLabelText(total < 0 ? tr("%1 objects written…").arg(written)
                                         : tr("%1 of %2 objects written…").arg(written).arg(total));
    });
    const QString className = currentClass();
    connect(exporter, &ObjectExporter::finished, this,
            [this, exporter, progress, path, className](bool cancelled, const QString &error) {
                progress->deleteLater();
                exporter->deleteLater();
                const QString file = QDir::toNativeSeparators(path);
                if (cancelled) {
                    showOutcome(tr("Export cancelled; %1 was not written.").arg(file), false);
                } else if (!error.isEmpty()) {
                    showOutcome(error, false);
                    QMessageBox::warning(this, tr("Export %1").arg(className), error);
                } else {
                    showOutcome(
                        tr("Exported %1 objects of %2 to %3.").arg(exporter->written()).arg(className, file),
                        true);
                }
            });
    exporter->start(className, m_schema, m_model->where(), m_model->sortField(), m_model->sortDescending(),
                    format, path);
}

void ObjectBrowser::importObjects()
{
    ImportDialog dialog(m_classes, currentClass(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT importRequested(dialog.plan().document, dialog.description());
}

void ObjectBrowser::editAsJson(const QModelIndex &index)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("jsonValueDialog"));
    dialog.setWindowTitle(tr("%1 of %2")
                              .arg(index.data(ObjectTableModel::FieldRole).toString(),
                                   index.siblingAtColumn(0).data().toString()));
    auto *layout = new QVBoxLayout(&dialog);
    auto *edit = new JsonEdit(&dialog);
    edit->setObjectName(QStringLiteral("valueJsonEdit"));
    const JsonText::Parsed current = JsonText::parse(
        QStringLiteral("[%1]").arg(index.data(ObjectTableModel::JsonRole).toString()).toUtf8());
    edit->setJsonValue(current.ok() ? current.document.array().first() : QJsonValue());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("valueDialogButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(index.flags() & Qt::ItemIsEditable);
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("valueErrorLabel"));
    error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(edit);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, edit, error] {
        const JsonText::Parsed parsed = edit->check();
        if (parsed.ok()) {
            dialog.accept();
            return;
        }
        // OK stays open on a mistake; it says which one instead of doing nothing.
        error->setText(
            tr("Invalid JSON at %1 — the value is not changed; fix it or press Cancel.").arg(parsed.error));
        error->show();
    });
    connect(edit, &JsonEdit::edited, error, [edit, error] {
        if (edit->check().ok())
            error->hide();
    });
    dialog.resize(520, 400);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const JsonText::Parsed parsed = edit->check();
    const QString text = parsed.document.isEmpty()
                             ? QStringLiteral("null")
                             : QString::fromUtf8(parsed.document.toJson(QJsonDocument::Compact));
    m_model->setData(index, text, ObjectTableModel::JsonRole);
}

void ObjectBrowser::applyOperation(const QModelIndex &index, const QString &op)
{
    const QString field = index.data(ObjectTableModel::FieldRole).toString();
    QJsonObject operation{{QStringLiteral("__op"), op}};
    bool ok = true;
    if (op == QLatin1String("Increment")) {
        const double amount =
            QInputDialog::getDouble(this, tr("Increment %1").arg(field), tr("Amount (negative to decrease):"),
                                    1, -1e15, 1e15, 6, &ok);
        operation.insert(QStringLiteral("amount"), amount);
    } else if (op != QLatin1String("Delete")) {
        const QString items = QInputDialog::getText(this, tr("%1 to %2").arg(op, field),
                                                    tr("Items, as JSON separated by commas (e.g. \"a\", 2):"),
                                                    QLineEdit::Normal, {}, &ok);
        const std::optional<QJsonArray> parsed = JsonText::parseItems(items);
        if (ok && !parsed) {
            Q_EMIT statusMessage(tr("Not applied: the items are not valid JSON"));
            return;
        }
        if (parsed)
            operation.insert(QStringLiteral("objects"), *parsed);
    }
    if (ok)
        m_model->applyOperation(index, operation);
}

void ObjectBrowser::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->objectsTableView->indexAt(pos);
    if (!index.isValid())
        return;
    const QString type = index.data(ObjectTableModel::TypeRole).toString();
    const bool editable = index.flags() & Qt::ItemIsEditable;
    const ParseValue value =
        ParseValue::fromJson(index.data(ObjectTableModel::ObjectRole)
                                 .toJsonObject()
                                 .value(index.data(ObjectTableModel::FieldRole).toString()),
                             type);
    QMenu menu(this);
    const auto add = [&menu](const QString &text, const QString &name, bool enabled) {
        QAction *action = menu.addAction(text);
        action->setObjectName(name);
        action->setEnabled(enabled);
        return action;
    };
    QAction *open = nullptr;
    if (value.type() == ParseValue::Type::Pointer)
        open = add(tr("Open %1").arg(value.displayText()), QStringLiteral("openPointerAction"), true);
    else if (type == QLatin1String("Relation"))
        open = add(tr("Open related objects"), QStringLiteral("openRelationAction"), true);
    else if (value.type() == ParseValue::Type::File)
        open = add(tr("Open file"), QStringLiteral("openFileAction"), true);
    QList<std::pair<QAction *, std::pair<QString, QStringList>>> pointed;
    for (const auto &group : value.pointerGroups())
        pointed.append({add(pointedText(group), QStringLiteral("openPointedAction"), true), group});
    const bool bytes = type == QLatin1String("Bytes");
    QAction *loadBytesAction =
        bytes ? add(tr("Load bytes from a file…"), QStringLiteral("loadBytesAction"), editable) : nullptr;
    QAction *saveBytesAction = bytes ? add(tr("Save the bytes to a file…"), QStringLiteral("saveBytesAction"),
                                           value.type() == ParseValue::Type::Bytes)
                                     : nullptr;
    QAction *json = add(tr("Edit as JSON…"), QStringLiteral("editJsonAction"), editable);
    QAction *copy = add(tr("Copy"), QStringLiteral("copyCellsAction"), true);
    copy->setShortcut(QKeySequence::Copy);
    menu.addSeparator();
    const bool number = type == QLatin1String("Number");
    const bool array = type == QLatin1String("Array");
    QList<std::pair<QAction *, QString>> ops{
        {add(tr("Increment…"), QStringLiteral("incrementAction"), editable && number),
         QStringLiteral("Increment")},
        {add(tr("Add items…"), QStringLiteral("addItemsAction"), editable && array), QStringLiteral("Add")},
        {add(tr("Add unique items…"), QStringLiteral("addUniqueAction"), editable && array),
         QStringLiteral("AddUnique")},
        {add(tr("Remove items…"), QStringLiteral("removeItemsAction"), editable && array),
         QStringLiteral("Remove")},
        {add(tr("Unset"), QStringLiteral("unsetAction"), editable), QStringLiteral("Delete")}};
    QAction *chosen = menu.exec(m_ui->objectsTableView->viewport()->mapToGlobal(pos));
    if (!chosen)
        return;
    if (chosen == open)
        openCell(index);
    else if (chosen == loadBytesAction)
        loadBytes(index);
    else if (chosen == saveBytesAction)
        saveBytes(value);
    else if (chosen == json)
        editAsJson(index);
    else if (chosen == copy)
        copySelection();
    for (const auto &[action, group] : pointed) {
        if (chosen == action)
            openPointed(group);
    }
    for (const auto &[action, op] : ops) {
        if (chosen == action)
            applyOperation(index, op);
    }
}

void ObjectBrowser::copySelection() const
{
    QModelIndexList cells = m_ui->objectsTableView->selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return;
    std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    // Tab-separated rows, as spreadsheets paste them; the text is what the cell shows (no keys are in it).
    // A spreadsheet runs a pasted cell starting with = + - @ as a formula: text gets a leading ' as in every
    // CSV ParseDesk writes (numbers stay numbers).
    QString text;
    int row = cells.first().row();
    QStringList line;
    for (const QModelIndex &cell : cells) {
        if (cell.row() != row) {
            text += line.join(QLatin1Char('\t')) + QLatin1Char('\n');
            line.clear();
            row = cell.row();
        }
        const QString shown = cell.data().toString().replace(QLatin1Char('\t'), QLatin1Char(' '));
        line << (Csv::isPlainNumber(shown) ? shown : Csv::neutralized(shown));
    }
    text += line.join(QLatin1Char('\t'));
    QApplication::clipboard()->setText(text);
}

void ObjectBrowser::saveColumns() const
{
    if (!m_settings || currentClass().isEmpty())
        return;
    const QHeaderView *header = m_ui->objectsTableView->horizontalHeader();
    QVariantMap widths;
    QStringList hidden;
    const QStringList fields = m_model->fields();
    for (int i = 0; i < fields.size(); ++i) {
        if (header->isSectionHidden(i))
            hidden << fields.at(i);
        else
            widths.insert(fields.at(i), header->sectionSize(i));
    }
    m_settings->setValue(columnsKey(currentClass()) + QStringLiteral("/widths"), widths);
    m_settings->setValue(columnsKey(currentClass()) + QStringLiteral("/hidden"), hidden);
}

void ObjectBrowser::restoreColumns()
{
    if (currentClass().isEmpty())
        return;
    m_restoringColumns = true;
    QHeaderView *header = m_ui->objectsTableView->horizontalHeader();
    const QVariantMap widths =
        m_settings ? m_settings->value(columnsKey(currentClass()) + QStringLiteral("/widths")).toMap()
                   : QVariantMap();
    const QStringList hidden =
        m_settings ? m_settings->value(columnsKey(currentClass()) + QStringLiteral("/hidden")).toStringList()
                   : QStringList();
    const QStringList fields = m_model->fields();
    for (int i = 0; i < fields.size(); ++i) {
        header->setSectionHidden(i, hidden.contains(fields.at(i)));
        header->resizeSection(i, widths.value(fields.at(i), header->defaultSectionSize()).toInt());
    }
    m_restoringColumns = false;
}

void ObjectBrowser::showColumnsMenu()
{
    QHeaderView *header = m_ui->objectsTableView->horizontalHeader();
    QMenu menu(this);
    const QStringList fields = m_model->fields();
    for (int i = 0; i < fields.size(); ++i) {
        QAction *action = menu.addAction(fields.at(i));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(i));
        // objectId stays: it names the row, and pointers and copies need it.
        action->setEnabled(i != 0);
        connect(action, &QAction::toggled, this, [this, header, i](bool shown) {
            header->setSectionHidden(i, !shown);
            saveColumns();
        });
    }
    menu.exec(QCursor::pos());
}

QList<int> ObjectBrowser::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &cell : m_ui->objectsTableView->selectionModel()->selectedIndexes()) {
        if (!rows.contains(cell.row()))
            rows.append(cell.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool ObjectBrowser::refuseWhilePending()
{
    // Writing whole objects reloads the table, which would drop the unsaved edits.
    if (m_model->pendingCount() == 0)
        return false;
    QMessageBox::information(
        this, tr("Unsaved changes"),
        tr("Save or discard the %n changed cell(s) first.", nullptr, m_model->pendingCount()));
    return true;
}

void ObjectBrowser::addRow()
{
    if (refuseWhilePending())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addRowDialog"));
    dialog.setWindowTitle(tr("New %1").arg(currentClass()));
    FieldFormModel form;
    form.setSchema(m_schema);
    FieldValueDelegate delegate;
    auto *layout = new QVBoxLayout(&dialog);
    auto *hint =
        new QLabel(tr("Tick the fields to set and type their values; the others stay unset."), &dialog);
    auto *table = new QTableView(&dialog);
    table->setObjectName(QStringLiteral("newObjectTableView"));
    table->setModel(&form);
    table->setItemDelegateForColumn(FieldFormModel::Value, &delegate);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    // Names whole ("creatorUser", not "creatorUs…"); the value column takes what is left.
    table->resizeColumnToContents(FieldFormModel::Field);
    table->resizeColumnToContents(FieldFormModel::Type);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("newObjectButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(hint);
    layout->addWidget(table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(560, 460);
    if (dialog.exec() == QDialog::Accepted)
        m_model->createObject(form.fields());
}

void ObjectBrowser::duplicateRow()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1 && !refuseWhilePending())
        m_model->duplicateRow(rows.first());
}

void ObjectBrowser::deleteRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || refuseWhilePending())
        return;
    const QString question =
        tr("Delete %n object(s) of %1 from the server? A copy is kept in the undo journal.", nullptr,
           int(rows.size()))
            .arg(currentClass());
    if (m_production) {
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, tr("Delete objects on a production server"),
            question + QLatin1Char('\n') + tr("Type the class name (%1) to confirm:").arg(currentClass()),
            QLineEdit::Normal, {}, &ok);
        if (!ok || typed != currentClass())
            return;
    } else if (QMessageBox::question(this, tr("Delete objects"), question) != QMessageBox::Yes) {
        return;
    }
    m_model->deleteRows(rows);
}

void ObjectBrowser::onWritten(int succeeded, int failed, const QString &firstError)
{
    const QString text = failed == 0
                             ? tr("Done: %n object(s) written.", nullptr, succeeded)
                             : tr("%1 written, %2 failed: %3").arg(succeeded).arg(failed).arg(firstError);
    showOutcome(text, failed == 0);
}
