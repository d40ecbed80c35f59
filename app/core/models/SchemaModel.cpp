#include "core/models/SchemaModel.h"

#include "core/data/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace {
// Every class has these; showing them first keeps the class's own fields together.
const QStringList kBuiltInOrder{QStringLiteral("objectId"), QStringLiteral("createdAt"),
                                QStringLiteral("updatedAt"), QStringLiteral("ACL")};

} // namespace

SchemaModel::SchemaModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SchemaModel::setSchema(const QJsonObject &schema)
{
    QList<Field> fields;
    const QJsonObject fieldObject = schema.value(QLatin1String("fields")).toObject();
    for (auto it = fieldObject.begin(); it != fieldObject.end(); ++it) {
        const QJsonObject spec = it.value().toObject();
        Field f;
        f.name = it.key();
        f.type = spec.value(QLatin1String("type")).toString();
        f.targetClass = spec.value(QLatin1String("targetClass")).toString();
        f.required = spec.value(QLatin1String("required")).toBool();
        f.defaultValue = spec.value(QLatin1String("defaultValue"));
        f.builtIn = kBuiltInOrder.contains(f.name);
        fields.append(f);
    }
    std::stable_sort(fields.begin(), fields.end(), [](const Field &a, const Field &b) {
        if (a.builtIn != b.builtIn)
            return a.builtIn;
        if (a.builtIn)
            return kBuiltInOrder.indexOf(a.name) < kBuiltInOrder.indexOf(b.name);
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    beginResetModel();
    m_className = schema.value(QLatin1String("className")).toString();
    m_fields = fields;
    endResetModel();
}

void SchemaModel::clear()
{
    beginResetModel();
    m_className.clear();
    m_fields.clear();
    endResetModel();
}

int SchemaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

int SchemaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Field &f = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return f.name;
        case Type:
            return f.type;
        case TargetClass:
            return f.targetClass;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList notes;
        if (f.builtIn)
            notes << tr("Set by Parse Server");
        if (f.required)
            notes << tr("Required");
        if (!f.defaultValue.isUndefined())
            notes << tr("Default: %1").arg(JsonText::text(f.defaultValue));
        return notes.isEmpty() ? QVariant() : QVariant(notes.join(QLatin1Char('\n')));
    }
    case FieldNameRole:
        return f.name;
    case FieldTypeRole:
        return f.type;
    case RequiredRole:
        return f.required;
    case BuiltInRole:
        return f.builtIn;
    }
    return {};
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Field");
    case Type:
        return tr("Type");
    case TargetClass:
        return tr("Target class");
    }
    return {};
}
