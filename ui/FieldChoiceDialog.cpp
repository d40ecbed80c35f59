#include "ui/FieldChoiceDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

FieldChoiceDialog::FieldChoiceDialog(const QString &title, const QString &text, const QStringList &fields,
                                     const QStringList &chosen, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("fieldChoiceDialog"));
    setWindowTitle(title);
    m_list->setObjectName(QStringLiteral("fieldsListWidget"));
    for (const QString &field : fields) {
        auto *item = new QListWidgetItem(field, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(field) ? Qt::Checked : Qt::Unchecked);
    }
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(360, 400);
}

QStringList FieldChoiceDialog::chosen() const
{
    QStringList fields;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            fields.append(m_list->item(i)->text());
    }
    return fields;
}

std::optional<QStringList> FieldChoiceDialog::choose(const QString &title, const QString &text,
                                                     const QStringList &fields, const QStringList &chosen,
                                                     QWidget *parent)
{
    FieldChoiceDialog dialog(title, text, fields, chosen, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}
