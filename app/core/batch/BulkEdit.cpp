#include "core/batch/BulkEdit.h"

#include "core/batch/ConflictCheck.h"
#include "core/net/RequestBudget.h"
#include "core/query/ObjectFetcher.h"

#include <QJsonArray>

namespace {
const QString kObjectId = QStringLiteral("objectId");
const QString kUpdatedAt = QStringLiteral("updatedAt");
const QStringList kReadOnly{kObjectId, QStringLiteral("createdAt"), kUpdatedAt};

qint64 chunks(qint64 count, qint64 size)
{
    return size <= 0 ? 0 : (count + size - 1) / size;
}
} // namespace

QString BulkEdit::problem() const
{
    switch (kind) {
    case Kind::Set:
        if (values.isEmpty())
            return tr("Choose at least one field to set.");
        for (const QString &name : kReadOnly) {
            if (values.contains(name))
                return tr("%1 is set by the server and cannot be written.").arg(name);
        }
        return {};
    case Kind::Delete:
    case Kind::Duplicate:
        return {};
    default:
        break;
    }
    if (field.isEmpty())
        return tr("Choose a field.");
    if (kReadOnly.contains(field))
        return tr("%1 is set by the server and cannot be written.").arg(field);
    if (kind == Kind::Increment && !amount.isDouble())
        return tr("The amount to add must be a number.");
    if ((kind == Kind::AddItems || kind == Kind::AddUniqueItems || kind == Kind::RemoveItems) &&
        (!amount.isArray() || amount.toArray().isEmpty()))
        return tr("Give the items as a JSON array, e.g. [\"a\", 2].");
    return {};
}

QJsonObject BulkEdit::body() const
{
    const auto op = [this](const QString &name, const QString &key, const QJsonValue &value) {
        QJsonObject o{{QStringLiteral("__op"), name}};
        if (!key.isEmpty())
            o.insert(key, value);
        return QJsonObject{{field, o}};
    };
    switch (kind) {
    case Kind::Set:
        return values;
    case Kind::Unset:
        return op(QStringLiteral("Delete"), {}, {});
    case Kind::Increment:
        return op(QStringLiteral("Increment"), QStringLiteral("amount"), amount);
    case Kind::AddItems:
        return op(QStringLiteral("Add"), QStringLiteral("objects"), amount);
    case Kind::AddUniqueItems:
        return op(QStringLiteral("AddUnique"), QStringLiteral("objects"), amount);
    case Kind::RemoveItems:
        return op(QStringLiteral("Remove"), QStringLiteral("objects"), amount);
    case Kind::Delete:
    case Kind::Duplicate:
        break;
    }
    return {};
}

BatchOperation BulkEdit::operationFor(const QString &className, const QJsonObject &object) const
{
    if (kind == Kind::Duplicate)
        return {QStringLiteral("POST"),
                QStringLiteral("/classes/") + className,
                copyOf(object, schemaFields),
                {}};
    const QString path = QStringLiteral("/classes/%1/%2").arg(className, object.value(kObjectId).toString());
    QJsonObject extra{{ConflictCheck::expectKey(), object.value(kUpdatedAt).toString()}};
    if (kind == Kind::Delete)
        return {QStringLiteral("DELETE"), path, QJsonValue::Undefined, extra};
    const QJsonObject written = body();
    QJsonObject loaded;
    for (auto it = written.begin(); it != written.end(); ++it) {
        if (object.contains(it.key()))
            loaded.insert(it.key(), object.value(it.key()));
    }
    extra.insert(ConflictCheck::loadedKey(), loaded);
    return {QStringLiteral("PUT"), path, written, extra};
}

QJsonObject BulkEdit::copyOf(const QJsonObject &object, const QJsonObject &schemaFields)
{
    QJsonObject copy = object;
    for (const QString &name : kReadOnly)
        copy.remove(name);
    for (auto it = schemaFields.begin(); it != schemaFields.end(); ++it) {
        if (it.value().toObject().value(QLatin1String("type")).toString() == QLatin1String("Relation"))
            copy.remove(it.key());
    }
    return copy;
}

BulkEdit::Estimate BulkEdit::estimate(qint64 objects, int batchSize, int pageSize,
                                      const RequestBudget *budget) const
{
    Estimate e;
    e.objects = objects;
    e.writeRequests = chunks(objects, qMax(1, batchSize));
    // Paging a filter ends with the empty page that proves the end; each page read is also its conflict
    // check and undo snapshot. Selected objects are read once for both.
    if (pageSize > 0)
        e.readRequests += chunks(objects, pageSize) + 1;
    else if (readsBeforeWriting())
        e.readRequests += chunks(objects, ObjectFetcher::kChunk);
    if (budget && budget->capacity() > 0) {
        const qint64 cost =
            e.readRequests + (budget->unit() == RequestBudget::Unit::Requests ? e.writeRequests : objects);
        // The first capacity go at once; every further capacity waits a window.
        if (cost > budget->capacity())
            e.seconds = double(cost - budget->capacity()) * budget->windowMs() / budget->capacity() / 1000.0;
    }
    return e;
}

QString BulkEdit::describe(const Estimate &estimate, const RequestBudget *budget)
{
    QString text = tr("%n object(s): ", nullptr, int(estimate.objects)) +
                   tr("%n batch request(s)", nullptr, int(estimate.writeRequests)) +
                   tr(" and %n read(s)", nullptr, int(estimate.readRequests));
    if (!budget)
        text += tr(", no request budget: as fast as the server answers.");
    else if (estimate.seconds < 1)
        text += tr(", within the budget %1.").arg(budget->toString());
    else
        text +=
            tr(", about %n second(s) of waiting under the budget %1.", nullptr, int(estimate.seconds + 0.5))
                .arg(budget->toString());
    return text;
}
