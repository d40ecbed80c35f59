#include "core/models/ClassListModel.h"

#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>

ClassListModel::ClassListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClassListModel::setClient(ParseClient *client)
{
    m_client = client;
    ++m_generation;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    setState(State::Idle);
}

void ClassListModel::setState(State state, const QString &error)
{
    m_state = state;
    m_errorText = error;
    Q_EMIT stateChanged(state);
}

void ClassListModel::reload()
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    setState(State::Loading);
    connect(m_client->send(ParseRequest::schemas()), &ParseReply::finished, this,
            [this, generation](const ParseResult &result) {
                if (generation == m_generation)
                    applySchemas(result, false);
            });
}

void ClassListModel::refresh()
{
    if (!m_client || m_state != State::Loaded)
        return;
    // A reload started meanwhile wins.
    const quint64 generation = m_generation;
    connect(m_client->send(ParseRequest::schemas()), &ParseReply::finished, this,
            [this, generation](const ParseResult &result) {
                if (generation == m_generation && result.ok())
                    applySchemas(result, true);
            });
}

void ClassListModel::applySchemas(const ParseResult &result, bool keepUnchanged)
{
    if (!result.ok()) {
        beginResetModel();
        m_entries.clear();
        endResetModel();
        QString text = result.error.describe();
        if (result.error.httpStatus == 403 || result.error.code == ParseError::OperationForbidden)
            text = tr("The class list comes from /schemas, which needs the master key, and the server "
                      "refused "
                      "it. Check the master key and that this address is in the server's masterKeyIps.\n%1")
                       .arg(text);
        setState(State::Failed, text);
        return;
    }
    QList<Entry> entries;
    const QJsonArray results = result.object().value(QLatin1String("results")).toArray();
    for (const QJsonValue &v : results) {
        Entry e;
        e.schema = v.toObject();
        e.name = e.schema.value(QLatin1String("className")).toString();
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    const bool unchanged = keepUnchanged && std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(),
                                                       m_entries.cend(), [](const Entry &a, const Entry &b) {
                                                           return a.name == b.name && a.schema == b.schema;
                                                       });
    if (!unchanged) {
        ++m_generation;
        beginResetModel();
        m_entries = entries;
        endResetModel();
    }
    setState(State::Loaded);
    for (int row = 0; row < m_entries.size(); ++row)
        requestCount(row, false);
}

void ClassListModel::countExactly(int row)
{
    if (row >= 0 && row < m_entries.size())
        requestCount(row, true);
}

void ClassListModel::requestCount(int row, bool exact)
{
    if (!m_client)
        return;
    Entry &e = m_entries[row];
    e.counting = true;
    ParseRequest request = ParseRequest::count(e.name, {}, !exact);
    // The admin view counts every object, whatever the ACLs say.
    request.masterKey = ParseRequest::MasterKey::Required;
    const quint64 generation = m_generation;
    const QString className = e.name;
    connect(m_client->send(request), &ParseReply::finished, this,
            [this, generation, className, exact](const ParseResult &result) {
                if (generation == m_generation)
                    applyCount(className, exact, result);
            });
}

void ClassListModel::applyCount(const QString &className, bool exact, const ParseResult &result)
{
    const QStringList names = classNames();
    const int row = static_cast<int>(names.indexOf(className));
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    const qint64 count = result.object().value(QLatin1String("count")).toInteger(-1);
    // A small estimate (0 until ANALYZE) is not worth showing: the exact count follows at once.
    if (result.ok() && !exact && count < kAutoExactBelow) {
        requestCount(row, true);
        return;
    }
    e.counting = false;
    if (!result.ok()) {
        e.countError = result.error.describe();
    } else {
        e.countError.clear();
        e.count = count;
        e.estimate = !exact;
    }
    const QModelIndex cell = index(row, Objects);
    Q_EMIT dataChanged(cell, cell);
}

bool ClassListModel::isCounting() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.counting; });
}

QStringList ClassListModel::classNames() const
{
    QStringList names;
    names.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        names.append(e.name);
    return names;
}

QJsonObject ClassListModel::schema(const QString &className) const
{
    for (const Entry &e : m_entries) {
        if (e.name == className)
            return e.schema;
    }
    return {};
}

int ClassListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ClassListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const int fieldCount = static_cast<int>(e.schema.value(QLatin1String("fields")).toObject().size());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Fields:
            return fieldCount;
        case Objects:
            if (!e.countError.isEmpty())
                return tr("error");
            if (e.count < 0)
                return e.counting ? tr("counting…") : QString();
            return e.estimate ? tr("≈ %1").arg(QLocale().toString(e.count)) : QLocale().toString(e.count);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Objects) {
            if (!e.countError.isEmpty())
                return e.countError;
            if (e.estimate)
                return tr(
                    "Estimate from the database's statistics. Use \"Count exactly\" for the exact number.");
        }
        return e.name;
    case Qt::TextAlignmentRole:
        if (index.column() != Name)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ClassNameRole:
        return e.name;
    case SchemaRole:
        return e.schema;
    case CountRole:
        return e.count;
    case CountIsEstimateRole:
        return e.estimate;
    }
    return {};
}

QVariant ClassListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Class");
    case Fields:
        return tr("Fields");
    case Objects:
        return tr("Objects");
    }
    return {};
}
