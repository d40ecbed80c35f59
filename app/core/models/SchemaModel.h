#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

// The fields of one class, from its /schemas entry: name, type, target class (pointers and relations).
// Parse's own fields come first, in the order Parse Dashboard shows them; the class's fields follow by name.
class SchemaModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaModel)

public:
    enum Column
    {
        Name,
        Type,
        TargetClass,
        ColumnCount
    };
    enum Role
    {
        FieldNameRole = Qt::UserRole + 1,
        FieldTypeRole,
        RequiredRole,
        BuiltInRole
    };

    explicit SchemaModel(QObject *parent = nullptr);

    // schema: one entry of /schemas' results ({"className", "fields": {name: {type, targetClass, ...}}}).
    void setSchema(const QJsonObject &schema);
    void clear();
    QString className() const { return m_className; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Field
    {
        QString name;
        QString type;
        QString targetClass;
        bool required = false;
        bool builtIn = false;
        QJsonValue defaultValue;
    };

    QString m_className;
    QList<Field> m_fields;
};
