#pragma once

#include "ui/ToneDelegate.h"

// Editors for the rows of a QueryTreeModel, fitted to the field's schema type: the class's fields, the
// operators that make sense for the field (by their labels), and a value editor for the operator (a
// date in local time or UTC, a pointer, a regex with its flags, a point and distance, true/false, or
// JSON text). Shows dates, pointers and companions readably, and marks rows with validation issues.
class QueryConditionDelegate final : public ToneDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryConditionDelegate)

public:
    explicit QueryConditionDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void commitWhenFocusLeaves(QWidget *editor, const QModelIndex &index) const;
};
