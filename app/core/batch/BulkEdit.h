#pragma once

#include "core/batch/BatchDocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

class RequestBudget;

// One change made to many objects at once (issue #21): set fields to values, unset a field, increment it,
// add or remove array items, delete, or duplicate. It becomes one batch operation per object; an update or
// delete carries the object's updatedAt as loaded (ConflictCheck::expectKey()), so an object changed on the
// server since is a conflict and not overwritten. The preview's numbers come from estimate().
class BulkEdit
{
    Q_DECLARE_TR_FUNCTIONS(BulkEdit)

public:
    enum class Kind
    {
        Set,       // values: field -> value
        Unset,     // field
        Increment, // field by amount (a number)
        AddItems,  // field: amount's items (an array) appended
        AddUniqueItems,
        RemoveItems,
        Delete,
        Duplicate // a copy of each object: its own fields, without relations (schemaFields)
    };

    Kind kind = Kind::Set;
    QJsonObject values;
    QString field;
    QJsonValue amount;
    QJsonObject schemaFields; // the class's /schemas "fields"

    // Why this edit cannot be sent (no field, a number that is none, ...); empty when it can.
    QString problem() const;
    // What an update writes ({"n": {"__op": "Increment", "amount": 2}}); empty for Delete and Duplicate.
    QJsonObject body() const;
    // The operation for an object as loaded (objectId, updatedAt and its fields).
    BatchOperation operationFor(const QString &className, const QJsonObject &object) const;
    // An object's own fields as a new object has them: no objectId, dates or relations.
    static QJsonObject copyOf(const QJsonObject &object, const QJsonObject &schemaFields);
    // Updates and deletes read their objects before sending (conflict check, undo journal); copies don't.
    bool readsBeforeWriting() const { return kind != Kind::Duplicate; }

    struct Estimate
    {
        qint64 objects = 0;
        qint64 writeRequests = 0; // POST /batch, batchSize operations each
        qint64 readRequests = 0;  // paging the filter, the conflict check and the undo journal's snapshots
        double seconds = 0;       // waiting for the budget; 0 without one or within it
    };
    // pageSize: objects read per page when the edit pages through a filter (0: the objects are loaded).
    Estimate estimate(qint64 objects, int batchSize, int pageSize, const RequestBudget *budget) const;
    // "123 objects: 3 batch requests and 7 reads, about 12 s under the budget 500/60s"
    static QString describe(const Estimate &estimate, const RequestBudget *budget);
};
