#include "core/query/QueryNode.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
const QString kEq = QStringLiteral("$eq");
const QString kStartsWith = QStringLiteral("startsWith");
const QString kRegex = QStringLiteral("$regex");

// Operators the builder models, and the companion keys that belong to each.
const QHash<QString, QStringList> &companions()
{
    static const QHash<QString, QStringList> table{
        {QStringLiteral("$ne"), {}},
        {QStringLiteral("$lt"), {}},
        {QStringLiteral("$lte"), {}},
        {QStringLiteral("$gt"), {}},
        {QStringLiteral("$gte"), {}},
        {QStringLiteral("$in"), {}},
        {QStringLiteral("$nin"), {}},
        {QStringLiteral("$all"), {}},
        {QStringLiteral("$exists"), {}},
        {kRegex, {QStringLiteral("$options")}},
        {QStringLiteral("$containedBy"), {}},
        {QStringLiteral("$select"), {}},
        {QStringLiteral("$dontSelect"), {}},
        {QStringLiteral("$inQuery"), {}},
        {QStringLiteral("$notInQuery"), {}},
        {QStringLiteral("$nearSphere"),
         {QStringLiteral("$maxDistance"), QStringLiteral("$maxDistanceInRadians"),
          QStringLiteral("$maxDistanceInKilometers"), QStringLiteral("$maxDistanceInMiles")}},
        {QStringLiteral("$within"), {}},
        {QStringLiteral("$geoWithin"), {}},
        {QStringLiteral("$geoIntersects"), {}},
        {QStringLiteral("$text"), {}},
    };
    return table;
}

const QHash<QString, QueryNode::GroupOp> &groupKeys()
{
    static const QHash<QString, QueryNode::GroupOp> keys{{QStringLiteral("$and"), QueryNode::GroupOp::And},
                                                         {QStringLiteral("$or"), QueryNode::GroupOp::Or},
                                                         {QStringLiteral("$nor"), QueryNode::GroupOp::Nor}};
    return keys;
}

bool isOperatorObject(const QJsonValue &value)
{
    if (!value.isObject() || value.toObject().isEmpty())
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('$')))
            return false;
    }
    return true;
}

// The JS SDK writes startsWith(prefix) as the regex ^\Qprefix\E.
const QRegularExpression &startsWithPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\^\\\\Q(.*)\\\\E$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

void parseField(QueryNode &parent, const QString &field, const QJsonValue &value)
{
    if (!isOperatorObject(value)) {
        parent.children.push_back(QueryNode::condition(field, kEq, value));
        return;
    }
    QJsonObject rest = value.toObject();
    // Companions are claimed by their operator first, so what remains unknown becomes a raw leaf.
    const QStringList keys = rest.keys();
    for (const QString &op : keys) {
        const auto known = companions().constFind(op);
        if (known == companions().constEnd() || !rest.contains(op))
            continue;
        QJsonObject extras;
        for (const QString &companion : *known) {
            if (rest.contains(companion))
                extras.insert(companion, rest.take(companion));
        }
        const QJsonValue operand = rest.take(op);
        const QRegularExpressionMatch prefix = startsWithPattern().match(operand.toString());
        if (op == kRegex && extras.isEmpty() && operand.isString() && prefix.hasMatch() &&
            !prefix.captured(1).contains(QLatin1String("\\E")))
            parent.children.push_back(QueryNode::condition(field, kStartsWith, prefix.captured(1)));
        else
            parent.children.push_back(QueryNode::condition(field, op, operand, extras));
    }
    if (!rest.isEmpty()) {
        QueryNode raw;
        raw.kind = QueryNode::Kind::Raw;
        raw.field = field;
        raw.value = rest;
        parent.children.push_back(raw);
    }
}

