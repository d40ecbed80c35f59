#pragma once

#include "ui/ToneDelegate.h"

// Shows and edits the cells of an ObjectTableModel by their schema type: dates in local time or UTC,
// booleans as a check box, numbers, pointers (objectId of the target class), geo points as "lat, lng",
// and the structured types (Array, Object, ACL, Polygon, Bytes) as compact JSON. Edits reach the model as
// Parse JSON, so a date is sent as a Parse Date, not a string.
class ObjectValueDelegate final : public ToneDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectValueDelegate)

public:
    explicit ObjectValueDelegate(QObject *parent = nullptr);

    void setUtc(bool utc) { m_utc = utc; }
    bool isUtc() const { return m_utc; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // At least as wide as the editor needs: a date column sized to its shown text cut off the seconds.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    QString dateFormat() const;

    bool m_utc = false;
};
