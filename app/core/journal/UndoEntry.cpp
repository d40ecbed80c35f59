#include "core/journal/UndoEntry.h"

#include "core/data/ClassPermissions.h"
#include "core/data/ParseConfig.h"
#include "core/query/ObjectFetcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringView>

namespace {
const QString kUser = QStringLiteral("_User");
// Never written to a journal file: a session token anywhere; a user's password and authData (the
// credentials of linked sign-ins).
const QString kSessionToken = QStringLiteral("sessionToken");
const QStringList kUserSecrets{QStringLiteral("password"), QStringLiteral("authData")};

const std::pair<QLatin1String, UndoOperation::Kind> kKinds[] = {
    {QLatin1String("create"), UndoOperation::Kind::Create},
    {QLatin1String("update"), UndoOperation::Kind::Update},
    {QLatin1String("delete"), UndoOperation::Kind::Delete}};
const std::pair<QLatin1String, UndoOperation::Outcome> kOutcomes[] = {
    {QLatin1String("pending"), UndoOperation::Outcome::Pending},
    {QLatin1String("applied"), UndoOperation::Outcome::Applied},
    {QLatin1String("failed"), UndoOperation::Outcome::Failed},
    {QLatin1String("unknown"), UndoOperation::Outcome::Unknown}};

template <typename T, size_t N> QString nameOf(const std::pair<QLatin1String, T> (&names)[N], T value)
{
    for (const auto &[name, v] : names) {
        if (v == value)
            return name;
    }
    return {};
}

template <typename T, size_t N>
std::optional<T> valueOf(const std::pair<QLatin1String, T> (&names)[N], const QString &text)
{
    for (const auto &[name, v] : names) {
        if (name == text)
            return v;
    }
    return std::nullopt;
}

// The object without its secrets; `removed` gets the names of the ones it held.
QJsonObject withoutSecrets(const QString &className, QJsonObject object, QStringList *removed = nullptr)
{
    QStringList secrets{kSessionToken};
    if (className == kUser)
        secrets += kUserSecrets;
    for (const QString &secret : std::as_const(secrets)) {
        if (object.contains(secret) && removed)
            removed->append(secret);
        object.remove(secret);
    }
    return object;
}

// className -> objectId -> object, each without secrets.
QJsonObject snapshotsWithoutSecrets(const QJsonObject &byClass)
{
    QJsonObject clean;
    for (auto cls = byClass.begin(); cls != byClass.end(); ++cls) {
        QJsonObject objects = cls.value().toObject();
        for (auto it = objects.begin(); it != objects.end(); ++it)
            it.value() = withoutSecrets(cls.key(), it.value().toObject());
        clean.insert(cls.key(), objects);
    }
    return clean;
}
} // namespace

std::optional<UndoOperation> UndoOperation::fromRequest(const QString &method, const QString &path,
                                                        const QJsonObject &body)
{
    // Parse's routes for objects: /classes/C[/id], and the special classes' own short routes.
    static const std::pair<QLatin1String, QLatin1String> routes[] = {
        {QLatin1String("users"), QLatin1String("_User")},
        {QLatin1String("roles"), QLatin1String("_Role")},
        {QLatin1String("installations"), QLatin1String("_Installation")}};
    // Parse Config is one object to the journal: PUT /config updates it (the parameters in its body).
    if (path == QLatin1String("/config") && method.toUpper() == QLatin1String("PUT")) {
        UndoOperation op;
        op.className = ParseConfig::journalClass();
        op.objectId = ParseConfig::journalId();
        op.body = body;
        return op;
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // So is a class's CLP: PUT /schemas/CLASS replaces it. Other schema changes the body may carry (fields,
    // indexes) are not journaled.
    const QString clp = QStringLiteral("classLevelPermissions");
    if (parts.size() == 2 && parts.first() == QLatin1String("schemas") &&
        method.toUpper() == QLatin1String("PUT") && body.contains(clp)) {
        UndoOperation op;
        op.className = ClassPermissions::journalClass();
        op.objectId = parts.at(1);
        op.body = {{clp, body.value(clp)}};
        return op;
    }
    UndoOperation op;
    QStringList rest;
    if (parts.size() >= 2 && parts.first() == QLatin1String("classes")) {
        op.className = parts.at(1);
        rest = parts.mid(2);
    } else {
        for (const auto &[route, className] : routes) {
            if (!parts.isEmpty() && parts.first() == route) {
                op.className = className;
                rest = parts.mid(1);
            }
        }
    }
    if (op.className.isEmpty() || rest.size() > 1)
        return std::nullopt;
    const QString verb = method.toUpper();
    if (rest.isEmpty() && verb == QLatin1String("POST")) {
        op.kind = Kind::Create;
    } else if (rest.size() == 1 && verb == QLatin1String("PUT")) {
        op.kind = Kind::Update;
    } else if (rest.size() == 1 && verb == QLatin1String("DELETE")) {
        op.kind = Kind::Delete;
    } else {
        return std::nullopt;
    }
    op.objectId = rest.value(0);
    if (op.kind != Kind::Delete)
        op.body = withoutSecrets(op.className, body, &op.withheld);
    return op;
}

QJsonObject UndoOperation::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), nameOf(kKinds, kind)},
                     {QStringLiteral("className"), className},
                     {QStringLiteral("outcome"), nameOf(kOutcomes, outcome)}};
    if (!objectId.isEmpty())
        json.insert(QStringLiteral("objectId"), objectId);
    if (!body.isEmpty())
        json.insert(QStringLiteral("body"), body);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (!updatedAt.isEmpty())
        json.insert(QStringLiteral("updatedAt"), updatedAt);
    if (!withheld.isEmpty())
        json.insert(QStringLiteral("withheld"), QJsonArray::fromStringList(withheld));
    return json;
}

