#include "core/data/ViewerAccess.h"

#include <QJsonArray>
#include <algorithm>
#include <optional>

namespace {
const QString kFind = QStringLiteral("find");
}

bool ViewerAccess::findAllowedOutright(const ClassPermissions &permissions) const
{
    if (viewer == Viewer::MasterKey || permissions.allows(kFind, ClassPermissions::kPublic))
        return true;
    if (viewer == Viewer::Anonymous)
        return false;
    if (permissions.allows(kFind, userId) ||
        permissions.allows(kFind, ClassPermissions::kRequiresAuthentication))
        return true;
    for (const QString &role : roles) {
        if (permissions.allows(kFind, QStringLiteral("role:") + role))
            return true;
    }
    return false;
}

QStringList ViewerAccess::pointerPermissionFields(const ClassPermissions &permissions) const
{
    QStringList fields =
        permissions.userFields(QStringLiteral("readUserFields")) + permissions.pointerFields(kFind);
    fields.removeDuplicates();
    return fields;
}

bool ViewerAccess::findRefused(const ClassPermissions &permissions) const
{
    if (findAllowedOutright(permissions))
        return false;
    return viewer == Viewer::Anonymous || pointerPermissionFields(permissions).isEmpty();
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
    if (findAllowedOutright(permissions))
        return {};
    return tr("%1: only the objects of %2 whose field %3 points to this user are found (pointer "
              "permissions).")
        .arg(who, className, pointerPermissionFields(permissions).join(tr(" or ")));
}

namespace {
// A Pointer to the user, or an array holding one (or its objectId), as pointer permissions accept.
bool pointsTo(const QJsonValue &value, const QString &userId)
{
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        return std::any_of(items.begin(), items.end(),
                           [&](const QJsonValue &item) { return pointsTo(item, userId); });
    }
    return value.toObject().value(QLatin1String("objectId")).toString() == userId;
}

bool reads(const QJsonObject &acl, const QString &principal)
{
    return acl.value(principal).toObject().value(QLatin1String("read")).toBool();
}
} // namespace

ViewerAccess::Hidden ViewerAccess::hiddenBecause(const QJsonObject &object,
                                                 const ClassPermissions &permissions) const
{
    if (viewer == Viewer::MasterKey)
        return Hidden::No;
    if (findRefused(permissions))
        return Hidden::ClpDenied;
    if (!findAllowedOutright(permissions)) {
        const QStringList fields = pointerPermissionFields(permissions);
        if (std::none_of(fields.begin(), fields.end(),
                         [&](const QString &field) { return pointsTo(object.value(field), userId); }))
            return Hidden::PointerPermission;
    }
    // An object without an ACL is everyone's.
    const QJsonValue aclValue = object.value(QLatin1String("ACL"));
    if (!aclValue.isObject())
        return Hidden::No;
    const QJsonObject acl = aclValue.toObject();
    if (reads(acl, ClassPermissions::kPublic))
        return Hidden::No;
    if (viewer == Viewer::User) {
        if (reads(acl, userId))
            return Hidden::No;
        for (const QString &role : roles) {
            if (reads(acl, QStringLiteral("role:") + role))
                return Hidden::No;
        }
    }
    return Hidden::Acl;
}

QString ViewerAccess::describe(Hidden reason, const ClassPermissions &permissions) const
{
    switch (reason) {
    case Hidden::No:
        return {};
    case Hidden::ClpDenied:
        return tr("CLP: find is not allowed for this viewer");
    case Hidden::PointerPermission:
        return tr("pointer permission: %1 does not point to this user")
            .arg(pointerPermissionFields(permissions).join(tr(" or ")));
    case Hidden::Acl:
        return viewer == Viewer::Anonymous ? tr("ACL: no public read")
                                           : tr("ACL: no read for this user or any of its roles");
    }
    return {};
}

QStringList ViewerAccess::protectedFields(const ClassPermissions &permissions) const
{
    if (viewer == Viewer::MasterKey)
        return {};
    const QMap<QString, QStringList> all = permissions.protectedFields();
    QStringList principals{ClassPermissions::kPublic};
    if (viewer == Viewer::User) {
        principals.append(ClassPermissions::kAuthenticated);
        for (const QString &role : roles)
            principals.append(QStringLiteral("role:") + role);
        principals.append(userId);
    }
    std::optional<QStringList> common;
    for (const QString &principal : std::as_const(principals)) {
        if (!all.contains(principal))
            continue;
        const QStringList fields = all.value(principal);
        if (!common) {
            common = fields;
            continue;
        }
        common->removeIf([&](const QString &field) { return !fields.contains(field); });
    }
    QStringList result = common.value_or(QStringList());
    result.sort();
    return result;
}
