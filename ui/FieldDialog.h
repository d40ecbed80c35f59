#pragma once

#include <QDialog>
#include <QJsonObject>

class FieldFormModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

// A new field for a class: its name (checked as Parse checks it), type, target class for a Pointer or a
// Relation, whether it is required, and a default value typed for the type (the objects form's editors).
class FieldDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldDialog)

public:
    FieldDialog(const QString &className, const QStringList &classNames, QWidget *parent = nullptr);

    QString name() const;
    // What PUT /schemas/CLASS takes under fields.NAME: type, targetClass, required, defaultValue.
    QJsonObject field() const;

private:
    void typeChanged();
    void update();

    QString m_className;
    FieldFormModel *m_default; // one row: the new field, ticked when it has a default
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_target;
    QCheckBox *m_required;
    QTableView *m_defaultTable;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