UndoOperation UndoOperation::fromJson(const QJsonObject &json)
{
    UndoOperation op;
    op.kind = valueOf(kKinds, json.value(QLatin1String("kind")).toString()).value_or(Kind::Update);
    op.className = json.value(QLatin1String("className")).toString();
    op.objectId = json.value(QLatin1String("objectId")).toString();
    // Entries written before secrets were withheld may still hold them: they are not read back either.
    op.body = withoutSecrets(op.className, json.value(QLatin1String("body")).toObject(), &op.withheld);
    for (const QJsonValue &name : json.value(QLatin1String("withheld")).toArray()) {
        if (name.isString() && !op.withheld.contains(name.toString()))
            op.withheld.append(name.toString());
    }
    op.outcome =
        valueOf(kOutcomes, json.value(QLatin1String("outcome")).toString()).value_or(Outcome::Unknown);
    // Sent before ParseDesk stopped, answer never recorded: it may have been applied.
    if (op.outcome == Outcome::Pending)
        op.outcome = Outcome::Unknown;
    op.error = json.value(QLatin1String("error")).toString();
    op.updatedAt = json.value(QLatin1String("updatedAt")).toString();
    return op;
}

QStringList UndoEntry::classNames() const
{
    QStringList names;
    for (const UndoOperation &op : operations) {
        if (!names.contains(op.className))
            names.append(op.className);
    }
    return names;
}

int UndoEntry::count(UndoOperation::Kind kind) const
{
    return int(std::count_if(operations.begin(), operations.end(),
                             [kind](const UndoOperation &op) { return op.kind == kind; }));
}

int UndoEntry::unknownCount() const
{
    return int(std::count_if(operations.begin(), operations.end(), [](const UndoOperation &op) {
        return op.outcome == UndoOperation::Outcome::Unknown || op.outcome == UndoOperation::Outcome::Pending;
    }));
}

QString UndoEntry::summary() const
{
    QStringList parts;
    if (const int n = count(UndoOperation::Kind::Update))
        parts.append(tr("%n updated", nullptr, n));
    if (const int n = count(UndoOperation::Kind::Delete))
        parts.append(tr("%n deleted", nullptr, n));
    if (const int n = count(UndoOperation::Kind::Create))
        parts.append(tr("%n created", nullptr, n));
    return tr("%1 in %2").arg(parts.join(QStringLiteral(", ")), classNames().join(QStringLiteral(", ")));
}

QJsonObject UndoEntry::snapshot(const QString &className, const QString &objectId) const
{
    QJsonObject before = snapshots.value(className).value(objectId);
    before.remove(ObjectFetcher::readKeysKey());
    return before;
}

namespace {
// A later read of an object joins the first one read in part: the fields the first did not read had not
// been written by the action yet, so the later read still holds their value from before it (or their
// absence: unset). A later whole read makes the snapshot whole.
void joinSnapshot(QJsonObject *known, const QJsonObject &later)
{
    const QString readKeys = ObjectFetcher::readKeysKey();
    if (!known->contains(readKeys))
        return; // read whole before the first write: nothing later adds to it
    QJsonArray covered = known->value(readKeys).toArray();
    const bool laterWhole = !later.contains(readKeys);
    const QJsonArray laterKeys = later.value(readKeys).toArray();
    for (auto it = later.begin(); it != later.end(); ++it) {
        if (it.key() != readKeys && !covered.contains(QJsonValue(it.key())))
            known->insert(it.key(), it.value());
    }
    if (laterWhole) {
        known->remove(readKeys);
        return;
    }
    for (const QJsonValue &key : laterKeys) {
        if (!covered.contains(key))
            covered.append(key);
    }
    known->insert(readKeys, covered);
}
} // namespace

void UndoEntry::addSnapshots(const QJsonObject &byClass)
{
    for (auto cls = byClass.begin(); cls != byClass.end(); ++cls) {
        QMap<QString, QJsonObject> &known = snapshots[cls.key()];
        const QJsonObject objects = cls.value().toObject();
        for (auto it = objects.begin(); it != objects.end(); ++it) {
            const QJsonObject object = withoutSecrets(cls.key(), it.value().toObject());
            const auto found = known.find(it.key());
            if (found == known.end())
                known.insert(it.key(), object);
            else
                joinSnapshot(&*found, object);
        }
    }
}

