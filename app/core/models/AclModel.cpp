#include "core/models/AclModel.h"

#include <algorithm>

namespace {
const QString kPublic = QStringLiteral("*");
const QString kRolePrefix = QStringLiteral("role:");
const QString kRead = QStringLiteral("read");
const QString kWrite = QStringLiteral("write");
} // namespace

AclModel::AclModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AclModel::rank(const QString &key)
{
    return key == kPublic ? 0 : key.startsWith(kRolePrefix) ? 1 : 2;
}

void AclModel::setAcl(const QJsonObject &acl)
{
    beginResetModel();
    m_entries.clear();
    // The public row is always there: it is what most ACL edits are about.
    m_entries.append({kPublic, false, false});
    for (auto it = acl.begin(); it != acl.end(); ++it) {
        const QJsonObject rights = it.value().toObject();
        const Entry entry{it.key(), rights.value(kRead).toBool(), rights.value(kWrite).toBool()};
        if (it.key() == kPublic)
            m_entries.first() = entry;
        else
            m_entries.append(entry);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return rank(a.key) != rank(b.key) ? rank(a.key) < rank(b.key) : a.key < b.key;
    });
    endResetModel();
    Q_EMIT aclChanged();
}

QJsonObject AclModel::acl() const
{
    QJsonObject acl;
    for (const Entry &entry : m_entries) {
        QJsonObject rights;
        if (entry.read)
            rights.insert(kRead, true);
        if (entry.write)
            rights.insert(kWrite, true);
        if (!rights.isEmpty())
            acl.insert(entry.key, rights);
    }
    return acl;
}

void AclModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AclModel::insertEntry(const Entry &entry)
{
    if (const int existing = rowOf(entry.key); existing >= 0)
        return existing;
    const auto at = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) {
        return rank(e.key) > rank(entry.key) || (rank(e.key) == rank(entry.key) && e.key > entry.key);
    });
    const int row = int(at - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
    return row;
}

int AclModel::addRole(const QString &name)
{
    return insertEntry({kRolePrefix + name});
}

int AclModel::addUser(const QString &objectId, const QString &username)
{
    m_usernames.insert(objectId, username);
    const int row = insertEntry({objectId});
    Q_EMIT dataChanged(index(row, Who), index(row, Who));
    return row;
}

void AclModel::setUsernames(const QHash<QString, QString> &usernames)
{
    for (auto it = usernames.begin(); it != usernames.end(); ++it)
        m_usernames.insert(it.key(), it.value());
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Who), index(rowCount() - 1, Who));
}

QStringList AclModel::userIds() const
{
    QStringList ids;
    for (const Entry &entry : m_entries) {
        if (rank(entry.key) == 2)
            ids.append(entry.key);
    }
    return ids;
}

int AclModel::rowOf(const QString &principalKey) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const Entry &e) { return e.key == principalKey; });
    return it == m_entries.cend() ? -1 : int(it - m_entries.cbegin());
}

int AclModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AclModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AclModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == PrincipalKeyRole)
        return entry.key;
    if (index.column() == Who && role == Qt::DisplayRole) {
        if (entry.key == kPublic)
            return tr("Public (*)");
        if (entry.key.startsWith(kRolePrefix))
            return tr("Role %1").arg(entry.key.mid(kRolePrefix.size()));
        return m_usernames.contains(entry.key)
                   ? tr("User %1 (%2)").arg(m_usernames.value(entry.key), entry.key)
                   : tr("User %1").arg(entry.key);
    }
    if (index.column() != Who && role == Qt::CheckStateRole)
        return (index.column() == Read ? entry.read : entry.write) ? Qt::Checked : Qt::Unchecked;
    return {};
}

bool AclModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || m_readOnly || index.column() == Who || role != Qt::CheckStateRole)
        return false;
    Entry &entry = m_entries[index.row()];
    (index.column() == Read ? entry.read : entry.write) = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index);
    Q_EMIT aclChanged();
    return true;
}

Qt::ItemFlags AclModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Who && !m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AclModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Who:
        return tr("Who");
    case Read:
        return tr("Read");
    case Write:
        return tr("Write");
    default:
        return {};
    }
}
