#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

// A class's indexes from its schema ("indexes": {NAME: {FIELD: 1|-1, ...}}): name, fields with their
// direction, and whether it is Parse's own (_id_ and any name starting with _), which is not to be dropped.
class IndexListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexListModel)

public:
    enum Column
    {
        Name,
        Keys,
        ColumnCount
    };
    enum Role
    {
        IndexNameRole = Qt::UserRole + 1,
        ParseOwnRole
    };

    explicit IndexListModel(QObject *parent = nullptr);

    // schema: one entry of /schemas' results.
    void setSchema(const QJsonObject &schema);
    QStringList names() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Index
    {
        QString name;
        QString keys;
        bool parseOwn = false;
    };
    QList<Index> m_indexes;
};
