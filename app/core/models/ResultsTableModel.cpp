#include "core/models/ResultsTableModel.h"

#include "core/data/ParseNames.h"
#include "core/data/ParseValue.h"
#include "core/net/ParseClient.h"

#include <QJsonDocument>

namespace {
const QString kObjectId = QStringLiteral("objectId");
} // namespace

ResultsTableModel::ResultsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResultsTableModel::setClient(ParseClient *client)
{
    m_client = client;
    clear();
}

void ResultsTableModel::run(const QString &className, const QueryOptions &options,
                            const QJsonObject &schemaFields)
{
    const quint64 generation = ++m_generation;
    if (m_reply)
        m_reply->abort();
    if (!m_client) {
        m_errorText = tr("Not connected.");
        setState(State::Failed);
        return;
    }
    m_errorText.clear();
    setState(State::Running);
    m_reply = m_client->send(ParseRequest::find(className, options));
    connect(m_reply, &ParseReply::finished, this, [this, generation, schemaFields](const ParseResult &r) {
        if (generation != m_generation)
            return;
        m_elapsedMs = r.elapsedMs;
        if (!r.ok()) {
            beginResetModel();
            m_rows.clear();
            m_columns.clear();
            m_count.reset();
            endResetModel();
            m_errorText = r.error.describe();
            setState(State::Failed);
            return;
        }
        const QJsonObject body = r.object();
        setResults(body.value(QLatin1String("results")).toArray(), schemaFields);
        if (body.contains(QLatin1String("count")))
            m_count = body.value(QLatin1String("count")).toInteger();
        setState(State::Done);
    });
}

void ResultsTableModel::setResults(const QJsonArray &objects, const QJsonObject &schemaFields)
{
    beginResetModel();
    m_fields = schemaFields;
    m_rows.clear();
    m_count.reset();
    QStringList present;
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        m_rows.append(o);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!present.contains(it.key()))
                present.append(it.key());
        }
    }
    QStringList inSchema;
    QStringList beyond;
    for (const QString &key : std::as_const(present))
        (schemaFields.contains(key) ? inSchema : beyond).append(key);
    m_columns = ParseNames::columnOrder(inSchema, beyond);
    endResetModel();
}

void ResultsTableModel::clear()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_count.reset();
    endResetModel();
    m_errorText.clear();
    setState(State::Idle);
}

void ResultsTableModel::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &object = m_rows.at(index.row());
    const QString &key = m_columns.at(index.column());
    const QJsonValue value = object.value(key);
    switch (role) {
    case Qt::DisplayRole: {
        if (value.isUndefined())
            return {};
        const QString type = m_fields.value(key).toObject().value(QLatin1String("type")).toString();
        return (type.isEmpty() ? ParseValue::fromField(key, value) : ParseValue::fromJson(value, type))
            .displayText();
    }
    case Qt::ToolTipRole:
        if (value.isObject())
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
        return value.isString() ? value.toString() : QVariant();
    case Qt::TextAlignmentRole:
        if (value.isDouble())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ObjectIdRole:
        return object.value(kObjectId).toString();
    case ObjectRole:
        return object;
    }
    return {};
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns.at(section)) : QVariant();
    return section + 1;
}
