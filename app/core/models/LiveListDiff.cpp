#include "core/models/LiveListDiff.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace LiveListDiff {

QString keyOf(const QJsonObject &row)
{
    const QJsonValue id = row.value(QLatin1String("objectId"));
    if (id.isString())
        return id.toString();
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

namespace {
QStringList changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QStringList fields;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            fields.append(it.key());
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key()))
            fields.append(it.key());
    }
    return fields;
}
} // namespace

QList<Step> compute(const QList<QJsonObject> &oldRows, const QList<QJsonObject> &newRows)
{
    QList<Step> steps;
    QSet<QString> wanted;
    for (const QJsonObject &row : newRows)
        wanted.insert(keyOf(row));

    // Removes, from the back so earlier indexes stay valid.
    QList<QString> current;
    QHash<QString, QJsonObject> oldByKey;
    for (const QJsonObject &row : oldRows) {
        current.append(keyOf(row));
        oldByKey.insert(current.last(), row);
    }
    for (int i = int(current.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(current.at(i))) {
            steps.append({Step::Kind::Remove, current.at(i), i, -1, {}, {}});
            current.removeAt(i);
        }
    }

    // Inserts and moves, walking the target order.
    for (int i = 0; i < newRows.size(); ++i) {
        const QString key = keyOf(newRows.at(i));
        if (i < current.size() && current.at(i) == key)
            continue;
        const int from = int(current.indexOf(key, i));
        if (from >= 0) {
            steps.append({Step::Kind::Move, key, from, i, {}, {}});
            current.move(from, i);
        } else {
            steps.append({Step::Kind::Insert, key, -1, i, newRows.at(i), {}});
            current.insert(i, key);
        }
    }

    // Updates of rows that were there before and changed.
    for (int i = 0; i < newRows.size(); ++i) {
        const auto before = oldByKey.constFind(current.at(i));
        if (before == oldByKey.constEnd())
            continue;
        const QStringList fields = changedFields(*before, newRows.at(i));
        if (!fields.isEmpty())
            steps.append({Step::Kind::Update, current.at(i), -1, i, newRows.at(i), fields});
    }
    return steps;
}

void applyStep(QList<QJsonObject> &rows, const Step &step)
{
    switch (step.kind) {
    case Step::Kind::Remove:
        rows.removeAt(step.from);
        break;
    case Step::Kind::Insert:
        rows.insert(step.to, step.row);
        break;
    case Step::Kind::Move:
        rows.move(step.from, step.to);
        break;
    case Step::Kind::Update:
        rows[step.to] = step.row;
        break;
    }
}

} // namespace LiveListDiff
