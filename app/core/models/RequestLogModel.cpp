#include "core/models/RequestLogModel.h"

#include "core/models/Tone.h"

#include <QLocale>
#include <algorithm>

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries.at(static_cast<size_t>(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Method:
            return e.method;
        case Path:
            return e.path;
        case Status:
            if (!e.liveQuery.isEmpty())
                return e.liveQuery;
            return e.httpStatus ? QVariant(e.httpStatus) : QVariant(tr("—"));
        case Code:
            return e.parseCode ? QVariant(e.parseCode) : QVariant();
        case Millis:
            return e.ms;
        case Bytes:
            return QLocale().formattedDataSize(e.bytes);
        }
    } else if (role == TimeRole) {
        return e.time;
    } else if (role == Qt::ToolTipRole) {
        return e.error.isEmpty() ? e.path : e.error;
    } else if (role == ToneRole::Text) {
        if (!e.error.isEmpty())
            return int(Tone::Bad);
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() >= Status)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("HTTP");
    case Code:
        return tr("Parse code");
    case Millis:
        return tr("ms");
    case Bytes:
        return tr("Bytes");
    }
    return {};
}

void RequestLogModel::append(const ParseResult &result)
{
    if (m_entries.size() >= kMaxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    Entry e{result.startedAt,
            result.liveQuery.isEmpty() ? QString::fromLatin1(result.request.methodName())
                                       : QStringLiteral("WS"),
            result.displayPath, // redacted by the client
            result.httpStatus,
            result.liveQuery,
            result.error.code,
            result.elapsedMs,
            result.bytesReceived,
            result.error.isError() ? result.error.describe() : QString()};
    // After every request sent at the same time or earlier: a slow answer goes where it was asked.
    const auto at =
        std::upper_bound(m_entries.begin(), m_entries.end(), e.time,
                         [](const QDateTime &time, const Entry &other) { return time < other.time; });
    const int row = static_cast<int>(at - m_entries.begin());
    beginInsertRows({}, row, row);
    m_entries.insert(at, std::move(e));
    endInsertRows();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}
