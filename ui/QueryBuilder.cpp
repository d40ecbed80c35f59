#include "ui/QueryBuilder.h"
#include "ui_QueryBuilder.h"

#include "core/models/QueryTreeModel.h"
#include "core/net/ParseClient.h"
#include "core/query/CurlCommand.h"
#include "core/query/QueryCounter.h"
#include "ui/ToneKeeper.h"
#include "ui/delegates/QueryConditionDelegate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QShortcut>

namespace {
const QList<QueryNode::GroupOp> kGroupOps{QueryNode::GroupOp::And, QueryNode::GroupOp::Or,
                                          QueryNode::GroupOp::Nor};

QueryNode::Kind kindOf(const QModelIndex &index)
{
    return QueryNode::Kind(index.data(QueryTreeModel::KindRole).toInt());
}

// A group row's Field column names its operator: "AND", "OR", "NOR".
QueryNode::GroupOp groupOpOf(const QModelIndex &group)
{
    const QString name = group.siblingAtColumn(QueryTreeModel::Field).data(Qt::EditRole).toString();
    return name == QLatin1String("OR")    ? QueryNode::GroupOp::Or
           : name == QLatin1String("NOR") ? QueryNode::GroupOp::Nor
                                          : QueryNode::GroupOp::And;
}

QString shortcutText(const QList<QKeySequence> &keys)
{
    QStringList names;
    for (const QKeySequence &key : keys)
        names << key.toString(QKeySequence::NativeText);
    return names.join(QStringLiteral(", "));
}
} // namespace

QueryBuilder::QueryBuilder(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QueryBuilder>())
    , m_model(new QueryTreeModel(this))
    , m_counter(new QueryCounter(this))
{
    m_ui->setupUi(this);
    QTreeView *tree = m_ui->queryTreeView;
    tree->setModel(m_model);
    tree->setItemDelegate(new QueryConditionDelegate(tree));
    tree->header()->setStretchLastSection(true);
    tree->header()->resizeSection(QueryTreeModel::Field, 190);
    tree->header()->resizeSection(QueryTreeModel::Operator, 150);
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->issuesListWidget->setMaximumHeight(4 * fontMetrics().height() + 10);
    m_ui->issuesListWidget->hide();
    m_ui->curlPlainTextEdit->setFont(m_ui->whereJsonEdit->font());
    m_ui->builderSplitter->setStretchFactor(0, 3);
    m_ui->builderSplitter->setStretchFactor(1, 2);
    setUpActions();

    connect(m_model, &QueryTreeModel::whereChanged, this, &QueryBuilder::onWhereChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::modelReset, tree, &QTreeView::expandAll);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &QueryBuilder::updateActions);
    connect(m_ui->groupOpComboBox, &QComboBox::activated, this,
            [this](int row) { switchGroup(kGroupOps.at(row)); });
    connect(m_ui->issuesListWidget, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        QModelIndex index;
        for (const QVariant &row : item->data(Qt::UserRole).toList())
            index = m_model->index(row.toInt(), 0, index);
        select(index, false);
    });
    connect(m_ui->whereJsonEdit, &JsonEdit::edited, this, &QueryBuilder::applyWhereText);
    connect(m_ui->queryOptionsForm, &QueryOptionsForm::changed, this, [this] {
        refreshPreview();
        Q_EMIT queryChanged();
    });
    connect(m_counter, &QueryCounter::stateChanged, this, &QueryBuilder::showCount);
    connect(m_ui->copyUrlToolButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->urlLineEdit->text()); });
    connect(m_ui->copyCurlToolButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->curlPlainTextEdit->toPlainText()); });
    onWhereChanged();
}

QueryBuilder::~QueryBuilder() = default;

QAction *QueryBuilder::makeAction(const QString &name, const QString &text, const QString &description,
                                  const QList<QKeySequence> &keys, const QList<QKeySequence> &treeKeys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    // Active while the focus is anywhere in the builder, so two builders never compete for a key.
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)").arg(description, shortcutText(keys + treeKeys)));
    addAction(action);
    m_ui->queryTreeView->addAction(action);
    // Keys that mean something else in a text field (Delete, Tab, ...) act only in the tree, and only
    // while the action can act: Tab still leaves a tree with nothing to indent.
    for (const QKeySequence &key : treeKeys) {
        auto *shortcut = new QShortcut(key, m_ui->queryTreeView, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, shortcut, &QShortcut::setEnabled);
    }
    return action;
}

