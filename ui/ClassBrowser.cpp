#include "ui/ClassBrowser.h"
#include "ui_ClassBrowser.h"

#include "core/data/ClassPermissions.h"
#include "core/data/ParseNames.h"
#include "core/models/ClassListModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/models/SchemaModel.h"
#include "core/net/ParseClient.h"
#include "ui/AccountsPanel.h"
#include "ui/BulkAclDialog.h"
#include "ui/FieldDialog.h"
#include "ui/IndexManager.h"
#include "ui/ObjectBrowser.h"
#include "ui/PermissionsEditor.h"
#include "ui/ViewAsBar.h"
#include "ui/ViewAsCompareDialog.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <algorithm>
#include <initializer_list>

namespace {
// Fits the columns to their contents and header with some air; ResizeToContents leaves none, which
// makes narrow number columns hard to read.
void fitColumns(QTableView *view, std::initializer_list<int> columns)
{
    QHeaderView *header = view->horizontalHeader();
    // QTableView hides sizeHintForColumn(); it is public in the base class.
    const QAbstractItemView *asItemView = view;
    const int pad = 2 * view->fontMetrics().averageCharWidth();
    for (const int column : columns)
        header->resizeSection(
            column, std::max(asItemView->sizeHintForColumn(column), header->sectionSizeHint(column)) + pad);
}
} // namespace

