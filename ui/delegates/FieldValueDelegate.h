#pragma once

#include <QStyledItemDelegate>

// Editors for field values that fit the field's schema type: a date-time editor for Date, true/false for
// Boolean, number entry for Number, and line edits with a hint for the rest (objectId, "lat, lng", JSON).
// A value the model refuses is explained at the cell.
class FieldValueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldValueDelegate)

public:
    explicit FieldValueDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
