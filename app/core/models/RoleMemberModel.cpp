#include "core/models/RoleMemberModel.h"

#include "core/net/ParseClient.h"
#include "core/query/RoleUsers.h"

#include <QJsonArray>

RoleMemberModel::RoleMemberModel(ParseClient *client, Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_kind(kind)
{}

void RoleMemberModel::setClient(ParseClient *client)
{
    m_client = client;
    beginResetModel();
    m_roleId.clear();
    m_members.clear();
    endResetModel();
}

QString RoleMemberModel::relation() const
{
    return m_kind == Kind::Users ? QStringLiteral("users") : QStringLiteral("roles");
}

QString RoleMemberModel::memberClass() const
{
    return m_kind == Kind::Users ? QStringLiteral("_User") : QStringLiteral("_Role");
}

QString RoleMemberModel::nameField() const
{
    return m_kind == Kind::Users ? QStringLiteral("username") : QStringLiteral("name");
}

void RoleMemberModel::load(const QString &roleId)
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_roleId = roleId;
    m_members.clear();
    endResetModel();
    if (!m_client || roleId.isEmpty())
        return;
    connect(m_client->send(RoleUsers::membersOf(roleId, relation())), &ParseReply::finished, this,
            [this, generation](const ParseResult &r) {
                if (generation != m_generation)
                    return;
                beginResetModel();
                const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
                for (const QJsonValue &v : results) {
                    const QJsonObject o = v.toObject();
                    m_members.append(
                        {o.value(QLatin1String("objectId")).toString(), o.value(nameField()).toString()});
                }
                endResetModel();
                Q_EMIT loaded(r.ok() ? QString() : r.error.describe());
            });
}

void RoleMemberModel::add(const QStringList &objectIds)
{
    change("AddRelation", objectIds);
}

void RoleMemberModel::remove(const QStringList &objectIds)
{
    change("RemoveRelation", objectIds);
}

void RoleMemberModel::change(const char *op, const QStringList &objectIds)
{
    if (!m_client || m_roleId.isEmpty() || objectIds.isEmpty())
        return;
    QJsonArray objects;
    for (const QString &id : objectIds)
        objects.append(QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                   {QStringLiteral("className"), memberClass()},
                                   {QStringLiteral("objectId"), id}});
    ParseRequest put = ParseRequest::updateObject(
        QStringLiteral("_Role"), m_roleId,
        {{relation(), QJsonObject{{QStringLiteral("__op"), QString::fromLatin1(op)},
                                  {QStringLiteral("objects"), objects}}}});
    put.masterKey = ParseRequest::MasterKey::Required;
    put.origin = QStringLiteral("roles");
    put.actionId = ParseRequest::newActionId();
    const QString roleId = m_roleId;
    connect(m_client->send(put), &ParseReply::finished, this, [this, roleId](const ParseResult &r) {
        if (roleId == m_roleId)
            load(roleId);
        Q_EMIT changed(r);
    });
}

int RoleMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant RoleMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m.name.isEmpty() ? m.objectId : m.name;
    case Qt::ToolTipRole:
        return m.objectId;
    case ObjectIdRole:
        return m.objectId;
    default:
        return {};
    }
}
