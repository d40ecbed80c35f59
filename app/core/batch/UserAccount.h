#pragma once

#include "core/net/ParseResult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class ParseClient;

// One _User's account as an admin changes it with the master key: a new password (sent once in the PUT's
// body; never kept here, and the request log, the journal and exports leave it out), emailVerified, and
// the linked sign-ins (authData) shown only as providers with their credentials redacted.
class UserAccount final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserAccount)

public:
    explicit UserAccount(ParseClient *client, QObject *parent = nullptr);

    void setClient(ParseClient *client);
    // loaded() follows.
    void load(const QString &userId);
    const QString &userId() const { return m_userId; }
    const QString &username() const { return m_username; }
    const QString &email() const { return m_email; }
    bool emailVerified() const { return m_emailVerified; }
    // "facebook: {id: (redacted), access_token: (redacted)}" per provider, one a line; empty for none.
    const QString &authData() const { return m_authData; }

    // saved() follows.
    void setPassword(const QString &password);
    void setEmailVerified(bool verified);

    static QString redactedAuthData(const QJsonObject &authData);

Q_SIGNALS:
    void loaded(const QString &error);
    void saved(const ParseResult &result);

private:
    void update(const QJsonObject &fields);

    QPointer<ParseClient> m_client;
    QString m_userId;
    QString m_username;
    QString m_email;
    bool m_emailVerified = false;
    QString m_authData;
    quint64 m_generation = 0;
};
