#pragma once

#include "core/batch/BulkEdit.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ObjectTableModel;
class ParseClient;
class QJsonObject;
class QTableView;

// Whole objects written at once from the objects table: a new one from a form, duplicates of the selected
// rows, the selected rows deleted (a production connection asks for the class name), a bulk edit of the
// selected rows or of all matching the filter (BulkEditDialog). None runs while cell edits are pending,
// since the table reloads after.
class ObjectRowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectRowActions)

public:
    // Dialogs open on owner (the object browser), which also owns this.
    ObjectRowActions(QTableView *view, ObjectTableModel *model, QWidget *owner);

    // The connection's profile is a production one: deleting asks for the class name.
    void setProduction(bool production);
    // The connection bulk edits send through.
    void setClient(ParseClient *client);
    // Of the table's selection, ascending.
    QList<int> selectedRows() const;
    // schema: of the class shown; the form offers its fields.
    void addRow(const QJsonObject &schema);
    // One selected row is copied at once; several go through a bulk edit (preview, progress, outcomes).
    void duplicateRows(const QJsonObject &schema);
    void deleteRows();
    // schema: of the class shown. kind: what the dialog offers first.
    void bulkEdit(const QJsonObject &schema, BulkEdit::Kind kind = BulkEdit::Kind::Set);

Q_SIGNALS:
    // How a write ended; good: nothing failed.
    void outcome(const QString &text, bool good);

private:
    bool refuseWhilePending();
    void onWritten(int succeeded, int failed, const QString &firstError, int conflicts);

    QTableView *m_view;
    ObjectTableModel *m_model;
    QWidget *m_owner;
    bool m_production = false;
    QPointer<ParseClient> m_client;
};
