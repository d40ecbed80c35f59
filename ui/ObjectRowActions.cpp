#include "ui/ObjectRowActions.h"

#include "core/models/FieldFormModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/BulkEditDialog.h"
#include "ui/delegates/FieldValueDelegate.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

ObjectRowActions::ObjectRowActions(QTableView *view, ObjectTableModel *model, QWidget *owner)
    : QObject(owner)
    , m_view(view)
    , m_model(model)
    , m_owner(owner)
{
    connect(model, &ObjectTableModel::written, this, &ObjectRowActions::onWritten);
}

void ObjectRowActions::setProduction(bool production)
{
    m_production = production;
}

void ObjectRowActions::setClient(ParseClient *client)
{
    m_client = client;
}

QList<int> ObjectRowActions::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &cell : m_view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(cell.row()))
            rows.append(cell.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool ObjectRowActions::refuseWhilePending()
{
    // Writing whole objects reloads the table, which would drop the unsaved edits.
    if (m_model->pendingCount() == 0)
        return false;
    QMessageBox::information(
        m_owner, tr("Unsaved changes"),
        tr("Save or discard the %n changed cell(s) first.", nullptr, m_model->pendingCount()));
    return true;
}

void ObjectRowActions::addRow(const QJsonObject &schema)
{
    if (refuseWhilePending())
        return;
    QDialog dialog(m_owner);
    dialog.setObjectName(QStringLiteral("addRowDialog"));
    dialog.setWindowTitle(tr("New %1").arg(m_model->className()));
    FieldFormModel form;
    form.setSchema(schema);
    FieldValueDelegate delegate;
    auto *layout = new QVBoxLayout(&dialog);
    auto *hint =
        new QLabel(tr("Tick the fields to set and type their values; the others stay unset."), &dialog);
    auto *table = new QTableView(&dialog);
    table->setObjectName(QStringLiteral("newObjectTableView"));
    table->setModel(&form);
    table->setItemDelegateForColumn(FieldFormModel::Value, &delegate);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    // Names whole ("creatorUser", not "creatorUs…"); the value column takes what is left.
    table->resizeColumnToContents(FieldFormModel::Field);
    table->resizeColumnToContents(FieldFormModel::Type);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("newObjectButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(hint);
    layout->addWidget(table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(560, 460);
    if (dialog.exec() == QDialog::Accepted)
        m_model->createObject(form.fields());
}

void ObjectRowActions::duplicateRows(const QJsonObject &schema)
{
    const QList<int> rows = selectedRows();
    if (rows.size() > 1)
        bulkEdit(schema, BulkEdit::Kind::Duplicate);
    else if (rows.size() == 1 && !refuseWhilePending())
        m_model->duplicateRow(rows.first());
}

void ObjectRowActions::bulkEdit(const QJsonObject &schema, BulkEdit::Kind kind)
{
    if (refuseWhilePending())
        return;
    auto *dialog = new BulkEditDialog(m_client, m_model, schema, selectedRows(), kind, m_owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The table shows what the edit wrote once the dialog is closed (reloading drops the selection).
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->property("wrote").toBool())
            m_model->reload();
    });
    connect(dialog, &BulkEditDialog::written, dialog, [dialog] { dialog->setProperty("wrote", true); });
    dialog->open();
}

void ObjectRowActions::deleteRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty() || refuseWhilePending())
        return;
    const QString className = m_model->className();
    const QString question =
        tr("Delete %n object(s) of %1 from the server? A copy is kept in the undo journal.", nullptr,
           int(rows.size()))
            .arg(className);
    if (m_production) {
        bool ok = false;
        const QString typed = QInputDialog::getText(
            m_owner, tr("Delete objects on a production server"),
            question + QLatin1Char('\n') + tr("Type the class name (%1) to confirm:").arg(className),
            QLineEdit::Normal, {}, &ok);
        if (!ok || typed != className)
            return;
    } else if (QMessageBox::question(m_owner, tr("Delete objects"), question) != QMessageBox::Yes) {
        return;
    }
    m_model->deleteRows(rows);
}

void ObjectRowActions::onWritten(int succeeded, int failed, const QString &firstError, int conflicts)
{
    QString text = failed == 0 ? tr("Done: %n object(s) written.", nullptr, succeeded)
                               : tr("%1 written, %2 failed: %3").arg(succeeded).arg(failed).arg(firstError);
    if (conflicts > 0)
        text += QLatin1Char(' ') + tr("%n conflict(s): not deleted, as changed on the server since loaded; "
                                      "the table shows them as they are now.",
                                      nullptr, conflicts);
    Q_EMIT outcome(text, failed == 0 && conflicts == 0);
}
