#include "core/settings/ProfileListModel.h"

#include "core/settings/ProfileStore.h"

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(store, &ProfileStore::profilesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_store->profiles().size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ServerProfile p = m_store->profiles().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.production ? tr("%1 (production)").arg(p.name) : p.name;
    case Qt::ToolTipRole:
        return p.serverUrl.toString();
    case IdRole:
        return p.id;
    case ProductionRole:
        return p.production;
    }
    return {};
}

int ProfileListModel::rowOf(const QString &id) const
{
    return m_store->indexOf(id);
}
