#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// A new password for a user, typed twice and never shown; OK only once both agree.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    PasswordDialog(const QString &username, QWidget *parent = nullptr);

    QString password() const;

private:
    void check();

    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
