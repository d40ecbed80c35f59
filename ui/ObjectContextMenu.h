#pragma once

#include <QModelIndex>
#include <QObject>

class ObjectCellEditor;
class QPoint;
class QTableView;

// The objects table's context menu (open, bytes, JSON, copy and the field operations of the cell under the
// mouse) and Copy of the selected cells.
class ObjectContextMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectContextMenu)

public:
    // The menu opens on owner (the object browser), which also owns this; cells does what it offers.
    ObjectContextMenu(QTableView *view, ObjectCellEditor *cells, QWidget *owner);

    // pos: in the table's viewport.
    void show(const QPoint &pos);
    // The same for a cell of another view on the table (its frozen columns), opening at global.
    void showFor(const QModelIndex &index, const QPoint &global);
    void copySelection() const;
    // Whether the row actions (edit selected, duplicate) are offered: not on a read-only connection.
    void setWritable(bool writable) { m_writable = writable; }

Q_SIGNALS:
    void bulkEditRequested();
    void duplicateRequested();
    // cells: the selected ones (or the one under the mouse) whose edits are contested.
    void keepMineRequested(const QModelIndexList &cells);
    void takeTheirsRequested(const QModelIndexList &cells);
    void rowScriptRequested();

private:
    QTableView *m_view;
    ObjectCellEditor *m_cells;
    QWidget *m_owner;
    bool m_writable = false;
};
