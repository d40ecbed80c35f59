#pragma once

#include <QDialog>
#include <QJsonObject>

class AclModel;
class ParseClient;
class PrincipalSearchModel;
class QLabel;

// An object's ACL as check boxes (AclModel): public read and write, and roles and users picked by
// searching their names; the users show by username. An ACL with nobody in it is explained: only the
// master key reaches such an object.
class AclDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AclDialog)

public:
    // client: searches users and roles; editable: false shows the ACL without changing it.
    AclDialog(ParseClient *client, const QString &title, const QJsonObject &acl, bool editable,
              QWidget *parent = nullptr);

    QJsonObject acl() const;
    AclModel *model() const { return m_model; }

private:
    void updateNote();

    ParseClient *m_client;
    AclModel *m_model;
    PrincipalSearchModel *m_usernames;
    QLabel *m_note;
};
