#pragma once

#include <QTreeView>

// The query builder's tree: Tab from an editor moves to the next editable cell of the same row (field,
// operator, value), then on to the next row, so a condition is typed in one go. QTreeView's own Tab
// goes straight down a column.
class QueryTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryTreeView)

public:
    explicit QueryTreeView(QWidget *parent = nullptr);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
};
