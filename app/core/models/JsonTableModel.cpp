#include "core/models/JsonTableModel.h"

#include "core/data/ParseValue.h"

#include <algorithm>

JsonTableModel::JsonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool JsonTableModel::isTable(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return !array.isEmpty() &&
           std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isObject(); });
}

void JsonTableModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    if (isTable(value)) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            const QJsonObject object = item.toObject();
            m_rows.append(object);
            // Parse objects returned by Cloud Code carry their encoding ("__type":"Object", className):
            // the same in every row, so not worth a column.
            const bool parseObject = object.value(QLatin1String("__type")) == QLatin1String("Object");
            for (auto it = object.begin(); it != object.end(); ++it) {
                const bool marker = parseObject && (it.key() == QLatin1String("__type") ||
                                                    it.key() == QLatin1String("className"));
                if (!marker && !m_columns.contains(it.key()))
                    m_columns.append(it.key());
            }
        }
        const qsizetype id = m_columns.indexOf(QLatin1String("objectId"));
        if (id > 0)
            m_columns.move(id, 0);
    }
    endResetModel();
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString &key = m_columns.at(index.column());
    const QJsonValue value = m_rows.at(index.row()).value(key);
    switch (role) {
    case Qt::DisplayRole:
        // A key this object lacks is an empty cell, not "null".
        return value.isUndefined() ? QVariant() : QVariant(ParseValue::fromField(key, value).displayText());
    case Qt::TextAlignmentRole:
        if (value.isDouble())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns.at(section)) : QVariant();
    return section + 1;
}
