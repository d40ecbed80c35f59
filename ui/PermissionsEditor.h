#pragma once

#include "core/data/ClassPermissions.h"
#include "core/net/ParseResult.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class ClpSave;
class ParseClient;
class PermissionGridModel;
class PrincipalSearchModel;
class QLabel;
class QPushButton;
class QTableView;

// The "Permissions" tab of the class browser: the class's classLevelPermissions as a grid of check boxes
// (PermissionGridModel), roles and users added by searching them, protected fields per principal; saving
// shows the diff and the exact request first and never overwrites a CLP someone changed meanwhile
// (ClpSave). Read-only without the master key and on a locked production connection.
class PermissionsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionsEditor)

public:
    explicit PermissionsEditor(QWidget *parent = nullptr);

    void setConnection(ParseClient *client);
    // schema: the class's /schemas entry; {} for none. Unsaved edits of the same class are kept.
    void setSchema(const QJsonObject &schema);
    PermissionGridModel *model() const { return m_model; }

Q_SIGNALS:
    // The server has the new CLP: the schema should be read again.
    void saved(const QString &className);
    void statusMessage(const QString &message);

private:
    void updateWritable();
    void updateButtons();
    void addRole();
    void addUser();
    void editProtectedFields();
    void save(bool overwrite);
    void saveFinished(const ParseResult &result, const ClassPermissions &server, bool conflict,
                      const QList<ClassPermissions::Issue> &issues);

    PermissionGridModel *m_model;
    QPointer<ParseClient> m_client;
    PrincipalSearchModel *m_usernames = nullptr; // looks up the names of the users the CLP names by id
    ClpSave *m_save = nullptr;
    QJsonObject m_fields;
    QLabel *m_note;
    QTableView *m_grid;
    QPushButton *m_addRole;
    QPushButton *m_addUser;
    QPushButton *m_protected;
    QPushButton *m_revert;
    QPushButton *m_saveButton;
};
