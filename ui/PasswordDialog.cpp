#include "ui/PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Set the password of %1").arg(username));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_problem->setObjectName(QStringLiteral("passwordProblemLabel"));
    for (QLineEdit *edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &PasswordDialog::check);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *note = new QLabel(tr("The password is sent once, with the master key, and kept nowhere: not in "
                               "the request log, the undo journal or an export. The user's other "
                               "sessions stay valid until revoked."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Repeat it:"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    check();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::check()
{
    const bool empty = m_password->text().isEmpty();
    const bool same = m_password->text() == m_repeat->text();
    m_problem->setText(empty || same ? QString() : tr("The two passwords differ."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!empty && same);
}
