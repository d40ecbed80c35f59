#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

class ParseClient;

// Users found by their username (_User.username) or roles by their name (_Role.name), so that a
// permission or an ACL names them as picked from a list, never as a typed objectId. Matches contain the
// text, any case; at most kLimit, by name.
class PrincipalSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrincipalSearchModel)

public:
    enum class Kind
    {
        Users,
        Roles
    };
    enum Role
    {
        ObjectIdRole = Qt::UserRole + 1,
        NameRole
    };
    static constexpr int kLimit = 50;

    PrincipalSearchModel(ParseClient *client, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Replaces the rows with the matches; searched() follows. An answer to an older search is dropped.
    void search(const QString &text);
    // The usernames of these users (objectIds), for showing them by name; usernamesFound() follows.
    void lookUpUsernames(const QStringList &objectIds);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // error: empty when the search succeeded.
    void searched(const QString &error);
    void usernamesFound(const QHash<QString, QString> &usernames);

private:
    struct Match
    {
        QString objectId;
        QString name;
    };
    QString nameField() const;

    QPointer<ParseClient> m_client;
    Kind m_kind;
    QList<Match> m_matches;
    quint64 m_generation = 0;
};
