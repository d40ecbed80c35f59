#include "core/query/RoleUsers.h"

#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <algorithm>

ParseRequest RoleUsers::membersOf(const QString &roleId, const QString &key)
{
    QueryOptions options;
    options.where = {{QStringLiteral("$relatedTo"),
                      QJsonObject{{QStringLiteral("object"),
                                   QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                               {QStringLiteral("className"), QStringLiteral("_Role")},
                                               {QStringLiteral("objectId"), roleId}}},
                                  {QStringLiteral("key"), key}}}};
    const bool users = key == QLatin1String("users");
    options.keys = QStringList{users ? QStringLiteral("username") : QStringLiteral("name")};
    options.order = options.keys;
    options.limit = kLimit;
    ParseRequest find =
        ParseRequest::find(users ? QStringLiteral("_User") : QStringLiteral("_Role"), options);
    find.masterKey = ParseRequest::MasterKey::Required;
    return find;
}

RoleUsers::RoleUsers(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void RoleUsers::setClient(ParseClient *client)
{
    ++m_generation; // what the old client answers is no longer wanted
    m_client = client;
}

void RoleUsers::resolve(const QString &roleId)
{
    ++m_generation;
    m_seenRoles.clear();
    m_users.clear();
    m_seenUsers.clear();
    m_error = {};
    m_pending = 0;
    if (!m_client) {
        Q_EMIT finished({}, ParseError::config(tr("not connected")));
        return;
    }
    m_seenRoles.insert(roleId);
    visit(roleId, QString());
}

void RoleUsers::visit(const QString &roleId, const QString &roleName)
{
    const quint64 generation = m_generation;
    m_pending += 2;
    connect(m_client->send(membersOf(roleId, QStringLiteral("users"))), &ParseReply::finished, this,
            [this, generation, roleName](const ParseResult &r) {
                if (generation != m_generation)
                    return;
                const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
                for (const QJsonValue &v : results) {
                    const QJsonObject o = v.toObject();
                    const QString id = o.value(QLatin1String("objectId")).toString();
                    if (!m_seenUsers.contains(id)) {
                        m_seenUsers.insert(id);
                        m_users.append({id, o.value(QLatin1String("username")).toString(), roleName});
                    }
                }
                settle(r.error);
            });
    connect(m_client->send(membersOf(roleId, QStringLiteral("roles"))), &ParseReply::finished, this,
            [this, generation](const ParseResult &r) {
                if (generation != m_generation)
                    return;
                const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
                for (const QJsonValue &v : results) {
                    const QJsonObject o = v.toObject();
                    const QString id = o.value(QLatin1String("objectId")).toString();
                    if (!m_seenRoles.contains(id) && m_seenRoles.size() < kLimit) {
                        m_seenRoles.insert(id);
                        visit(id, o.value(QLatin1String("name")).toString());
                    }
                }
                settle(r.error);
            });
}

void RoleUsers::settle(const ParseError &error)
{
    if (error.isError() && !m_error.isError())
        m_error = error;
    if (--m_pending > 0)
        return;
    std::sort(m_users.begin(), m_users.end(),
              [](const User &a, const User &b) { return a.username < b.username; });
    Q_EMIT finished(m_users, m_error);
}
