#pragma once

#include "core/data/ClassPermissions.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>

// A class's classLevelPermissions as a grid of check boxes: one row per principal (public, every logged-in
// user, each role, each user named by its username and objectId, each pointer field to _User), one column
// per operation, two for the pointer permissions readUserFields / writeUserFields, and one listing the
// fields the principal must not see (protectedFields). Every edit goes straight into a ClassPermissions,
// so permissions() is the exact CLP to send; the loaded one stays for the diff and the conflict check.
class PermissionGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionGridModel)

public:
    enum Column
    {
        Principal,
        FirstOperation, // get, then find, count, create, update, delete, addField
        ReadUserFields = FirstOperation + 7,
        WriteUserFields,
        Protected,
        ColumnCount
    };
    enum class Kind
    {
        Public,
        Authenticated,
        Role,
        User,
        PointerField
    };
    enum Role
    {
        PrincipalKeyRole =
            Qt::UserRole + 1, // "*", "requiresAuthentication", "role:NAME", an objectId, a field
        KindRole,             // Kind as int
        ProtectedKeyRole,     // the principal's key in protectedFields
        ChangedRole           // the cell differs from the loaded CLP
    };

    explicit PermissionGridModel(QObject *parent = nullptr);

    // fields: the class's schema "fields" (pointer rows and protectable fields come from them).
    void setClass(const QString &className, const QJsonObject &fields, const ClassPermissions &loaded);
    void clear();
    const QString &className() const { return m_className; }
    const ClassPermissions &loaded() const { return m_loaded; }
    const ClassPermissions &permissions() const { return m_permissions; }
    bool isModified() const { return m_permissions != m_loaded; }
    // Back to the loaded CLP.
    void revert();

    // Read-only (no master key, a locked production connection): nothing is checkable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // New rows with nothing allowed yet; an existing principal is not added twice. Returns its row.
    int addRole(const QString &name);
    int addUser(const QString &objectId, const QString &username);
    // Usernames for the user rows, which show only objectIds until they are known.
    void setUsernames(const QHash<QString, QString> &usernames);
    QStringList userIds() const;
    int rowOf(const QString &principalKey) const;

    // The fields a principal can be kept from seeing: all but objectId, createdAt, updatedAt and ACL.
    QStringList protectableFields() const;
    QStringList protectedFieldsOf(int row) const;
    void setProtectedFieldsOf(int row, const QStringList &fields);

    static QString operationOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void permissionsChanged();

private:
    struct Row
    {
        Kind kind;
        QString key;
    };
    static QString protectedKey(const Row &row);
    bool hasCheckBox(const Row &row, int column) const;
    bool isChecked(const ClassPermissions &permissions, const Row &row, int column) const;
    void setChecked(const Row &row, int column, bool checked);
    QString label(const Row &row) const;
    int appendRow(Kind kind, const QString &key);
    void emitRowChanged(int row);

    QString m_className;
    QJsonObject m_fields;
    ClassPermissions m_loaded;
    ClassPermissions m_permissions;
    QList<Row> m_rows;
    QHash<QString, QString> m_usernames;
    bool m_readOnly = false;
};
