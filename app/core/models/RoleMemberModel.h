#pragma once

#include "core/net/ParseResult.h"

#include <QAbstractListModel>
#include <QPointer>

class ParseClient;

// One of a role's two member relations: its users (by username) or its child roles (by name), read with
// $relatedTo and changed with AddRelation / RemoveRelation on the role (PUT /classes/_Role/ID), so the
// change is journaled like any other update.
class RoleMemberModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleMemberModel)

public:
    enum class Kind
    {
        Users,
        Roles
    };
    enum Role
    {
        ObjectIdRole = Qt::UserRole + 1
    };
    RoleMemberModel(ParseClient *client, Kind kind, QObject *parent = nullptr);

    void setClient(ParseClient *client);
    // Reads the members of the role; loaded() follows.
    void load(const QString &roleId);
    const QString &roleId() const { return m_roleId; }
    // Adds or removes members by objectId; changed() follows, and the list is read again.
    void add(const QStringList &objectIds);
    void remove(const QStringList &objectIds);

    // "users" or "roles": the relation on _Role, and the class its members belong to.
    QString relation() const;
    QString memberClass() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded(const QString &error);
    void changed(const ParseResult &result);

private:
    void change(const char *op, const QStringList &objectIds);
    QString nameField() const;

    struct Member
    {
        QString objectId;
        QString name;
    };
    QPointer<ParseClient> m_client;
    Kind m_kind;
    QString m_roleId;
    QList<Member> m_members;
    quint64 m_generation = 0; // a newer load wins over an older one still in flight
};
