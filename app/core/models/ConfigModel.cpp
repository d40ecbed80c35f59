#include "core/models/ConfigModel.h"

#include "core/batch/ConfigSave.h"
#include "core/data/JsonText.h"
#include "core/data/ParseValue.h"
#include "core/models/Tone.h"
#include "core/net/AdminRequest.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <QLocale>

namespace {
// Gives one parameter of a config a value (nullopt: deletes it), as a PUT /config of it would.
void put(ParseConfig &config, const QString &name, const ParseConfig::Value &value)
{
    config.params.remove(name);
    config.masterKeyOnly.remove(name);
    if (!value.value)
        return;
    config.params.insert(name, *value.value);
    if (value.masterKeyOnly)
        config.masterKeyOnly.insert(name, true);
}

QJsonValue emptyValueOf(const QString &type)
{
    if (type == QLatin1String("Number"))
        return 0;
    if (type == QLatin1String("Boolean"))
        return false;
    if (type == QLatin1String("Date"))
        return ParseValue::fromDateTime(QDateTime::currentDateTimeUtc()).toJson();
    if (type == QLatin1String("Array"))
        return QJsonArray();
    if (type == QLatin1String("Object"))
        return QJsonObject();
    if (type == QLatin1String("GeoPoint"))
        return ParseValue::geoPoint(0, 0).toJson();
    if (type == QLatin1String("File"))
        return QJsonObject{{QStringLiteral("__type"), QStringLiteral("File")},
                           {QStringLiteral("name"), QString()},
                           {QStringLiteral("url"), QString()}};
    return QString();
}
} // namespace

ConfigModel::ConfigModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConfigModel::setClient(ParseClient *client)
{
    m_client = client;
    reload();
}

void ConfigModel::reload()
{
    const quint64 generation = ++m_generation;
    setConfig({});
    m_busy = m_client != nullptr;
    if (!m_client)
        return;
    connect(m_client->send(AdminRequest::config()), &ParseReply::finished, this,
            [this, generation](const ParseResult &r) {
                if (generation != m_generation)
                    return;
                m_busy = false;
                if (r.ok())
                    setConfig(ParseConfig::fromJson(r.object()));
                Q_EMIT loaded(r);
            });
}

void ConfigModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ConfigModel::setConfig(const ParseConfig &config)
{
    beginResetModel();
    m_loaded = config;
    m_conflicts.clear();
    m_rows.clear();
    for (auto it = config.params.begin(); it != config.params.end(); ++it)
        m_rows.append(rowFor(it.key(), config.value(it.key())));
    endResetModel();
    Q_EMIT modifiedChanged();
}

ConfigModel::Row ConfigModel::rowFor(const QString &name, const ParseConfig::Value &value)
{
    Row row;
    row.name = name;
    row.value = value.value.value_or(QJsonValue());
    row.type = ParseValue::typeName(ParseValue::fromJson(row.value).type());
    row.masterKeyOnly = value.masterKeyOnly;
    return row;
}

const QStringList &ConfigModel::types()
{
    static const QStringList names{QStringLiteral("String"),  QStringLiteral("Number"),
                                   QStringLiteral("Boolean"), QStringLiteral("Date"),
                                   QStringLiteral("Array"),   QStringLiteral("Object"),
                                   QStringLiteral("File"),    QStringLiteral("GeoPoint")};
    return names;
}

int ConfigModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

int ConfigModel::addParameter(const QString &name, const QString &type)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_lastError = tr("A parameter needs a name.");
        return -1;
    }
    if (rowOf(trimmed) >= 0) {
        m_lastError = tr("There is a parameter named %1 already.").arg(trimmed);
        return -1;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(rowFor(trimmed, {emptyValueOf(type), false}));
    endInsertRows();
    Q_EMIT modifiedChanged();
    return row;
}

void ConfigModel::removeParameter(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT modifiedChanged();
}

bool ConfigModel::changed(const Row &row) const
{
    return m_loaded.value(row.name) != ParseConfig::Value{row.value, row.masterKeyOnly};
}

QList<ParseConfig::Change> ConfigModel::changes() const
{
    QList<ParseConfig::Change> out;
    for (const Row &row : m_rows) {
        if (changed(row))
            out.append({row.name, {row.value, row.masterKeyOnly}});
    }
    for (auto it = m_loaded.params.begin(); it != m_loaded.params.end(); ++it) {
        if (rowOf(it.key()) < 0)
            out.append({it.key(), {}}); // deleted, or renamed away
    }
    return out;
}