ClassBrowser::ClassBrowser(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClassBrowser>())
    , m_schema(new SchemaModel(this))
    , m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &ClassBrowser::refreshCounts);
    // Back from a terminal (parsedesk-cli writes through the same profile), counts may be stale.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive && isVisible())
            refreshCounts();
    });
    QFont title = m_ui->placeholderTitleLabel->font();
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->placeholderTitleLabel->setFont(title);
    m_ui->retryPushButton->setIcon(QIcon(QStringLiteral(":/icons/reload.svg")));

    m_ui->fieldsTableView->setModel(m_schema);
    m_ui->fieldsTableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_schema, &QAbstractItemModel::modelReset, this, [this] {
        m_fieldsFitted = false;
        fitFields();
    });
    m_ui->fieldsTableView->installEventFilter(this);
    for (QTableView *view : {m_ui->classesTableView, m_ui->fieldsTableView}) {
        // Tab moves to the next widget; it moved cell to cell and selected the next class every third press.
        view->setTabKeyNavigation(false);
        view->horizontalHeader()->setHighlightSections(false);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    }
    m_ui->objectBrowser->followInTabOrder(m_ui->classesTableView);
    m_ui->classSplitter->setStretchFactor(0, 1);
    m_ui->classSplitter->setStretchFactor(1, 1);

    // The pointer over the class list comes before a click on a class: the connection gets ready meanwhile.
    m_ui->classesTableView->setMouseTracking(true);
    connect(m_ui->classesTableView, &QAbstractItemView::entered, this, [this] {
        if (m_client)
            m_client->warmUp();
    });
    m_ui->classesTableView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->classesTableView, &QWidget::customContextMenuRequested, this,
            &ClassBrowser::showContextMenu);
    connect(m_ui->placeholderActionPushButton, &QPushButton::clicked, this,
            &ClassBrowser::connectionsRequested);
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, [this] {
        if (m_classes)
            m_classes->reload();
    });
    connect(m_ui->objectBrowser, &ObjectBrowser::statusMessage, this, &ClassBrowser::statusMessage);
    connect(m_ui->viewAsBar, &ViewAsBar::statusMessage, this, &ClassBrowser::statusMessage);
    connect(m_ui->viewAsBar, &ViewAsBar::viewChanged, this, &ClassBrowser::viewChanged);
    connect(m_ui->viewAsBar, &ViewAsBar::compareRequested, this, [this] {
        const QString className = currentClass();
        if (!m_classes || className.isEmpty())
            return;
        auto *dialog =
            new ViewAsCompareDialog(m_client, m_ui->viewAsBar->client(), m_ui->viewAsBar->viewer(), className,
                                    m_classes->schema(className), objectBrowser()->model()->where(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_ui->viewAsNoteLabel->hide();
    connect(m_ui->permissionsEditor, &PermissionsEditor::statusMessage, this, &ClassBrowser::statusMessage);
    connect(m_ui->indexManager, &IndexManager::statusMessage, this, &ClassBrowser::statusMessage);
    connect(m_ui->accountsPanel, &AccountsPanel::statusMessage, this, &ClassBrowser::statusMessage);
    m_ui->classTabWidget->setTabVisible(m_ui->classTabWidget->indexOf(m_ui->accountsPanel), false);
    // A saved CLP or index changes the schema every tab shows.
    connect(m_ui->permissionsEditor, &PermissionsEditor::saved, this, [this] {
        if (m_classes)
            m_classes->reload();
    });
    connect(m_ui->indexManager, &IndexManager::saved, this, [this] {
        if (m_classes)
            m_classes->reload();
    });
    connect(m_ui->objectBrowser, &ObjectBrowser::importRequested, this, &ClassBrowser::importRequested);
    connect(m_ui->objectBrowser, &ObjectBrowser::classShown, this, [this](const QString &className) {
        const int row = int(m_classes->classNames().indexOf(className));
        if (row < 0 || m_ui->classesTableView->currentIndex().row() == row)
            return;
        m_following = true;
        m_ui->classesTableView->setCurrentIndex(m_classes->index(row, ClassListModel::Name));
        m_following = false;
    });
    connect(m_ui->selectedAclPushButton, &QPushButton::clicked, this, &ClassBrowser::editSelectedAcls);
    connect(m_ui->addFieldPushButton, &QPushButton::clicked, this, &ClassBrowser::addField);
    connect(m_ui->deleteFieldPushButton, &QPushButton::clicked, this, &ClassBrowser::deleteField);
    connect(m_ui->newClassPushButton, &QPushButton::clicked, this, &ClassBrowser::newClass);
    connect(m_ui->deleteClassPushButton, &QPushButton::clicked, this, &ClassBrowser::deleteClass);
    connect(m_ui->fieldsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClassBrowser::updateSchemaActions);
    showNotConnected(false);
}

ClassBrowser::~ClassBrowser() = default;

void ClassBrowser::setConnection(ParseClient *client, RequestQueue *queue)
{
    m_client = client;
    m_refreshTimer->stop();
    if (client) {
        client->warmUp(); // the first class is opened right after connecting
        connect(client, &ParseClient::writesLockedChanged, this, &ClassBrowser::updateSchemaActions,
                Qt::UniqueConnection);
        connect(client, &ParseClient::requestFinished, m_refreshTimer, [this](const ParseResult &result) {
            if (result.ok() && result.request.isWrite())
                m_refreshTimer->start();
        });
    }
    m_ui->viewAsBar->setConnection(client, queue);
    m_ui->permissionsEditor->setConnection(client);
    m_ui->indexManager->setConnection(client);
    m_ui->accountsPanel->setConnection(client);
    m_ui->objectBrowser->setConnection(client, queue);
    updateSchemaActions();
    updateViewNote();
}

void ClassBrowser::viewChanged()
{
    // The objects are read as the chosen principal: through its client, read again at once.
    m_ui->objectBrowser->setConnection(m_ui->viewAsBar->client(), m_ui->viewAsBar->queue());
    m_ui->objectBrowser->refresh();
    updateViewNote();
}

void ClassBrowser::updateViewNote()
{
    const QString className = currentClass();
    QList<ClassPermissions::Issue> ignored;
    const QString note =
        className.isEmpty() || !m_classes
            ? QString()
            : m_ui->viewAsBar->viewer().findNote(
                  className,
                  ClassPermissions::fromJson(
                      m_classes->schema(className).value(QLatin1String("classLevelPermissions")).toObject(),
                      &ignored));
    m_ui->viewAsNoteLabel->setText(note);
    m_ui->viewAsNoteLabel->setVisible(!note.isEmpty());
}

void ClassBrowser::setSettings(QSettings *settings)
{
    m_ui->objectBrowser->setSettings(settings);
}

ObjectBrowser *ClassBrowser::objectBrowser() const
{
    return m_ui->objectBrowser;
}

bool ClassBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->fieldsTableView && event->type() == QEvent::Show)
        fitFields();
    return QWidget::eventFilter(watched, event);
}

void ClassBrowser::fitFields()
{
    // Measuring every field's row is most of a class switch for a wide class: the Schema tab's table is
    // measured when it is shown, not on each switch made on the Objects tab.
    if (m_fieldsFitted || !m_ui->fieldsTableView->isVisible())
        return;
    m_fieldsFitted = true;
    fitColumns(m_ui->fieldsTableView, {SchemaModel::Name, SchemaModel::Type});
}

void ClassBrowser::setClassListModel(ClassListModel *model)
{
    m_classes = model;
    m_ui->objectBrowser->setClassListModel(model);
    QTableView *view = m_ui->classesTableView;
    view->setModel(model);
    view->horizontalHeader()->setSectionResizeMode(ClassListModel::Name, QHeaderView::Stretch);
    const auto fitNumbers = [view] { fitColumns(view, {ClassListModel::Fields, ClassListModel::Objects}); };
    connect(model, &QAbstractItemModel::modelReset, this, fitNumbers);
    connect(model, &QAbstractItemModel::dataChanged, this, fitNumbers);

    connect(model, &ClassListModel::stateChanged, this, &ClassBrowser::followModelState);
    connect(model, &QAbstractItemModel::modelReset, this, &ClassBrowser::restoreSelection);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_wantedClass = current.data(ClassListModel::ClassNameRole).toString();
                showFieldsOf(m_wantedClass);
                // After a reload of the list the same class comes back: load its objects again, unless
                // that would drop cells edited and not saved yet.
                if (!m_following && m_wantedClass == m_ui->objectBrowser->currentClass()) {
                    if (m_ui->objectBrowser->model()->pendingCount() == 0)
                        m_ui->objectBrowser->refresh();
                } else if (!m_following)
                    m_ui->objectBrowser->showClass(m_wantedClass);
                Q_EMIT currentClassChanged(m_wantedClass);
            });
}

