#include "ui/IndexDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kDescendingRole = Qt::UserRole + 1;
constexpr int kFieldRole = Qt::UserRole + 2;
} // namespace

IndexDialog::IndexDialog(const QString &className, const QStringList &fields, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_fields(new QListWidget(this))
    , m_keys(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("indexDialog"));
    setWindowTitle(tr("New index of %1").arg(className));
    m_name->setObjectName(QStringLiteral("indexNameLineEdit"));
    m_fields->setObjectName(QStringLiteral("availableFieldsListWidget"));
    m_keys->setObjectName(QStringLiteral("keysListWidget"));
    m_problem->setObjectName(QStringLiteral("indexProblemLabel"));
    m_problem->setWordWrap(true);
    m_fields->addItems(fields);

    auto *ascending = new QPushButton(tr("Add ascending"), this);
    ascending->setObjectName(QStringLiteral("addAscendingPushButton"));
    auto *descending = new QPushButton(tr("Add descending"), this);
    descending->setObjectName(QStringLiteral("addDescendingPushButton"));
    auto *up = new QPushButton(tr("Up"), this);
    up->setObjectName(QStringLiteral("keyUpPushButton"));
    auto *down = new QPushButton(tr("Down"), this);
    down->setObjectName(QStringLiteral("keyDownPushButton"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeKeyPushButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));

    auto *nameLabel = new QLabel(tr("Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *fieldsLabel = new QLabel(tr("Fields of %1:").arg(className), this);
    fieldsLabel->setBuddy(m_fields);
    auto *keysLabel = new QLabel(tr("Indexed, in this order:"), this);
    keysLabel->setBuddy(m_keys);
    auto *note =
        new QLabel(tr("On PostgreSQL every column is ascending whatever is chosen here, and an index "
                      "name is shared by all classes; on MongoDB directions are kept and names are "
                      "per class."),
                   this);
    note->setObjectName(QStringLiteral("indexEngineNoteLabel"));
    note->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(fieldsLabel, 0, 0);
    grid->addWidget(keysLabel, 0, 2);
    grid->addWidget(m_fields, 1, 0);
    auto *middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(ascending);
    middle->addWidget(descending);
    middle->addStretch(1);
    grid->addLayout(middle, 1, 1);
    grid->addWidget(m_keys, 1, 2);
    auto *order = new QHBoxLayout;
    order->addStretch(1);
    order->addWidget(up);
    order->addWidget(down);
    order->addWidget(remove);
    grid->addLayout(order, 2, 2);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addLayout(grid, 1);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 460);

    connect(m_name, &QLineEdit::textChanged, this, &IndexDialog::update);
    connect(ascending, &QPushButton::clicked, this, [this] {
        if (m_fields->currentItem())
            addKey(m_fields->currentItem()->text(), false);
    });
    connect(descending, &QPushButton::clicked, this, [this] {
        if (m_fields->currentItem())
            addKey(m_fields->currentItem()->text(), true);
    });
    connect(m_fields, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { addKey(item->text(), false); });
    connect(up, &QPushButton::clicked, this, [this] { moveKey(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveKey(1); });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_keys->currentItem();
        update();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

void IndexDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void IndexDialog::addKey(const QString &field, bool descending)
{
    // A field indexed twice is refused by the server; the later choice of direction wins.
    for (int i = 0; i < m_keys->count(); ++i) {
        if (m_keys->item(i)->data(kFieldRole).toString() == field)
            delete m_keys->takeItem(i);
    }
    auto *item = new QListWidgetItem(
        descending ? tr("%1 descending").arg(field) : tr("%1 ascending").arg(field), m_keys);
    item->setData(kFieldRole, field);
    item->setData(kDescendingRole, descending);
    m_keys->setCurrentItem(item);
    update();
}

void IndexDialog::moveKey(int by)
{
    const int row = m_keys->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_keys->count())
        return;
    QListWidgetItem *item = m_keys->takeItem(row);
    m_keys->insertItem(to, item);
    m_keys->setCurrentItem(item);
}

ClassIndex IndexDialog::index() const
{
    ClassIndex index;
    index.name = m_name->text().trimmed();
    for (int i = 0; i < m_keys->count(); ++i)
        index.keys.append({m_keys->item(i)->data(kFieldRole).toString(),
                           m_keys->item(i)->data(kDescendingRole).toBool() ? -1 : 1});
    return index;
}

void IndexDialog::update()
{
    const QString name = m_name->text().trimmed();
    QString problem = name.isEmpty() ? QString() : ClassIndex::nameProblem(name);
    if (problem.isEmpty() && !name.isEmpty() && m_keys->count() == 0)
        problem = tr("Add at least one field.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(!name.isEmpty() && problem.isEmpty());
}