void QueryBuilder::setUpActions()
{
    m_addCondition = makeAction(QStringLiteral("addConditionAction"), tr("&Condition"), tr("Add a condition"),
                                {QKeySequence(Qt::CTRL | Qt::Key_N)}, {QKeySequence(Qt::Key_Insert)});
    m_addCondition->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_addGroup = makeAction(QStringLiteral("addGroupAction"), tr("OR &group"),
                            tr("Add an OR group: objects matching any of its branches"),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    m_addGroup->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_addBranch = makeAction(QStringLiteral("addBranchAction"), tr("&Branch"),
                             tr("Add another branch to the OR / NOR group around the selected row"),
                             {QKeySequence(Qt::CTRL | Qt::Key_B)});
    m_remove = makeAction(QStringLiteral("removeAction"), tr("&Remove"), tr("Remove the selected row"), {},
                          {QKeySequence(QKeySequence::Delete)});
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_indent = makeAction(QStringLiteral("indentAction"), tr("&Indent"),
                          tr("Put the selected row into an OR group of its own"),
                          {QKeySequence(Qt::CTRL | Qt::Key_BracketRight)}, {QKeySequence(Qt::Key_Tab)});
    m_outdent = makeAction(
        QStringLiteral("outdentAction"), tr("&Outdent"), tr("Move the selected row out of its group"),
        {QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)}, {QKeySequence(Qt::SHIFT | Qt::Key_Backtab)});
    m_cycleGroup = makeAction(QStringLiteral("switchGroupAction"), tr("&Switch AND / OR / NOR"),
                              tr("Switch the selected group between AND, OR and NOR"),
                              {QKeySequence(Qt::CTRL | Qt::Key_G)});

    m_ui->addConditionToolButton->setDefaultAction(m_addCondition);
    m_ui->addGroupToolButton->setDefaultAction(m_addGroup);
    auto *groups = new QMenu(m_ui->addGroupToolButton);
    groups->setObjectName(QStringLiteral("addGroupMenu"));
    const QList<std::pair<QueryNode::GroupOp, QString>> kinds{
        {QueryNode::GroupOp::Or, tr("OR group: any of its branches")},
        {QueryNode::GroupOp::And, tr("AND group: all of its conditions")},
        {QueryNode::GroupOp::Nor, tr("NOR group: none of its branches")}};
    for (const auto &[op, text] : kinds) {
        QAction *add = groups->addAction(text);
        connect(add, &QAction::triggered, this, [this, op = op] { addGroup(op); });
    }
    m_ui->addGroupToolButton->setMenu(groups);
    m_ui->addBranchToolButton->setDefaultAction(m_addBranch);
    m_ui->removeToolButton->setDefaultAction(m_remove);
    m_ui->indentToolButton->setDefaultAction(m_indent);
    m_ui->outdentToolButton->setDefaultAction(m_outdent);

    connect(m_addCondition, &QAction::triggered, this,
            [this] { select(m_model->addCondition(current()), true); });
    connect(m_addGroup, &QAction::triggered, this, [this] { addGroup(QueryNode::GroupOp::Or); });
    connect(m_addBranch, &QAction::triggered, this, [this] {
        const QModelIndex branch = m_model->addBranch(branchingGroup());
        select(m_model->index(0, 0, branch), true);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        const QModelIndex index = current();
        if (!index.isValid())
            return;
        const QModelIndex parent = index.parent();
        const int row = index.row();
        m_model->removeNode(index);
        const int rows = m_model->rowCount(parent);
        select(rows > 0 ? m_model->index(qMin(row, rows - 1), 0, parent) : parent, false);
    });
    connect(m_indent, &QAction::triggered, this, [this] {
        const QModelIndex group = m_model->indent(current(), QueryNode::GroupOp::Or);
        select(group, false);
    });
    connect(m_outdent, &QAction::triggered, this, [this] { select(m_model->outdent(current()), false); });
    connect(m_cycleGroup, &QAction::triggered, this, [this] {
        const QModelIndex group = switchableGroup();
        if (group.isValid())
            switchGroup(kGroupOps.at((kGroupOps.indexOf(groupOpOf(group)) + 1) % kGroupOps.size()));
    });
}

