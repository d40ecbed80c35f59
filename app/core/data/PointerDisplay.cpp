#include "core/data/PointerDisplay.h"

#include "core/data/ParseValue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace PointerDisplay {
namespace {
bool isPointerLike(const QJsonValue &value)
{
    const QString type = value.toObject().value(QLatin1String("__type")).toString();
    return type == QLatin1String("Pointer") || type == QLatin1String("Object");
}

QString elementText(const QJsonValue &value, const QString &targetField)
{
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("__type")) == QLatin1String("Object") && object.contains(targetField))
        return ParseValue::fromField(targetField, object.value(targetField)).displayText();
    return ParseValue::fromJson(asPointer(value)).displayText();
}
} // namespace

void addTo(QueryOptions *options, const QStringList &columns, const Choices &choices)
{
    if (choices.isEmpty())
        return;
    // Parse Server selects the top-level keys before the dots (ptr.username selects ptr) and passes the
    // rest to the include, which then reads only that field of the target.
    QStringList keys = columns;
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        options->include.append(it.key());
        keys.append(it.key() + QLatin1Char('.') + it.value());
    }
    options->keys = keys;
}

QJsonValue asPointer(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto element : array)
            element = asPointer(element);
        return array;
    }
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("__type")) != QLatin1String("Object") ||
        !object.contains(QLatin1String("className")) || !object.contains(QLatin1String("objectId")))
        return value;
    return ParseValue::pointer(object.value(QLatin1String("className")).toString(),
                               object.value(QLatin1String("objectId")).toString())
        .toJson();
}

QJsonObject withPointers(QJsonObject object, const Choices &choices)
{
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        const auto found = object.find(it.key());
        if (found != object.end())
            *found = asPointer(*found);
    }
    return object;
}

QString displayText(const QJsonValue &value, const QString &targetField)
{
    if (!value.isArray())
        return elementText(value, targetField);
    QStringList texts;
    for (const QJsonValue &element : value.toArray())
        texts.append(isPointerLike(element) ? elementText(element, targetField)
                                            : ParseValue::fromJson(element).displayText());
    return texts.join(QLatin1String(", "));
}

QString objectIds(const QJsonValue &value)
{
    if (isPointerLike(value))
        return value.toObject().value(QLatin1String("objectId")).toString();
    QStringList ids;
    for (const QJsonValue &element : value.toArray()) {
        if (isPointerLike(element))
            ids.append(element.toObject().value(QLatin1String("objectId")).toString());
    }
    return ids.join(QLatin1String(", "));
}

QString targetClass(const QJsonValue &value)
{
    if (isPointerLike(value))
        return value.toObject().value(QLatin1String("className")).toString();
    for (const QJsonValue &element : value.toArray()) {
        if (isPointerLike(element))
            return element.toObject().value(QLatin1String("className")).toString();
    }
    return {};
}
} // namespace PointerDisplay
