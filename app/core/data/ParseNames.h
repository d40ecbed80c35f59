#pragma once

#include <QString>

// Parse Server's rules for class and field names, checked before anything is sent so the mistake is named
// where it was typed (the server would answer code 103 or 105 for the whole request).
namespace ParseNames {
// Empty when a class may have this name (a letter, then letters, digits and _; a system class such as
// _User; a relation's _Join:field:Class table); otherwise why not.
QString classNameProblem(const QString &name);
// Empty when an object may have a field of this name; otherwise why not.
QString fieldNameProblem(const QString &name);
} // namespace ParseNames
