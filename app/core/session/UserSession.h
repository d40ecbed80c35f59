#pragma once

#include "core/net/ParseError.h"
#include "core/net/ServerProfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class ParseClient;

// Acting as one user without asking for the user's password: finds the user by username, takes a session
// for it with Parse Server's POST /loginAs (master key only) and, when done, revokes that session with
// POST /logout and its token. Requests meant to be the user's go through a client whose profile has no
// master key (withoutMasterKey) and that carries token() (ParseClient::setSessionToken): with the master
// key they would see everything. parsedesk-cli --as uses it; so can a "View as…" in the GUI.
class UserSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSession)

public:
    // client: sends the lookup and loginAs with the master key, and later the logout (without it).
    explicit UserSession(ParseClient *client, QObject *parent = nullptr);

    // started() follows; a username no user has is a config error naming it.
    void start(const QString &username);
    // Revokes the session; ended() follows (at once, queued, when there is none).
    void end();

    const QString &token() const { return m_token; }
    const QString &userId() const { return m_userId; }

    // The profile as an unprivileged client uses it: no master key, so only the REST (or client) key and
    // a session token, if any, speak for the requests.
    static ServerProfile withoutMasterKey(ServerProfile profile);

Q_SIGNALS:
    void started(const ParseError &error);
    void ended(const ParseError &error);

private:
    void logIn(const QString &userId);

    QPointer<ParseClient> m_client;
    QString m_username;
    QString m_userId;
    QString m_token;
};
