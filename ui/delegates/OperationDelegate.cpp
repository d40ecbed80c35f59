#include "ui/delegates/OperationDelegate.h"

#include "core/models/BatchModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QToolTip>

OperationDelegate::OperationDelegate(QObject *parent)
    : ToneDelegate(parent)
    , m_paths(new QStringListModel(this))
{}

void OperationDelegate::setPathCompletions(const QStringList &paths)
{
    m_paths->setStringList(paths);
}

QWidget *OperationDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.column() == BatchModel::Method) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("methodComboBox"));
        combo->addItems(
            {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE")});
        return combo;
    }
    auto *edit = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
    if (edit && index.column() == BatchModel::Path) {
        edit->setObjectName(QStringLiteral("pathLineEdit"));
        auto *completer = new QCompleter(m_paths, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    } else if (edit && index.column() == BatchModel::Body) {
        edit->setObjectName(QStringLiteral("bodyLineEdit"));
    }
    return edit;
}

void OperationDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(index.data(Qt::EditRole).toString());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void OperationDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    const QVariant value = qobject_cast<QComboBox *>(editor)
                               ? QVariant(qobject_cast<QComboBox *>(editor)->currentText())
                               : QVariant(qobject_cast<QLineEdit *>(editor)->text());
    if (model->setData(index, value))
        return;
    const QString why = index.column() == BatchModel::Path
                            ? tr("A path starts with / and has no query, e.g. /classes/Room or /users/abc")
                            : tr("The body must be a JSON object, e.g. {\"visits\": 1}, or empty");
    QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), why, editor);
}
