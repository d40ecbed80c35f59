#include "ui/ObjectCellEditor.h"

#include "core/data/JsonText.h"
#include "core/data/ParseValue.h"
#include "core/models/ObjectTableModel.h"
#include "ui/AclDialog.h"
#include "ui/widgets/JsonEdit.h"

#include <QCursor>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QString kObjectId = QStringLiteral("objectId");

QJsonObject pointerTo(const QString &className, const QString &objectId)
{
    return ParseValue::pointer(className, objectId).toJson().toObject();
}
} // namespace

ObjectCellEditor::ObjectCellEditor(ObjectTableModel *model, QWidget *owner)
    : QObject(owner)
    , m_model(model)
    , m_owner(owner)
{}

void ObjectCellEditor::openCell(const QModelIndex &index)
{
    const QString type = index.data(ObjectTableModel::TypeRole).toString();
    const QString field = index.data(ObjectTableModel::FieldRole).toString();
    const QJsonObject row = index.data(ObjectTableModel::ObjectRole).toJsonObject();
    const ParseValue value = ParseValue::fromJson(row.value(field), type);
    const QList<std::pair<QString, QStringList>> pointed = value.pointerGroups();
    if (value.type() == ParseValue::Type::Pointer) {
        Q_EMIT openRequested(value.className(), {{kObjectId, value.objectId()}});
    } else if (pointed.size() == 1) {
        openPointed(pointed.first());
    } else if (!pointed.isEmpty()) {
        // Pointers to several classes: the user picks which ones to open.
        QMenu menu(m_owner);
        for (const auto &group : pointed)
            connect(menu.addAction(pointedText(group)), &QAction::triggered, this,
                    [this, group] { openPointed(group); });
        menu.exec(QCursor::pos());
    } else if (type == QLatin1String("Relation")) {
        const QString target = m_model->targetClass(field);
        const QJsonObject relatedTo{
            {QStringLiteral("object"), pointerTo(m_model->className(), row.value(kObjectId).toString())},
            {QStringLiteral("key"), field}};
        Q_EMIT openRequested(target, {{QStringLiteral("$relatedTo"), relatedTo}});
    } else if (value.type() == ParseValue::Type::File) {
        QDesktopServices::openUrl(QUrl(value.url()));
    } else if (type == QLatin1String("ACL")) {
        editAcl(index);
    } else if (QStringList{QStringLiteral("Array"), QStringLiteral("Object"), QStringLiteral("Polygon")}
                   .contains(type)) {
        editAsJson(index);
    }
}

QString ObjectCellEditor::pointedText(const std::pair<QString, QStringList> &group)
{
    return tr("Open the %1 %2 objects it points to").arg(group.second.size()).arg(group.first);
}

void ObjectCellEditor::openPointed(const std::pair<QString, QStringList> &group)
{
    Q_EMIT openRequested(
        group.first,
        {{kObjectId, QJsonObject{{QStringLiteral("$in"), QJsonArray::fromStringList(group.second)}}}});
}

void ObjectCellEditor::loadBytes(const QModelIndex &index)
{
    const QString path = QFileDialog::getOpenFileName(m_owner, tr("Load bytes from a file"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT statusMessage(
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_model->setData(index, JsonText::compact(ParseValue::fromBytes(file.readAll()).toJson()),
                     ObjectTableModel::JsonRole);
}

void ObjectCellEditor::saveBytes(const ParseValue &value)
{
    const QString path = QFileDialog::getSaveFileName(m_owner, tr("Save the bytes to a file"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(value.bytes()) != value.bytes().size() ||
        !file.commit())
        Q_EMIT statusMessage(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void ObjectCellEditor::editAcl(const QModelIndex &index)
{
    // An object without an ACL is open to everyone, which the editor shows as such.
    const QJsonValue current = index.data(ObjectTableModel::ValueRole).toJsonValue();
    const QJsonObject open{
        {QStringLiteral("*"), QJsonObject{{QStringLiteral("read"), true}, {QStringLiteral("write"), true}}}};
    AclDialog dialog(m_model->client(), tr("ACL of %1").arg(index.siblingAtColumn(0).data().toString()),
                     current.isObject() ? current.toObject() : open, index.flags() & Qt::ItemIsEditable,
                     m_owner);
    if (dialog.exec() == QDialog::Accepted)
        m_model->setData(index, QString::fromUtf8(QJsonDocument(dialog.acl()).toJson(QJsonDocument::Compact)),
                         ObjectTableModel::JsonRole);
}

void ObjectCellEditor::editAsJson(const QModelIndex &index)
{
    QDialog dialog(m_owner);
    dialog.setObjectName(QStringLiteral("jsonValueDialog"));
    dialog.setWindowTitle(tr("%1 of %2")
                              .arg(index.data(ObjectTableModel::FieldRole).toString(),
                                   index.siblingAtColumn(0).data().toString()));
    auto *layout = new QVBoxLayout(&dialog);
    auto *edit = new JsonEdit(&dialog);
    edit->setObjectName(QStringLiteral("valueJsonEdit"));
    const JsonText::Parsed current = JsonText::parse(
        QStringLiteral("[%1]").arg(index.data(ObjectTableModel::JsonRole).toString()).toUtf8());
    edit->setJsonValue(current.ok() ? current.document.array().first() : QJsonValue());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("valueDialogButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(index.flags() & Qt::ItemIsEditable);
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("valueErrorLabel"));
    error->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(edit);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, edit, error] {
        const JsonText::Parsed parsed = edit->check();
        if (parsed.ok()) {
            dialog.accept();
            return;
        }
        // OK stays open on a mistake; it says which one instead of doing nothing.
        error->setText(
            tr("Invalid JSON at %1 — the value is not changed; fix it or press Cancel.").arg(parsed.error));
        error->show();
    });
    connect(edit, &JsonEdit::edited, error, [edit, error] {
        if (edit->check().ok())
            error->hide();
    });
    dialog.resize(520, 400);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const JsonText::Parsed parsed = edit->check();
    const QString text = parsed.document.isEmpty()
                             ? QStringLiteral("null")
                             : QString::fromUtf8(parsed.document.toJson(QJsonDocument::Compact));
    m_model->setData(index, text, ObjectTableModel::JsonRole);
}

void ObjectCellEditor::applyOperation(const QModelIndex &index, const QString &op)
{
    const QString field = index.data(ObjectTableModel::FieldRole).toString();
    QJsonObject operation{{QStringLiteral("__op"), op}};
    bool ok = true;
    if (op == QLatin1String("Increment")) {
        const double amount =
            QInputDialog::getDouble(m_owner, tr("Increment %1").arg(field),
                                    tr("Amount (negative to decrease):"), 1, -1e15, 1e15, 6, &ok);
        operation.insert(QStringLiteral("amount"), amount);
    } else if (op != QLatin1String("Delete")) {
        const QString items = QInputDialog::getText(m_owner, tr("%1 to %2").arg(op, field),
                                                    tr("Items, as JSON separated by commas (e.g. \"a\", 2):"),
                                                    QLineEdit::Normal, {}, &ok);
        const std::optional<QJsonArray> parsed = JsonText::parseItems(items);
        if (ok && !parsed) {
            Q_EMIT statusMessage(tr("Not applied: the items are not valid JSON"));
            return;
        }
        if (parsed)
            operation.insert(QStringLiteral("objects"), *parsed);
    }
    if (ok)
        m_model->applyOperation(index, operation);
}
