#pragma once

#include "core/data/QueryOptions.h"

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

// A pointer column shown by a field of the objects it points to (a _User pointer by its username) instead
// of their objectIds. The find brings that field along (include and keys, in the same request), and every
// value read for writing, copying or comparing turns an included object back into the pointer it stands
// for: only the text shown changes.
namespace PointerDisplay {
// Pointer (or array-of-pointers) field -> the target class's field shown for it.
using Choices = QMap<QString, QString>;

// include the chosen fields and keys = every column plus field.targetField, so the targets come with only
// the field shown and the objects themselves lose nothing. No choices: options stay as they are.
void addTo(QueryOptions *options, const QStringList &columns, const Choices &choices);
// An included object (__type Object) as the pointer it stands for; arrays element by element; anything
// else unchanged.
QJsonValue asPointer(const QJsonValue &value);
// The object with its chosen fields' included objects turned back into pointers.
QJsonObject withPointers(QJsonObject object, const Choices &choices);
// The text of a chosen field: the target's targetField, element by element for an array (", "). A target
// that did not come along (gone, not readable, field not set) shows as the pointer does.
QString displayText(const QJsonValue &value, const QString &targetField);
// The objectIds a value points to (one, or an array's, joined by ", "); empty for anything else.
QString objectIds(const QJsonValue &value);
// The class a pointer, an included object or the first pointer in an array points to; empty otherwise.
QString targetClass(const QJsonValue &value);
} // namespace PointerDisplay
