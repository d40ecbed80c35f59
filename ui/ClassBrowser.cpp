#include "ClassBrowser.h"
#include "ui_ClassBrowser.h"

#include "ClassListModel.h"
#include "SchemaModel.h"

#include <QHeaderView>
#include <QMenu>
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
    : QWidget(parent), m_ui(std::make_unique<Ui::ClassBrowser>()), m_schema(new SchemaModel(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->placeholderTitleLabel->font();
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->placeholderTitleLabel->setFont(title);
    m_ui->retryPushButton->setIcon(QIcon(QStringLiteral(":/icons/reload.svg")));

    m_ui->fieldsTableView->setModel(m_schema);
    m_ui->fieldsTableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_schema, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns(m_ui->fieldsTableView, {SchemaModel::Name, SchemaModel::Type});
    });
    for (QTableView *view : {m_ui->classesTableView, m_ui->fieldsTableView}) {
        view->horizontalHeader()->setHighlightSections(false);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    }
    m_ui->classSplitter->setStretchFactor(0, 1);
    m_ui->classSplitter->setStretchFactor(1, 1);

    m_ui->classesTableView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->classesTableView, &QWidget::customContextMenuRequested, this,
            &ClassBrowser::showContextMenu);
    connect(m_ui->placeholderActionPushButton, &QPushButton::clicked, this,
            &ClassBrowser::connectionsRequested);
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, [this] {
        if (m_classes)
            m_classes->reload();
    });
    showNotConnected(false);
}

ClassBrowser::~ClassBrowser() = default;

void ClassBrowser::setClassListModel(ClassListModel *model)
{
    m_classes = model;
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
    m_schema->setSchema(m_classes->schema(className));
    m_ui->fieldsTitleLabel->setText(tr("Fields of %1").arg(className));
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
