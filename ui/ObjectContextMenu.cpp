#include "ui/ObjectContextMenu.h"

#include "core/data/Csv.h"
#include "core/data/ParseValue.h"
#include "core/models/ObjectTableModel.h"
#include "ui/ObjectCellEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QTableView>
#include <algorithm>

ObjectContextMenu::ObjectContextMenu(QTableView *view, ObjectCellEditor *cells, QWidget *owner)
    : QObject(owner)
    , m_view(view)
    , m_cells(cells)
    , m_owner(owner)
{}

void ObjectContextMenu::show(const QPoint &pos)
{
    showFor(m_view->indexAt(pos), m_view->viewport()->mapToGlobal(pos));
}

void ObjectContextMenu::showFor(const QModelIndex &index, const QPoint &global)
{
    if (!index.isValid())
        return;
    const QString type = index.data(ObjectTableModel::TypeRole).toString();
    const bool editable = index.flags() & Qt::ItemIsEditable;
    const ParseValue value =
        ParseValue::fromJson(index.data(ObjectTableModel::ObjectRole)
                                 .toJsonObject()
                                 .value(index.data(ObjectTableModel::FieldRole).toString()),
                             type);
    QMenu menu(m_owner);
    const auto add = [&menu](const QString &text, const QString &name, bool enabled) {
        QAction *action = menu.addAction(text);
        action->setObjectName(name);
        action->setEnabled(enabled);
        return action;
    };
    // Which value wins where an edit met a newer one on the server: for the selection, or this cell.
    const auto *table = qobject_cast<const ObjectTableModel *>(index.model());
    QModelIndexList contested = m_view->selectionModel()->selectedIndexes();
    if (!contested.contains(index))
        contested = {index};
    contested.removeIf([table](const QModelIndex &cell) { return !table || !table->isContested(cell); });
    QAction *keepMine = contested.isEmpty() ? nullptr
                                            : add(tr("Keep mine (write it over the server's)"),
                                                  QStringLiteral("keepMineAction"), m_writable);
    QAction *takeTheirs =
        contested.isEmpty() ? nullptr
                            : add(tr("Take theirs (drop my edit)"), QStringLiteral("takeTheirsAction"), true);
    if (!contested.isEmpty())
        menu.addSeparator();
    QAction *open = nullptr;
    if (value.type() == ParseValue::Type::Pointer)
        open = add(tr("Open %1").arg(value.displayText()), QStringLiteral("openPointerAction"), true);
    else if (type == QLatin1String("Relation"))
        open = add(tr("Open related objects"), QStringLiteral("openRelationAction"), true);
    else if (value.type() == ParseValue::Type::File)
        open = add(tr("Open file"), QStringLiteral("openFileAction"), true);
    QList<std::pair<QAction *, std::pair<QString, QStringList>>> pointed;
    for (const auto &group : value.pointerGroups())
        pointed.append(
            {add(ObjectCellEditor::pointedText(group), QStringLiteral("openPointedAction"), true), group});
    const bool bytes = type == QLatin1String("Bytes");
    QAction *loadBytesAction =
        bytes ? add(tr("Load bytes from a file…"), QStringLiteral("loadBytesAction"), editable) : nullptr;
    QAction *saveBytesAction = bytes ? add(tr("Save the bytes to a file…"), QStringLiteral("saveBytesAction"),
                                           value.type() == ParseValue::Type::Bytes)
                                     : nullptr;
    QAction *json = add(tr("Edit as JSON…"), QStringLiteral("editJsonAction"), editable);
    QAction *copy = add(tr("Copy"), QStringLiteral("copyCellsAction"), true);
    copy->setShortcut(QKeySequence::Copy);
    menu.addSeparator();
    const bool number = type == QLatin1String("Number");
    const bool array = type == QLatin1String("Array");
    QList<std::pair<QAction *, QString>> ops{
        {add(tr("Increment…"), QStringLiteral("incrementAction"), editable && number),
         QStringLiteral("Increment")},
        {add(tr("Add items…"), QStringLiteral("addItemsAction"), editable && array), QStringLiteral("Add")},
        {add(tr("Add unique items…"), QStringLiteral("addUniqueAction"), editable && array),
         QStringLiteral("AddUnique")},
        {add(tr("Remove items…"), QStringLiteral("removeItemsAction"), editable && array),
         QStringLiteral("Remove")},
        {add(tr("Unset"), QStringLiteral("unsetAction"), editable), QStringLiteral("Delete")}};
    menu.addSeparator();
    // For many rows at once: what the cell operations above do to one cell, and more.
    QAction *bulk = add(tr("Edit selected rows…"), QStringLiteral("bulkEditAction"), m_writable);
    QAction *duplicate =
        add(tr("Duplicate selected rows"), QStringLiteral("duplicateRowsAction"), m_writable);
    // A function may write: not on a read-only connection either.
    QAction *rowScript = add(tr("Run Cloud Code for each…"), QStringLiteral("rowScriptAction"), m_writable);
    QAction *chosen = menu.exec(global);
    if (!chosen)
        return;
    if (chosen == keepMine)
        Q_EMIT keepMineRequested(contested);
    else if (chosen == takeTheirs)
        Q_EMIT takeTheirsRequested(contested);
    else if (chosen == bulk)
        Q_EMIT bulkEditRequested();
    else if (chosen == duplicate)
        Q_EMIT duplicateRequested();
    else if (chosen == rowScript)
        Q_EMIT rowScriptRequested();
    else if (chosen == open)
        m_cells->openCell(index);
    else if (chosen == loadBytesAction)
        m_cells->loadBytes(index);
    else if (chosen == saveBytesAction)
        m_cells->saveBytes(value);
    else if (chosen == json)
        m_cells->editAsJson(index);
    else if (chosen == copy)
        copySelection();
    for (const auto &[action, group] : pointed) {
        if (chosen == action)
            m_cells->openPointed(group);
    }
    for (const auto &[action, op] : ops) {
        if (chosen == action)
            m_cells->applyOperation(index, op);
    }
}

void ObjectContextMenu::copySelection() const
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return;
    std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    // Tab-separated rows, as spreadsheets paste them; the text is what the cell shows (no keys are in it).
    // A spreadsheet runs a pasted cell starting with = + - @ as a formula: text gets a leading ' as in every
    // CSV ParseDesk writes (numbers stay numbers).
    QString text;
    int row = cells.first().row();
    QStringList line;
    for (const QModelIndex &cell : cells) {
        if (cell.row() != row) {
            text += line.join(QLatin1Char('\t')) + QLatin1Char('\n');
            line.clear();
            row = cell.row();
        }
        const QString shown = cell.data().toString().replace(QLatin1Char('\t'), QLatin1Char(' '));
        line << (Csv::isPlainNumber(shown) ? shown : Csv::neutralized(shown));
    }
    text += line.join(QLatin1Char('\t'));
    QApplication::clipboard()->setText(text);
}
