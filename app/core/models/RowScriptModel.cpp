#include "core/models/RowScriptModel.h"

#include "core/data/Csv.h"
#include "core/data/JsonText.h"
#include "core/models/Tone.h"

#include <algorithm>

namespace {
QString errorMessage(const RowScript::Row &row)
{
    return row.toJson().value(QLatin1String("error")).toObject().value(QLatin1String("error")).toString();
}
} // namespace

RowScriptModel::RowScriptModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RowScriptModel::addRow(const RowScript::Row &row)
{
    if (const auto it = m_rowOf.constFind(row.objectId); it != m_rowOf.constEnd()) {
        m_rows[*it] = row;
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    m_rowOf.insert(row.objectId, at);
    endInsertRows();
}

void RowScriptModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

QStringList RowScriptModel::failedIds() const
{
    QStringList ids;
    for (const RowScript::Row &row : m_rows) {
        if (!row.ok())
            ids << row.objectId;
    }
    return ids;
}

int RowScriptModel::failedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const RowScript::Row &r) { return !r.ok(); }));
}

QJsonArray RowScriptModel::toJson() const
{
    QJsonArray rows;
    for (const RowScript::Row &row : m_rows)
        rows.append(row.toJson());
    return rows;
}

QByteArray RowScriptModel::toCsv() const
{
    QList<QStringList> lines;
    for (const RowScript::Row &row : m_rows) {
        lines << QStringList{row.objectId, row.ok() ? QStringLiteral("ok") : QStringLiteral("error"),
                             row.ok() ? JsonText::compact(row.result) : QString(),
                             row.ok() ? QString() : QString::number(row.error.code),
                             row.ok() ? QString() : errorMessage(row)};
    }
    return Csv::table({QStringLiteral("objectId"), QStringLiteral("outcome"), QStringLiteral("result"),
                       QStringLiteral("code"), QStringLiteral("error")},
                      lines);
}

int RowScriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowScriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RowScriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RowScript::Row &row = m_rows.at(index.row());
    const Tone tone = row.ok() ? Tone::Good : Tone::Bad;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case ObjectId:
            return row.objectId;
        case Outcome:
            return row.ok() ? tr("Done") : tr("Failed");
        case Detail:
            return row.ok() ? JsonText::text(row.result)
                            : tr("%1 (code %2)").arg(errorMessage(row)).arg(row.error.code);
        case ColumnCount:
            break;
        }
        return {};
    case FailedRole:
        return !row.ok();
    case RowJsonRole:
        return row.toJson();
    case ToneRole::Text:
        // The outcome in its tone, an error too; a result stays plain.
        return index.column() == Outcome || (index.column() == Detail && !row.ok()) ? int(tone)
                                                                                    : int(Tone::None);
    case ToneRole::Fill:
        return index.column() == Outcome ? int(tone) : int(Tone::None);
    default:
        return {};
    }
}

QVariant RowScriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (Column(section)) {
    case ObjectId:
        return tr("objectId");
    case Outcome:
        return tr("Outcome");
    case Detail:
        return tr("Result or error");
    case ColumnCount:
        break;
    }
    return {};
}
