#include "ui/ServerConfigPane.h"

#include "core/models/ConfigConflictModel.h"
#include "core/models/ConfigModel.h"
#include "core/net/ParseClient.h"
#include "ui/ToneDelegate.h"
#include "ui/ToneKeeper.h"
#include "ui/delegates/FieldValueDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QTableView *table(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setItemDelegate(new ToneDelegate(view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}
} // namespace

ServerConfigPane::ServerConfigPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConfigModel(this))
    , m_conflicts(new ConfigConflictModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_newNameEdit(new QLineEdit(this))
    , m_newTypeCombo(new QComboBox(this))
    , m_addButton(button(tr("Add"), QStringLiteral("addParameterPushButton"), this))
    , m_deleteButton(button(tr("Delete"), QStringLiteral("deleteParameterPushButton"), this))
    , m_reloadButton(button(tr("Reload"), QStringLiteral("reloadConfigPushButton"), this))
    , m_saveButton(button(tr("Save"), QStringLiteral("saveConfigPushButton"), this))
    , m_statusLabel(new QLabel(this))
    , m_table(table(QStringLiteral("configTableView"), this))
    , m_conflictFrame(new QFrame(this))
{
    m_filterEdit->setObjectName(QStringLiteral("configFilterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name"));
    m_filterEdit->setClearButtonEnabled(true);
    m_newNameEdit->setObjectName(QStringLiteral("newParameterLineEdit"));
    m_newNameEdit->setPlaceholderText(tr("New parameter name"));
    m_newTypeCombo->setObjectName(QStringLiteral("newParameterTypeComboBox"));
    m_newTypeCombo->addItems(ConfigModel::types());
    m_addButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_reloadButton->setIcon(QIcon(QStringLiteral(":/icons/reload.svg")));
    m_saveButton->setDefault(true);
    m_statusLabel->setObjectName(QStringLiteral("configStatusLabel"));
    m_statusLabel->setWordWrap(true);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(ConfigModel::Name);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(ConfigModel::Value, new FieldValueDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(ConfigModel::Name, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConfigModel::Type, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConfigModel::Value, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ConfigModel::MasterKeyOnly,
                                                      QHeaderView::ResizeToContents);

    // The conflicts of a save, each with its three values, and the two ways out.
    m_conflictFrame->setObjectName(QStringLiteral("configConflictFrame"));
    m_conflictFrame->setFrameShape(QFrame::StyledPanel);
    auto *conflictLabel = new QLabel(
        tr("Someone changed these parameters on the server since you loaded them. Nothing was saved: "
           "keep their values (your edits of these are dropped) or overwrite them with yours."),
        m_conflictFrame);
    conflictLabel->setWordWrap(true);
    ToneKeeper::apply(conflictLabel, Tone::Caution);
    QTableView *conflictTable = table(QStringLiteral("configConflictTableView"), m_conflictFrame);
    conflictTable->setModel(m_conflicts);
    conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    conflictTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // A few conflicting parameters at a time: the config table keeps the room.
    conflictTable->setMaximumHeight(conflictTable->fontMetrics().height() * 9);
    auto *keep =
        button(tr("Keep the server's values"), QStringLiteral("keepServerValuesPushButton"), m_conflictFrame);
    auto *overwrite =
        button(tr("Overwrite with mine"), QStringLiteral("overwriteServerValuesPushButton"), m_conflictFrame);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(keep);
    conflictButtons->addWidget(overwrite);
    auto *conflictLayout = new QVBoxLayout(m_conflictFrame);
    conflictLayout->addWidget(conflictLabel);
    conflictLayout->addWidget(conflictTable);
    conflictLayout->addLayout(conflictButtons);
    m_conflictFrame->hide();

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filterEdit, 2);
    tools->addSpacing(12);
    tools->addWidget(m_newNameEdit, 2);
    tools->addWidget(m_newTypeCombo);
    tools->addWidget(m_addButton);
    tools->addWidget(m_deleteButton);
    tools->addStretch(1);
    tools->addWidget(m_reloadButton);
    tools->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_conflictFrame);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_newNameEdit, &QLineEdit::returnPressed, this, &ServerConfigPane::addParameter);
    connect(m_newNameEdit, &QLineEdit::textChanged, this, &ServerConfigPane::showState);
    connect(m_addButton, &QPushButton::clicked, this, &ServerConfigPane::addParameter);
    connect(m_deleteButton, &QPushButton::clicked, this, &ServerConfigPane::deleteSelected);
    connect(m_reloadButton, &QPushButton::clicked, this, &ServerConfigPane::reload);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        m_model->save();
        showState();
    });
    connect(keep, &QPushButton::clicked, m_model, &ConfigModel::keepServerValues);
    connect(overwrite, &QPushButton::clicked, this, [this] {
        m_model->overwriteServerValues();
        showState();
    });
    connect(m_model, &ConfigModel::loaded, this, &ServerConfigPane::showLoaded);
    connect(m_model, &ConfigModel::saved, this, &ServerConfigPane::showSaved);
    connect(m_model, &ConfigModel::modifiedChanged, this, &ServerConfigPane::showState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerConfigPane::showState);
    // A value the type refuses is said under the tools (the editor closes with the old value).
    connect(m_table->itemDelegateForColumn(ConfigModel::Value), &QAbstractItemDelegate::closeEditor, this,
            [this] {
                if (!m_model->lastError().isEmpty())
                    say(m_model->lastError(), true);
            });
    setClient(nullptr);
}

