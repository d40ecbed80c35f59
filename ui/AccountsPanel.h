#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>

class ParseClient;
class QCheckBox;
class QGroupBox;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QTableView;
class RoleMemberModel;
class RoleUsers;
class SessionListModel;
class UserAccount;

// The class browser's "Users & roles" tab for _User, _Role and _Session: a user picked by username (their
// password set, emailVerified toggled, authData shown redacted, their sessions revoked) or a role picked
// by name (its users and child roles added and removed, its effective users on request). Everything
// needs the master key; writes are journaled and refused on a locked production connection.
class AccountsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPanel)

public:
    explicit AccountsPanel(QWidget *parent = nullptr);

    // Whether the tab has something for this class.
    static bool handles(const QString &className);

    void setConnection(ParseClient *client);
    void setClassName(const QString &className);
    // What the Choose… button picks, also for tests.
    void showUser(const QString &userId, const QString &username);
    void showRole(const QString &roleId, const QString &name);

    UserAccount *account() const { return m_account; }
    RoleMemberModel *roleUsers() const { return m_roleUsers; }
    RoleMemberModel *childRoles() const { return m_childRoles; }
    SessionListModel *sessions() const { return m_sessions; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    bool forRoles() const;
    void choose();
    void updateState();
    void setPassword();
    void addMember(RoleMemberModel *model);
    void removeMembers(RoleMemberModel *model, QListView *view);
    void revokeSessions(bool all);
    void reportWrite(const QString &done, const QString &error);
    QGroupBox *memberBox(const QString &title, RoleMemberModel *model, const QString &name);

    QPointer<ParseClient> m_client;
    QString m_className;
    UserAccount *m_account;
    RoleMemberModel *m_roleUsers;
    RoleMemberModel *m_childRoles;
    SessionListModel *m_sessions;
    RoleUsers *m_effective;
    QLabel *m_intro;
    QLabel *m_chosen;
    QPushButton *m_choose;
    QGroupBox *m_userBox;
    QLabel *m_userDetails;
    QCheckBox *m_emailVerified;
    QLabel *m_authData;
    QPushButton *m_password;
    QGroupBox *m_rolesBox;
    QPushButton *m_showEffective;
    QListWidget *m_effectiveList;
    QGroupBox *m_sessionsBox;
    QTableView *m_sessionTable;
    QPushButton *m_revoke;
    QPushButton *m_revokeAll;
    QList<std::function<void()>> m_memberButtonUpdates; // each member list's Add and Remove
};
