#pragma once

#include "core/batch/BatchDocument.h"
#include "core/data/QueryOptions.h"

// The operations the composer's forms offer, built in the REST shape a batch sends, and the way back
// from a batch path to the class and object it addresses.
namespace OperationBuilder {

// Parse's field operations ({"__op": ...}) for updates.
enum class FieldOp
{
    Increment,
    Add,
    AddUnique,
    Remove,
    Delete,
    AddRelation,
    RemoveRelation
};

struct Target
{
    QString className;
    QString objectId;
    bool isValid() const { return !className.isEmpty(); }
};

// "/classes/Room/abc" -> {Room, abc}, "/users/abc" -> {_User, abc}, with or without the mount in front.
// Routes that address no class (functions, batch, schemas, ...) and paths BatchPath refuses give an
// invalid Target.
Target targetOf(const QString &path);
// The REST route of a class's objects: "/classes/Room", "/users" for _User, "/roles" for _Role, ...
QString pathOf(const QString &className, const QString &objectId = {});

BatchOperation create(const QString &className, const QJsonObject &fields);
BatchOperation update(const QString &className, const QString &objectId, const QJsonObject &fields);
BatchOperation remove(const QString &className, const QString &objectId);
BatchOperation get(const QString &className, const QString &objectId);
// A GET sub-request takes its query in the body.
BatchOperation query(const QString &className, const QueryOptions &options);

QList<FieldOp> fieldOps();
QString fieldOpName(FieldOp op);
// The update value of a field operation. argument: the amount (Increment), the items (Add, AddUnique,
// Remove: an array, or one value), the pointers (AddRelation, RemoveRelation); ignored for Delete.
QJsonObject fieldOperation(FieldOp op, const QJsonValue &argument);
// The field operation from what a person typed: a number (Increment); items, JSON with or without the
// brackets (Add, AddUnique, Remove); objectIds of targetClass, separated by commas or spaces (AddRelation,
// RemoveRelation). On failure returns nullopt and says why.
std::optional<QJsonObject> fieldOperationFromText(FieldOp op, const QString &text, const QString &targetClass,
                                                  QString *error);

} // namespace OperationBuilder