QueryNode parseObject(const QJsonObject &where)
{
    QueryNode node = QueryNode::group(QueryNode::GroupOp::And, false);
    for (auto it = where.begin(); it != where.end(); ++it) {
        const auto group = groupKeys().constFind(it.key());
        if (group != groupKeys().constEnd() && it.value().isArray() && !it.value().toArray().isEmpty()) {
            QueryNode g = QueryNode::group(*group, true);
            bool allObjects = true;
            for (const QJsonValue &branch : it.value().toArray())
                allObjects &= branch.isObject();
            if (allObjects) {
                for (const QJsonValue &branch : it.value().toArray())
                    g.children.push_back(parseObject(branch.toObject()));
                node.children.push_back(g);
                continue;
            }
        }
        // Unknown "$keys", and the empty key no field can have, stay as they were.
        if (it.key().startsWith(QLatin1Char('$')) || it.key().isEmpty()) {
            if (it.key() == QLatin1String("$relatedTo")) {
                node.children.push_back(QueryNode::condition({}, it.key(), it.value()));
                continue;
            }
            QueryNode raw;
            raw.kind = QueryNode::Kind::Raw;
            raw.rawKey = it.key();
            raw.value = it.value();
            node.children.push_back(raw);
            continue;
        }
        parseField(node, it.key(), it.value());
    }
    return node;
}

// Adds one node's contribution to a where object; false when a key it needs is taken already.
bool mergeInto(QJsonObject &out, const QueryNode &node)
{
    switch (node.kind) {
    case QueryNode::Kind::Group: {
        if (!node.explicitGroup && node.groupOp == QueryNode::GroupOp::And) {
            for (const QueryNode &child : node.children) {
                if (!mergeInto(out, child))
                    return false;
            }
            return true;
        }
        const QString key = QueryNode::groupOpName(node.groupOp);
        if (out.contains(key))
            return false;
        QJsonArray branches;
        for (const QueryNode &child : node.children)
            branches.append(child.toWhere());
        out.insert(key, branches);
        return true;
    }
    case QueryNode::Kind::Raw: {
        if (node.field.isEmpty()) { // a top-level key, kept whole
            if (out.contains(node.rawKey))
                return false;
            out.insert(node.rawKey, node.value);
            return true;
        }
        QJsonObject ops = out.value(node.field).toObject();
        if (out.contains(node.field) && !isOperatorObject(out.value(node.field)))
            return false;
        const QJsonObject raw = node.value.toObject();
        for (auto it = raw.begin(); it != raw.end(); ++it) {
            if (ops.contains(it.key()))
                return false;
            ops.insert(it.key(), it.value());
        }
        out.insert(node.field, ops);
        return true;
    }
    case QueryNode::Kind::Condition:
        break;
    }
    if (node.field.isEmpty()) { // $relatedTo
        if (out.contains(node.op))
            return false;
        out.insert(node.op, node.value);
        return true;
    }
    if (node.op == kEq) {
        if (out.contains(node.field))
            return false;
        out.insert(node.field, node.value);
        return true;
    }
    if (out.contains(node.field) && !isOperatorObject(out.value(node.field)))
        return false;
    QJsonObject ops = out.value(node.field).toObject();
    const QString op = node.op == kStartsWith ? kRegex : node.op;
    const QJsonValue operand =
        node.op == kStartsWith
            ? QJsonValue(QStringLiteral("^\\Q") + node.value.toString() + QStringLiteral("\\E"))
            : node.value;
    if (ops.contains(op))
        return false;
    ops.insert(op, operand);
    for (auto it = node.extras.begin(); it != node.extras.end(); ++it) {
        if (ops.contains(it.key()))
            return false;
        ops.insert(it.key(), it.value());
    }
    out.insert(node.field, ops);
    return true;
}
} // namespace

QueryNode QueryNode::group(GroupOp op, bool explicitGroup)
{
    QueryNode n;
    n.kind = Kind::Group;
    n.groupOp = op;
    n.explicitGroup = explicitGroup;
    return n;
}

QueryNode QueryNode::condition(const QString &field, const QString &op, const QJsonValue &value,
                               const QJsonObject &extras)
{
    QueryNode n;
    n.kind = Kind::Condition;
    n.field = field;
    n.op = op;
    n.value = value;
    n.extras = extras;
    return n;
}

QueryNode QueryNode::fromWhere(const QJsonObject &where)
{
    return parseObject(where);
}

