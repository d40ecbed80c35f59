#include "core/data/ClassPermissions.h"

#include "core/data/JsonText.h"

#include <QJsonArray>
#include <QRegularExpression>

const QString ClassPermissions::kProtectedFields = QStringLiteral("protectedFields");
const QString ClassPermissions::kPointerFields = QStringLiteral("pointerFields");
const QString ClassPermissions::kDefaultAcl = QStringLiteral("ACL");
const QString ClassPermissions::kPublic = QStringLiteral("*");
const QString ClassPermissions::kRequiresAuthentication = QStringLiteral("requiresAuthentication");
const QString ClassPermissions::kAuthenticated = QStringLiteral("authenticated");

namespace {
const QString kRole = QStringLiteral("role:");
const QString kUserField = QStringLiteral("userField:");

// Parse's own objectIds (without allowCustomObjectId) and role names (RestWrite's check on _Role.name).
bool isUserId(const QString &key)
{
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9]+$"));
    return id.match(key).hasMatch();
}
bool isRole(const QString &key)
{
    static const QRegularExpression role(QStringLiteral("^role:[0-9A-Za-z_ -]+$"));
    return role.match(key).hasMatch();
}

// A reserved word written in another case passes the server as a user's objectId and then matches nobody.
bool looksReserved(const QString &key)
{
    for (const QString &word : {ClassPermissions::kRequiresAuthentication, ClassPermissions::kAuthenticated,
                                ClassPermissions::kPointerFields}) {
        if (key != word && key.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

QString path(const QString &key, const QString &sub)
{
    return key + QLatin1Char('.') + sub;
}

bool isUserPointerOrArray(const QJsonObject &fields, const QString &name)
{
    const QJsonObject field = fields.value(name).toObject();
    const QString type = field.value(QLatin1String("type")).toString();
    return type == QLatin1String("Array") ||
           (type == QLatin1String("Pointer") &&
            field.value(QLatin1String("targetClass")).toString() == QLatin1String("_User"));
}
} // namespace

const QStringList &ClassPermissions::operations()
{
    static const QStringList names{QStringLiteral("get"),     QStringLiteral("find"),
                                   QStringLiteral("count"),   QStringLiteral("create"),
                                   QStringLiteral("update"),  QStringLiteral("delete"),
                                   QStringLiteral("addField")};
    return names;
}

const QStringList &ClassPermissions::pointerPermissionKeys()
{
    static const QStringList names{QStringLiteral("readUserFields"), QStringLiteral("writeUserFields")};
    return names;
}

ClassPermissions::ClassPermissions()
{
    for (const QString &operation : operations())
        m_json.insert(operation, QJsonObject{{kPublic, true}});
    m_json.insert(kDefaultAcl, QJsonObject{{kPublic, QJsonObject{{QStringLiteral("read"), true},
                                                                 {QStringLiteral("write"), true}}}});
}

bool ClassPermissions::isPrincipal(const QString &key)
{
    if (key == kPublic || key == kRequiresAuthentication)
        return true;
    if (key.startsWith(kRole))
        return isRole(key);
    // "authenticated" is protectedFields' word; in an operation the server would take it for a user id.
    return key != kAuthenticated && !looksReserved(key) && isUserId(key);
}

bool ClassPermissions::isProtectedFieldsPrincipal(const QString &key)
{
    if (key == kPublic || key == kAuthenticated)
        return true;
    if (key.startsWith(kRole))
        return isRole(key);
    if (key.startsWith(kUserField))
        return key.size() > kUserField.size();
    return key != kRequiresAuthentication && !looksReserved(key) && isUserId(key);
}

ClassPermissions ClassPermissions::fromJson(const QJsonObject &json, QList<Issue> *issues)
{
    ClassPermissions clp;
    clp.m_json = {};
    const auto issue = [issues](const QString &key, const QString &message) {
        issues->append({key, message});
    };
    const QString principalForms = tr("use *, requiresAuthentication, role:NAME or a user's objectId");
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (operations().contains(key)) {
            if (!it->isObject()) {
                issue(key, tr("'%1' must be an object of principals").arg(key));
                continue;
            }
            const QJsonObject given = it->toObject();
            QJsonObject kept;
            for (auto entry = given.begin(); entry != given.end(); ++entry) {
                if (entry.key() == kPointerFields) {
                    if (const auto fields = stringList(entry.value())) {
                        if (!fields->isEmpty())
                            kept.insert(entry.key(), entry.value());
                    } else
                        issue(path(key, entry.key()),
                              tr("'%1' must be a list of field names").arg(kPointerFields));
                } else if (!isPrincipal(entry.key())) {
                    issue(path(key, entry.key()),
                          entry.key() == kAuthenticated
                              ? tr("'authenticated' is protectedFields' principal; operations use "
                                   "requiresAuthentication")
                              : tr("'%1' is not a principal: %2").arg(entry.key(), principalForms));
                } else if (entry.value() != QJsonValue(true)) {
                    issue(path(key, entry.key()),
                          tr("'%1' must be true (leave a principal out to deny it)").arg(entry.key()));
                } else {
                    kept.insert(entry.key(), true);
                }
            }
            clp.m_json.insert(key, kept);
        } else if (pointerPermissionKeys().contains(key)) {
            if (const auto fields = stringList(it.value())) {
                if (!fields->isEmpty())
                    clp.m_json.insert(key, it.value());
            } else
                issue(key, tr("'%1' must be a list of field names").arg(key));
        } else if (key == kProtectedFields) {
            if (!it->isObject()) {
                issue(key, tr("'%1' must be an object: principal -> fields").arg(key));
                continue;
            }
            const QJsonObject given = it->toObject();
            QJsonObject kept;
            for (auto entry = given.begin(); entry != given.end(); ++entry) {
                if (!isProtectedFieldsPrincipal(entry.key()))
                    issue(path(key, entry.key()),
                          entry.key() == kRequiresAuthentication
                              ? tr("protectedFields names logged-in users 'authenticated'")
                              : tr("'%1' is not a protectedFields principal: use *, authenticated, "
                                   "role:NAME, userField:FIELD or a user's objectId")
                                    .arg(entry.key()));
                else if (!stringList(entry.value()))
                    issue(path(key, entry.key()), tr("'%1' must be a list of field names").arg(entry.key()));
                else if (!entry.value().toArray().isEmpty())
                    kept.insert(entry.key(), entry.value());
            }
            // The server reads back {} or {"*": []} where nothing is protected: the same as none.
            if (!kept.isEmpty())
                clp.m_json.insert(key, kept);
        } else if (key == kDefaultAcl) {
            if (!it->isObject()) {
                issue(key,
                      tr("'%1' must be an object: principal -> {\"read\": bool, \"write\": bool}").arg(key));
                continue;
            }
            const QJsonObject given = it->toObject();
            QJsonObject kept;
            for (auto entry = given.begin(); entry != given.end(); ++entry) {
                const QJsonObject access = entry->toObject();
                bool valid = entry->isObject();
                for (auto a = access.begin(); a != access.end(); ++a)
                    valid = valid && a->isBool() &&
                            (a.key() == QLatin1String("read") || a.key() == QLatin1String("write"));
                if (!isPrincipal(entry.key()))
                    issue(path(key, entry.key()),
                          tr("'%1' is not a principal: %2").arg(entry.key(), principalForms));
                else if (!valid)
                    issue(path(key, entry.key()),
                          tr("'%1' must be {\"read\": true|false, \"write\": true|false}").arg(entry.key()));
                else
                    kept.insert(entry.key(), access);
            }
            clp.m_json.insert(key, kept);
        } else {
            issue(key, tr("'%1' is not a class-level permission: use %2, %3, %4 or %5")
                           .arg(key, operations().join(QStringLiteral(", ")),
                                pointerPermissionKeys().join(QStringLiteral(", ")), kProtectedFields,
                                kDefaultAcl));
        }
    }
    // An operation left out is one nobody may do: the server reads it back as {}.
    for (const QString &operation : operations()) {
        if (!clp.m_json.contains(operation))
            clp.m_json.insert(operation, QJsonObject());
    }
    return clp;
}

QJsonObject ClassPermissions::toJson() const
{
    return m_json;
}

QList<ClassPermissions::Issue> ClassPermissions::checkFields(const QJsonObject &fields) const
{
    QList<Issue> issues;
    const auto checkPointers = [&](const QString &key, const QStringList &names) {
        for (const QString &name : names) {
            if (!isUserPointerOrArray(fields, name))
                issues.append(
                    {key, tr("'%1' is not a Pointer to _User or an Array field of this class").arg(name)});
        }
    };
    for (const QString &operation : operations())
        checkPointers(path(operation, kPointerFields), pointerFields(operation));
    for (const QString &key : pointerPermissionKeys())
        checkPointers(key, userFields(key));
    static const QStringList own{QStringLiteral("objectId"), QStringLiteral("createdAt"),
                                 QStringLiteral("updatedAt"), QStringLiteral("ACL")};
    const QMap<QString, QStringList> protectedByPrincipal = protectedFields();
    for (auto it = protectedByPrincipal.begin(); it != protectedByPrincipal.end(); ++it) {
        for (const QString &name : it.value()) {
            if (own.contains(name))
                issues.append({path(kProtectedFields, it.key()),
                               tr("'%1' is Parse's own field and cannot be protected").arg(name)});
            else if (!fields.contains(name))
                issues.append(
                    {path(kProtectedFields, it.key()), tr("'%1' is not a field of this class").arg(name)});
        }
    }
    return issues;
}

bool ClassPermissions::allows(const QString &operation, const QString &principal) const
{
    return m_json.value(operation).toObject().value(principal) == QJsonValue(true);
}

void ClassPermissions::setAllowed(const QString &operation, const QString &principal, bool allowed)
{
    QJsonObject entry = m_json.value(operation).toObject();
    if (allowed)
        entry.insert(principal, true);
    else
        entry.remove(principal);
    m_json.insert(operation, entry);
}

QStringList ClassPermissions::principals(const QString &operation) const
{
    QStringList keys = m_json.value(operation).toObject().keys();
    keys.removeAll(kPointerFields);
    return keys;
}

QStringList ClassPermissions::pointerFields(const QString &operation) const
{
    return stringList(m_json.value(operation).toObject().value(kPointerFields)).value_or(QStringList());
}

void ClassPermissions::setPointerFields(const QString &operation, const QStringList &fields)
{
    QJsonObject entry = m_json.value(operation).toObject();
    if (fields.isEmpty())
        entry.remove(kPointerFields);
    else
        entry.insert(kPointerFields, QJsonArray::fromStringList(fields));
    m_json.insert(operation, entry);
}

QStringList ClassPermissions::userFields(const QString &key) const
{
    return stringList(m_json.value(key)).value_or(QStringList());
}

void ClassPermissions::setUserFields(const QString &key, const QStringList &fields)
{
    if (fields.isEmpty())
        m_json.remove(key);
    else
        m_json.insert(key, QJsonArray::fromStringList(fields));
}

QMap<QString, QStringList> ClassPermissions::protectedFields() const
{
    QMap<QString, QStringList> byPrincipal;
    const QJsonObject entries = m_json.value(kProtectedFields).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it)
        byPrincipal.insert(it.key(), stringList(it.value()).value_or(QStringList()));
    return byPrincipal;
}

