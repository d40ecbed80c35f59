#pragma once

#include "core/net/ParseError.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

class ParseClient;

// A user's sessions (_Session, read with the master key): the device (installation), how the session was
// created, when, and when it expires; revoking one or all deletes them, which logs that device out.
// Session tokens are never read.
class SessionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Column
    {
        Device,
        CreatedWith,
        Created,
        Expires,
        ColumnCount
    };
    enum Role
    {
        ObjectIdRole = Qt::UserRole + 1
    };
    static constexpr int kLimit = 1000;

    explicit SessionListModel(ParseClient *client, QObject *parent = nullptr);

    void setClient(ParseClient *client);
    // loaded() follows.
    void load(const QString &userId);
    const QString &userId() const { return m_userId; }
    // revoked() follows once every one was answered; the list is read again.
    void revoke(const QList<int> &rows);
    void revokeAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded(const QString &error);
    // revoked: sessions deleted; error: the first refusal, if any.
    void revoked(int revoked, const ParseError &error);

private:
    struct Session
    {
        QString objectId;
        QString installationId;
        QString createdWith;
        QDateTime created;
        QDateTime expires;
    };
    QPointer<ParseClient> m_client;
    QString m_userId;
    QList<Session> m_sessions;
    quint64 m_generation = 0;
};
