#include "core/models/QueryTreeModel.h"

#include "core/data/JsonText.h"
#include "core/models/Tone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

struct QueryTreeModel::Item
{
    QueryNode node; // children live in `children` below, not in node.children
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return -1;
    }
    static std::unique_ptr<Item> from(const QueryNode &node, Item *parent)
    {
        auto item = std::make_unique<Item>();
        item->node = node;
        item->node.children.clear();
        item->parent = parent;
        for (const QueryNode &child : node.children)
            item->children.push_back(from(child, item.get()));
        return item;
    }
    QueryNode toNode() const
    {
        QueryNode n = node;
        for (const auto &child : children)
            n.children.push_back(child->toNode());
        return n;
    }
    QList<int> path() const { return parent ? parent->path() + QList<int>{row()} : QList<int>{}; }
};

namespace {
// A branch of an OR / NOR is a where object of its own: an implicit AND, here with one empty condition.
QueryNode emptyBranch()
{
    QueryNode branch = QueryNode::group(QueryNode::GroupOp::And, false);
    branch.children.push_back(QueryNode::condition(QString(), QStringLiteral("$eq"), QString()));
    return branch;
}

QString groupLabel(QueryNode::GroupOp op)
{
    return QueryNode::groupOpName(op).mid(1).toUpper();
}
} // namespace

QueryTreeModel::QueryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(Item::from(QueryNode::group(QueryNode::GroupOp::And, false), nullptr))
{}

QueryTreeModel::~QueryTreeModel() = default;

QStringList QueryTreeModel::operatorsFor(const QString &type)
{
    const QStringList all = QueryNode::operators();
    const QStringList common{QStringLiteral("$eq"),        QStringLiteral("$ne"),
                             QStringLiteral("$in"),        QStringLiteral("$nin"),
                             QStringLiteral("$exists"),    QStringLiteral("$select"),
                             QStringLiteral("$dontSelect")};
    const QStringList ordered{QStringLiteral("$lt"), QStringLiteral("$lte"), QStringLiteral("$gt"),
                              QStringLiteral("$gte")};
    if (type == QLatin1String("String"))
        return common + ordered +
               QStringList{QStringLiteral("$regex"), QStringLiteral("startsWith"), QStringLiteral("$text")};
    if (type == QLatin1String("Number") || type == QLatin1String("Date"))
        return common + ordered;
    if (type == QLatin1String("Boolean"))
        return {QStringLiteral("$eq"), QStringLiteral("$ne"), QStringLiteral("$exists")};
    if (type == QLatin1String("Array"))
        return common + QStringList{QStringLiteral("$all"), QStringLiteral("$containedBy")};
    if (type == QLatin1String("Pointer"))
        return common + QStringList{QStringLiteral("$inQuery"), QStringLiteral("$notInQuery")};
    if (type == QLatin1String("GeoPoint"))
        return {QStringLiteral("$nearSphere"), QStringLiteral("$within"), QStringLiteral("$geoWithin"),
                QStringLiteral("$exists")};
    if (type == QLatin1String("Polygon"))
        return {QStringLiteral("$geoIntersects"), QStringLiteral("$exists")};
    return all;
}

void QueryTreeModel::setSchemaFields(const QJsonObject &fields)
{
    m_fields = fields;
    changed();
}

void QueryTreeModel::setWhere(const QJsonObject &where)
{
    beginResetModel();
    m_root = Item::from(QueryNode::fromWhere(where), nullptr);
    endResetModel();
    changed();
}

QueryNode QueryTreeModel::tree() const
{
    return m_root->toNode();
}

QJsonObject QueryTreeModel::where() const
{
    return tree().toWhere();
}

void QueryTreeModel::changed()
{
    m_issues = QueryValidator::validate(tree(), m_fields);
    if (m_root->children.size())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole, IssueRole});
    Q_EMIT whereChanged();
}

QueryTreeModel::Item *QueryTreeModel::itemAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex QueryTreeModel::indexOf(Item *item, int column) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row(), column, item);
}

QModelIndex QueryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, itemAt(parent)->children.at(size_t(row)).get());
}

QModelIndex QueryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(itemAt(child)->parent);
}

int QueryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(itemAt(parent)->children.size());
}

int QueryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant QueryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item *item = itemAt(index);
    const QueryNode &n = item->node;
    const QList<int> path = item->path();
    const QueryValidator::Issue *issue = nullptr;
    for (const auto &i : m_issues) {
        if (i.path == path)
            issue = &i;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (n.kind) {
        case QueryNode::Kind::Group:
            if (index.column() == Field)
                return n.explicitGroup || item->parent ? groupLabel(n.groupOp) : tr("AND (all of)");
            if (index.column() == Operator && role == Qt::DisplayRole)
                return n.groupOp == QueryNode::GroupOp::And  ? tr("all of")
                       : n.groupOp == QueryNode::GroupOp::Or ? tr("any of")
                                                             : tr("none of");
            return {};
        case QueryNode::Kind::Raw:
            if (index.column() == Field)
                return n.rawKey.isEmpty() ? n.field : n.rawKey;
            if (index.column() == Operator)
                return tr("raw JSON");
            return JsonText::text(n.value);
        case QueryNode::Kind::Condition:
            if (index.column() == Field)
                return n.field;
            if (index.column() == Operator)
                return role == Qt::EditRole ? n.op : QueryNode::operatorLabel(n.op);
            if (role == Qt::EditRole && !n.value.isString())
                return QString::fromUtf8(QJsonDocument(QJsonArray{n.value}).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1);
            return JsonText::text(n.value);
        }
        break;
    case Qt::ToolTipRole:
    case IssueRole:
        return issue ? issue->message : QVariant();
    case SeverityRole:
        return issue ? int(issue->severity) : QVariant();
    case ToneRole::Text:
        if (issue && issue->severity == QueryValidator::Issue::Severity::Error)
            return int(Tone::Bad);
        if (n.kind == QueryNode::Kind::Raw)
            return int(Tone::Muted);
        break;
    case KindRole:
        return int(n.kind);
    case ValueRole:
        return n.kind == QueryNode::Kind::Condition ? QVariant(n.value) : QVariant();
    case ExtrasRole:
        return n.kind == QueryNode::Kind::Condition ? QVariant(n.extras) : QVariant();
    }
    return {};
}

QJsonValue QueryTreeModel::parseValue(const QString &field, const QString &text) const
{
    const JsonText::Parsed parsed = JsonText::parse(QStringLiteral("[%1]").arg(text).toUtf8());
    const QString type = m_fields.value(field).toObject().value(QLatin1String("type")).toString();
    if (parsed.ok() && parsed.document.array().size() == 1) {
        const QJsonValue v = parsed.document.array().first();
        // "42" typed into a String field stays the string 42.
        if (type == QLatin1String("String") && !v.isString() && !v.isNull())
            return text;
        return v;
    }
    return text; // not JSON: the text itself
}

bool QueryTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::EditRole && role != ValueRole && role != ExtrasRole))
        return false;
    QueryNode &n = itemAt(index)->node;
    if (role != Qt::EditRole) {
        if (n.kind != QueryNode::Kind::Condition || index.column() != Value)
            return false;
        if (role == ValueRole) {
            n.value = value.toJsonValue();
        } else {
            const QJsonObject extras = value.toJsonObject();
            const QStringList allowed = QueryNode::companionsOf(n.op);
            const QStringList keys = extras.keys();
            if (!std::all_of(keys.begin(), keys.end(),
                             [&](const QString &key) { return allowed.contains(key); }))
                return false;
            n.extras = extras;
        }
    } else if (n.kind == QueryNode::Kind::Group) {
        if (index.column() != Operator && index.column() != Field)
            return false;
        const QString text = value.toString().toUpper().remove(QLatin1Char('$'));
        if (text == QLatin1String("AND"))
            n.groupOp = QueryNode::GroupOp::And;
        else if (text == QLatin1String("OR"))
            n.groupOp = QueryNode::GroupOp::Or;
        else if (text == QLatin1String("NOR"))
            n.groupOp = QueryNode::GroupOp::Nor;
        else
            return false;
        n.explicitGroup = true;
    } else if (n.kind == QueryNode::Kind::Condition) {
        if (index.column() == Field) {
            n.field = value.toString().trimmed();
        } else if (index.column() == Operator) {
            if (!QueryNode::operators().contains(value.toString()))
                return false;
            n.op = value.toString();
            n.extras = {};
        } else {
            n.value = parseValue(n.field, value.toString());
        }
    } else {
        const JsonText::Parsed parsed = JsonText::parse(value.toString().toUtf8());
        if (index.column() != Value || !parsed.ok())
            return false;
        n.value = parsed.document.isObject() ? QJsonValue(parsed.document.object())
                                             : QJsonValue(parsed.document.array());
    }
    Q_EMIT dataChanged(this->index(index.row(), 0, index.parent()),
                       this->index(index.row(), ColumnCount - 1, index.parent()));
    changed();
    return true;
}

