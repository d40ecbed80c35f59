#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>

// An object's ACL as check boxes: who (the public, each role by name, each user by username and objectId)
// may read and who may write. An empty ACL is not "nobody": only the master key may read or write the
// object then. acl() is the JSON to save: an entry per principal with at least one of read/write, each
// only with what is true (as Parse writes them).
class AclModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AclModel)

public:
    enum Column
    {
        Who,
        Read,
        Write,
        ColumnCount
    };
    enum Role
    {
        PrincipalKeyRole = Qt::UserRole + 1
    };

    explicit AclModel(QObject *parent = nullptr);

    void setAcl(const QJsonObject &acl);
    QJsonObject acl() const;
    bool isMasterKeyOnly() const { return acl().isEmpty(); }
    void setReadOnly(bool readOnly);

    // New rows with neither read nor write; a principal already there is not added twice. Returns its row.
    int addRole(const QString &name);
    int addUser(const QString &objectId, const QString &username);
    void setUsernames(const QHash<QString, QString> &usernames);
    QStringList userIds() const;
    int rowOf(const QString &principalKey) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void aclChanged();

private:
    struct Entry
    {
        QString key;
        bool read = false;
        bool write = false;
    };
    static int rank(const QString &key); // public, roles, users
    int insertEntry(const Entry &entry);

    QList<Entry> m_entries;
    QHash<QString, QString> m_usernames;
    bool m_readOnly = false;
};
