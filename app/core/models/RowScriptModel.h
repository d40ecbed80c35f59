#pragma once

#include "core/batch/RowScript.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QStringList>

// A row script's outcomes, one row per object in the order they were reported (objectId order): the
// objectId, whether the call succeeded, and its result or error. Running failed objects again replaces
// their rows where they are. Exports as CSV, or as JSON: the array of the lines parsedesk-cli call
// --for-each prints.
class RowScriptModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowScriptModel)

public:
    enum Column
    {
        ObjectId,
        Outcome,
        Detail, // the result, or the error's code and message
        ColumnCount
    };
    enum Role
    {
        FailedRole = Qt::UserRole + 1, // bool
        RowJsonRole                    // RowScript::Row::toJson()
    };

    explicit RowScriptModel(QObject *parent = nullptr);

    // A row per objectId: a new one at the end, or one reported before replaced in place.
    void addRow(const RowScript::Row &row);
    void clear();
    const RowScript::Row &row(int index) const { return m_rows.at(index); }
    QStringList failedIds() const;
    int failedCount() const;

    QJsonArray toJson() const;
    // objectId, outcome ("ok" or "error"), result (compact JSON), code, error; neutralized for spreadsheets.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RowScript::Row> m_rows;
    QHash<QString, int> m_rowOf; // objectId -> index in m_rows
};