QJsonObject QueryNode::toWhere() const
{
    QJsonObject out;
    if (mergeInto(out, *this))
        return out;
    // Two children claim the same key (say two equalities on one field): only an explicit $and holds both.
    QJsonArray parts;
    const std::vector<QueryNode> &items = kind == Kind::Group && !explicitGroup && groupOp == GroupOp::And
                                              ? children
                                              : std::vector<QueryNode>{*this};
    for (const QueryNode &child : items) {
        QJsonObject part;
        mergeInto(part, child);
        parts.append(part);
    }
    return QJsonObject{{QStringLiteral("$and"), parts}};
}

const QStringList &QueryNode::operators()
{
    static const QStringList ops{kEq,
                                 QStringLiteral("$ne"),
                                 QStringLiteral("$lt"),
                                 QStringLiteral("$lte"),
                                 QStringLiteral("$gt"),
                                 QStringLiteral("$gte"),
                                 QStringLiteral("$in"),
                                 QStringLiteral("$nin"),
                                 QStringLiteral("$all"),
                                 QStringLiteral("$containedBy"),
                                 QStringLiteral("$exists"),
                                 kRegex,
                                 kStartsWith,
                                 QStringLiteral("$select"),
                                 QStringLiteral("$dontSelect"),
                                 QStringLiteral("$inQuery"),
                                 QStringLiteral("$notInQuery"),
                                 QStringLiteral("$relatedTo"),
                                 QStringLiteral("$nearSphere"),
                                 QStringLiteral("$within"),
                                 QStringLiteral("$geoWithin"),
                                 QStringLiteral("$geoIntersects"),
                                 QStringLiteral("$text")};
    return ops;
}

QString QueryNode::operatorLabel(const QString &op)
{
    static const QHash<QString, const char *> labels{
        {kEq, QT_TR_NOOP("equals")},
        {QStringLiteral("$ne"), QT_TR_NOOP("not equal")},
        {QStringLiteral("$lt"), QT_TR_NOOP("less than")},
        {QStringLiteral("$lte"), QT_TR_NOOP("at most")},
        {QStringLiteral("$gt"), QT_TR_NOOP("greater than")},
        {QStringLiteral("$gte"), QT_TR_NOOP("at least")},
        {QStringLiteral("$in"), QT_TR_NOOP("is one of")},
        {QStringLiteral("$nin"), QT_TR_NOOP("is none of")},
        {QStringLiteral("$all"), QT_TR_NOOP("contains all of")},
        {QStringLiteral("$containedBy"), QT_TR_NOOP("contained by")},
        {QStringLiteral("$exists"), QT_TR_NOOP("exists")},
        {kRegex, QT_TR_NOOP("matches regex")},
        {kStartsWith, QT_TR_NOOP("starts with")},
        {QStringLiteral("$select"), QT_TR_NOOP("key in sub-query")},
        {QStringLiteral("$dontSelect"), QT_TR_NOOP("key not in sub-query")},
        {QStringLiteral("$inQuery"), QT_TR_NOOP("matches sub-query")},
        {QStringLiteral("$notInQuery"), QT_TR_NOOP("doesn't match sub-query")},
        {QStringLiteral("$relatedTo"), QT_TR_NOOP("related to")},
        {QStringLiteral("$nearSphere"), QT_TR_NOOP("near")},
        {QStringLiteral("$within"), QT_TR_NOOP("within box")},
        {QStringLiteral("$geoWithin"), QT_TR_NOOP("within polygon / sphere")},
        {QStringLiteral("$geoIntersects"), QT_TR_NOOP("polygon contains point")},
        {QStringLiteral("$text"), QT_TR_NOOP("full-text search")},
    };
    const auto it = labels.constFind(op);
    return it == labels.constEnd() ? op : tr(*it);
}

QStringList QueryNode::companionsOf(const QString &op)
{
    return companions().value(op);
}

QString QueryNode::groupOpName(GroupOp op)
{
    switch (op) {
    case GroupOp::And:
        return QStringLiteral("$and");
    case GroupOp::Or:
        return QStringLiteral("$or");
    case GroupOp::Nor:
        return QStringLiteral("$nor");
    }
    return {};
}
