#pragma once

#include "core/data/ParseConfig.h"

#include <QAbstractTableModel>

// The parameters a save would have overwritten, each with its three values: as loaded, as the server has it
// now (a colleague changed it), and mine.
class ConfigConflictModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigConflictModel)

public:
    enum Column
    {
        Name,
        Loaded,
        Server,
        Mine,
        ColumnCount
    };

    explicit ConfigConflictModel(QObject *parent = nullptr);

    void setConflicts(const QList<ParseConfig::Conflict> &conflicts);
    // One value for people: the value, "(deleted)" when absent, "master key only" when so.
    static QString describe(const ParseConfig::Value &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ParseConfig::Conflict> m_conflicts;
};