void ConfigModel::save()
{
    if (!m_client || m_busy)
        return;
    m_busy = true;
    const QList<ParseConfig::Change> wanted = changes();
    auto *saving = new ConfigSave(m_client, this);
    const quint64 generation = m_generation;
    connect(saving, &ConfigSave::finished, this,
            [this, saving, wanted, generation](const ParseResult &result, const ParseConfig &server,
                                               const QList<ParseConfig::Conflict> &conflicts) {
                saving->deleteLater();
                if (generation != m_generation)
                    return;
                m_busy = false;
                if (!conflicts.isEmpty()) {
                    m_conflicts = conflicts;
                } else if (result.ok()) {
                    // What the server holds now: what it had just before, with this save's changes.
                    ParseConfig now = server;
                    for (const ParseConfig::Change &change : wanted)
                        put(now, change.name, change.to);
                    setConfig(now);
                }
                Q_EMIT saved(result);
            });
    saving->save(m_loaded, wanted);
}

void ConfigModel::keepServerValues()
{
    beginResetModel();
    for (const ParseConfig::Conflict &conflict : std::as_const(m_conflicts)) {
        put(m_loaded, conflict.name, conflict.server);
        const int row = rowOf(conflict.name);
        if (!conflict.server.value)
            m_rows.removeAt(row); // the server deleted it; my edit of it goes too
        else if (row < 0)
            m_rows.append(rowFor(conflict.name, conflict.server));
        else
            m_rows[row] = rowFor(conflict.name, conflict.server);
    }
    m_conflicts.clear();
    endResetModel();
    Q_EMIT modifiedChanged();
}

void ConfigModel::overwriteServerValues()
{
    for (const ParseConfig::Conflict &conflict : std::as_const(m_conflicts))
        put(m_loaded, conflict.name, conflict.server);
    m_conflicts.clear();
    save();
}

int ConfigModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ParseValue value = ParseValue::fromJson(row.value);
    switch (role) {
    case FieldTypeRole:
        return row.type;
    case TargetClassRole:
        return value.className();
    case ChangedRole:
        return changed(row);
    case ToneRole::Fill:
        return int(changed(row) ? Tone::Caution : Tone::None);
    case Qt::CheckStateRole:
        return index.column() == MasterKeyOnly ? QVariant(row.masterKeyOnly ? Qt::Checked : Qt::Unchecked)
                                               : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Value ? JsonText::compact(row.value) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Type:
            return row.type;
        case Value:
            return value.type() == ParseValue::Type::String ? value.toString() : value.displayText();
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Value:
            // Editors start from a value of their own type, in the form FieldFormModel::encode reads.
            switch (value.type()) {
            case ParseValue::Type::Bool:
                return value.toBool();
            case ParseValue::Type::Date:
                return value.toDateTime();
            case ParseValue::Type::String:
                return value.toString();
            case ParseValue::Type::Number:
                return value.displayText();
            case ParseValue::Type::Pointer:
                return value.objectId();
            case ParseValue::Type::GeoPoint:
                return QStringLiteral("%1, %2").arg(
                    QLocale::c().toString(value.latitude(), 'g', QLocale::FloatingPointShortest),
                    QLocale::c().toString(value.longitude(), 'g', QLocale::FloatingPointShortest));
            default:
                return JsonText::compact(row.value);
            }
        }
        return {};
    default:
        return {};
    }
}

QVariant ConfigModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Parameter");
    case Type:
        return tr("Type");
    case Value:
        return tr("Value");
    case MasterKeyOnly:
        return tr("Master key only");
    }
    return {};
}

Qt::ItemFlags ConfigModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_readOnly || !index.isValid())
        return f;
    if (index.column() == Name || index.column() == Value)
        f |= Qt::ItemIsEditable;
    else if (index.column() == MasterKeyOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ConfigModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_readOnly)
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == MasterKeyOnly && role == Qt::CheckStateRole) {
        row.masterKeyOnly = value.toInt() == Qt::Checked;
    } else if (index.column() == Name && role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name == row.name)
            return true;
        if (name.isEmpty() || rowOf(name) >= 0) {
            m_lastError = name.isEmpty() ? tr("A parameter needs a name.")
                                         : tr("There is a parameter named %1 already.").arg(name);
            return false;
        }
        row.name = name; // a rename: the old name is deleted on save, the new one set
    } else if (index.column() == Value && role == Qt::EditRole) {
        QString error;
        const std::optional<QJsonValue> encoded =
            FieldFormModel::encode(row.type, data(index, TargetClassRole).toString(), value, &error);
        if (!encoded) {
            m_lastError = tr("%1: %2").arg(row.name, error);
            return false;
        }
        row.value = *encoded;
        // JSON typed into an Object (or a null) parameter may be of another type now.
        row.type = ParseValue::typeName(ParseValue::fromJson(row.value).type());
    } else {
        return false;
    }
    m_lastError.clear();
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT modifiedChanged();
    return true;
}