void ClassBrowser::showPlaceholder(const QString &title, const QString &text, const QString &actionText,
                                   bool busy, bool retry)
{
    m_ui->placeholderTitleLabel->setText(title);
    m_ui->placeholderTextLabel->setText(text);
    m_ui->placeholderTextLabel->setVisible(!text.isEmpty());
    m_ui->placeholderActionPushButton->setText(actionText);
    m_ui->placeholderActionPushButton->setVisible(!actionText.isEmpty());
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->retryPushButton->setVisible(retry);
    m_ui->stateStackedWidget->setCurrentWidget(m_ui->placeholderWidget);
}

void ClassBrowser::showNotConnected(bool haveProfiles)
{
    if (haveProfiles)
        showPlaceholder(tr("Choose or add a connection"),
                        tr("Pick a saved connection in the toolbar and press Connect, or add a new one "
                           "under Connections…"),
                        tr("Connections…"), false, false);
    else
        showPlaceholder(
            tr("No connection yet"),
            tr("ParseDesk talks to a Parse Server through a saved connection: its URL, application "
               "id and keys. Add one to browse its classes."),
            tr("Add a connection…"), false, false);
}

void ClassBrowser::showConnecting(const QString &profileName)
{
    showPlaceholder(tr("Connecting to %1…").arg(profileName), tr("Reading the connection's keys."), {}, true,
                    false);
}

void ClassBrowser::followModelState()
{
    switch (m_classes->state()) {
    case ClassListModel::State::Idle:
        // The owner says what idle means (not connected, connecting).
        break;
    case ClassListModel::State::Loading:
        // A reload keeps the old list in view until the new one replaces it.
        if (m_classes->rowCount() == 0)
            showPlaceholder(tr("Loading classes…"), tr("Asking the server for its schemas."), {}, true,
                            false);
        break;
    case ClassListModel::State::Loaded:
        m_ui->stateStackedWidget->setCurrentWidget(m_ui->classesWidget);
        break;
    case ClassListModel::State::Failed:
        m_schema->clear();
        showPlaceholder(tr("The class list is not available"), m_classes->errorText(), tr("Connections…"),
                        false, true);
        break;
    }
}

