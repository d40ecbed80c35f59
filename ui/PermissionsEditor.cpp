#include "ui/PermissionsEditor.h"

#include "core/batch/ClpSave.h"
#include "core/models/PermissionGridModel.h"
#include "core/models/PrincipalSearchModel.h"
#include "core/net/ParseClient.h"
#include "ui/ClpConflictDialog.h"
#include "ui/ClpReviewDialog.h"
#include "ui/FieldChoiceDialog.h"
#include "ui/PrincipalPicker.h"
#include "ui/ToneDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kClassLevelPermissions = QStringLiteral("classLevelPermissions");

ClassPermissions permissionsOf(const QJsonObject &schema)
{
    // The server's own CLP passed its checks; what this would refuse is nothing to show.
    QList<ClassPermissions::Issue> ignored;
    return ClassPermissions::fromJson(schema.value(kClassLevelPermissions).toObject(), &ignored);
}
} // namespace

PermissionsEditor::PermissionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new PermissionGridModel(this))
    , m_note(new QLabel(this))
    , m_grid(new QTableView(this))
    , m_addRole(new QPushButton(tr("Add role…"), this))
    , m_addUser(new QPushButton(tr("Add user…"), this))
    , m_protected(new QPushButton(tr("Protected fields…"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_saveButton(new QPushButton(tr("Save…"), this))
{
    setObjectName(QStringLiteral("permissionsEditor"));
    m_note->setObjectName(QStringLiteral("permissionsNoteLabel"));
    m_note->setWordWrap(true);
    m_grid->setObjectName(QStringLiteral("permissionsTableView"));
    m_addRole->setObjectName(QStringLiteral("addRolePushButton"));
    m_addUser->setObjectName(QStringLiteral("addUserPushButton"));
    m_protected->setObjectName(QStringLiteral("protectedFieldsPushButton"));
    m_revert->setObjectName(QStringLiteral("revertPermissionsPushButton"));
    m_saveButton->setObjectName(QStringLiteral("savePermissionsPushButton"));
    m_addRole->setToolTip(tr("Give a role permissions: search it by name"));
    m_addUser->setToolTip(tr("Give one user permissions: search it by username"));
    m_protected->setToolTip(tr("Choose the fields the selected principal does not get"));
    m_saveButton->setToolTip(tr("Review the changes and the request, then save"));

    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new ToneDelegate(m_grid));
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setTabKeyNavigation(false);
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setHighlightSections(false);
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->setWordWrap(false);

    auto *intro =
        new QLabel(tr("Who may do what with the objects of this class. Rows are principals, columns "
                      "operations; pointer rows allow the users a field of the object points to. "
                      "Double-click a Protected fields cell to hide fields from that principal."),
                   this);
    intro->setObjectName(QStringLiteral("permissionsIntroLabel"));
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addRole);
    buttons->addWidget(m_addUser);
    buttons->addWidget(m_protected);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addWidget(m_grid, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_grid->resizeColumnsToContents();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { m_grid->resizeColumnToContents(0); });
    connect(m_model, &PermissionGridModel::permissionsChanged, this, &PermissionsEditor::updateButtons);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PermissionsEditor::updateButtons);
    connect(m_grid, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == PermissionGridModel::Protected)
            editProtectedFields();
    });
    connect(m_addRole, &QPushButton::clicked, this, &PermissionsEditor::addRole);
    connect(m_addUser, &QPushButton::clicked, this, &PermissionsEditor::addUser);
    connect(m_protected, &QPushButton::clicked, this, &PermissionsEditor::editProtectedFields);
    connect(m_revert, &QPushButton::clicked, m_model, &PermissionGridModel::revert);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(false); });
    updateWritable();
}

void PermissionsEditor::setConnection(ParseClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    delete m_usernames;
    delete m_save;
    m_usernames = nullptr;
    m_save = nullptr;
    if (client) {
        connect(client, &ParseClient::writesLockedChanged, this, &PermissionsEditor::updateWritable,
                Qt::UniqueConnection);
        m_usernames = new PrincipalSearchModel(client, PrincipalSearchModel::Kind::Users, this);
        connect(m_usernames, &PrincipalSearchModel::usernamesFound, m_model,
                &PermissionGridModel::setUsernames);
        m_save = new ClpSave(client, this);
        connect(m_save, &ClpSave::finished, this, &PermissionsEditor::saveFinished);
    }
    m_model->clear();
    updateWritable();
}

