#include "core/models/ConfigConflictModel.h"

#include "core/data/JsonText.h"
#include "core/models/Tone.h"

ConfigConflictModel::ConfigConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConfigConflictModel::setConflicts(const QList<ParseConfig::Conflict> &conflicts)
{
    beginResetModel();
    m_conflicts = conflicts;
    endResetModel();
}

QString ConfigConflictModel::describe(const ParseConfig::Value &value)
{
    if (!value.value)
        return tr("(deleted)");
    const QString text = JsonText::compact(*value.value);
    return value.masterKeyOnly ? tr("%1 (master key only)").arg(text) : text;
}

int ConfigConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConfigConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ParseConfig::Conflict &conflict = m_conflicts.at(index.row());
    if (role == ToneRole::Text && index.column() == Server)
        return int(Tone::Caution); // what would be lost
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return conflict.name;
    case Loaded:
        return describe(conflict.loaded);
    case Server:
        return describe(conflict.server);
    case Mine:
        return describe(conflict.mine);
    }
    return {};
}

QVariant ConfigConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Parameter");
    case Loaded:
        return tr("When loaded");
    case Server:
        return tr("On the server now");
    case Mine:
        return tr("Yours");
    }
    return {};
}
