#pragma once

#include "core/query/QueryNode.h"
#include "core/query/QueryValidator.h"

#include <QAbstractItemModel>
#include <memory>

// The query builder's tree: groups (AND / OR / NOR) and conditions (field, operator, value) as rows,
// editable in place. Values are edited as JSON text, typed by the field's schema type when the text is
// not JSON ("Lobby" for a String field needs no quotes). Every change re-validates and says whereChanged().
class QueryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryTreeModel)

public:
    enum Column
    {
        Field,
        Operator,
        Value,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IssueRole,
        SeverityRole,
        // On the Value column of a condition, editable: its value exactly, as a QJsonValue (EditRole
        // takes text and types it by the schema), and its operator's companions ($options of $regex,
        // $maxDistance of $nearSphere) as a QJsonObject.
        ValueRole,
        ExtrasRole
    };

    explicit QueryTreeModel(QObject *parent = nullptr);
    ~QueryTreeModel() override;

    void setSchemaFields(const QJsonObject &fields);
    QJsonObject schemaFields() const { return m_fields; }
    void setWhere(const QJsonObject &where);
    QJsonObject where() const;
    QueryNode tree() const;
    QList<QueryValidator::Issue> issues() const { return m_issues; }

    // Structure edits; parent is a group (the root when invalid). They return the new row's index.
    QModelIndex addCondition(const QModelIndex &parent, const QString &field = {});
    // A new OR / NOR / explicit AND group holding one branch with one empty condition.
    QModelIndex addGroup(const QModelIndex &parent, QueryNode::GroupOp op);
    // Another branch (a where object of its own) for an OR / NOR group, with one empty condition.
    QModelIndex addBranch(const QModelIndex &group);
    void removeNode(const QModelIndex &index);
    void setGroupOp(const QModelIndex &group, QueryNode::GroupOp op);
    // Wraps the node in a new group of its own (indent) or lifts it out of its group (outdent).
    QModelIndex indent(const QModelIndex &index, QueryNode::GroupOp op);
    QModelIndex outdent(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Operators that make sense for a schema type (all of them when the type is unknown).
    static QStringList operatorsFor(const QString &type);

Q_SIGNALS:
    void whereChanged();

private:
    struct Item;
    Item *itemAt(const QModelIndex &index) const;
    QModelIndex indexOf(Item *item, int column = 0) const;
    QModelIndex insertItem(Item *parent, int row, std::unique_ptr<Item> item);
    std::unique_ptr<Item> takeItem(Item *parent, int row);
    QJsonValue parseValue(const QString &field, const QString &text) const;
    void changed();

    std::unique_ptr<Item> m_root;
    QJsonObject m_fields;
    QList<QueryValidator::Issue> m_issues;
};