void PermissionsEditor::setSchema(const QJsonObject &schema)
{
    const QString className = schema.value(QLatin1String("className")).toString();
    m_fields = schema.value(QLatin1String("fields")).toObject();
    // A reload of the class list while editing keeps the edits: a save checks for changes meanwhile.
    if (className.isEmpty())
        m_model->clear();
    else if (className != m_model->className() || !m_model->isModified())
        m_model->setClass(className, m_fields, permissionsOf(schema));
    if (m_usernames)
        m_usernames->lookUpUsernames(m_model->userIds());
    updateWritable();
}

void PermissionsEditor::updateWritable()
{
    const bool master = m_client && m_client->profile().hasMasterKey();
    const bool locked = m_client && m_client->writesLocked();
    m_model->setReadOnly(!master || locked);
    if (!m_client)
        m_note->clear();
    else if (!master)
        m_note->setText(
            tr("Reading and changing class-level permissions needs the master key: add it to this "
               "connection."));
    else if (locked)
        m_note->setText(tr("This is a production connection and it is read-only: the permissions are shown, "
                           "not changed. Unlock writes to change them."));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
    updateButtons();
}

void PermissionsEditor::updateButtons()
{
    const bool writable = !m_model->isReadOnly() && !m_model->className().isEmpty();
    m_addRole->setEnabled(writable);
    m_addUser->setEnabled(writable);
    m_protected->setEnabled(writable && m_grid->currentIndex().isValid());
    m_revert->setEnabled(writable && m_model->isModified());
    m_saveButton->setEnabled(writable && m_model->isModified());
}

void PermissionsEditor::addRole()
{
    if (const auto role = PrincipalPicker::pick(m_client, PrincipalSearchModel::Kind::Roles, this)) {
        const int row = m_model->addRole(role->name);
        m_grid->setCurrentIndex(m_model->index(row, PermissionGridModel::FirstOperation));
    }
}

void PermissionsEditor::addUser()
{
    if (const auto user = PrincipalPicker::pick(m_client, PrincipalSearchModel::Kind::Users, this)) {
        const int row = m_model->addUser(user->objectId, user->name);
        m_grid->setCurrentIndex(m_model->index(row, PermissionGridModel::FirstOperation));
    }
}

void PermissionsEditor::editProtectedFields()
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid() || m_model->isReadOnly())
        return;
    const QString who = m_model->index(current.row(), PermissionGridModel::Principal).data().toString();
    const auto chosen = FieldChoiceDialog::choose(
        tr("Protected fields"),
        tr("Fields %1 does not get from %2 (objectId, createdAt, updatedAt and ACL cannot be protected):")
            .arg(who, m_model->className()),
        m_model->protectableFields(), m_model->protectedFieldsOf(current.row()), this);
    if (chosen)
        m_model->setProtectedFieldsOf(current.row(), *chosen);
}

void PermissionsEditor::save(bool overwrite)
{
    if (!m_save || !m_model->isModified())
        return;
    if (!overwrite) {
        ClpReviewDialog review(m_model->className(), m_model->loaded(), m_model->permissions(), this);
        if (review.exec() != QDialog::Accepted)
            return;
    }
    m_saveButton->setEnabled(false);
    m_save->save(m_model->className(), m_model->loaded(), m_model->permissions(), overwrite);
}

void PermissionsEditor::saveFinished(const ParseResult &result, const ClassPermissions &server, bool conflict,
                                     const QList<ClassPermissions::Issue> &issues)
{
    const QString className = m_model->className();
    updateButtons();
    if (conflict) {
        ClpConflictDialog dialog(className, m_model->loaded(), server, m_model->permissions(),
                                 !m_model->isReadOnly(), this);
        switch (dialog.exec()) {
        case ClpConflictDialog::TakeServers:
            m_model->setClass(className, m_fields, server);
            m_usernames->lookUpUsernames(m_model->userIds());
            break;
        case ClpConflictDialog::Overwrite:
            save(true);
            break;
        default:
            break;
        }
        return;
    }
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ClassPermissions::Issue &issue : issues)
            lines.append(tr("%1: %2").arg(issue.key, issue.message));
        QMessageBox::warning(this, tr("Permissions not saved"), lines.join(QLatin1Char('\n')));
        return;
    }
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Permissions not saved"), result.error.describe());
        return;
    }
    m_model->setClass(className, m_fields, permissionsOf(result.object()));
    m_usernames->lookUpUsernames(m_model->userIds());
    Q_EMIT statusMessage(tr("Permissions of %1 saved").arg(className));
    Q_EMIT saved(className);
}
