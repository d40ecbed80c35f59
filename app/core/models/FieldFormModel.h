#pragma once

#include "core/models/SchemaModel.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <optional>

// The fields of one class as a form for creating or updating an object: tick a field, type its value.
// Values are checked against the field's schema type and encoded as Parse's REST API wants them
// (a Date as {"__type":"Date","iso":...}, a Pointer from an objectId, ...).
class FieldFormModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldFormModel)

public:
    enum Column
    {
        Field,
        Type,
        Value,
        ColumnCount
    };
    enum Role
    {
        FieldTypeRole = Qt::UserRole + 1,
        TargetClassRole,
        JsonValueRole
    };

    explicit FieldFormModel(QObject *parent = nullptr);

    // Fields Parse sets itself (objectId, createdAt, updatedAt) and relations (changed with field
    // operations, not values) are left out.
    void setSchema(const QJsonObject &schema);
    QString className() const { return m_className; }
    QStringList fieldNames() const;
    QString fieldType(const QString &name) const;
    QString targetClass(const QString &name) const;
    // The ticked fields with their encoded values.
    QJsonObject fields() const;

    // input: what an editor holds (text, a number, a bool, a QDateTime). On failure returns nullopt and
    // says why, for people.
    static std::optional<QJsonValue> encode(const QString &type, const QString &targetClass,
                                            const QVariant &input, QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A value that doesn't fit the type is refused; lastError() says why.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QString lastError() const { return m_lastError; }

private:
    struct Row
    {
        QString name;
        QString type;
        QString targetClass;
        bool ticked = false;
        QString text; // the value as shown
        QJsonValue value = QJsonValue::Undefined;
    };

    int schemaRow(const QString &name) const;

    SchemaModel m_schema; // parses and orders the fields
    QString m_className;
    QList<Row> m_rows;
    QString m_lastError;
};
