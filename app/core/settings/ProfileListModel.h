#pragma once

#include <QAbstractListModel>

class ProfileStore;

// The saved connection profiles, by name, for the connection dialog and the profile switcher.
class ProfileListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ProductionRole
    };

    explicit ProfileListModel(ProfileStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int rowOf(const QString &id) const;

private:
    ProfileStore *m_store;
};
