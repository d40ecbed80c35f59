#include "core/models/IndexListModel.h"

#include "core/data/ClassIndex.h"
#include "core/models/Tone.h"

IndexListModel::IndexListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IndexListModel::setSchema(const QJsonObject &schema)
{
    beginResetModel();
    m_indexes.clear();
    const QJsonObject indexes = schema.value(QLatin1String("indexes")).toObject();
    for (auto it = indexes.begin(); it != indexes.end(); ++it) {
        QStringList keys;
        const QJsonObject fields = it.value().toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            // Text indexes and the like carry a string instead of 1 / -1.
            if (f.value().isString())
                keys.append(tr("%1 (%2)").arg(f.key(), f.value().toString()));
            else
                keys.append(f.value().toInt() < 0 ? tr("%1 descending").arg(f.key())
                                                  : tr("%1 ascending").arg(f.key()));
        }
        m_indexes.append({it.key(), keys.join(QStringLiteral(", ")), ClassIndex::isParseOwn(it.key())});
    }
    endResetModel();
}

QStringList IndexListModel::names() const
{
    QStringList names;
    for (const Index &index : m_indexes)
        names.append(index.name);
    return names;
}

int IndexListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indexes.size());
}

int IndexListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndexListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Index &entry = m_indexes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return entry.parseOwn ? tr("%1 (Parse's own)").arg(entry.name) : entry.name;
        return entry.keys;
    case Qt::ToolTipRole:
        return entry.parseOwn ? tr("Parse Server keeps this index; it cannot be dropped here") : QVariant();
    case ToneRole::Text:
        return int(entry.parseOwn ? Tone::Muted : Tone::None);
    case IndexNameRole:
        return entry.name;
    case ParseOwnRole:
        return entry.parseOwn;
    default:
        return {};
    }
}

QVariant IndexListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Index") : section == Keys ? tr("Fields") : QVariant();
}
