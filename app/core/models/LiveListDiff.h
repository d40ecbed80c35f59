#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

// The steps that turn one ordered list of Parse objects into another, keyed by objectId: removes first,
// then inserts and moves in target order, then updates with the fields that changed. Applied in order, each
// step's indexes are valid for the list as the previous steps left it. Equal lists give no steps at all.
// Pure and thread-safe: live listings compute it off the GUI thread.
namespace LiveListDiff {

struct Step
{
    enum class Kind
    {
        Remove,
        Insert,
        Move,
        Update
    };
    Kind kind;
    QString key;               // the row's objectId (see keyOf)
    int from = -1;             // Remove, Move
    int to = -1;               // Insert, Move, Update
    QJsonObject row;           // Insert, Update: the new row
    QStringList changedFields; // Update
};

QList<Step> compute(const QList<QJsonObject> &oldRows, const QList<QJsonObject> &newRows);
// Applies one step to the list it was computed for, as left by the steps before it.
void applyStep(QList<QJsonObject> &rows, const Step &step);
// The key a row is tracked by: its objectId, or its whole JSON when it has none.
QString keyOf(const QJsonObject &row);

} // namespace LiveListDiff
