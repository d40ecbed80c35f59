#include "core/models/PermissionGridModel.h"

#include "core/models/Tone.h"

#include <QSet>
#include <algorithm>

namespace {
const QString kRolePrefix = QStringLiteral("role:");
const QString kUserFieldPrefix = QStringLiteral("userField:");
const QStringList kUnprotectable{QStringLiteral("objectId"), QStringLiteral("createdAt"),
                                 QStringLiteral("updatedAt"), QStringLiteral("ACL")};

// What Parse Server accepts in pointer permissions: a pointer to _User, or an array (of such pointers).
bool isUserPointerField(const QJsonObject &field)
{
    const QString type = field.value(QLatin1String("type")).toString();
    return type == QLatin1String("Array") ||
           (type == QLatin1String("Pointer") &&
            field.value(QLatin1String("targetClass")).toString() == QLatin1String("_User"));
}
} // namespace

PermissionGridModel::PermissionGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString PermissionGridModel::operationOf(int column)
{
    const int op = column - FirstOperation;
    return op >= 0 && op < ClassPermissions::operations().size() ? ClassPermissions::operations().at(op)
                                                                 : QString();
}

void PermissionGridModel::setClass(const QString &className, const QJsonObject &fields,
                                   const ClassPermissions &loaded)
{
    beginResetModel();
    m_className = className;
    m_fields = fields;
    m_loaded = loaded;
    m_permissions = loaded;
    m_rows.clear();
    m_rows.append({Kind::Public, ClassPermissions::kPublic});
    m_rows.append({Kind::Authenticated, ClassPermissions::kRequiresAuthentication});
    // Every principal the CLP names, then every field a pointer permission could name.
    QSet<QString> principals;
    QSet<QString> pointerFields;
    for (const QString &op : ClassPermissions::operations()) {
        for (const QString &p : loaded.principals(op))
            principals.insert(p);
        for (const QString &f : loaded.pointerFields(op))
            pointerFields.insert(f);
    }
    for (const QString &key : ClassPermissions::pointerPermissionKeys()) {
        for (const QString &f : loaded.userFields(key))
            pointerFields.insert(f);
    }
    const QMap<QString, QStringList> protectedFields = loaded.protectedFields();
    for (auto it = protectedFields.begin(); it != protectedFields.end(); ++it) {
        if (it.key().startsWith(kUserFieldPrefix))
            pointerFields.insert(it.key().mid(kUserFieldPrefix.size()));
        else if (it.key() != ClassPermissions::kAuthenticated)
            principals.insert(it.key());
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (isUserPointerField(it.value().toObject()))
            pointerFields.insert(it.key());
    }
    principals.remove(ClassPermissions::kPublic);
    principals.remove(ClassPermissions::kRequiresAuthentication);
    QStringList roles;
    QStringList users;
    for (const QString &p : std::as_const(principals))
        (p.startsWith(kRolePrefix) ? roles : users).append(p);
    roles.sort();
    users.sort();
    QStringList pointers(pointerFields.begin(), pointerFields.end());
    pointers.sort();
    for (const QString &r : std::as_const(roles))
        m_rows.append({Kind::Role, r});
    for (const QString &u : std::as_const(users))
        m_rows.append({Kind::User, u});
    for (const QString &f : std::as_const(pointers))
        m_rows.append({Kind::PointerField, f});
    endResetModel();
    Q_EMIT permissionsChanged();
}

void PermissionGridModel::clear()
{
    beginResetModel();
    m_className.clear();
    m_fields = {};
    m_loaded = m_permissions = ClassPermissions();
    m_rows.clear();
    endResetModel();
    Q_EMIT permissionsChanged();
}

void PermissionGridModel::revert()
{
    m_permissions = m_loaded;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT permissionsChanged();
}

void PermissionGridModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PermissionGridModel::appendRow(Kind kind, const QString &key)
{
    if (const int existing = rowOf(key); existing >= 0)
        return existing;
    // Roles before users before pointer fields, as setClass orders them.
    const auto at = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [kind](const Row &r) { return int(r.kind) > int(kind); });
    const int row = int(at - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, {kind, key});
    endInsertRows();
    return row;
}

int PermissionGridModel::addRole(const QString &name)
{
    return appendRow(Kind::Role, kRolePrefix + name);
}

int PermissionGridModel::addUser(const QString &objectId, const QString &username)
{
    m_usernames.insert(objectId, username);
    const int existing = rowOf(objectId);
    if (existing >= 0) {
        emitRowChanged(existing);
        return existing;
    }
    return appendRow(Kind::User, objectId);
}

void PermissionGridModel::setUsernames(const QHash<QString, QString> &usernames)
{
    for (auto it = usernames.begin(); it != usernames.end(); ++it)
        m_usernames.insert(it.key(), it.value());
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows.at(row).kind == Kind::User)
            emitRowChanged(row);
    }
}

QStringList PermissionGridModel::userIds() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (row.kind == Kind::User)
            ids.append(row.key);
    }
    return ids;
}

