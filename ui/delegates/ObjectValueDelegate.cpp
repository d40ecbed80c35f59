#include "ui/delegates/ObjectValueDelegate.h"

#include "core/data/JsonText.h"
#include "core/data/ParseValue.h"
#include "core/models/ObjectTableModel.h"

#include <QDateTimeEdit>
#include <QDoubleValidator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMouseEvent>
#include <QToolTip>
#include <algorithm>

namespace {
QString typeOf(const QModelIndex &index)
{
    return index.data(ObjectTableModel::TypeRole).toString();
}

ParseValue valueOf(const QModelIndex &index)
{
    const QJsonValue json = index.data(ObjectTableModel::ValueRole).toJsonValue();
    return ParseValue::fromJson(json.isUndefined() ? QJsonValue() : json, typeOf(index));
}
QString targetOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const ObjectTableModel *>(index.model());
    return model ? model->targetClass(index.data(ObjectTableModel::FieldRole).toString()) : QString();
}
} // namespace

ObjectValueDelegate::ObjectValueDelegate(QObject *parent)
    : ToneDelegate(parent)
{}

QString ObjectValueDelegate::dateFormat() const
{
    return m_utc ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'") : QStringLiteral("yyyy-MM-dd HH:mm:ss");
}

void ObjectValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    ToneDelegate::initStyleOption(option, index);
    const QString type = typeOf(index);
    if (index.data(ObjectTableModel::PendingRole).toBool() &&
        index.data(ObjectTableModel::JsonRole).toString().contains(QLatin1String("\"__op\"")))
        return; // an operation shows as its JSON
    // Only dates and booleans show other than as their display text: other cells skip decoding the value.
    const bool dateOrBool = type == QLatin1String("Date") || type == QLatin1String("Boolean");
    const ParseValue value = dateOrBool ? valueOf(index) : ParseValue();
    if (type == QLatin1String("Date") && value.type() == ParseValue::Type::Date) {
        const QDateTime utc = value.toDateTime();
        option->text = (m_utc ? utc : utc.toLocalTime()).toString(dateFormat());
    } else if (type == QLatin1String("Boolean") && value.type() == ParseValue::Type::Bool) {
        option->features |= QStyleOptionViewItem::HasCheckIndicator;
        option->checkState = value.toBool() ? Qt::Checked : Qt::Unchecked;
        option->text.clear();
    } else if (type == QLatin1String("Relation")) {
        option->text = tr("%1 (open)").arg(option->text);
    }
}

bool ObjectValueDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    // A check box toggles with one click (or Space) instead of opening an editor.
    if (typeOf(index) == QLatin1String("Boolean") && (index.flags() & Qt::ItemIsEditable)) {
        const bool click = event->type() == QEvent::MouseButtonRelease &&
                           static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton &&
                           option.rect.contains(static_cast<QMouseEvent *>(event)->position().toPoint());
        const bool space =
            event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space;
        if (click || space)
            return model->setData(index, !valueOf(index).toBool(), Qt::EditRole);
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

QWidget *ObjectValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    const QString type = typeOf(index);
    if (type == QLatin1String("Boolean"))
        return nullptr;
    if (type == QLatin1String("Date")) {
        auto *edit = new QDateTimeEdit(parent);
        edit->setObjectName(QStringLiteral("dateCellDateTimeEdit"));
        edit->setTimeSpec(m_utc ? Qt::UTC : Qt::LocalTime);
        edit->setDisplayFormat(dateFormat());
        edit->setCalendarPopup(true);
        return edit;
    }
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("cellLineEdit"));
    if (type == QLatin1String("Number")) {
        auto *validator = new QDoubleValidator(edit);
        validator->setLocale(QLocale::c());
        edit->setValidator(validator);
    } else if (type == QLatin1String("Pointer")) {
        edit->setPlaceholderText(tr("objectId of a %1").arg(targetOf(index)));
    } else if (type == QLatin1String("GeoPoint")) {
        edit->setPlaceholderText(tr("latitude, longitude"));
    } else if (type == QLatin1String("Bytes")) {
        edit->setPlaceholderText(tr("base64, e.g. aGVsbG8= (or load a file from the context menu)"));
    } else if (type != QLatin1String("String")) {
        edit->setPlaceholderText(tr("JSON"));
    }
    return edit;
}

void ObjectValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const ParseValue value = valueOf(index);
    if (auto *date = qobject_cast<QDateTimeEdit *>(editor)) {
        const QDateTime utc =
            value.type() == ParseValue::Type::Date ? value.toDateTime() : QDateTime::currentDateTimeUtc();
        date->setDateTime(m_utc ? utc : utc.toLocalTime());
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    switch (value.type()) {
    case ParseValue::Type::Null:
        edit->clear();
        break;
    case ParseValue::Type::String:
        edit->setText(value.toString());
        break;
    case ParseValue::Type::Pointer:
        edit->setText(value.objectId());
        break;
    case ParseValue::Type::GeoPoint:
        edit->setText(QStringLiteral("%1, %2").arg(value.latitude()).arg(value.longitude()));
        break;
    case ParseValue::Type::Bytes:
        edit->setText(QString::fromLatin1(value.bytes().toBase64()));
        break;
    default:
        edit->setText(index.data(ObjectTableModel::JsonRole).toString());
    }
}

void ObjectValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    const QString type = typeOf(index);
    QJsonValue json;
    if (auto *date = qobject_cast<QDateTimeEdit *>(editor)) {
        json = ParseValue::fromDateTime(date->dateTime()).toJson();
    } else {
        const QString text = qobject_cast<QLineEdit *>(editor)->text();
        if (text.trimmed().isEmpty() && type != QLatin1String("String")) {
            json = QJsonValue::Null;
        } else if (type == QLatin1String("Pointer")) {
            json = ParseValue::pointer(targetOf(index), text.trimmed()).toJson();
        } else if (type == QLatin1String("GeoPoint")) {
            const QStringList parts = text.split(QLatin1Char(','));
            bool latOk = false;
            bool lngOk = false;
            const double lat = parts.value(0).trimmed().toDouble(&latOk);
            const double lng = parts.value(1).trimmed().toDouble(&lngOk);
            if (parts.size() != 2 || !latOk || !lngOk || qAbs(lat) > 90 || qAbs(lng) > 180) {
                QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())),
                                   tr("Expected \"latitude, longitude\" within ±90 and ±180"), editor);
                return;
            }
            json = ParseValue::geoPoint(lat, lng).toJson();
        } else if (type == QLatin1String("Bytes")) {
            const auto data = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(),
                                                             QByteArray::AbortOnBase64DecodingErrors);
            if (!data) {
                QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())),
                                   tr("Not base64: use A-Z, a-z, 0-9, + and / with = padding"), editor);
                return;
            }
            json = ParseValue::fromBytes(*data).toJson();
        } else {
            // Strings as typed; everything else is the JSON the model parses.
            model->setData(index, text, ObjectTableModel::JsonRole);
            return;
        }
    }
    model->setData(index, JsonText::compact(json), ObjectTableModel::JsonRole);
}

void ObjectValueDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const
{
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
}