QModelIndex QueryBuilder::current() const
{
    const QModelIndex index = m_ui->queryTreeView->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0) : index;
}

QModelIndex QueryBuilder::branchingGroup() const
{
    for (QModelIndex index = current(); index.isValid(); index = index.parent()) {
        if (kindOf(index) == QueryNode::Kind::Group && groupOpOf(index) != QueryNode::GroupOp::And)
            return index;
    }
    return {};
}

QModelIndex QueryBuilder::switchableGroup() const
{
    const QModelIndex index = current();
    return kindOf(index) == QueryNode::Kind::Group ? index : index.parent();
}

void QueryBuilder::select(const QModelIndex &index, bool editField)
{
    QTreeView *tree = m_ui->queryTreeView;
    tree->setFocus();
    if (!index.isValid()) {
        tree->setCurrentIndex({});
        updateActions();
        return;
    }
    tree->setCurrentIndex(index.siblingAtColumn(QueryTreeModel::Field));
    tree->scrollTo(index);
    if (editField && kindOf(index) == QueryNode::Kind::Condition)
        tree->edit(index.siblingAtColumn(QueryTreeModel::Field));
    updateActions();
}

void QueryBuilder::addGroup(QueryNode::GroupOp op)
{
    const QModelIndex group = m_model->addGroup(current(), op);
    select(m_model->index(0, 0, m_model->index(0, 0, group)), true);
}

void QueryBuilder::switchGroup(QueryNode::GroupOp op)
{
    const QModelIndex group = switchableGroup();
    if (!group.isValid())
        return;
    m_model->setGroupOp(group, op);
    updateActions();
}

void QueryBuilder::updateActions()
{
    const QModelIndex index = current();
    m_remove->setEnabled(index.isValid());
    m_indent->setEnabled(index.isValid());
    m_outdent->setEnabled(index.isValid() && index.parent().isValid());
    m_addBranch->setEnabled(branchingGroup().isValid());
    const QModelIndex group = switchableGroup();
    m_cycleGroup->setEnabled(group.isValid());
    m_ui->groupOpComboBox->setEnabled(group.isValid());
    m_ui->groupOpComboBox->setCurrentIndex(group.isValid() ? int(kGroupOps.indexOf(groupOpOf(group))) : 0);
}

void QueryBuilder::setClient(ParseClient *client)
{
    m_client = client;
    m_counter->setClient(client);
    refreshPreview();
}

void QueryBuilder::setClass(const QString &className, const QJsonObject &schema)
{
    m_className = className;
    const QJsonObject fields = schema.value(QLatin1String("fields")).toObject();
    m_model->setSchemaFields(fields);
    m_ui->queryOptionsForm->setFields(fields.keys());
}

QueryOptions QueryBuilder::options() const
{
    QueryOptions o = m_ui->queryOptionsForm->options();
    o.where = m_model->where();
    return o;
}

void QueryBuilder::setOptions(const QueryOptions &options)
{
    m_model->setWhere(options.where);
    m_ui->queryOptionsForm->setOptions(options);
}

void QueryBuilder::setWhereText(const QString &text)
{
    m_ui->whereJsonEdit->setJsonText(text);
    applyWhereText();
}

QString QueryBuilder::blockingReason() const
{
    if (m_className.isEmpty())
        return tr("Choose a class first.");
    // Running the tree's last valid where would show its rows as if they matched the typed one.
    if (!m_whereError.isEmpty())
        return m_whereError;
    for (const QueryValidator::Issue &issue : m_model->issues()) {
        if (issue.severity == QueryValidator::Issue::Severity::Error)
            return issue.message;
    }
    return {};
}

