#include "ui/AclDialog.h"

#include "core/models/AclModel.h"
#include "core/models/PrincipalSearchModel.h"
#include "ui/PrincipalPicker.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AclDialog::AclDialog(ParseClient *client, const QString &title, const QJsonObject &acl, bool editable,
                     QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(new AclModel(this))
    , m_usernames(new PrincipalSearchModel(client, PrincipalSearchModel::Kind::Users, this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("aclDialog"));
    setWindowTitle(title);
    m_model->setAcl(acl);
    m_model->setReadOnly(!editable);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("aclTableView"));
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(AclModel::Who, QHeaderView::Stretch);
    m_note->setObjectName(QStringLiteral("aclNoteLabel"));
    m_note->setWordWrap(true);
    auto *addRole = new QPushButton(tr("Add role…"), this);
    addRole->setObjectName(QStringLiteral("aclAddRolePushButton"));
    auto *addUser = new QPushButton(tr("Add user…"), this);
    addUser->setObjectName(QStringLiteral("aclAddUserPushButton"));
    addRole->setEnabled(editable);
    addUser->setEnabled(editable);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("aclButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);

    auto *row = new QHBoxLayout;
    row->addWidget(addRole);
    row->addWidget(addUser);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(m_note);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(480, 360);

    connect(m_model, &AclModel::aclChanged, this, &AclDialog::updateNote);
    connect(m_usernames, &PrincipalSearchModel::usernamesFound, m_model, &AclModel::setUsernames);
    connect(addRole, &QPushButton::clicked, this, [this, table] {
        if (const auto role = PrincipalPicker::pick(m_client, PrincipalSearchModel::Kind::Roles, this))
            table->selectRow(m_model->addRole(role->name));
    });
    connect(addUser, &QPushButton::clicked, this, [this, table] {
        if (const auto user = PrincipalPicker::pick(m_client, PrincipalSearchModel::Kind::Users, this))
            table->selectRow(m_model->addUser(user->objectId, user->name));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_usernames->lookUpUsernames(m_model->userIds());
    updateNote();
}

QJsonObject AclDialog::acl() const
{
    return m_model->acl();
}

void AclDialog::updateNote()
{
    m_note->setText(m_model->isMasterKeyOnly()
                        ? tr("Nobody is in this ACL: only the master key can read or change the object.")
                        : QString());
    m_note->setVisible(m_model->isMasterKeyOnly());
}
