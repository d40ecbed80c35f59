#include "core/settings/SecretStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {
const QString kService = QStringLiteral("ParseDesk");
}

SecretStore::SecretStore(Backend backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_persistent(backend == Backend::Keychain)
{}

void SecretStore::fallBackToMemory(const QString &reason)
{
    m_lastError = reason;
    if (!m_persistent)
        return;
    m_persistent = false;
    Q_EMIT persistenceChanged(false);
}

void SecretStore::read(const QString &key, QObject *context, std::function<void(const QString &)> done)
{
    if (m_memory.contains(key) || !m_persistent) {
        const QString value = m_memory.value(key);
        QTimer::singleShot(0, context, [done, value] { done(value); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [this, job, key, done] {
        QString value;
        if (job->error() == QKeychain::NoError) {
            value = job->textData();
            m_memory.insert(key, value);
        } else if (job->error() != QKeychain::EntryNotFound) {
            fallBackToMemory(job->errorString());
        }
        done(value);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &value)
{
    m_memory.insert(key, value);
    if (!m_persistent)
        return;
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError)
            fallBackToMemory(job->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    m_memory.remove(key);
    if (!m_persistent)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    job->start();
}
