#include "core/journal/UndoPlan.h"

#include "core/data/ClassPermissions.h"
#include "core/data/ParseConfig.h"
#include "core/net/AdminRequest.h"

#include <QMap>

namespace {
const QString kObjectId = QStringLiteral("objectId");
const QString kOp = QStringLiteral("__op");
const QString kType = QStringLiteral("__type");
const QStringList kServerWritten{kObjectId, QStringLiteral("createdAt"), QStringLiteral("updatedAt")};

bool isRelation(const QJsonValue &value)
{
    return value.toObject().value(kType).toString() == QLatin1String("Relation");
}

struct Touched
{
    QStringList fields;       // updated, in the order first sent
    QJsonObject relationUndo; // field -> the inverse relation op
    bool deleted = false;
    QString updatedAt;    // after our last applied update
    QStringList withheld; // secrets the updates set, not kept in the journal
};
} // namespace

QJsonObject UndoPlan::recreateBody(const QJsonObject &snapshot, bool keepObjectId, QStringList *notes)
{
    QJsonObject body;
    QStringList relations;
    for (auto it = snapshot.begin(); it != snapshot.end(); ++it) {
        if (kServerWritten.contains(it.key()))
            continue;
        if (isRelation(it.value()))
            relations.append(it.key());
        else
            body.insert(it.key(), it.value());
    }
    if (keepObjectId)
        body.insert(kObjectId, snapshot.value(kObjectId));
    const QString id = snapshot.value(kObjectId).toString();
    if (!relations.isEmpty())
        notes->append(tr("%1: the relations %2 are not restored (a relation is not a value; its links are "
                         "kept in a join table that deleting the object emptied).")
                          .arg(id, relations.join(QStringLiteral(", "))));
    return body;
}

