#include "ui/delegates/QueryConditionDelegate.h"

#include "core/data/ParseValue.h"
#include "core/models/QueryTreeModel.h"
#include "ui/widgets/DateValueEdit.h"
#include "ui/widgets/NearValueEdit.h"
#include "ui/widgets/PointerValueEdit.h"
#include "ui/widgets/RegexValueEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPointer>
#include <QStyle>

namespace {
const QString kType = QStringLiteral("type");
const QStringList kListOps{QStringLiteral("$in"), QStringLiteral("$nin"), QStringLiteral("$all"),
                           QStringLiteral("$containedBy")};
const QStringList kValueOps{QStringLiteral("$eq"),  QStringLiteral("$ne"), QStringLiteral("$lt"),
                            QStringLiteral("$lte"), QStringLiteral("$gt"), QStringLiteral("$gte")};

struct Row
{
    QueryNode::Kind kind;
    QString field;
    QString op;
    QString type; // the field's schema type, empty when unknown
    QString targetClass;
    QJsonValue value;
    QJsonObject extras;
};

Row rowOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const QueryTreeModel *>(index.model());
    Row r;
    r.kind = QueryNode::Kind(index.data(QueryTreeModel::KindRole).toInt());
    r.field = index.siblingAtColumn(QueryTreeModel::Field).data(Qt::EditRole).toString();
    r.op = index.siblingAtColumn(QueryTreeModel::Operator).data(Qt::EditRole).toString();
    const QJsonObject spec = model ? model->schemaFields().value(r.field).toObject() : QJsonObject();
    r.type = spec.value(kType).toString();
    r.targetClass = spec.value(QLatin1String("targetClass")).toString();
    const QModelIndex value = index.siblingAtColumn(QueryTreeModel::Value);
    r.value = value.data(QueryTreeModel::ValueRole).toJsonValue();
    r.extras = value.data(QueryTreeModel::ExtrasRole).toJsonObject();
    return r;
}

enum class ValueEditor
{
    Text,
    Bool,
    Date,
    Pointer,
    Regex,
    Near
};

ValueEditor valueEditorFor(const Row &r)
{
    if (r.op == QLatin1String("$exists"))
        return ValueEditor::Bool;
    if (r.op == QLatin1String("$regex"))
        return ValueEditor::Regex;
    if (r.op == QLatin1String("$nearSphere"))
        return ValueEditor::Near;
    if (!kValueOps.contains(r.op))
        return ValueEditor::Text;
    if (r.type == QLatin1String("Date"))
        return ValueEditor::Date;
    if (r.type == QLatin1String("Boolean"))
        return ValueEditor::Bool;
    if (r.type == QLatin1String("Pointer"))
        return ValueEditor::Pointer;
    return ValueEditor::Text;
}

// What an operand looks like, shown while the value is still empty.
QString exampleFor(const QString &op)
{
    static const QHash<QString, QString> examples{
        {QStringLiteral("$in"), QStringLiteral("[\"a\", \"b\"]")},
        {QStringLiteral("$nin"), QStringLiteral("[\"a\", \"b\"]")},
        {QStringLiteral("$all"), QStringLiteral("[\"a\", \"b\"]")},
        {QStringLiteral("$containedBy"), QStringLiteral("[\"a\", \"b\"]")},
        {QStringLiteral("$select"),
         QStringLiteral("{\"query\": {\"className\": \"Room\", \"where\": {}}, \"key\": \"roomName\"}")},
        {QStringLiteral("$dontSelect"),
         QStringLiteral("{\"query\": {\"className\": \"Room\", \"where\": {}}, \"key\": \"roomName\"}")},
        {QStringLiteral("$inQuery"), QStringLiteral("{\"className\": \"Room\", \"where\": {}}")},
        {QStringLiteral("$notInQuery"), QStringLiteral("{\"className\": \"Room\", \"where\": {}}")},
        {QStringLiteral("$relatedTo"),
         QStringLiteral(
             "{\"object\": {\"__type\": \"Pointer\", \"className\": \"Room\", \"objectId\": \"…\"}, "
             "\"key\": \"members\"}")},
        {QStringLiteral("$within"),
         QStringLiteral("{\"$box\": [{\"__type\": \"GeoPoint\", \"latitude\": 0, \"longitude\": 0}, "
                        "{\"__type\": \"GeoPoint\", \"latitude\": 1, \"longitude\": 1}]}")},
        {QStringLiteral("$geoWithin"),
         QStringLiteral("{\"$centerSphere\": [[longitude, latitude], radians]}")},
        {QStringLiteral("$geoIntersects"),
         QStringLiteral("{\"$point\": {\"__type\": \"GeoPoint\", \"latitude\": 0, \"longitude\": 0}}")},
        {QStringLiteral("$text"), QStringLiteral("{\"$search\": {\"$term\": \"words\"}}")},
    };
    return examples.value(op);
}

