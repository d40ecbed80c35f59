#include "ui/delegates/FieldValueDelegate.h"

#include "core/models/FieldFormModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QToolTip>

FieldValueDelegate::FieldValueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *FieldValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &index) const
{
    const QString type = index.data(FieldFormModel::FieldTypeRole).toString();
    if (type == QLatin1String("Boolean")) {
        auto *combo = new QComboBox(parent);
        combo->addItems({QStringLiteral("true"), QStringLiteral("false")});
        return combo;
    }
    if (type == QLatin1String("Date")) {
        auto *edit = new QDateTimeEdit(parent);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        edit->setCalendarPopup(true);
        return edit;
    }
    auto *edit = new QLineEdit(parent);
    if (type == QLatin1String("Number")) {
        auto *validator = new QDoubleValidator(edit);
        validator->setLocale(QLocale::c());
        edit->setValidator(validator);
        edit->setPlaceholderText(tr("a number"));
    } else if (type == QLatin1String("Pointer")) {
        edit->setPlaceholderText(
            tr("objectId of a %1").arg(index.data(FieldFormModel::TargetClassRole).toString()));
    } else if (type == QLatin1String("GeoPoint")) {
        edit->setPlaceholderText(tr("latitude, longitude"));
    } else if (type == QLatin1String("Array")) {
        edit->setPlaceholderText(tr("JSON items, e.g. \"a\", 2"));
    } else if (type != QLatin1String("String")) {
        edit->setPlaceholderText(tr("JSON"));
    }
    return edit;
}

void FieldValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(value.toBool() ? 0 : 1);
    else if (auto *date = qobject_cast<QDateTimeEdit *>(editor))
        date->setDateTime(value.toDateTime().toUTC());
    else
        qobject_cast<QLineEdit *>(editor)->setText(value.toString());
}

void FieldValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        value = combo->currentIndex() == 0;
    else if (auto *date = qobject_cast<QDateTimeEdit *>(editor))
        value = date->dateTime();
    else
        value = qobject_cast<QLineEdit *>(editor)->text();
    if (model->setData(index, value))
        return;
    if (auto *form = qobject_cast<FieldFormModel *>(model))
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), form->lastError(), editor);
}
