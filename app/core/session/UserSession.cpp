#include "core/session/UserSession.h"

#include "core/net/ParseClient.h"

#include <QJsonArray>

UserSession::UserSession(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ServerProfile UserSession::withoutMasterKey(ServerProfile profile)
{
    profile.masterKey.clear();
    profile.useMasterKey = false;
    return profile;
}

void UserSession::start(const QString &username)
{
    m_username = username;
    QueryOptions options;
    options.where = {{QStringLiteral("username"), username}};
    options.limit = 1;
    options.keys = {QStringLiteral("objectId")};
    ParseRequest find = ParseRequest::find(QStringLiteral("_User"), options);
    find.masterKey = ParseRequest::MasterKey::Required;
    connect(m_client->send(find), &ParseReply::finished, this, [this](const ParseResult &r) {
        if (!r.ok()) {
            Q_EMIT started(r.error);
            return;
        }
        const QJsonArray users = r.object().value(QLatin1String("results")).toArray();
        if (users.isEmpty()) {
            Q_EMIT started(ParseError::config(tr("no user has the username '%1'").arg(m_username)));
            return;
        }
        logIn(users.first().toObject().value(QLatin1String("objectId")).toString());
    });
}

void UserSession::logIn(const QString &userId)
{
    ParseRequest loginAs;
    loginAs.method = ParseRequest::Method::Post;
    loginAs.path = QStringLiteral("/loginAs");
    loginAs.body = QJsonObject{{QStringLiteral("userId"), userId}};
    loginAs.masterKey = ParseRequest::MasterKey::Required;
    connect(m_client->send(loginAs), &ParseReply::finished, this, [this, userId](const ParseResult &r) {
        if (!r.ok()) {
            Q_EMIT started(r.error);
            return;
        }
        m_token = r.object().value(QLatin1String("sessionToken")).toString();
        if (m_token.isEmpty()) {
            Q_EMIT started(ParseError::config(tr("POST /loginAs answered without a session token")));
            return;
        }
        m_userId = userId;
        Q_EMIT started({});
    });
}

void UserSession::end()
{
    if (m_token.isEmpty() || !m_client) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT ended({}); }, Qt::QueuedConnection);
        return;
    }
    ParseRequest logout;
    logout.method = ParseRequest::Method::Post;
    logout.path = QStringLiteral("/logout");
    logout.body = QJsonObject();
    logout.masterKey = ParseRequest::MasterKey::Never;
    logout.sessionToken = m_token;
    connect(m_client->send(logout), &ParseReply::finished, this, [this](const ParseResult &r) {
        if (r.ok())
            m_token.clear();
        Q_EMIT ended(r.error);
    });
}
