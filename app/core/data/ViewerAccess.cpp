#include "core/data/ViewerAccess.h"

namespace {
const QString kFind = QStringLiteral("find");
}

bool ViewerAccess::findRefused(const ClassPermissions &permissions) const
{
    if (viewer == Viewer::MasterKey || permissions.allows(kFind, ClassPermissions::kPublic))
        return false;
    if (viewer == Viewer::Anonymous)
        return true;
    if (permissions.allows(kFind, userId) ||
        permissions.allows(kFind, ClassPermissions::kRequiresAuthentication))
        return false;
    for (const QString &role : roles) {
        if (permissions.allows(kFind, QStringLiteral("role:") + role))
            return false;
    }
    return permissions.userFields(QStringLiteral("readUserFields")).isEmpty() &&
           permissions.pointerFields(kFind).isEmpty();
}

QString ViewerAccess::findNote(const QString &className, const ClassPermissions &permissions) const
{
    if (viewer == Viewer::MasterKey || permissions.allows(kFind, ClassPermissions::kPublic))
        return {};
    const QString who =
        viewer == Viewer::Anonymous ? tr("Anonymous (no master key, no user)") : tr("As %1").arg(username);
    if (findRefused(permissions)) {
        if (viewer == Viewer::Anonymous &&
            permissions.allows(kFind, ClassPermissions::kRequiresAuthentication))
            return tr("%1: the server refuses to find objects of %2: its class-level permissions let only "
                      "logged-in users find them (requiresAuthentication). The table stays empty.")
                .arg(who, className);
        return tr("%1: the server refuses to find objects of %2: its class-level permissions do not give "
                  "find "
                  "to the public, to this user or to any of its roles. The table stays empty.")
            .arg(who, className);
    }
    if (permissions.allows(kFind, userId) ||
        permissions.allows(kFind, ClassPermissions::kRequiresAuthentication))
        return {};
    for (const QString &role : roles) {
        if (permissions.allows(kFind, QStringLiteral("role:") + role))
            return {};
    }
    QStringList fields =
        permissions.userFields(QStringLiteral("readUserFields")) + permissions.pointerFields(kFind);
    fields.removeDuplicates();
    return tr("%1: only the objects of %2 whose field %3 points to this user are found (pointer "
              "permissions).")
        .arg(who, className, fields.join(tr(" or ")));
}
