#pragma once

#include "core/query/SavedQuery.h"

#include <QAbstractListModel>
#include <QList>

class QSettings;

// The saved queries of a connection profile, or its history of the last queries run, kept in QSettings
// under the profile's id. Saved queries are renamed in place (setData); every change is stored at once.
class SavedQueryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedQueryModel)

public:
    enum class Kind
    {
        Saved,
        History
    };
    enum Role
    {
        ClassNameRole = Qt::UserRole + 1
    };
    static constexpr int kHistorySize = 50;

    SavedQueryModel(Kind kind, QSettings *settings, QObject *parent = nullptr);

    // Loads the profile's list; an empty id empties the model.
    void setProfile(const QString &profileId);

    // Saved: replaces the query of the same name, or adds it in name order. History: puts it first (a
    // query run again moves up) and forgets the oldest past kHistorySize. Returns its row.
    int add(const SavedQuery &query);
    void remove(int row);
    void clear();
    SavedQuery query(int row) const { return m_queries.at(row); }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Renames a saved query; refuses an empty name or one another query has.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString settingsKey() const;
    void store();

    Kind m_kind;
    QSettings *m_settings;
    QString m_profileId;
    QList<SavedQuery> m_queries;
};
