#include "core/batch/UserAccount.h"

#include "core/net/ParseClient.h"

UserAccount::UserAccount(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void UserAccount::setClient(ParseClient *client)
{
    m_client = client;
    load(QString());
}

QString UserAccount::redactedAuthData(const QJsonObject &authData)
{
    QStringList lines;
    for (auto it = authData.begin(); it != authData.end(); ++it) {
        QStringList keys;
        const QJsonObject credentials = it.value().toObject();
        for (auto key = credentials.begin(); key != credentials.end(); ++key)
            keys.append(tr("%1: (redacted)").arg(key.key()));
        lines.append(QStringLiteral("%1: {%2}").arg(it.key(), keys.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

void UserAccount::load(const QString &userId)
{
    const quint64 generation = ++m_generation;
    m_userId = userId;
    m_username.clear();
    m_email.clear();
    m_emailVerified = false;
    m_authData.clear();
    if (!m_client || userId.isEmpty()) {
        Q_EMIT loaded(QString());
        return;
    }
    ParseRequest get = ParseRequest::getObject(QStringLiteral("_User"), userId);
    get.masterKey = ParseRequest::MasterKey::Required;
    connect(m_client->send(get), &ParseReply::finished, this, [this, generation](const ParseResult &r) {
        if (generation != m_generation)
            return;
        const QJsonObject user = r.object();
        m_username = user.value(QLatin1String("username")).toString();
        m_email = user.value(QLatin1String("email")).toString();
        m_emailVerified = user.value(QLatin1String("emailVerified")).toBool();
        m_authData = redactedAuthData(user.value(QLatin1String("authData")).toObject());
        Q_EMIT loaded(r.ok() ? QString() : r.error.describe());
    });
}

void UserAccount::setPassword(const QString &password)
{
    update({{QStringLiteral("password"), password}});
}

void UserAccount::setEmailVerified(bool verified)
{
    update({{QStringLiteral("emailVerified"), verified}});
}

void UserAccount::update(const QJsonObject &fields)
{
    if (!m_client || m_userId.isEmpty())
        return;
    ParseRequest put = ParseRequest::updateObject(QStringLiteral("_User"), m_userId, fields);
    put.masterKey = ParseRequest::MasterKey::Required;
    put.origin = QStringLiteral("users");
    put.actionId = ParseRequest::newActionId();
    const QString userId = m_userId;
    connect(m_client->send(put), &ParseReply::finished, this, [this, userId, fields](const ParseResult &r) {
        if (r.ok() && userId == m_userId && fields.contains(QLatin1String("emailVerified")))
            m_emailVerified = fields.value(QLatin1String("emailVerified")).toBool();
        Q_EMIT saved(r);
    });
}
