#include "core/settings/WorkspaceStore.h"

#include "core/data/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString fileOf(const QString &profileId, const QString &panel)
{
    return WorkspaceStore::directoryFor(profileId) + QLatin1Char('/') + panel + QStringLiteral(".json");
}
} // namespace

namespace WorkspaceStore {

QString directoryFor(const QString &profileId)
{
    return AppPaths::dataDirectory() + QStringLiteral("/workspace/") + profileId;
}

QJsonObject read(const QString &profileId, const QString &panel)
{
    QFile file(fileOf(profileId, panel));
    if (profileId.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool write(const QString &profileId, const QString &panel, const QJsonObject &state, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (profileId.isEmpty())
        return fail(QCoreApplication::translate("WorkspaceStore", "no profile"));
    const QString path = fileOf(profileId, panel);
    if (state.isEmpty())
        return !QFile::exists(path) || QFile::remove(path) ||
               fail(QCoreApplication::translate("WorkspaceStore", "cannot remove %1").arg(path));
    const QString directory = directoryFor(profileId);
    if (!QDir().mkpath(directory))
        return fail(QCoreApplication::translate("WorkspaceStore", "cannot create %1").arg(directory));
    // Operations and results may be production data: the owner only.
    QFile::setPermissions(directory, kOwnerOnly | QFileDevice::ExeOwner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(QJsonDocument(state).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return fail(file.errorString());
    QFile::setPermissions(path, kOwnerOnly);
    return true;
}

} // namespace WorkspaceStore
