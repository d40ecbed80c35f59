#include "ui/BatchSendConfirmation.h"

#include "core/batch/OperationBuilder.h"
#include "core/models/BatchModel.h"
#include "core/net/ServerProfile.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

std::optional<QList<int>> BatchSendConfirmation::ask(QWidget *parent, const BatchModel &model,
                                                     const ServerProfile &profile, const QList<int> &rows)
{
    const std::optional<QList<int>> confirmed = confirmRepeats(parent, model, rows);
    if (!confirmed || !confirmDestructive(parent, model, profile, *confirmed))
        return std::nullopt;
    return confirmed;
}

std::optional<QList<int>> BatchSendConfirmation::confirmRepeats(QWidget *parent, const BatchModel &model,
                                                                const QList<int> &rows)
{
    QList<int> others;
    for (const int row : rows) {
        if (model.index(row, 0).data(BatchModel::OutcomeRole).toInt() !=
            int(BatchModel::OutcomeKind::Success))
            others << row;
    }
    const int repeats = int(rows.size() - others.size());
    if (repeats == 0)
        return rows;
    QMessageBox box(QMessageBox::Question, tr("Send again?"),
                    tr("%n of these operations succeeded already and would run again: a create makes "
                       "another object, an increment counts twice, a delete fails.",
                       "", repeats),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("repeatMessageBox"));
    QPushButton *all = box.addButton(tr("Send all %n", "", int(rows.size())), QMessageBox::AcceptRole);
    all->setObjectName(QStringLiteral("sendAllAgainButton"));
    QPushButton *rest = nullptr;
    if (!others.isEmpty()) {
        rest = box.addButton(tr("Send only the other %n", "", int(others.size())), QMessageBox::AcceptRole);
        rest->setObjectName(QStringLiteral("sendOthersButton"));
        box.setDefaultButton(rest);
    } else {
        box.setDefaultButton(QMessageBox::Cancel);
    }
    box.exec();
    if (box.clickedButton() == all)
        return rows;
    if (rest && box.clickedButton() == rest)
        return others;
    return std::nullopt;
}

bool BatchSendConfirmation::confirmDestructive(QWidget *parent, const BatchModel &model,
                                               const ServerProfile &profile, const QList<int> &rows)
{
    // On every profile, as the class browser's delete: a batch deletes many objects at once.
    QStringList classes;
    int deletes = 0;
    for (const int row : rows) {
        const BatchOperation op = model.operation(row);
        if (op.method.compare(QLatin1String("DELETE"), Qt::CaseInsensitive) != 0)
            continue;
        ++deletes;
        const OperationBuilder::Target target = OperationBuilder::targetOf(op.path);
        const QString name = target.isValid() ? target.className : op.path;
        if (!classes.contains(name))
            classes << name;
    }
    if (deletes == 0)
        return true;
    classes.sort();
    const QString expected = classes.join(QStringLiteral(", "));
    const QString title = profile.production ? tr("Delete on production") : tr("Delete objects");
    bool ok = false;
    const QString typed = QInputDialog::getText(
        parent, title,
        tr("%n operation(s) delete objects of %1 on %2. The undo journal keeps a copy: View → Undo "
           "journal can re-create deleted objects.\n\nType %1 to send.",
           "", deletes)
            .arg(expected, profile.name),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return false;
    if (typed.trimmed() != expected) {
        QMessageBox::information(parent, title,
                                 tr("Nothing was sent: \"%1\" is not \"%2\".").arg(typed, expected));
        return false;
    }
    return true;
}
