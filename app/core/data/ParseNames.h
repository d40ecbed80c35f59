#pragma once

#include <QStringList>

// Parse Server's rules for class and field names, checked before anything is sent so the mistake is named
// where it was typed (the server would answer code 103 or 105 for the whole request); and the order in which
// every table of objects shows its fields.
namespace ParseNames {
// Empty when a class may have this name (a letter, then letters, digits and _; a system class such as
// _User; a relation's _Join:field:Class table); otherwise why not.
QString classNameProblem(const QString &name);
// Empty when an object may have a field of this name; otherwise why not.
QString fieldNameProblem(const QString &name);
// The columns for a table of objects: objectId, the object's own fields by name (case-insensitive), then
// `unsorted` as given (keys a reply has beyond its schema), then createdAt, updatedAt and ACL, Parse's
// bookkeeping. Only names in `fields` or `unsorted` appear, each once.
QStringList columnOrder(const QStringList &fields, const QStringList &unsorted = {});
} // namespace ParseNames