void ServerConfigPane::setClient(ParseClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_model->setReadOnly(client && client->writesLocked());
    if (client) {
        connect(client, &ParseClient::writesLockedChanged, this, [this](bool locked) {
            m_model->setReadOnly(locked);
            showState();
        });
    }
    m_model->setClient(client);
    showState();
}

void ServerConfigPane::addParameter()
{
    const int row = m_model->addParameter(m_newNameEdit->text(), m_newTypeCombo->currentText());
    if (row < 0) {
        say(m_model->lastError(), true);
        return;
    }
    m_newNameEdit->clear();
    m_filterEdit->clear();
    const QModelIndex value = m_filter->mapFromSource(m_model->index(row, ConfigModel::Value));
    m_table->setCurrentIndex(value);
    m_table->edit(value);
}

void ServerConfigPane::deleteSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        m_model->removeParameter(row);
}

void ServerConfigPane::reload()
{
    if (m_model->isModified() &&
        QMessageBox::question(this, tr("Reload Parse Config"),
                              tr("Your changes to Parse Config are not saved. Reload it and drop them?"),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    m_model->reload();
    showState();
}

void ServerConfigPane::showLoaded(const ParseResult &result)
{
    m_conflictFrame->hide();
    if (!result.ok())
        say(tr("Parse Config could not be read: %1").arg(result.error.describe()), true);
    else
        showState();
}

void ServerConfigPane::showSaved(const ParseResult &result)
{
    if (!m_model->conflicts().isEmpty())
        say(tr("Not saved: %n parameter(s) changed on the server since you loaded them.", nullptr,
               int(m_model->conflicts().size())),
            true);
    else if (!result.ok())
        say(tr("Not saved: %1").arg(result.error.describe()), true);
    else
        say(tr("Saved. The values before are in the undo journal (View → Undo journal)."), false);
    showTools();
}

void ServerConfigPane::showTools()
{
    const bool connected = m_client != nullptr;
    const bool writable = connected && !m_model->isReadOnly() && !m_model->isLoading();
    m_conflictFrame->setVisible(!m_model->conflicts().isEmpty());
    m_conflicts->setConflicts(m_model->conflicts());
    m_newNameEdit->setEnabled(writable);
    m_newTypeCombo->setEnabled(writable);
    m_addButton->setEnabled(writable && !m_newNameEdit->text().trimmed().isEmpty());
    m_deleteButton->setEnabled(writable && m_table->selectionModel()->hasSelection());
    m_reloadButton->setEnabled(connected && !m_model->isLoading());
    m_saveButton->setEnabled(writable && m_model->isModified() && m_model->conflicts().isEmpty());
    m_filterEdit->setEnabled(connected);
}

void ServerConfigPane::showState()
{
    showTools();
    if (!m_client)
        say(tr("Not connected."), false);
    else if (m_model->isLoading())
        say(tr("Reading Parse Config…"), false);
    else if (m_model->isReadOnly())
        say(tr("Read-only: this is a production profile and its writes are locked (unlock them in the banner "
               "above)."),
            false);
    else if (m_model->isModified())
        say(tr("%n change(s) not saved.", nullptr, int(m_model->changes().size())), false);
    else if (m_model->rowCount() == 0)
        say(tr("Parse Config has no parameters yet: name one above, pick its type and Add it."), false);
    else
        say(tr("%n parameter(s). Double-click a name to rename it or a value to change it.", nullptr,
               m_model->rowCount()),
            false);
}

void ServerConfigPane::say(const QString &text, bool problem)
{
    m_statusLabel->setText(text);
    ToneKeeper::apply(m_statusLabel, problem ? Tone::Bad : Tone::None);
}
