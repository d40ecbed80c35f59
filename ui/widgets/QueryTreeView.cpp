#include "ui/widgets/QueryTreeView.h"

QueryTreeView::QueryTreeView(QWidget *parent)
    : QTreeView(parent)
{}

QModelIndex QueryTreeView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || (cursorAction != MoveNext && cursorAction != MovePrevious))
        return QTreeView::moveCursor(cursorAction, modifiers);
    const int step = cursorAction == MoveNext ? 1 : -1;
    for (int column = current.column() + step; column >= 0 && column < model()->columnCount(current.parent());
         column += step) {
        const QModelIndex cell = current.siblingAtColumn(column);
        if (cell.flags().testFlag(Qt::ItemIsEditable))
            return cell;
    }
    const QModelIndex row = QTreeView::moveCursor(cursorAction == MoveNext ? MoveDown : MoveUp, modifiers);
    return row.siblingAtColumn(cursorAction == MoveNext ? 0 : model()->columnCount(row.parent()) - 1);
}
