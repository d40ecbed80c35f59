#pragma once

#include <QHash>
#include <QObject>
#include <functional>

// Profile keys in the OS keychain (QtKeychain). Where no keychain service answers, keys are kept in
// memory for this session only and isPersistent() says so; nothing is ever written in plain text.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend
    {
        Keychain,
        MemoryOnly
    };
    explicit SecretStore(Backend backend = Backend::Keychain, QObject *parent = nullptr);

    bool isPersistent() const { return m_persistent; }
    QString lastError() const { return m_lastError; }

    // value is empty when nothing is stored. The callback runs once, in the context's thread.
    void read(const QString &key, QObject *context, std::function<void(const QString &value)> done);
    void write(const QString &key, const QString &value);
    void remove(const QString &key);

Q_SIGNALS:
    void persistenceChanged(bool persistent);

private:
    void fallBackToMemory(const QString &reason);

    Backend m_backend;
    bool m_persistent;
    QString m_lastError;
    QHash<QString, QString> m_memory; // this session's copy; the only copy when there is no keychain
};
