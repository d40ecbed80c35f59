#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// A JSON array of objects as a table: one row per object, one column per key (objectId first, the others
// in the order they first appear; a Parse object's own __type and className left out). Cells read like
// Parse values (dates, pointers, files). Shows Cloud Code results that are lists.
class JsonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTableModel)

public:
    explicit JsonTableModel(QObject *parent = nullptr);

    // A non-empty array of objects only: anything else has no table form.
    static bool isTable(const QJsonValue &value);
    // Replaces the rows; clears the table when value has no table form.
    void setJson(const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QList<QJsonObject> m_rows;
};
