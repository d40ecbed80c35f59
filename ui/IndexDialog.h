#pragma once

#include "core/data/ClassIndex.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// A new index of a class: its name (checked as typed) and its fields in order, each ascending or
// descending, picked from the class's fields.
class IndexDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexDialog)

public:
    IndexDialog(const QString &className, const QStringList &fields, QWidget *parent = nullptr);

    ClassIndex index() const;
    // For tests and keyboard users alike: what the buttons do.
    void setName(const QString &name);
    void addKey(const QString &field, bool descending);

private:
    void update();
    void moveKey(int by);

    QLineEdit *m_name;
    QListWidget *m_fields;
    QListWidget *m_keys;
    QLabel *m_problem;
    QPushButton *m_ok;
};
