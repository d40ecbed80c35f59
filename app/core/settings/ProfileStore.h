#pragma once

#include "core/net/ServerProfile.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

class QSettings;
class SecretStore;

// Connection profiles: plain fields in QSettings, keys in the SecretStore (never in the settings file).
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    // settings: nullptr for the application's own (AppPaths::openSettings()).
    explicit ProfileStore(SecretStore *secrets, QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileStore() override;

    // Profiles without their keys, sorted by name.
    QList<ServerProfile> profiles() const { return m_profiles; }
    int indexOf(const QString &id) const;
    std::optional<ServerProfile> findByName(const QString &name) const;

    // Adds or replaces (by id) and stores its keys; returns the id (a new one for a new profile).
    QString save(const ServerProfile &profile);
    void remove(const QString &id);
    // Fills in the profile's keys from the secret store; done runs once in the context's thread.
    void withSecrets(const ServerProfile &profile, QObject *context,
                     std::function<void(const ServerProfile &complete)> done);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    SecretStore *secrets() const { return m_secrets; }

Q_SIGNALS:
    void profilesChanged();

private:
    void load();

    SecretStore *m_secrets;
    QSettings *m_settings;
    bool m_ownsSettings;
    QList<ServerProfile> m_profiles;
};