int PermissionGridModel::rowOf(const QString &principalKey) const
{
    const auto it =
        std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) { return r.key == principalKey; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

QStringList PermissionGridModel::protectableFields() const
{
    QStringList names = m_fields.keys();
    for (const QString &own : kUnprotectable)
        names.removeAll(own);
    return names;
}

QString PermissionGridModel::protectedKey(const Row &row)
{
    switch (row.kind) {
    case Kind::Authenticated:
        return ClassPermissions::kAuthenticated;
    case Kind::PointerField:
        return kUserFieldPrefix + row.key;
    default:
        return row.key;
    }
}

QStringList PermissionGridModel::protectedFieldsOf(int row) const
{
    return row >= 0 && row < rowCount() ? m_permissions.protectedFields().value(protectedKey(m_rows.at(row)))
                                        : QStringList();
}

void PermissionGridModel::setProtectedFieldsOf(int row, const QStringList &fields)
{
    if (m_readOnly || row < 0 || row >= rowCount())
        return;
    m_permissions.setProtectedFields(protectedKey(m_rows.at(row)), fields);
    const QModelIndex cell = index(row, Protected);
    Q_EMIT dataChanged(cell, cell);
    Q_EMIT permissionsChanged();
}

bool PermissionGridModel::hasCheckBox(const Row &row, int column) const
{
    if (column == ReadUserFields || column == WriteUserFields)
        return row.kind == Kind::PointerField;
    return !operationOf(column).isEmpty();
}

bool PermissionGridModel::isChecked(const ClassPermissions &permissions, const Row &row, int column) const
{
    if (column == ReadUserFields || column == WriteUserFields)
        return permissions.userFields(ClassPermissions::pointerPermissionKeys().at(column - ReadUserFields))
            .contains(row.key);
    const QString op = operationOf(column);
    return row.kind == Kind::PointerField ? permissions.pointerFields(op).contains(row.key)
                                          : permissions.allows(op, row.key);
}

void PermissionGridModel::setChecked(const Row &row, int column, bool checked)
{
    const auto toggled = [&](QStringList list) {
        list.removeAll(row.key);
        if (checked)
            list.append(row.key);
        return list;
    };
    if (column == ReadUserFields || column == WriteUserFields) {
        const QString key = ClassPermissions::pointerPermissionKeys().at(column - ReadUserFields);
        m_permissions.setUserFields(key, toggled(m_permissions.userFields(key)));
        return;
    }
    const QString op = operationOf(column);
    if (row.kind == Kind::PointerField)
        m_permissions.setPointerFields(op, toggled(m_permissions.pointerFields(op)));
    else
        m_permissions.setAllowed(op, row.key, checked);
}

QString PermissionGridModel::label(const Row &row) const
{
    switch (row.kind) {
    case Kind::Public:
        return tr("Public (*)");
    case Kind::Authenticated:
        return tr("Any logged-in user");
    case Kind::Role:
        return tr("Role %1").arg(row.key.mid(kRolePrefix.size()));
    case Kind::User:
        return m_usernames.contains(row.key) ? tr("User %1 (%2)").arg(m_usernames.value(row.key), row.key)
                                             : tr("User %1").arg(row.key);
    case Kind::PointerField:
        return tr("Users in field %1").arg(row.key);
    }
    return {};
}

void PermissionGridModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PermissionGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PermissionGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PermissionGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case PrincipalKeyRole:
        return row.key;
    case KindRole:
        return int(row.kind);
    case ProtectedKeyRole:
        return protectedKey(row);
    case ChangedRole:
        if (column == Protected)
            return m_loaded.protectedFields().value(protectedKey(row)) !=
                   m_permissions.protectedFields().value(protectedKey(row));
        return hasCheckBox(row, column) &&
               isChecked(m_loaded, row, column) != isChecked(m_permissions, row, column);
    case Qt::CheckStateRole:
        if (hasCheckBox(row, column))
            return isChecked(m_permissions, row, column) ? Qt::Checked : Qt::Unchecked;
        return {};
    case ToneRole::Fill:
        // Changed and not saved yet.
        return int(data(index, ChangedRole).toBool() ? Tone::Caution : Tone::None);
    case Qt::DisplayRole:
        if (column == Principal)
            return label(row);
        if (column == Protected)
            return protectedFieldsOf(index.row()).join(QStringLiteral(", "));
        return {};
    case Qt::EditRole:
        if (column == Protected)
            return protectedFieldsOf(index.row());
        return {};
    case Qt::ToolTipRole:
        if (column == Principal && row.kind == Kind::PointerField)
            return tr("Pointer permission: the users field %1 points to", "CLP pointer row").arg(row.key);
        if (column == Principal && row.kind == Kind::Authenticated)
            return tr("requiresAuthentication in the CLP, authenticated in protectedFields");
        if (column == Protected)
            return tr("Fields this principal does not get (protectedFields); double-click to choose");
        return {};
    default:
        return {};
    }
}

bool PermissionGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || m_readOnly)
        return false;
    const Row &row = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && hasCheckBox(row, index.column())) {
        setChecked(row, index.column(), value.toInt() == Qt::Checked);
        Q_EMIT dataChanged(index, index);
        Q_EMIT permissionsChanged();
        return true;
    }
    if (role == Qt::EditRole && index.column() == Protected) {
        setProtectedFieldsOf(index.row(), value.toStringList());
        return true;
    }
    return false;
}

Qt::ItemFlags PermissionGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_readOnly && hasCheckBox(m_rows.at(index.row()), index.column()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PermissionGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == ReadUserFields)
            return tr("readUserFields: the users a pointer field names may get, find and count its objects");
        if (section == WriteUserFields)
            return tr("writeUserFields: the users a pointer field names may update and delete its objects");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Principal:
        return tr("Who");
    case ReadUserFields:
        return tr("Read (pointer)");
    case WriteUserFields:
        return tr("Write (pointer)");
    case Protected:
        return tr("Protected fields");
    default:
        // The operation names are Parse's own, as the CLP JSON has them.
        return operationOf(section);
    }
}
