#include "core/models/FieldFormModel.h"

#include "core/data/JsonText.h"
#include "core/data/ParseValue.h"

#include <QJsonArray>
#include <QLocale>

namespace {
const QStringList kSetByParse{QStringLiteral("objectId"), QStringLiteral("createdAt"),
                              QStringLiteral("updatedAt")};

std::optional<double> number(const QVariant &input)
{
    if (input.typeId() == QMetaType::Double || input.typeId() == QMetaType::Int ||
        input.typeId() == QMetaType::LongLong)
        return input.toDouble();
    bool ok = false;
    const QString text = input.toString().trimmed();
    double d = QLocale::c().toDouble(text, &ok);
    if (!ok)
        d = QLocale().toDouble(text, &ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}
} // namespace

FieldFormModel::FieldFormModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FieldFormModel::setSchema(const QJsonObject &schema)
{
    m_schema.setSchema(schema);
    beginResetModel();
    m_className = m_schema.className();
    m_rows.clear();
    for (int i = 0; i < m_schema.rowCount(); ++i) {
        const QModelIndex index = m_schema.index(i, 0);
        Row row;
        row.name = index.data(SchemaModel::FieldNameRole).toString();
        row.type = index.data(SchemaModel::FieldTypeRole).toString();
        row.targetClass = m_schema.index(i, SchemaModel::TargetClass).data().toString();
        if (!kSetByParse.contains(row.name) && row.type != QLatin1String("Relation"))
            m_rows.append(row);
    }
    endResetModel();
}

QStringList FieldFormModel::fieldNames() const
{
    QStringList names;
    for (int i = 0; i < m_schema.rowCount(); ++i)
        names << m_schema.index(i, 0).data(SchemaModel::FieldNameRole).toString();
    return names;
}

int FieldFormModel::schemaRow(const QString &name) const
{
    return int(fieldNames().indexOf(name));
}

QString FieldFormModel::fieldType(const QString &name) const
{
    return m_schema.index(schemaRow(name), 0).data(SchemaModel::FieldTypeRole).toString();
}

QString FieldFormModel::targetClass(const QString &name) const
{
    return m_schema.index(schemaRow(name), SchemaModel::TargetClass).data().toString();
}

QJsonObject FieldFormModel::fields() const
{
    QJsonObject o;
    for (const Row &row : m_rows) {
        if (row.ticked && !row.value.isUndefined())
            o.insert(row.name, row.value);
    }
    return o;
}

std::optional<QJsonValue> FieldFormModel::encode(const QString &type, const QString &targetClass,
                                                 const QVariant &input, QString *error)
{
    const QString text = input.toString().trimmed();
    if (type == QLatin1String("String"))
        return QJsonValue(input.toString());
    if (type == QLatin1String("Number")) {
        if (const std::optional<double> d = number(input))
            return ParseValue::fromDouble(*d).toJson();
        *error = tr("\"%1\" is not a number").arg(text);
        return std::nullopt;
    }
    if (type == QLatin1String("Boolean")) {
        if (input.typeId() == QMetaType::Bool)
            return QJsonValue(input.toBool());
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return QJsonValue(text == QLatin1String("true"));
        *error = tr("a Boolean is true or false");
        return std::nullopt;
    }
    if (type == QLatin1String("Date")) {
        const QDateTime when = input.typeId() == QMetaType::QDateTime
                                   ? input.toDateTime()
                                   : QDateTime::fromString(text, Qt::ISODateWithMs);
        if (when.isValid())
            return ParseValue::fromDateTime(when).toJson();
        *error = tr("\"%1\" is not a date; write it as 2024-05-01T12:00:00Z").arg(text);
        return std::nullopt;
    }
    if (type == QLatin1String("Pointer") && !text.startsWith(QLatin1Char('{'))) {
        if (!text.isEmpty() && !text.contains(QLatin1Char(' ')))
            return ParseValue::pointer(targetClass, text).toJson();
        *error = tr("a Pointer is the objectId of a %1").arg(targetClass);
        return std::nullopt;
    }
    if (type == QLatin1String("GeoPoint") && !text.startsWith(QLatin1Char('{'))) {
        const QStringList parts = text.split(QLatin1Char(','));
        const std::optional<double> lat = parts.size() == 2 ? number(parts.at(0)) : std::nullopt;
        const std::optional<double> lng = parts.size() == 2 ? number(parts.at(1)) : std::nullopt;
        if (lat && lng && qAbs(*lat) <= 90 && qAbs(*lng) <= 180)
            return ParseValue::geoPoint(*lat, *lng).toJson();
        *error = tr("a GeoPoint is written latitude, longitude (e.g. 52.52, 13.40)");
        return std::nullopt;
    }
    if (type == QLatin1String("Array")) {
        if (const std::optional<QJsonArray> items = JsonText::parseItems(text))
            return QJsonValue(*items);
        *error = tr("an Array is JSON, e.g. [\"a\", 2] or \"a\", 2");
        return std::nullopt;
    }
    // Object, ACL, Polygon, File, Bytes, and fields the schema doesn't type: one JSON value.
    const std::optional<QJsonArray> items = JsonText::parseItems(text);
    if (items && items->size() == 1)
        return items->at(0);
    *error = tr("a %1 is a JSON value, e.g. {\"key\": 1}").arg(type);
    return std::nullopt;
}

int FieldFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FieldFormModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case FieldTypeRole:
        return row.type;
    case TargetClassRole:
        return row.targetClass;
    case JsonValueRole:
        return QVariant::fromValue(row.value);
    case Qt::CheckStateRole:
        return index.column() == Field ? QVariant(row.ticked ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Field:
            return row.name;
        case Type:
            return row.targetClass.isEmpty() ? row.type
                                             : QStringLiteral("%1<%2>").arg(row.type, row.targetClass);
        case Value:
            return row.text;
        }
        return {};
    case Qt::EditRole:
        if (index.column() != Value)
            return {};
        // Editors start from a value of their own type.
        if (row.type == QLatin1String("Date"))
            return row.value.isUndefined() ? QDateTime::currentDateTimeUtc()
                                           : ParseValue::fromJson(row.value).toDateTime();
        if (row.type == QLatin1String("Boolean"))
            return row.value.toBool();
        return row.text;
    default:
        return {};
    }
}

QVariant FieldFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return tr("Field");
    case Type:
        return tr("Type");
    case Value:
        return tr("Value");
    }
    return {};
}

Qt::ItemFlags FieldFormModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Field)
        f |= Qt::ItemIsUserCheckable;
    else if (index.column() == Value)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FieldFormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == Field && role == Qt::CheckStateRole) {
        row.ticked = value.toInt() == Qt::Checked;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        return true;
    }
    if (index.column() != Value || role != Qt::EditRole)
        return false;
    QString error;
    const std::optional<QJsonValue> encoded = encode(row.type, row.targetClass, value, &error);
    if (!encoded) {
        m_lastError = tr("%1: %2").arg(row.name, error);
        return false;
    }
    m_lastError.clear();
    row.value = *encoded;
    row.text = value.typeId() == QMetaType::QDateTime ? value.toDateTime().toUTC().toString(Qt::ISODateWithMs)
                                                      : value.toString();
    // Typing a value means sending it.
    row.ticked = true;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}
