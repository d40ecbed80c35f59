#include "ui/AccountsPanel.h"

#include "core/batch/UserAccount.h"
#include "core/models/PrincipalSearchModel.h"
#include "core/models/RoleMemberModel.h"
#include "core/models/SessionListModel.h"
#include "core/net/ParseClient.h"
#include "core/query/RoleUsers.h"
#include "ui/PasswordDialog.h"
#include "ui/PrincipalPicker.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kUser = QStringLiteral("_User");
const QString kRole = QStringLiteral("_Role");
const QString kSession = QStringLiteral("_Session");
} // namespace

AccountsPanel::AccountsPanel(QWidget *parent)
    : QWidget(parent)
    , m_account(new UserAccount(nullptr, this))
    , m_roleUsers(new RoleMemberModel(nullptr, RoleMemberModel::Kind::Users, this))
    , m_childRoles(new RoleMemberModel(nullptr, RoleMemberModel::Kind::Roles, this))
    , m_sessions(new SessionListModel(nullptr, this))
    , m_effective(new RoleUsers(nullptr, this))
    , m_intro(new QLabel(this))
    , m_chosen(new QLabel(this))
    , m_choose(new QPushButton(this))
    , m_userBox(new QGroupBox(tr("Account"), this))
    , m_userDetails(new QLabel(m_userBox))
    , m_emailVerified(new QCheckBox(tr("Email verified"), m_userBox))
    , m_authData(new QLabel(m_userBox))
    , m_password(new QPushButton(tr("Set password…"), m_userBox))
    , m_rolesBox(new QGroupBox(tr("Members"), this))
    , m_showEffective(new QPushButton(tr("Show effective users"), m_rolesBox))
    , m_effectiveList(new QListWidget(m_rolesBox))
    , m_sessionsBox(new QGroupBox(tr("Sessions"), this))
    , m_sessionTable(new QTableView(m_sessionsBox))
    , m_revoke(new QPushButton(tr("Revoke"), m_sessionsBox))
    , m_revokeAll(new QPushButton(tr("Revoke all"), m_sessionsBox))
{
    setObjectName(QStringLiteral("accountsPanel"));
    m_intro->setObjectName(QStringLiteral("accountsIntroLabel"));
    m_chosen->setObjectName(QStringLiteral("chosenLabel"));
    m_choose->setObjectName(QStringLiteral("choosePushButton"));
    m_userBox->setObjectName(QStringLiteral("accountGroupBox"));
    m_userDetails->setObjectName(QStringLiteral("userDetailsLabel"));
    m_emailVerified->setObjectName(QStringLiteral("emailVerifiedCheckBox"));
    m_authData->setObjectName(QStringLiteral("authDataLabel"));
    m_password->setObjectName(QStringLiteral("setPasswordPushButton"));
    m_rolesBox->setObjectName(QStringLiteral("membersGroupBox"));
    m_showEffective->setObjectName(QStringLiteral("showEffectiveUsersPushButton"));
    m_effectiveList->setObjectName(QStringLiteral("effectiveUsersListWidget"));
    m_sessionsBox->setObjectName(QStringLiteral("sessionsGroupBox"));
    m_sessionTable->setObjectName(QStringLiteral("sessionsTableView"));
    m_revoke->setObjectName(QStringLiteral("revokeSessionPushButton"));
    m_revokeAll->setObjectName(QStringLiteral("revokeAllSessionsPushButton"));
    m_intro->setWordWrap(true);
    m_authData->setWordWrap(true);
    m_authData->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *chooser = new QHBoxLayout;
    chooser->addWidget(m_chosen, 1);
    chooser->addWidget(m_choose);

    auto *userLayout = new QVBoxLayout(m_userBox);
    userLayout->addWidget(m_userDetails);
    userLayout->addWidget(m_emailVerified);
    userLayout->addWidget(m_authData);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password);
    passwordRow->addStretch(1);
    userLayout->addLayout(passwordRow);

    auto *lists = new QHBoxLayout;
    lists->addWidget(memberBox(tr("Users"), m_roleUsers, QStringLiteral("roleUsers")));
    lists->addWidget(memberBox(tr("Child roles (their users have this role too)"), m_childRoles,
                               QStringLiteral("childRoles")));
    auto *effectiveRow = new QHBoxLayout;
    effectiveRow->addWidget(m_showEffective);
    effectiveRow->addStretch(1);
    auto *rolesLayout = new QVBoxLayout(m_rolesBox);
    rolesLayout->addLayout(lists, 2);
    rolesLayout->addLayout(effectiveRow);
    rolesLayout->addWidget(m_effectiveList, 1);
    m_effectiveList->hide();

    m_sessionTable->setModel(m_sessions);
    m_sessionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessionTable->setTabKeyNavigation(false);
    m_sessionTable->verticalHeader()->hide();
    m_sessionTable->horizontalHeader()->setStretchLastSection(true);
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(m_revoke);
    sessionButtons->addWidget(m_revokeAll);
    sessionButtons->addStretch(1);
    auto *sessionsLayout = new QVBoxLayout(m_sessionsBox);
    sessionsLayout->addWidget(m_sessionTable, 1);
    sessionsLayout->addLayout(sessionButtons);

    // Users, roles and sessions need more height than a 1024x700 window leaves the tab: they scroll there
    // rather than make the whole window taller.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_intro);
    layout->addLayout(chooser);
    layout->addWidget(m_userBox);
    layout->addWidget(m_rolesBox, 1);
    layout->addWidget(m_sessionsBox, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("accountsScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_choose, &QPushButton::clicked, this, &AccountsPanel::choose);
    connect(m_password, &QPushButton::clicked, this, &AccountsPanel::setPassword);
    connect(m_emailVerified, &QCheckBox::clicked, m_account, &UserAccount::setEmailVerified);
    connect(m_account, &UserAccount::loaded, this, [this](const QString &error) {
        m_userDetails->setText(error.isEmpty()
                                   ? tr("%1 · email: %2 · objectId %3")
                                         .arg(m_account->username(),
                                              m_account->email().isEmpty() ? tr("none") : m_account->email(),
                                              m_account->userId())
                                   : error);
        m_emailVerified->setChecked(m_account->emailVerified());
        m_authData->setText(
            m_account->authData().isEmpty()
                ? tr("Linked sign-ins (authData): none")
                : tr("Linked sign-ins (authData), credentials redacted:\n%1").arg(m_account->authData()));
        updateState();
    });
    connect(m_account, &UserAccount::saved, this, [this](const ParseResult &r) {
        m_emailVerified->setChecked(m_account->emailVerified());
        reportWrite(tr("%1 saved").arg(m_account->username()), r.ok() ? QString() : r.error.describe());
    });
    for (RoleMemberModel *model : {m_roleUsers, m_childRoles})
        connect(model, &RoleMemberModel::changed, this, [this](const ParseResult &r) {
            reportWrite(tr("Role members saved"), r.ok() ? QString() : r.error.describe());
        });
    connect(m_showEffective, &QPushButton::clicked, this, [this] {
        m_effectiveList->clear();
        m_effectiveList->show();
        m_effectiveList->addItem(tr("Reading the role and its child roles…"));
        m_effective->resolve(m_roleUsers->roleId());
    });
    connect(m_effective, &RoleUsers::finished, this,
            [this](const QList<RoleUsers::User> &users, const ParseError &error) {
                m_effectiveList->clear();
                if (error.isError())
                    m_effectiveList->addItem(error.describe());
                for (const RoleUsers::User &user : users)
                    m_effectiveList->addItem(user.viaRole.isEmpty()
                                                 ? user.username
                                                 : tr("%1 (through %2)").arg(user.username, user.viaRole));
                if (users.isEmpty() && !error.isError())
                    m_effectiveList->addItem(tr("No user has this role."));
            });
    connect(m_sessions, &SessionListModel::revoked, this, [this](int revoked, const ParseError &error) {
        reportWrite(tr("%n session(s) revoked", nullptr, revoked),
                    error.isError() ? error.describe() : QString());
    });
    connect(m_sessions, &QAbstractItemModel::modelReset, this, [this] {
        m_sessionTable->resizeColumnsToContents();
        updateState();
    });
    connect(m_sessionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPanel::updateState);
    connect(m_revoke, &QPushButton::clicked, this, [this] { revokeSessions(false); });
    connect(m_revokeAll, &QPushButton::clicked, this, [this] { revokeSessions(true); });
    updateState();
}

bool AccountsPanel::handles(const QString &className)
{
    return className == kUser || className == kRole || className == kSession;
}

bool AccountsPanel::forRoles() const
{
    return m_className == kRole;
}

QGroupBox *AccountsPanel::memberBox(const QString &title, RoleMemberModel *model, const QString &name)
{
    auto *box = new QGroupBox(title, m_rolesBox);
    box->setObjectName(name + QStringLiteral("GroupBox"));
    auto *view = new QListView(box);
    view->setObjectName(name + QStringLiteral("ListView"));
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *add = new QPushButton(tr("Add…"), box);
    add->setObjectName(name + QStringLiteral("AddPushButton"));
    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(name + QStringLiteral("RemovePushButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, model] { addMember(model); });
    connect(remove, &QPushButton::clicked, this, [this, model, view] { removeMembers(model, view); });
    const auto update = [this, model, view, add, remove] {
        const bool writable = m_client && !m_client->writesLocked() && !model->roleId().isEmpty();
        add->setEnabled(writable);
        remove->setEnabled(writable && view->selectionModel()->hasSelection());
    };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(model, &QAbstractItemModel::modelReset, this, update);
    m_memberButtonUpdates.append(update);
    return box;
}

void AccountsPanel::setConnection(ParseClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    if (client)
        connect(client, &ParseClient::writesLockedChanged, this, &AccountsPanel::updateState,
                Qt::UniqueConnection);
    m_account->setClient(client);
    m_roleUsers->setClient(client);
    m_childRoles->setClient(client);
    m_sessions->setClient(client);
    m_effective->setClient(client);
    m_chosen->clear();
    updateState();
}

void AccountsPanel::setClassName(const QString &className)
{
    if (className == m_className || !handles(className))
        return;
    m_className = className;
    m_userBox->setVisible(className == kUser);
    m_rolesBox->setVisible(forRoles());
    m_sessionsBox->setVisible(!forRoles());
    m_intro->setText(forRoles() ? tr("A role's members are users and child roles: every user of a child role "
                                     "has this role too. Changes go through the role's users and roles "
                                     "relations (AddRelation, RemoveRelation) and can be undone from the "
                                     "journal.")
                     : className == kUser
                         ? tr("Choose a user to set their password, mark their email verified or "
                              "revoke their sessions. A new password is typed twice and kept nowhere.")
                         : tr("Choose a user to see their sessions (one per logged-in device) and revoke "
                              "one or all of them, which logs those devices out."));
    m_choose->setText(forRoles() ? tr("Choose role…") : tr("Choose user…"));
    m_chosen->setText(forRoles() ? tr("No role chosen.") : tr("No user chosen."));
    m_account->load(QString());
    m_roleUsers->load(QString());
    m_childRoles->load(QString());
    m_sessions->load(QString());
    m_effectiveList->hide();
    updateState();
}

void AccountsPanel::choose()
{
    const std::optional<PrincipalPicker::Choice> choice = PrincipalPicker::pick(
        m_client, forRoles() ? PrincipalSearchModel::Kind::Roles : PrincipalSearchModel::Kind::Users, this);
    if (!choice)
        return;
    if (forRoles())
        showRole(choice->objectId, choice->name);
    else
        showUser(choice->objectId, choice->name);
}

void AccountsPanel::showUser(const QString &userId, const QString &username)
{
    m_chosen->setText(tr("User: %1").arg(username));
    m_account->load(userId);
    m_sessions->load(userId);
    updateState();
}

void AccountsPanel::showRole(const QString &roleId, const QString &name)
{
    m_chosen->setText(tr("Role: %1").arg(name));
    m_roleUsers->load(roleId);
    m_childRoles->load(roleId);
    m_effectiveList->hide();
    updateState();
}

void AccountsPanel::updateState()
{
    const bool haveKey = m_client && m_client->profile().hasMasterKey();
    const bool writable = haveKey && !m_client->writesLocked();
    m_choose->setEnabled(haveKey);
    if (m_client && !haveKey)
        m_chosen->setText(tr("Users, roles and sessions need the master key; this connection has none."));
    const bool haveUser = !m_account->userId().isEmpty();
    m_emailVerified->setEnabled(writable && haveUser);
    m_password->setEnabled(writable && haveUser);
    m_showEffective->setEnabled(haveKey && !m_roleUsers->roleId().isEmpty());
    m_revoke->setEnabled(writable && m_sessionTable->selectionModel()->hasSelection());
    m_revokeAll->setEnabled(writable && m_sessions->rowCount() > 0);
    const QString lock = m_client && m_client->writesLocked()
                             ? tr("Read-only: this production connection's writes are locked.")
                             : QString();
    for (QWidget *w : {static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_revokeAll)})
        w->setToolTip(lock);
    for (const std::function<void()> &update : std::as_const(m_memberButtonUpdates))
        update();
}

void AccountsPanel::setPassword()
{
    PasswordDialog dialog(m_account->username(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_account->setPassword(dialog.password());
}

void AccountsPanel::addMember(RoleMemberModel *model)
{
    const bool users = model == m_roleUsers;
    const std::optional<PrincipalPicker::Choice> choice = PrincipalPicker::pick(
        m_client, users ? PrincipalSearchModel::Kind::Users : PrincipalSearchModel::Kind::Roles, this);
    if (!choice)
        return;
    if (!users && choice->objectId == model->roleId()) {
        QMessageBox::warning(this, tr("Role not added"), tr("A role cannot be its own child role."));
        return;
    }
    model->add({choice->objectId});
}

void AccountsPanel::removeMembers(RoleMemberModel *model, QListView *view)
{
    QStringList ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(RoleMemberModel::ObjectIdRole).toString());
    model->remove(ids);
}

void AccountsPanel::revokeSessions(bool all)
{
    const int count =
        all ? m_sessions->rowCount() : int(m_sessionTable->selectionModel()->selectedRows().size());
    if (QMessageBox::question(this, tr("Revoke sessions"),
                              tr("Revoke %n session(s) of %1? Those devices are logged out.", nullptr, count)
                                  .arg(m_account->username())) != QMessageBox::Yes)
        return;
    if (all) {
        m_sessions->revokeAll();
        return;
    }
    QList<int> rows;
    const QModelIndexList selected = m_sessionTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    m_sessions->revoke(rows);
}

void AccountsPanel::reportWrite(const QString &done, const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Not saved"), error);
    else
        Q_EMIT statusMessage(done);
}
