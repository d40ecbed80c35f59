#pragma once

#include "core/net/ParseError.h"
#include "core/net/ParseRequest.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class ParseClient;

// A role's effective users: its own users and those of its child roles, their child roles and so on
// (Parse grants a role to every user of a role in its "roles" relation). Each role is read once, so a
// cycle of roles ends.
class RoleUsers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleUsers)

public:
    struct User
    {
        QString objectId;
        QString username;
        QString viaRole; // the role whose "users" relation holds the user
    };
    // Reads at most this many users per role and this many roles in all.
    static constexpr int kLimit = 1000;

    explicit RoleUsers(ParseClient *client, QObject *parent = nullptr);

    void setClient(ParseClient *client);

    // A find (master key) for the members of the role's relation `key`: "users" (objectId and
    // username) or "roles" (objectId and name), by name.
    static ParseRequest membersOf(const QString &roleId, const QString &key);

    // finished() follows.
    void resolve(const QString &roleId);

Q_SIGNALS:
    // Users by username, each once.
    void finished(const QList<RoleUsers::User> &users, const ParseError &error);

private:
    void visit(const QString &roleId, const QString &roleName);
    void settle(const ParseError &error);

    QPointer<ParseClient> m_client;
    QSet<QString> m_seenRoles;
    QList<User> m_users;
    QSet<QString> m_seenUsers;
    ParseError m_error;
    int m_pending = 0;
    quint64 m_generation = 0;
};
