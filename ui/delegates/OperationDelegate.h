#pragma once

#include "ui/ToneDelegate.h"

#include <QStringListModel>

// Editors for the batch operations table: a combo box for the method, a path line edit that completes
// class routes and objectIds, a line edit for the compact JSON body. An edit the model refuses is
// explained at the cell instead of vanishing.
class OperationDelegate final : public ToneDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationDelegate)

public:
    explicit OperationDelegate(QObject *parent = nullptr);

    void setPathCompletions(const QStringList &paths);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringListModel *m_paths;
};