QJsonObject UndoEntry::toJson() const
{
    QJsonArray ops;
    for (const UndoOperation &op : operations)
        ops.append(op.toJson());
    QJsonObject byClass;
    for (auto cls = snapshots.begin(); cls != snapshots.end(); ++cls) {
        QJsonObject objects;
        for (auto it = cls->begin(); it != cls->end(); ++it)
            objects.insert(it.key(), it.value()); // in key order: each insert is an append
        byClass.insert(cls.key(), objects);
    }
    QJsonObject json{{QStringLiteral("version"), 1},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("operations"), ops},
                     {QStringLiteral("snapshots"), byClass}};
    if (!actionId.isEmpty())
        json.insert(QStringLiteral("actionId"), actionId);
    if (undoneAt.isValid()) {
        json.insert(QStringLiteral("undoneAt"), undoneAt.toUTC().toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("undoReport"), undoReport);
    }
    return json;
}

std::optional<UndoEntry> UndoEntry::fromJson(const QJsonObject &json, QString *error)
{
    UndoEntry entry;
    entry.id = json.value(QLatin1String("id")).toString();
    entry.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (json.value(QLatin1String("version")).toInt() != 1 || entry.id.isEmpty() || !entry.time.isValid() ||
        !json.value(QLatin1String("operations")).isArray()) {
        *error = tr("not an undo journal entry (version 1 with id, time and operations)");
        return std::nullopt;
    }
    entry.source = json.value(QLatin1String("source")).toString();
    entry.actionId = json.value(QLatin1String("actionId")).toString();
    const QJsonArray ops = json.value(QLatin1String("operations")).toArray();
    for (const QJsonValue &op : ops)
        entry.operations.append(UndoOperation::fromJson(op.toObject()));
    entry.addSnapshots(json.value(QLatin1String("snapshots")).toObject());
    entry.undoneAt =
        QDateTime::fromString(json.value(QLatin1String("undoneAt")).toString(), Qt::ISODateWithMs);
    entry.undoReport = json.value(QLatin1String("undoReport")).toString();
    return entry;
}

QJsonObject UndoEntry::addedLine(const QList<UndoOperation> &operations, const QJsonObject &snapshots)
{
    QJsonArray ops;
    for (const UndoOperation &op : operations)
        ops.append(op.toJson());
    return {{QStringLiteral("operations"), ops},
            {QStringLiteral("snapshots"), snapshotsWithoutSecrets(snapshots)}};
}

QJsonObject UndoEntry::outcomesLine(int first, int count) const
{
    QJsonArray outcomes;
    for (int i = first; i < first + count && i < operations.size(); ++i) {
        QJsonObject o = operations.at(i).toJson();
        o.remove(QStringLiteral("body"));
        o.insert(QStringLiteral("index"), i);
        outcomes.append(o);
    }
    return {{QStringLiteral("outcomes"), outcomes}};
}

QJsonObject UndoEntry::undoneLine() const
{
    return {{QStringLiteral("undoneAt"), undoneAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("undoReport"), undoReport}};
}

void UndoEntry::apply(const QJsonObject &line)
{
    const QJsonArray ops = line.value(QLatin1String("operations")).toArray();
    for (const QJsonValue &op : ops)
        operations.append(UndoOperation::fromJson(op.toObject()));
    addSnapshots(line.value(QLatin1String("snapshots")).toObject());
    const QJsonArray outcomes = line.value(QLatin1String("outcomes")).toArray();
    for (const QJsonValue &v : outcomes) {
        const QJsonObject o = v.toObject();
        const int index = o.value(QLatin1String("index")).toInt(-1);
        if (index < 0 || index >= operations.size())
            continue;
        UndoOperation updated = UndoOperation::fromJson(o);
        updated.body = operations.at(index).body;
        operations[index] = updated;
    }
    if (line.contains(QLatin1String("undoneAt"))) {
        undoneAt = QDateTime::fromString(line.value(QLatin1String("undoneAt")).toString(), Qt::ISODateWithMs);
        undoReport = line.value(QLatin1String("undoReport")).toString();
    }
}

std::optional<UndoEntry> UndoEntry::fromLines(const QByteArray &text, QString *error)
{
    const QList<QByteArray> lines = text.split('\n');
    QJsonParseError parseError{};
    const QJsonDocument first = QJsonDocument::fromJson(lines.value(0), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    std::optional<UndoEntry> entry = fromJson(first.object(), error);
    for (qsizetype i = 1; entry && i < lines.size(); ++i) {
        const QJsonDocument line = QJsonDocument::fromJson(lines.at(i), &parseError);
        if (parseError.error != QJsonParseError::NoError || !line.isObject())
            break;
        entry->apply(line.object());
    }
    return entry;
}