void QueryBuilder::onWhereChanged()
{
    if (!m_applyingText) {
        m_whereError.clear();
        m_ui->whereJsonEdit->setJsonValue(m_model->where());
        m_ui->whereStatusLabel->setText(tr("Edit the JSON to change the tree; it applies once it is valid."));
        ToneKeeper::apply(m_ui->whereStatusLabel, Tone::None);
    }
    showIssues();
    updateActions();
    refreshPreview();
    Q_EMIT queryChanged();
}

void QueryBuilder::applyWhereText()
{
    const JsonText::Parsed parsed = m_ui->whereJsonEdit->check();
    QString problem;
    if (!parsed.ok())
        problem = tr("Invalid JSON at %1 — filter not applied.").arg(parsed.error);
    else if (!parsed.document.isNull() && !parsed.document.isObject())
        problem = tr("A where is a JSON object, {…} — filter not applied.");
    ToneKeeper::apply(m_ui->whereStatusLabel, problem.isEmpty() ? Tone::None : Tone::Bad);
    const bool changed = problem != m_whereError;
    m_whereError = problem;
    if (!problem.isEmpty()) {
        // The tree keeps the last valid where; nothing half-typed reaches it, and nothing runs meanwhile.
        m_ui->whereStatusLabel->setText(problem);
        if (changed) {
            refreshPreview();
            Q_EMIT queryChanged();
        }
        return;
    }
    m_ui->whereStatusLabel->setText(tr("Applied to the tree."));
    const QJsonObject where = parsed.document.object();
    if (where == m_model->where()) {
        if (changed) {
            refreshPreview();
            Q_EMIT queryChanged();
        }
        return;
    }
    m_applyingText = true;
    m_model->setWhere(where);
    m_applyingText = false;
}

void QueryBuilder::showIssues()
{
    QListWidget *list = m_ui->issuesListWidget;
    list->clear();
    const QList<QueryValidator::Issue> issues = m_model->issues();
    for (const QueryValidator::Issue &issue : issues) {
        const bool error = issue.severity == QueryValidator::Issue::Severity::Error;
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            issue.message, list);
        QVariantList path;
        for (const int row : issue.path)
            path << row;
        item->setData(Qt::UserRole, path);
    }
    list->setVisible(!issues.isEmpty());
}

void QueryBuilder::refreshPreview()
{
    const QString reason = blockingReason();
    if (!m_client || m_className.isEmpty()) {
        m_ui->urlLineEdit->setText(m_client ? tr("(choose a class)") : tr("(not connected)"));
        m_ui->curlPlainTextEdit->clear();
        m_counter->stop();
        showCount();
        return;
    }
    const ParseRequest request = ParseRequest::find(m_className, options());
    const QUrl url = m_client->url(request);
    m_ui->urlLineEdit->setText(url.toString(QUrl::FullyEncoded));
    m_ui->urlLineEdit->setToolTip(url.toString(QUrl::RemoveQuery) + QLatin1Char('?') +
                                  url.query(QUrl::FullyDecoded));
    m_ui->urlLineEdit->setCursorPosition(0);
    m_ui->curlPlainTextEdit->setPlainText(CurlCommand::of(*m_client, request));
    if (reason.isEmpty())
        m_counter->request(m_className, m_model->where());
    else
        m_counter->stop();
    showCount();
}

void QueryBuilder::showCount()
{
    QLabel *label = m_ui->liveCountLabel;
    ToneKeeper::apply(label, Tone::None);
    switch (m_counter->state()) {
    case QueryCounter::State::Idle: {
        const QString reason = blockingReason();
        label->setText(m_client && !reason.isEmpty() ? tr("Not counted") : QString());
        label->setToolTip(reason);
        break;
    }
    case QueryCounter::State::Waiting:
    case QueryCounter::State::Counting:
        label->setText(tr("Counting…"));
        label->setToolTip({});
        break;
    case QueryCounter::State::Counted:
        label->setText(tr("Matches: %L1").arg(m_counter->count()));
        label->setToolTip(tr("Counted by the server for the where above"));
        break;
    case QueryCounter::State::Failed:
        label->setText(tr("Count failed"));
        label->setToolTip(m_counter->errorText());
        ToneKeeper::apply(label, Tone::Bad);
        break;
    }
}
