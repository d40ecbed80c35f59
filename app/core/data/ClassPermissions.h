#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// A class's classLevelPermissions (CLP) as Parse Server 9 accepts them (SchemaController's validateCLP):
// - operations get, find, count, create, update, delete, addField, each {PRINCIPAL: true, ...,
//   "pointerFields": [FIELD, ...]}, where PRINCIPAL is "*", "requiresAuthentication", "role:NAME" or a
//   user's objectId, and pointerFields name Pointer<_User> or Array fields whose users are allowed;
// - readUserFields, writeUserFields: [FIELD, ...], pointer permissions for reads (get, find, count) and
//   writes (update, delete, addField);
// - protectedFields: {PRINCIPAL: [FIELD, ...]}, fields that principal does not get; PRINCIPAL is "*",
//   "authenticated" (not requiresAuthentication), "role:NAME", "userField:FIELD" or a user's objectId;
//   objectId, createdAt, updatedAt and ACL cannot be protected;
// - ACL: {PRINCIPAL: {"read": bool, "write": bool}}, the ACL an object created without one gets
//   ("currentUser" stands for the user who creates it).
// The server replaces the whole CLP on PUT /schemas/CLASS and reads back every operation, {} when nobody
// may, and protectedFields {} when none are; this value keeps every operation and leaves out empty lists
// (no pointerFields, nothing protected), so two CLPs compare equal when the server would treat them alike.
// User objectIds are taken in Parse's default form (letters and digits): a server with
// allowCustomObjectId accepts other ids, which this refuses.
class ClassPermissions
{
    Q_DECLARE_TR_FUNCTIONS(ClassPermissions)

public:
    // What is wrong, and where: key is the path of the offending key ("find", "find.user:x",
    // "protectedFields.*"), so a message names it.
    struct Issue
    {
        QString key;
        QString message;
    };
    // One difference between two CLPs: key as in Issue; before and after are the values there (undefined
    // where there was none).
    struct Change
    {
        QString key;
        QJsonValue before;
        QJsonValue after;
    };

    static const QStringList &operations();
    static const QStringList &pointerPermissionKeys(); // readUserFields, writeUserFields
    static const QString kProtectedFields;
    static const QString kPointerFields;
    static const QString kDefaultAcl; // "ACL"
    static const QString kPublic;     // "*"
    static const QString kRequiresAuthentication;
    static const QString kAuthenticated; // protectedFields' name for logged-in users
    // The undo journal keeps a class's CLP as one object {"classLevelPermissions": ...} of this class
    // (where Parse stores schemas), its objectId the class's name.
    static QString journalClass() { return QStringLiteral("_SCHEMA"); }

    // Every operation open to the public, objects readable and writable by all: what the server gives a
    // new class.
    ClassPermissions();
    // Takes any JSON; what Parse Server would refuse is reported in issues (and left out).
    static ClassPermissions fromJson(const QJsonObject &json, QList<Issue> *issues);
    // The server's form: every operation present ({} when nobody may).
    QJsonObject toJson() const;
    // Against the class's fields (a schema's "fields"): pointer permissions must name Pointer<_User> or
    // Array fields, protected fields must exist and not be Parse's own.
    QList<Issue> checkFields(const QJsonObject &fields) const;

    // A principal an operation (or the default ACL) may name; a protectedFields principal.
    static bool isPrincipal(const QString &key);
    static bool isProtectedFieldsPrincipal(const QString &key);

    // The grid: operation x principal.
    bool allows(const QString &operation, const QString &principal) const;
    void setAllowed(const QString &operation, const QString &principal, bool allowed);
    QStringList principals(const QString &operation) const;
    QStringList pointerFields(const QString &operation) const;
    void setPointerFields(const QString &operation, const QStringList &fields);
    // readUserFields or writeUserFields.
    QStringList userFields(const QString &key) const;
    void setUserFields(const QString &key, const QStringList &fields);
    QMap<QString, QStringList> protectedFields() const;
    // An empty list removes the principal's entry.
    void setProtectedFields(const QString &principal, const QStringList &fields);
    // The ACL objects created without one get; nullopt for none. {} is not none: such objects get an
    // empty ACL (master key only).
    std::optional<QJsonObject> defaultAcl() const;
    void setDefaultAcl(const std::optional<QJsonObject> &acl);

    // What changed from `from` to `to`: per principal for operations, protectedFields and the ACL; per list
    // for pointer permissions. Sorted by key.
    static QList<Change> diff(const ClassPermissions &from, const ClassPermissions &to);
    // "find.role:staff: added", for people and logs.
    static QString describe(const Change &change);

    bool operator==(const ClassPermissions &other) const { return m_json == other.m_json; }
    bool operator!=(const ClassPermissions &other) const { return !(*this == other); }

private:
    QJsonObject m_json; // normalized: every operation present
};
