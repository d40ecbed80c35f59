#include "core/query/QueryValidator.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
using Issue = QueryValidator::Issue;

struct Context
{
    const QJsonObject &fields;
    QList<Issue> &issues;
};

void add(Context &c, Issue::Severity severity, const QList<int> &path, const QString &message)
{
    c.issues.append({severity, path, message});
}

// Does a value fit the schema type? Operators whose operand is not a field value are not checked here.
bool fits(const QString &type, const QJsonValue &v)
{
    const QString typeTag = v.toObject().value(QLatin1String("__type")).toString();
    if (type == QLatin1String("Number"))
        return v.isDouble();
    if (type == QLatin1String("String"))
        return v.isString();
    if (type == QLatin1String("Boolean"))
        return v.isBool();
    if (type == QLatin1String("Date"))
        return typeTag == QLatin1String("Date") || v.toObject().contains(QLatin1String("$relativeTime"));
    if (type == QLatin1String("Pointer"))
        return typeTag == QLatin1String("Pointer");
    if (type == QLatin1String("GeoPoint"))
        return typeTag == QLatin1String("GeoPoint");
    // Arrays match single elements ("contains"), objects and the rest take anything.
    return true;
}

void checkCondition(Context &c, const QueryNode &n, const QList<int> &path, bool insideOr)
{
    const QString &op = n.op;
    if (n.field.isEmpty() && op != QLatin1String("$relatedTo"))
        add(c, Issue::Severity::Error, path, QueryValidator::tr("Choose a field for this condition."));
    static const QStringList listOps{QStringLiteral("$in"), QStringLiteral("$nin"), QStringLiteral("$all"),
                                     QStringLiteral("$containedBy")};
    if (!n.field.isEmpty() && !c.fields.isEmpty() &&
        !c.fields.contains(n.field.section(QLatin1Char('.'), 0, 0)))
        add(c, Issue::Severity::Warning, path,
            QueryValidator::tr("The class has no field \"%1\".").arg(n.field));
    if (listOps.contains(op) && !n.value.isArray())
        add(c, Issue::Severity::Error, path,
            QueryValidator::tr("%1 needs a list of values, e.g. [1, 2].").arg(QueryNode::operatorLabel(op)));
    if (op == QLatin1String("$exists") && !n.value.isBool())
        add(c, Issue::Severity::Error, path, QueryValidator::tr("\"exists\" takes true or false."));
    if (op == QLatin1String("$regex")) {
        const QRegularExpression re(n.value.toString());
        if (!n.value.isString() || !re.isValid())
            add(c, Issue::Severity::Error, path,
                QueryValidator::tr("Invalid regular expression: %1").arg(re.errorString()));
        const QString options = n.extras.value(QLatin1String("$options")).toString();
        static const QRegularExpression allowed(QStringLiteral("^[imxs]*$"));
        if (!allowed.match(options).hasMatch())
            add(c, Issue::Severity::Error, path,
                QueryValidator::tr("Regex options may only be i, m, x and s, not \"%1\".").arg(options));
    }
    if (insideOr && (op == QLatin1String("$nearSphere") || op == QLatin1String("$text")))
        add(c, Issue::Severity::Error, path,
            QueryValidator::tr("%1 can't be inside an OR or NOR group; put it at the top level.")
                .arg(QueryNode::operatorLabel(op)));
    // Both verified on Parse Server 9 with PostgreSQL: its adapter reads only $maxDistance (radians) and
    // returns every object, nearest first, for the other spellings; equality with an array field fails.
    if (op == QLatin1String("$nearSphere") && !n.extras.isEmpty() &&
        !n.extras.contains(QLatin1String("$maxDistance")))
        add(c, Issue::Severity::Warning, path,
            QueryValidator::tr("On PostgreSQL Parse Server ignores %1 and returns every object by distance; "
                               "$maxDistance (in radians) works on every database.")
                .arg(n.extras.keys().join(QLatin1String(", "))));
    const QString type = c.fields.value(n.field).toObject().value(QLatin1String("type")).toString();
    if (type == QLatin1String("Array") && op == QLatin1String("$eq") && !n.value.isArray() &&
        !n.value.isNull())
        add(c, Issue::Severity::Warning, path,
            QueryValidator::tr("On PostgreSQL \"%1 equals a value\" fails (HTTP 500); \"is one of\" with a "
                               "one-item list finds the same objects on every database.")
                .arg(n.field));
    static const QStringList valueOps{QStringLiteral("$eq"),  QStringLiteral("$ne"), QStringLiteral("$lt"),
                                      QStringLiteral("$lte"), QStringLiteral("$gt"), QStringLiteral("$gte")};
    if (!type.isEmpty() && valueOps.contains(op) && !n.value.isNull() && !fits(type, n.value))
        add(c, Issue::Severity::Error, path,
            QueryValidator::tr("\"%1\" is a %2 field; this value is not a %2.").arg(n.field, type));
    if (!type.isEmpty() && (op == QLatin1String("$in") || op == QLatin1String("$nin")) && n.value.isArray()) {
        for (const QJsonValue &v : n.value.toArray()) {
            if (!fits(type, v)) {
                add(c, Issue::Severity::Error, path,
                    QueryValidator::tr("\"%1\" is a %2 field; not every value in the list is a %2.")
                        .arg(n.field, type));
                break;
            }
        }
    }
}

void walk(Context &c, const QueryNode &n, const QList<int> &path, bool insideOr)
{
    switch (n.kind) {
    case QueryNode::Kind::Raw:
        // The empty key is kept to lose nothing, but Parse has no field without a name.
        if (n.field.isEmpty() && n.rawKey.isEmpty())
            add(c, Issue::Severity::Error, path, QueryValidator::tr("Choose a field for this condition."));
        else
            add(c, Issue::Severity::Warning, path,
                QueryValidator::tr("Kept as raw JSON and sent unchanged: the builder can't show it."));
        return;
    case QueryNode::Kind::Condition:
        checkCondition(c, n, path, insideOr);
        return;
    case QueryNode::Kind::Group:
        break;
    }
    if (n.explicitGroup && n.children.empty())
        add(c, Issue::Severity::Error, path,
            QueryValidator::tr("An empty %1 group matches nothing; add a condition or remove it.")
                .arg(QueryNode::groupOpName(n.groupOp).mid(1).toUpper()));
    const bool branches = insideOr || n.groupOp != QueryNode::GroupOp::And;
    for (int i = 0; i < int(n.children.size()); ++i)
        walk(c, n.children.at(size_t(i)), path + QList<int>{i}, branches);
}
} // namespace

QList<QueryValidator::Issue> QueryValidator::validate(const QueryNode &root, const QJsonObject &schemaFields)
{
    QList<Issue> issues;
    Context c{schemaFields, issues};
    walk(c, root, {}, false);
    return issues;
}

bool QueryValidator::hasErrors(const QList<Issue> &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const Issue &i) { return i.severity == Issue::Severity::Error; });
}
