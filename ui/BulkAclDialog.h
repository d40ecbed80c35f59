#pragma once

#include "core/net/ParseError.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

class BatchModel;
class BulkEditRun;
class ObjectTableModel;
class ParseClient;
class QLabel;
class QProgressBar;
class QTableView;

// The ACL of the selected rows at once: AclDialog starts from their ACL (and says when they differ), and
// the ACL ticked is sent to every one of them as one batch (BulkEditRun: an update per object expecting
// its updatedAt as loaded, so a colleague's change is a conflict, and one undo journal entry), with each
// object's outcome listed here.
class BulkAclDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkAclDialog)

public:
    BulkAclDialog(ParseClient *client, ObjectTableModel *table, const QList<int> &rows,
                  QWidget *parent = nullptr);

    // Asks for the ACL (AclDialog, modal) and, when accepted, starts sending; false when cancelled.
    bool start();
    BatchModel *outcomes() const { return m_outcomes; }
    bool isRunning() const;
    // The distinct ACLs of the rows as loaded; an object without one counts as open to everyone.
    static QList<QJsonObject> distinctAcls(const QList<QJsonObject> &objects);

Q_SIGNALS:
    // Every object was answered (or the run was cancelled); wrote: at least one was written.
    void written(bool wrote);

private:
    void onFinished(bool cancelled, const ParseError &readError);

    ParseClient *m_client;
    ObjectTableModel *m_table;
    QList<QJsonObject> m_objects;
    BatchModel *m_outcomes;
    BulkEditRun *m_run;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QTableView *m_results;
};