UndoPlan UndoPlan::build(const UndoEntry &entry, const QJsonObject &current, bool keepObjectIds)
{
    UndoPlan plan;
    // Per object, in the order first written: what the entry did to it (if it may have happened).
    QMap<std::pair<QString, QString>, Touched> touched;
    QList<std::pair<QString, QString>> order;
    QList<std::pair<QString, QString>> created;
    QStringList configNames; // Parse Config parameters the entry set or deleted
    QStringList clpClasses;  // classes whose CLP the entry replaced
    for (const UndoOperation &op : entry.operations) {
        if (!op.mayHaveApplied())
            continue;
        const std::pair<QString, QString> key{op.className, op.objectId};
        if (op.className == ClassPermissions::journalClass()) {
            if (!clpClasses.contains(op.objectId))
                clpClasses.append(op.objectId);
            continue;
        }
        if (op.className == ParseConfig::journalClass()) {
            for (const QString &name : ParseConfig::namesIn(op.body)) {
                if (!configNames.contains(name))
                    configNames.append(name);
            }
            continue;
        }
        if (op.kind == UndoOperation::Kind::Create) {
            if (op.objectId.isEmpty())
                plan.notes.append(tr("A create in %1 may have been applied (its answer was lost); find and "
                                     "delete that object by hand if it exists.")
                                      .arg(op.className));
            else
                created.append(key);
            continue;
        }
        if (!touched.contains(key))
            order.append(key);
        Touched &t = touched[key];
        if (op.kind == UndoOperation::Kind::Delete) {
            t.deleted = true;
            continue;
        }
        for (auto it = op.body.begin(); it != op.body.end(); ++it) {
            const QString opName = it.value().toObject().value(kOp).toString();
            if (opName == QLatin1String("AddRelation") || opName == QLatin1String("RemoveRelation")) {
                QJsonObject inverse = it.value().toObject();
                inverse.insert(kOp, opName == QLatin1String("AddRelation") ? QStringLiteral("RemoveRelation")
                                                                           : QStringLiteral("AddRelation"));
                t.relationUndo.insert(it.key(), inverse);
            } else if (!t.fields.contains(it.key()) && !kServerWritten.contains(it.key())) {
                t.fields.append(it.key());
            }
        }
        if (!op.updatedAt.isEmpty())
            t.updatedAt = op.updatedAt;
        for (const QString &secret : op.withheld) {
            if (!t.withheld.contains(secret))
                t.withheld.append(secret);
        }
    }

    for (const auto &key : order) {
        const auto &[className, id] = key;
        const Touched &t = touched.value(key);
        const QJsonObject before = entry.snapshot(className, id);
        const QJsonObject now = current.value(className).toObject().value(id).toObject();
        const bool exists = !now.isEmpty();
        if (t.deleted) {
            if (exists)
                continue; // the delete did not happen
            if (before.isEmpty()) {
                plan.notes.append(tr("%1 %2: no snapshot was taken (it could not be read), so it cannot be "
                                     "created again.")
                                      .arg(className, id));
                continue;
            }
            plan.requests.append(
                ParseRequest::createObject(className, recreateBody(before, keepObjectIds, &plan.notes)));
            plan.recreates.append(id);
            if (className == QLatin1String("_User"))
                plan.notes.append(
                    tr("%1: a user's password cannot be read and the journal keeps no authData, "
                       "so the re-created user has neither; set a password before the user logs "
                       "in.")
                        .arg(id));
            continue;
        }
        if (!exists) {
            plan.notes.append(
                tr("%1 %2 no longer exists (deleted since); its changes are not undone.").arg(className, id));
            continue;
        }
        if (!t.withheld.isEmpty())
            plan.notes.append(tr("%1 %2: this entry set %3, which the journal does not keep; undo cannot "
                                 "restore the old value.")
                                  .arg(className, id, t.withheld.join(QStringLiteral(", "))));
        QJsonObject body = t.relationUndo;
        for (const QString &field : t.fields) {
            if (before.contains(field))
                body.insert(field, before.value(field));
            else
                body.insert(field, QJsonObject{{kOp, QStringLiteral("Delete")}});
        }
        if (body.isEmpty())
            continue;
        const QString nowUpdated = now.value(QLatin1String("updatedAt")).toString();
        if (!t.updatedAt.isEmpty() && nowUpdated > t.updatedAt)
            plan.notes.append(tr("%1 %2 was changed again after this write (updatedAt %3); undo overwrites "
                                 "the fields this write changed.")
                                  .arg(className, id, nowUpdated));
        plan.requests.append(ParseRequest::updateObject(className, id, body));
        plan.recreates.append(QString());
    }

    // Parse Config: each parameter back to its value before (deleted again if it was absent).
    if (!configNames.isEmpty()) {
        const ParseConfig before =
            ParseConfig::fromJson(entry.snapshot(ParseConfig::journalClass(), ParseConfig::journalId()));
        plan.requests.append(AdminRequest::updateConfig(ParseConfig::putBody(before.restore(configNames))));
        plan.recreates.append(QString());
    }

    // A class's CLP: the whole of it as it was (PUT /schemas replaces it).
    for (const QString &className : std::as_const(clpClasses)) {
        const QJsonObject before = entry.snapshot(ClassPermissions::journalClass(), className);
        if (before.isEmpty()) {
            plan.notes.append(tr("%1: the class-level permissions before this write could not be read, so "
                                 "they cannot be restored.")
                                  .arg(className));
            continue;
        }
        plan.requests.append(ParseRequest::updateSchema(className, before));
        plan.recreates.append(QString());
    }

    if (std::any_of(plan.recreates.begin(), plan.recreates.end(),
                    [](const QString &id) { return !id.isEmpty(); }))
        plan.notes.append(tr("Re-created objects get a new createdAt and updatedAt: the server sets them and "
                             "they cannot be written back."));
    for (const auto &[className, id] : created) {
        if (current.value(className).toObject().contains(id)) {
            plan.requests.append(ParseRequest::deleteObject(className, id));
            plan.recreates.append(QString());
        }
    }
    return plan;
}
