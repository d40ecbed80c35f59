#pragma once

#include <QTableView>

class QAbstractItemDelegate;

// The first columns of a table kept in place while it scrolls sideways, as in Qt's Frozen Column example:
// a second table on the same model and selection model laid over the table's left edge, showing only the
// frozen columns, scrolled, sized and ordered with it. Clicks, double-clicks, keys and editors on the
// frozen columns work as on the table (the table keeps the focus; an edit opens here, where it is seen).
class FrozenColumns final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrozenColumns)

public:
    // delegate: the frozen part's own (a delegate's editors belong to one view), like the table's.
    FrozenColumns(QTableView *table, QAbstractItemDelegate *delegate);

    // The first `count` columns in the table's visual order, hidden ones included; 0 shows none.
    void setCount(int count);
    int count() const { return m_count; }
    // Right edge of the frozen part in the table's viewport (0 when nothing is frozen).
    int frozenWidth() const;

Q_SIGNALS:
    // A cell's context menu asked for here (global: where the menu opens).
    void contextMenuRequested(const QModelIndex &index, const QPoint &global);
    // The header's context menu asked for on this column.
    void headerMenuRequested(int logicalIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // A firmer line at the right edge tells the frozen part from the columns that scroll under it.
    void paintEvent(QPaintEvent *event) override;

private:
    // Columns, order and sizes as the table has them.
    void sync();
    void updateFrozenGeometry();
    // Keeps the current cell in sight: not under the frozen part, and a frozen one without scrolling
    // the table sideways.
    void followCurrent(const QModelIndex &current);

    QTableView *m_table;
    // Kept apart: the table's events still reach the filter while it is being destroyed, when asking it for
    // its viewport is no longer valid (UBSan: not a QAbstractScrollArea any more).
    QWidget *m_viewport;
    int m_count = 0;
};