void ClassPermissions::setProtectedFields(const QString &principal, const QStringList &fields)
{
    QJsonObject entries = m_json.value(kProtectedFields).toObject();
    if (fields.isEmpty())
        entries.remove(principal);
    else
        entries.insert(principal, QJsonArray::fromStringList(fields));
    if (entries.isEmpty())
        m_json.remove(kProtectedFields);
    else
        m_json.insert(kProtectedFields, entries);
}

std::optional<QJsonObject> ClassPermissions::defaultAcl() const
{
    if (!m_json.contains(kDefaultAcl))
        return std::nullopt;
    return m_json.value(kDefaultAcl).toObject();
}

void ClassPermissions::setDefaultAcl(const std::optional<QJsonObject> &acl)
{
    if (acl)
        m_json.insert(kDefaultAcl, *acl);
    else
        m_json.remove(kDefaultAcl);
}

QList<ClassPermissions::Change> ClassPermissions::diff(const ClassPermissions &from,
                                                       const ClassPermissions &to)
{
    QList<Change> changes;
    QStringList keys = from.m_json.keys() + to.m_json.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue before = from.m_json.value(key);
        const QJsonValue after = to.m_json.value(key);
        if (before == after)
            continue;
        if (pointerPermissionKeys().contains(key) || !(before.isObject() || after.isObject())) {
            changes.append({key, before, after});
            continue;
        }
        // Per principal (or pointerFields) inside an operation, protectedFields or the ACL.
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList subs = a.keys() + b.keys();
        subs.sort();
        subs.removeDuplicates();
        for (const QString &sub : std::as_const(subs)) {
            if (a.value(sub) != b.value(sub))
                changes.append({path(key, sub), a.value(sub), b.value(sub)});
        }
    }
    return changes;
}

QString ClassPermissions::describe(const Change &change)
{
    const auto shown = [](const QJsonValue &v) {
        return v.isUndefined() ? tr("(none)") : JsonText::compact(v);
    };
    return tr("%1: %2 -> %3").arg(change.key, shown(change.before), shown(change.after));
}
