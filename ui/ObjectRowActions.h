#pragma once

#include <QList>
#include <QObject>

class ObjectTableModel;
class QJsonObject;
class QTableView;

// Whole objects written at once from the objects table: a new one from a form, a duplicate of the selected
// row, the selected rows deleted (a production connection asks for the class name). None runs while cell
// edits are pending, since the table reloads after.
class ObjectRowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectRowActions)

public:
    // Dialogs open on owner (the object browser), which also owns this.
    ObjectRowActions(QTableView *view, ObjectTableModel *model, QWidget *owner);

    // The connection's profile is a production one: deleting asks for the class name.
    void setProduction(bool production);
    // Of the table's selection, ascending.
    QList<int> selectedRows() const;
    // schema: of the class shown; the form offers its fields.
    void addRow(const QJsonObject &schema);
    void duplicateRow();
    void deleteRows();

Q_SIGNALS:
    // How a write ended; good: nothing failed.
    void outcome(const QString &text, bool good);

private:
    bool refuseWhilePending();
    void onWritten(int succeeded, int failed, const QString &firstError);

    QTableView *m_view;
    ObjectTableModel *m_model;
    QWidget *m_owner;
    bool m_production = false;
};
