#include "core/settings/ProfileStore.h"

#include "core/data/AppPaths.h"
#include "core/settings/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <algorithm>

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kRest = QStringLiteral("rest");
const QString kClient = QStringLiteral("client");
const QString kMaster = QStringLiteral("master");

// One keychain entry per profile holds all of its keys.
QString secretKey(const QString &id)
{
    return QStringLiteral("profile/") + id;
}
} // namespace

ProfileStore::ProfileStore(SecretStore *secrets, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings ? settings : AppPaths::openSettings().release())
    , m_ownsSettings(settings == nullptr)
{
    load();
}

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

void ProfileStore::load()
{
    m_profiles.clear();
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        ServerProfile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.serverUrl = QUrl(m_settings->value(QStringLiteral("serverUrl")).toString());
        p.applicationId = m_settings->value(QStringLiteral("applicationId")).toString();
        p.useMasterKey = m_settings->value(QStringLiteral("useMasterKey"), false).toBool();
        p.production = m_settings->value(QStringLiteral("production"), false).toBool();
        p.batchSize = m_settings->value(QStringLiteral("batchSize"), ServerProfile().batchSize).toInt();
        p.timeoutMs = m_settings->value(QStringLiteral("timeoutMs"), 30000).toInt();
        p.budget = m_settings->value(QStringLiteral("budget")).toString();
        p.trustedCertificate = m_settings->value(QStringLiteral("trustedCertificate")).toString();
        m_settings->endGroup();
        m_profiles.append(p);
    }
    m_settings->endGroup();
    std::sort(m_profiles.begin(), m_profiles.end(), [](const ServerProfile &a, const ServerProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<ServerProfile> ProfileStore::findByName(const QString &name) const
{
    for (const ServerProfile &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::save(const ServerProfile &profile)
{
    ServerProfile p = profile;
    if (p.id.isEmpty())
        p.id = ServerProfile::newId();
    m_settings->beginGroup(kGroup + QLatin1Char('/') + p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("serverUrl"), p.serverUrl.toString());
    m_settings->setValue(QStringLiteral("applicationId"), p.applicationId);
    m_settings->setValue(QStringLiteral("useMasterKey"), p.useMasterKey);
    m_settings->setValue(QStringLiteral("production"), p.production);
    m_settings->setValue(QStringLiteral("batchSize"), p.batchSize);
    m_settings->setValue(QStringLiteral("timeoutMs"), p.timeoutMs);
    m_settings->setValue(QStringLiteral("budget"), p.budget);
    m_settings->setValue(QStringLiteral("trustedCertificate"), p.trustedCertificate);
    m_settings->endGroup();
    m_settings->sync();

    const QJsonObject keys{{kRest, p.restApiKey}, {kClient, p.clientKey}, {kMaster, p.masterKey}};
    m_secrets->write(secretKey(p.id), QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)));
    load();
    Q_EMIT profilesChanged();
    return p.id;
}

void ProfileStore::remove(const QString &id)
{
    m_settings->remove(kGroup + QLatin1Char('/') + id);
    m_settings->sync();
    m_secrets->remove(secretKey(id));
    load();
    Q_EMIT profilesChanged();
}

void ProfileStore::withSecrets(const ServerProfile &profile, QObject *context,
                               std::function<void(const ServerProfile &)> done)
{
    m_secrets->read(secretKey(profile.id), context, [profile, done](const QString &value) {
        ServerProfile p = profile;
        const QJsonObject keys = QJsonDocument::fromJson(value.toUtf8()).object();
        p.restApiKey = keys.value(kRest).toString();
        p.clientKey = keys.value(kClient).toString();
        p.masterKey = keys.value(kMaster).toString();
        done(p);
    });
}

QString ProfileStore::lastUsedId() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    m_settings->setValue(QStringLiteral("lastProfile"), id);
}
