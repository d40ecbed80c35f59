#pragma once

#include "core/journal/UndoEntry.h"
#include "core/net/ParseRequest.h"

#include <QCoreApplication>
#include <QStringList>

// The inverse of a journal entry, built from its snapshots and what exists on the server now: updates
// restore the fields they changed (a field that was absent is deleted again), deleted objects are created
// again with their data, created objects are deleted. Server-written fields (createdAt, updatedAt) cannot
// be written back.
struct UndoPlan
{
    Q_DECLARE_TR_FUNCTIONS(UndoPlan)

public:
    QList<ParseRequest> requests;
    // Per request: the objectId a re-creation restores (empty for other requests).
    QStringList recreates;
    // What is not restored, or only in part, for people.
    QStringList notes;

    // current: className -> objectId -> object, for the objects of the entry that exist now.
    // keepObjectIds: re-create deleted objects with their old objectId (the server must allow custom
    // object ids; without it Parse answers 105 and the undo runs again without them).
    static UndoPlan build(const UndoEntry &entry, const QJsonObject &current, bool keepObjectIds);
    // The body that re-creates a deleted object from its snapshot.
    static QJsonObject recreateBody(const QJsonObject &snapshot, bool keepObjectId, QStringList *notes);
};