Qt::ItemFlags QueryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const QueryNode &n = itemAt(index)->node;
    // $relatedTo names no field; every other condition needs one, starting with the empty new row's.
    const bool editable = n.kind == QueryNode::Kind::Condition
                              ? !(n.op == QLatin1String("$relatedTo") && index.column() == Field)
                          : n.kind == QueryNode::Kind::Group ? index.column() == Operator
                                                             : index.column() == Value;
    return editable ? f | Qt::ItemIsEditable : f;
}

QVariant QueryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case Operator:
        return tr("Operator");
    case Value:
        return tr("Value");
    }
    return {};
}

QModelIndex QueryTreeModel::insertItem(Item *parent, int row, std::unique_ptr<Item> item)
{
    item->parent = parent;
    beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(parent->children.begin() + row, std::move(item));
    endInsertRows();
    changed();
    return index(row, 0, indexOf(parent));
}

std::unique_ptr<QueryTreeModel::Item> QueryTreeModel::takeItem(Item *parent, int row)
{
    beginRemoveRows(indexOf(parent), row, row);
    std::unique_ptr<Item> item = std::move(parent->children[size_t(row)]);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    item->parent = nullptr;
    return item;
}

QModelIndex QueryTreeModel::addCondition(const QModelIndex &parent, const QString &field)
{
    Item *group = itemAt(parent);
    if (group->node.kind != QueryNode::Kind::Group)
        group = group->parent;
    return insertItem(group, int(group->children.size()),
                      Item::from(QueryNode::condition(field, QStringLiteral("$eq"), QString()), nullptr));
}

QModelIndex QueryTreeModel::addGroup(const QModelIndex &parent, QueryNode::GroupOp op)
{
    Item *group = itemAt(parent);
    if (group->node.kind != QueryNode::Kind::Group)
        group = group->parent;
    QueryNode node = QueryNode::group(op, true);
    node.children.push_back(emptyBranch());
    return insertItem(group, int(group->children.size()), Item::from(node, nullptr));
}

QModelIndex QueryTreeModel::addBranch(const QModelIndex &group)
{
    Item *item = itemAt(group);
    if (!group.isValid() || item->node.kind != QueryNode::Kind::Group)
        return {};
    return insertItem(item, int(item->children.size()), Item::from(emptyBranch(), nullptr));
}

void QueryTreeModel::removeNode(const QModelIndex &index)
{
    Item *item = itemAt(index);
    if (!index.isValid() || !item->parent)
        return;
    takeItem(item->parent, item->row());
    changed();
}

void QueryTreeModel::setGroupOp(const QModelIndex &group, QueryNode::GroupOp op)
{
    setData(this->index(group.row(), Operator, group.parent()), groupLabel(op));
}

QModelIndex QueryTreeModel::indent(const QModelIndex &index, QueryNode::GroupOp op)
{
    Item *item = itemAt(index);
    if (!index.isValid())
        return {};
    Item *parent = item->parent;
    const int row = item->row();
    std::unique_ptr<Item> taken = takeItem(parent, row);
    auto group = Item::from(QueryNode::group(op, true), nullptr);
    // A node directly under an OR / NOR must be a where object: wrap conditions in an implicit AND.
    if (op != QueryNode::GroupOp::And && taken->node.kind != QueryNode::Kind::Group) {
        auto branch = Item::from(QueryNode::group(QueryNode::GroupOp::And, false), group.get());
        taken->parent = branch.get();
        branch->children.push_back(std::move(taken));
        group->children.push_back(std::move(branch));
    } else {
        taken->parent = group.get();
        group->children.push_back(std::move(taken));
    }
    return insertItem(parent, row, std::move(group));
}

QModelIndex QueryTreeModel::outdent(const QModelIndex &index)
{
    Item *item = itemAt(index);
    if (!index.isValid() || !item->parent || !item->parent->parent)
        return {};
    Item *parent = item->parent;
    Item *grandParent = parent->parent;
    const int parentRow = parent->row();
    std::unique_ptr<Item> taken = takeItem(parent, item->row());
    return insertItem(grandParent, parentRow + 1, std::move(taken));
}