void ClassBrowser::restoreSelection()
{
    const QStringList names = m_classes->classNames();
    if (names.isEmpty()) {
        m_schema->clear();
        m_ui->fieldsTitleLabel->setText(tr("Fields"));
        return;
    }
    int row = static_cast<int>(names.indexOf(m_wantedClass));
    if (row < 0) {
        // Parse's own classes (_User, _Role, ...) sort first; the user's own are more likely wanted.
        const auto own = std::find_if(names.cbegin(), names.cend(),
                                      [](const QString &name) { return !name.startsWith(QLatin1Char('_')); });
        row = own == names.cend() ? 0 : static_cast<int>(own - names.cbegin());
    }
    m_ui->classesTableView->setCurrentIndex(m_classes->index(row, ClassListModel::Name));
}

void ClassBrowser::refreshCounts()
{
    m_refreshTimer->stop();
    if (!m_classes || !m_client)
        return;
    m_classes->refresh();
    m_ui->objectBrowser->model()->refreshCount();
}

void ClassBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshCounts();
}

QString ClassBrowser::currentClass() const
{
    return m_schema->className();
}

void ClassBrowser::selectClass(const QString &className)
{
    m_wantedClass = className;
    if (m_classes && m_classes->rowCount() > 0)
        restoreSelection();
}

void ClassBrowser::showFieldsOf(const QString &className)
{
    const QJsonObject schema = m_classes->schema(className);
    m_schema->setSchema(schema);
    m_ui->fieldsTitleLabel->setText(tr("Fields of %1").arg(className));
    // What the field table leaves out, as the server states it.
    QJsonObject details;
    QJsonObject required;
    const QJsonObject fields = schema.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        if (field.contains(QLatin1String("required")) || field.contains(QLatin1String("defaultValue")))
            required.insert(it.key(), field);
    }
    details.insert(QStringLiteral("requiredAndDefaults"), required);
    for (const QString &key : {QStringLiteral("indexes"), QStringLiteral("classLevelPermissions")})
        details.insert(key, schema.value(key));
    m_ui->schemaDetailsPlainTextEdit->setPlainText(QString::fromUtf8(QJsonDocument(details).toJson()));
    m_ui->permissionsEditor->setSchema(schema);
    m_ui->indexManager->setSchema(schema);
    // Users, roles and sessions have a tab of their own; other classes do not show it.
    const bool accounts = AccountsPanel::handles(className);
    m_ui->classTabWidget->setTabVisible(m_ui->classTabWidget->indexOf(m_ui->accountsPanel), accounts);
    if (accounts)
        m_ui->accountsPanel->setClassName(className);
    updateSchemaActions();
    updateViewNote();
}

void ClassBrowser::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->classesTableView->indexAt(pos);
    QMenu menu(this);
    QAction *countExactly = menu.addAction(tr("Count exactly"));
    countExactly->setObjectName(QStringLiteral("countExactlyAction"));
    countExactly->setEnabled(index.isValid());
    countExactly->setToolTip(tr("Count every object of this class instead of using the database's estimate"));
    QAction *reload = menu.addAction(QIcon(QStringLiteral(":/icons/reload.svg")), tr("Reload classes"));
    reload->setObjectName(QStringLiteral("reloadClassesAction"));
    QAction *chosen = menu.exec(m_ui->classesTableView->viewport()->mapToGlobal(pos));
    if (chosen == countExactly)
        m_classes->countExactly(index.row());
    else if (chosen == reload)
        m_classes->reload();
}

void ClassBrowser::updateSchemaActions()
{
    // A locked production connection refuses schema changes anyway (ParseClient); say so by disabling.
    const bool master = m_client && m_client->profile().hasMasterKey();
    const bool writable = master && !m_client->writesLocked();
    const bool haveClass = !currentClass().isEmpty();
    const QModelIndex field = m_ui->fieldsTableView->currentIndex();
    const bool ownField = field.isValid() && !field.data(SchemaModel::BuiltInRole).toBool();
    m_ui->addFieldPushButton->setEnabled(writable && haveClass);
    m_ui->deleteFieldPushButton->setEnabled(writable && ownField);
    m_ui->newClassPushButton->setEnabled(writable);
    m_ui->deleteClassPushButton->setEnabled(writable && haveClass);
    // ACLs are written with whatever key the objects table uses, so only the production lock matters.
    m_ui->selectedAclPushButton->setEnabled(m_client && !m_client->writesLocked() && haveClass);
    m_ui->masterKeyNoteLabel->setVisible(!master);
    m_ui->masterKeyNoteLabel->setText(
        tr("Changing the schema (fields and classes) needs the master key, and so does reading it: add the "
           "master key to this connection. Objects can be browsed and edited with the REST key as far as "
           "their ACLs and the class-level permissions allow."));
}

