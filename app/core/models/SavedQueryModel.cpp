#include "core/models/SavedQueryModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <algorithm>

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool sameQuery(const SavedQuery &a, const SavedQuery &b)
{
    return a.className == b.className && a.options == b.options;
}
} // namespace

SavedQueryModel::SavedQueryModel(Kind kind, QSettings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_settings(settings)
{}

QString SavedQueryModel::settingsKey() const
{
    return QStringLiteral("queries/%1/%2")
        .arg(m_profileId, m_kind == Kind::Saved ? QStringLiteral("saved") : QStringLiteral("history"));
}

void SavedQueryModel::setProfile(const QString &profileId)
{
    beginResetModel();
    m_profileId = profileId;
    m_queries.clear();
    if (!profileId.isEmpty()) {
        const QJsonArray stored =
            QJsonDocument::fromJson(m_settings->value(settingsKey()).toString().toUtf8()).array();
        for (const QJsonValue &v : stored) {
            if (const std::optional<SavedQuery> q = SavedQuery::fromJson(v.toObject()))
                m_queries.append(*q);
        }
    }
    endResetModel();
}

void SavedQueryModel::store()
{
    if (m_profileId.isEmpty())
        return;
    QJsonArray list;
    for (const SavedQuery &q : std::as_const(m_queries))
        list.append(q.toJson());
    // One JSON value per list: QSettings arrays would leave stale entries behind a shorter list.
    m_settings->setValue(settingsKey(),
                         QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

int SavedQueryModel::add(const SavedQuery &query)
{
    if (m_kind == Kind::Saved) {
        const int existing = rowOf(query.name);
        if (existing >= 0) {
            m_queries[existing] = query;
            Q_EMIT dataChanged(index(existing), index(existing));
            store();
            return existing;
        }
        const auto at = std::find_if(m_queries.cbegin(), m_queries.cend(), [&](const SavedQuery &q) {
            return q.name.compare(query.name, Qt::CaseInsensitive) > 0;
        });
        const int row = int(at - m_queries.cbegin());
        beginInsertRows({}, row, row);
        m_queries.insert(row, query);
        endInsertRows();
        store();
        return row;
    }
    const auto again = std::find_if(m_queries.cbegin(), m_queries.cend(),
                                    [&](const SavedQuery &q) { return sameQuery(q, query); });
    if (again != m_queries.cend())
        remove(int(again - m_queries.cbegin()));
    if (m_queries.size() >= kHistorySize) {
        beginRemoveRows({}, kHistorySize - 1, int(m_queries.size()) - 1);
        m_queries.resize(kHistorySize - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_queries.prepend(query);
    endInsertRows();
    store();
    return 0;
}

void SavedQueryModel::remove(int row)
{
    if (row < 0 || row >= m_queries.size())
        return;
    beginRemoveRows({}, row, row);
    m_queries.removeAt(row);
    endRemoveRows();
    store();
}

void SavedQueryModel::clear()
{
    beginResetModel();
    m_queries.clear();
    endResetModel();
    store();
}

int SavedQueryModel::rowOf(const QString &name) const
{
    const auto it = std::find_if(m_queries.cbegin(), m_queries.cend(),
                                 [&](const SavedQuery &q) { return !name.isEmpty() && q.name == name; });
    return it == m_queries.cend() ? -1 : int(it - m_queries.cbegin());
}

int SavedQueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queries.size());
}

QVariant SavedQueryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedQuery &q = m_queries.at(index.row());
    const QString where = q.options.where.isEmpty() ? tr("all objects") : compact(q.options.where);
    switch (role) {
    case Qt::DisplayRole:
        return m_kind == Kind::Saved ? q.name : tr("%1: %2").arg(q.className, where);
    case Qt::EditRole:
        return q.name;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3")
            .arg(q.className, compact(q.options.toJson()),
                 QLocale().toString(q.at.toLocalTime(), QLocale::ShortFormat));
    case ClassNameRole:
        return q.className;
    }
    return {};
}

bool SavedQueryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole || m_kind != Kind::Saved)
        return false;
    const QString name = value.toString().trimmed();
    const int taken = rowOf(name);
    if (name.isEmpty() || (taken >= 0 && taken != index.row()))
        return false;
    // Saved queries stay in name order: a rename moves the row.
    SavedQuery q = m_queries.at(index.row());
    q.name = name;
    remove(index.row());
    add(q);
    return true;
}

Qt::ItemFlags SavedQueryModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractListModel::flags(index);
    return index.isValid() && m_kind == Kind::Saved ? f | Qt::ItemIsEditable : f;
}
