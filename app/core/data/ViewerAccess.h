#pragma once

#include "core/data/ClassPermissions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Whom the class browser shows a class as ("View as…"), and what the class's CLP lets that viewer find, as
// Parse Server 9 decides it (SchemaController.validatePermission): the master key passes; then "*", the
// user's id or one of its roles; then requiresAuthentication for any logged-in user; then pointer
// permissions (readUserFields, find's pointerFields) limit a logged-in user to the rows naming it. ACLs
// narrow that further row by row; the CLP decides whether the table can show anything at all.
struct ViewerAccess
{
    Q_DECLARE_TR_FUNCTIONS(ViewerAccess)

public:
    enum class Viewer
    {
        MasterKey,
        Anonymous, // the REST key only
        User
    };
    Viewer viewer = Viewer::MasterKey;
    QString userId;
    QString username;
    QStringList roles; // names, without "role:"

    // A sentence for the class browser: why the viewer gets no rows of className, or which rows only;
    // empty when the CLP lets it find every row (its ACLs still apply).
    QString findNote(const QString &className, const ClassPermissions &permissions) const;
    // Whether the server refuses the viewer's find outright (error 119, or 101 for requiresAuthentication).
    bool findRefused(const ClassPermissions &permissions) const;

    // Why a find as the viewer leaves out an object (as loaded with the master key, with its ACL): the
    // CLP refuses the find, pointer permissions let the viewer find only objects naming it in one of
    // their fields, or the ACL gives no read to the public, the user or one of its roles.
    enum class Hidden
    {
        No,
        ClpDenied,
        PointerPermission,
        Acl
    };
    Hidden hiddenBecause(const QJsonObject &object, const ClassPermissions &permissions) const;
    QString describe(Hidden reason, const ClassPermissions &permissions) const;
    // The fields left out of every object the viewer gets, as Parse Server 9 combines protectedFields:
    // the fields in every one of the lists for "*", "authenticated", the viewer's roles and its id.
    QStringList protectedFields(const ClassPermissions &permissions) const;

private:
    // The CLP gives find to the viewer itself (public, its id, a role, requiresAuthentication), not only
    // through pointer permissions.
    bool findAllowedOutright(const ClassPermissions &permissions) const;
    QStringList pointerPermissionFields(const ClassPermissions &permissions) const;
};