QString compactJson(const QJsonValue &v)
{
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// The value as people read it: dates in local time, pointers as Class:id, companions spelled out.
QString describe(const Row &r)
{
    static constexpr double kEarthKm = 6371.0;
    const QString relative = r.value.toObject().value(QLatin1String("$relativeTime")).toString();
    QString text = !relative.isEmpty()  ? relative
                   : r.value.isString() ? r.value.toString()
                                        : ParseValue::fromJson(r.value).displayText();
    if (ParseValue::fromJson(r.value).type() == ParseValue::Type::Date)
        text += QStringLiteral(" ") + QueryConditionDelegate::tr("(local)");
    const QString options = r.extras.value(QLatin1String("$options")).toString();
    if (!options.isEmpty())
        text = QStringLiteral("/%1/%2").arg(text, options);
    if (r.extras.contains(QLatin1String("$maxDistance")))
        text += QueryConditionDelegate::tr(" within %L1 km")
                    .arg(r.extras.value(QLatin1String("$maxDistance")).toDouble() * kEarthKm, 0, 'g', 6);
    else if (!r.extras.isEmpty() && r.op == QLatin1String("$nearSphere"))
        text += QStringLiteral(" ") + compactJson(r.extras);
    return text;
}

QComboBox *boolCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(QStringLiteral("true"), true);
    combo->addItem(QStringLiteral("false"), false);
    return combo;
}
} // namespace

QueryConditionDelegate::QueryConditionDelegate(QObject *parent)
    : ToneDelegate(parent)
{}

