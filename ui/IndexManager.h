#pragma once

#include "core/net/ParseResult.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class IndexDialog;
class IndexListModel;
class IndexSave;
class ParseClient;
class QLabel;
class QPushButton;
class QTableView;

// The "Indexes" tab of the class browser: the class's indexes, a new single or compound one (IndexDialog),
// and dropping one; Parse's own are listed but not dropped. Writes go through IndexSave, which checks the
// fields and the name first. Read-only without the master key and on a locked production connection.
class IndexManager final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexManager)

public:
    explicit IndexManager(QWidget *parent = nullptr);

    void setConnection(ParseClient *client);
    void setSchema(const QJsonObject &schema);
    IndexListModel *model() const { return m_model; }
    // Opens the dialog for a new index and creates it when accepted; indexDialogOpened() lets a test fill it.
    void newIndex();

Q_SIGNALS:
    void saved(const QString &className);
    void statusMessage(const QString &message);
    void indexDialogOpened(IndexDialog *dialog);

private:
    void updateButtons();
    void dropIndex();

    IndexListModel *m_model;
    QPointer<ParseClient> m_client;
    IndexSave *m_save = nullptr;
    QString m_className;
    QJsonObject m_fields;
    QString m_done; // what the status bar says once the write in flight succeeds
    QLabel *m_note;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_drop;
};