bool ClassBrowser::confirmDestructive(const QString &title, const QString &question)
{
    if (!m_client || !m_client->profile().production)
        return QMessageBox::question(this, title, question) == QMessageBox::Yes;
    bool ok = false;
    const QString typed = QInputDialog::getText(
        this, title,
        question + QLatin1Char('\n') +
            tr("This is a production server. Type the class name (%1) to confirm:").arg(currentClass()),
        QLineEdit::Normal, {}, &ok);
    return ok && typed == currentClass();
}

void ClassBrowser::sendSchemaChange(const ParseRequest &request, const QString &done)
{
    if (!m_client)
        return;
    connect(m_client->send(request), &ParseReply::finished, this, [this, done](const ParseResult &r) {
        if (!r.ok()) {
            QMessageBox::warning(this, tr("Schema not changed"), r.error.describe());
            return;
        }
        Q_EMIT statusMessage(done);
        if (m_classes)
            m_classes->reload();
    });
}

void ClassBrowser::addField()
{
    const QString className = currentClass();
    FieldDialog dialog(className, m_classes->classNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    sendSchemaChange(ParseRequest::updateSchema(
                         className, {{QStringLiteral("fields"), QJsonObject{{name, dialog.field()}}}}),
                     tr("Field %1 added to %2").arg(name, className));
}

void ClassBrowser::editSelectedAcls()
{
    ObjectTableModel *table = objectBrowser()->model();
    const QList<int> rows = objectBrowser()->selectedRows();
    if (rows.isEmpty()) {
        QMessageBox::information(this, tr("ACL of selected rows"),
                                 tr("Select the rows whose ACL to change first."));
        return;
    }
    // The run reloads the table afterwards, which would drop unsaved edits.
    if (table->pendingCount() > 0) {
        QMessageBox::information(
            this, tr("Unsaved changes"),
            tr("Save or discard the %n changed cell(s) first.", nullptr, table->pendingCount()));
        return;
    }
    auto *dialog = new BulkAclDialog(m_client, table, rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->start()) {
        delete dialog;
        return;
    }
    connect(dialog, &BulkAclDialog::written, table, [table](bool wrote) {
        if (wrote)
            table->reload();
    });
    dialog->open();
}

void ClassBrowser::deleteField()
{
    const QString className = currentClass();
    const QString name = m_ui->fieldsTableView->currentIndex().data(SchemaModel::FieldNameRole).toString();
    if (name.isEmpty() ||
        !confirmDestructive(
            tr("Delete a field"),
            tr("Delete the field %1 of %2 and its value in every object? The undo journal does not keep "
               "schema changes.")
                .arg(name, className)))
        return;
    const QJsonObject op{{QStringLiteral("__op"), QStringLiteral("Delete")}};
    sendSchemaChange(
        ParseRequest::updateSchema(className, {{QStringLiteral("fields"), QJsonObject{{name, op}}}}),
        tr("Field %1 deleted from %2").arg(name, className));
}

void ClassBrowser::newClass()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New class"), tr("Class name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (const QString problem = ParseNames::classNameProblem(name); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("New class"), problem);
        return;
    }
    m_wantedClass = name;
    sendSchemaChange(ParseRequest::createSchema(name, {}), tr("Class %1 created").arg(name));
}

void ClassBrowser::deleteClass()
{
    const QString className = currentClass();
    if (!confirmDestructive(tr("Delete a class"),
                            tr("Delete the class %1 and every one of its objects? The undo journal does not "
                               "keep schema changes.")
                                .arg(className)))
        return;
    if (!m_client)
        return;
    m_wantedClass.clear();
    // Parse deletes only the schema of an empty class: its objects go first.
    connect(m_client->send(ParseRequest::purgeClass(className)), &ParseReply::finished, this,
            [this, className](const ParseResult &r) {
                if (!r.ok()) {
                    QMessageBox::warning(this, tr("Class not deleted"), r.error.describe());
                    return;
                }
                sendSchemaChange(ParseRequest::deleteSchema(className),
                                 tr("Class %1 deleted").arg(className));
            });
}
