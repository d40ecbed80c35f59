#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <vector>

// A where constraint as a tree: groups (AND / OR / NOR) of conditions (field, operator, value) and raw
// leaves for anything the builder does not model, kept and sent back unchanged. fromWhere() and toWhere()
// round-trip every where document to identical JSON.
struct QueryNode
{
    Q_DECLARE_TR_FUNCTIONS(QueryNode)

public:
    enum class Kind
    {
        Group,
        Condition,
        Raw
    };
    enum class GroupOp
    {
        And,
        Or,
        Nor
    };

    Kind kind = Kind::Group;

    // Group. An implicit AND is one where object (its keys); an explicit one came from "$and": [...].
    GroupOp groupOp = GroupOp::And;
    bool explicitGroup = false;
    std::vector<QueryNode> children;

    // Condition: field, operator ("$eq" for plain equality, "startsWith", or a Parse operator such as
    // "$gt"), value, and the operator's companions ($options of $regex, $maxDistance* of $nearSphere).
    // Raw: field (empty for a top-level key) and the JSON kept as it was under rawKey / field.
    QString field;
    QString op;
    QJsonValue value;
    QJsonObject extras;
    QString rawKey; // Raw at the top level: the unknown "$key" itself

    static QueryNode group(GroupOp op, bool explicitGroup = true);
    static QueryNode condition(const QString &field, const QString &op, const QJsonValue &value,
                               const QJsonObject &extras = {});

    static QueryNode fromWhere(const QJsonObject &where);
    QJsonObject toWhere() const;

    // Every operator the builder offers, with the companions it may carry.
    static const QStringList &operators();
    static QString operatorLabel(const QString &op);
    // The companion keys an operator may carry ("$options" for "$regex"); empty for most.
    static QStringList companionsOf(const QString &op);
    static QString groupOpName(GroupOp op); // "$and", "$or", "$nor"

    bool operator==(const QueryNode &) const = default;
};