QWidget *QueryConditionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    const Row r = rowOf(index);
    QWidget *editor = nullptr;
    if (r.kind == QueryNode::Kind::Group) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("AND: all of"), QStringLiteral("AND"));
        combo->addItem(tr("OR: any of"), QStringLiteral("OR"));
        combo->addItem(tr("NOR: none of"), QStringLiteral("NOR"));
        combo->setObjectName(QStringLiteral("groupOpEditorComboBox"));
        editor = combo;
    } else if (r.kind == QueryNode::Kind::Raw) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    } else if (index.column() == QueryTreeModel::Field) {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        const auto *model = qobject_cast<const QueryTreeModel *>(index.model());
        QStringList fields = model ? model->schemaFields().keys() : QStringList();
        fields.sort(Qt::CaseInsensitive);
        for (const QString &field : std::as_const(fields)) {
            combo->addItem(field);
            combo->setItemData(combo->count() - 1,
                               model->schemaFields().value(field).toObject().value(kType).toString(),
                               Qt::ToolTipRole);
        }
        combo->lineEdit()->setPlaceholderText(tr("field or dot.path"));
        combo->setObjectName(QStringLiteral("fieldEditorComboBox"));
        editor = combo;
    } else if (index.column() == QueryTreeModel::Operator) {
        auto *combo = new QComboBox(parent);
        QStringList ops = QueryTreeModel::operatorsFor(r.type);
        if (!ops.contains(r.op))
            ops.append(r.op);
        for (const QString &op : std::as_const(ops))
            combo->addItem(QueryNode::operatorLabel(op), op);
        combo->setMaxVisibleItems(int(ops.size()));
        combo->setObjectName(QStringLiteral("operatorEditorComboBox"));
        editor = combo;
    } else {
        switch (valueEditorFor(r)) {
        case ValueEditor::Bool:
            editor = boolCombo(parent);
            editor->setObjectName(QStringLiteral("valueEditorComboBox"));
            break;
        case ValueEditor::Date:
            editor = new DateValueEdit(parent);
            editor->setObjectName(QStringLiteral("valueEditorDateValueEdit"));
            break;
        case ValueEditor::Pointer:
            editor = new PointerValueEdit(parent);
            editor->setObjectName(QStringLiteral("valueEditorPointerValueEdit"));
            break;
        case ValueEditor::Regex:
            editor = new RegexValueEdit(parent);
            editor->setObjectName(QStringLiteral("valueEditorRegexValueEdit"));
            break;
        case ValueEditor::Near:
            editor = new NearValueEdit(parent);
            editor->setObjectName(QStringLiteral("valueEditorNearValueEdit"));
            break;
        case ValueEditor::Text: {
            auto *edit = new QLineEdit(parent);
            const QString example = exampleFor(r.op);
            edit->setPlaceholderText(example.isEmpty() ? tr("a value; JSON for lists and objects") : example);
            edit->setToolTip(example.isEmpty() ? QString() : tr("For example: %1").arg(example));
            edit->setObjectName(QStringLiteral("valueEditorLineEdit"));
            editor = edit;
            break;
        }
        }
        if (!qobject_cast<QLineEdit *>(editor) && !qobject_cast<QComboBox *>(editor))
            commitWhenFocusLeaves(editor, index);
    }
    return editor;
}

// The date, pointer, regex and near editors hold several fields. QStyledItemDelegate commits when focus
// leaves the editor itself; focus leaving from one of its fields is caught here.
void QueryConditionDelegate::commitWhenFocusLeaves(QWidget *editor, const QModelIndex &index) const
{
    // commitData and closeEditor are signals, hence not const; createEditor() is.
    auto *self = const_cast<QueryConditionDelegate *>(this);
    const QPointer<QAbstractItemView> view =
        qobject_cast<QAbstractItemView *>(editor->parentWidget()->parentWidget());
    const QPersistentModelIndex cell(index);
    connect(qApp, &QApplication::focusChanged, editor, [self, editor, view, cell](QWidget *, QWidget *now) {
        // Not for another application's focus, nor for an editor the view has closed already.
        if (!now || !view || view->indexWidget(cell) != editor)
            return;
        for (const QWidget *w = now; w; w = w->parentWidget()) {
            if (w == editor)
                return; // within the editor, or one of its popups (calendar, unit list)
        }
        Q_EMIT self->commitData(editor);
        Q_EMIT self->closeEditor(editor, QAbstractItemDelegate::NoHint);
    });
}

void QueryConditionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const Row r = rowOf(index);
    if (r.kind == QueryNode::Kind::Group) {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(
            combo->findData(index.siblingAtColumn(QueryTreeModel::Field).data().toString()));
    } else if (auto *date = qobject_cast<DateValueEdit *>(editor)) {
        date->setValue(r.value);
    } else if (auto *pointer = qobject_cast<PointerValueEdit *>(editor)) {
        pointer->setValue(r.value, r.targetClass);
    } else if (auto *regex = qobject_cast<RegexValueEdit *>(editor)) {
        regex->setPattern(r.value.toString(), r.extras.value(QLatin1String("$options")).toString());
    } else if (auto *near = qobject_cast<NearValueEdit *>(editor)) {
        near->setValue(r.value, r.extras);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable())
            combo->setCurrentText(r.field);
        else if (index.column() == QueryTreeModel::Operator)
            combo->setCurrentIndex(combo->findData(r.op));
        else
            combo->setCurrentIndex(r.value.toBool(true) ? 0 : 1);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void QueryConditionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                          const QModelIndex &index) const
{
    const Row r = rowOf(index);
    if (r.kind == QueryNode::Kind::Group) {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
    } else if (auto *date = qobject_cast<DateValueEdit *>(editor)) {
        model->setData(index, date->value(), QueryTreeModel::ValueRole);
    } else if (auto *pointer = qobject_cast<PointerValueEdit *>(editor)) {
        model->setData(index, pointer->value(), QueryTreeModel::ValueRole);
    } else if (auto *regex = qobject_cast<RegexValueEdit *>(editor)) {
        // Read the whole editor first: the first setData() refreshes it from the model.
        const QString pattern = regex->pattern();
        QJsonObject extras;
        if (!regex->options().isEmpty())
            extras.insert(QStringLiteral("$options"), regex->options());
        model->setData(index, pattern, QueryTreeModel::ValueRole);
        model->setData(index, extras, QueryTreeModel::ExtrasRole);
    } else if (auto *near = qobject_cast<NearValueEdit *>(editor)) {
        const QJsonValue point = near->point();
        const QJsonObject extras = near->extras();
        model->setData(index, point, QueryTreeModel::ValueRole);
        model->setData(index, extras, QueryTreeModel::ExtrasRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable()) {
            model->setData(index, combo->currentText());
            // An operator that doesn't fit the new field's type starts over at "equals".
            const Row changed = rowOf(index);
            if (!QueryTreeModel::operatorsFor(changed.type).contains(changed.op))
                model->setData(index.siblingAtColumn(QueryTreeModel::Operator), QStringLiteral("$eq"));
        } else if (index.column() == QueryTreeModel::Operator) {
            const QString op = combo->currentData().toString();
            if (op == r.op)
                return;
            model->setData(index, op);
            // Keep what was typed where the new operator can use it: one value becomes a one-item list.
            const QModelIndex value = index.siblingAtColumn(QueryTreeModel::Value);
            const bool empty = r.value.isString() && r.value.toString().isEmpty();
            if (kListOps.contains(op) && !r.value.isArray())
                model->setData(value, empty ? QJsonArray() : QJsonArray{r.value}, QueryTreeModel::ValueRole);
            else if (op == QLatin1String("$exists") && !r.value.isBool())
                model->setData(value, true, QueryTreeModel::ValueRole);
            else if (kListOps.contains(r.op) && r.value.isArray() && r.value.toArray().size() == 1 &&
                     kValueOps.contains(op))
                model->setData(value, r.value.toArray().first(), QueryTreeModel::ValueRole);
        } else {
            model->setData(index, combo->currentData().toBool(), QueryTreeModel::ValueRole);
        }
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void QueryConditionDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                  const QModelIndex &) const
{
    // Compound editors need more room than a narrow cell; they may reach over the next column.
    QRect rect = option.rect;
    rect.setWidth(qMax(rect.width(), editor->sizeHint().width()));
    rect.setHeight(qMax(rect.height(), editor->sizeHint().height()));
    editor->setGeometry(rect);
}

void QueryConditionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    ToneDelegate::initStyleOption(option, index);
    const Row r = rowOf(index);
    if (r.kind == QueryNode::Kind::Group && index.column() == QueryTreeModel::Field)
        option->font.setBold(true);
    if (r.kind == QueryNode::Kind::Condition && index.column() == QueryTreeModel::Value) {
        option->text = describe(r);
        if (r.value.isString() && r.value.toString().isEmpty()) {
            option->text = tr("(empty)");
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
    }
    if (index.column() == QueryTreeModel::Field && !index.data(QueryTreeModel::IssueRole).isNull()) {
        const bool error =
            index.data(QueryTreeModel::SeverityRole).toInt() == int(QueryValidator::Issue::Severity::Error);
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon =
            style->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    if (r.kind == QueryNode::Kind::Condition && index.column() == QueryTreeModel::Field &&
        r.field.isEmpty() && r.op != QLatin1String("$relatedTo")) {
        option->text = tr("(choose a field)");
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}
