#include "ui/FieldDialog.h"

#include "core/data/ParseNames.h"
#include "core/models/FieldFormModel.h"
#include "ui/delegates/FieldValueDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
bool hasTarget(const QString &type)
{
    return type == QLatin1String("Pointer") || type == QLatin1String("Relation");
}
} // namespace

FieldDialog::FieldDialog(const QString &className, const QStringList &classNames, QWidget *parent)
    : QDialog(parent)
    , m_className(className)
    , m_default(new FieldFormModel(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_required(new QCheckBox(tr("Required: every object must have a value"), this))
    , m_defaultTable(new QTableView(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("fieldDialog"));
    setWindowTitle(tr("Add a field to %1").arg(className));
    m_name->setObjectName(QStringLiteral("fieldNameLineEdit"));
    m_type->setObjectName(QStringLiteral("fieldTypeComboBox"));
    m_target->setObjectName(QStringLiteral("targetClassComboBox"));
    m_required->setObjectName(QStringLiteral("requiredCheckBox"));
    m_defaultTable->setObjectName(QStringLiteral("defaultValueTableView"));
    m_problem->setObjectName(QStringLiteral("fieldProblemLabel"));
    m_problem->setWordWrap(true);
    m_type->addItems({QStringLiteral("String"), QStringLiteral("Number"), QStringLiteral("Boolean"),
                      QStringLiteral("Date"), QStringLiteral("Pointer"), QStringLiteral("Relation"),
                      QStringLiteral("File"), QStringLiteral("GeoPoint"), QStringLiteral("Polygon"),
                      QStringLiteral("Array"), QStringLiteral("Object"), QStringLiteral("Bytes")});
    m_target->addItems(classNames);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add field"));

    m_defaultTable->setModel(m_default);
    m_defaultTable->setItemDelegateForColumn(FieldFormModel::Value, new FieldValueDelegate(m_defaultTable));
    m_defaultTable->setColumnHidden(FieldFormModel::Type, true);
    m_defaultTable->verticalHeader()->hide();
    m_defaultTable->horizontalHeader()->setStretchLastSection(true);
    m_defaultTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_defaultTable->setFixedHeight(m_defaultTable->horizontalHeader()->sizeHint().height() +
                                   m_defaultTable->verticalHeader()->defaultSectionSize() +
                                   2 * m_defaultTable->frameWidth());

    auto *defaultNote = new QLabel(tr("Objects created without a value get the default value, if "
                                      "ticked; a value that does not fit the type is explained at the "
                                      "cell."),
                                   this);
    defaultNote->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Target class:"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_required);
    layout->addWidget(defaultNote);
    layout->addWidget(m_defaultTable);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_name, &QLineEdit::textChanged, this, &FieldDialog::update);
    connect(m_type, &QComboBox::currentTextChanged, this, &FieldDialog::typeChanged);
    connect(m_target, &QComboBox::currentTextChanged, this, &FieldDialog::typeChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    typeChanged();
}

QString FieldDialog::name() const
{
    return m_name->text().trimmed();
}

// The default's editor follows the type and target class; a value typed for another type is dropped.
void FieldDialog::typeChanged()
{
    const QString type = m_type->currentText();
    m_target->setEnabled(hasTarget(type));
    QJsonObject field{{QStringLiteral("type"), type}};
    if (hasTarget(type))
        field.insert(QStringLiteral("targetClass"), m_target->currentText());
    m_default->setSchema({{QStringLiteral("className"), m_className},
                          {QStringLiteral("fields"), QJsonObject{{tr("Default value"), field}}}});
    // Parse keeps no default for a Relation (FieldFormModel leaves relations out).
    m_defaultTable->setEnabled(m_default->rowCount() > 0);
    m_defaultTable->resizeColumnToContents(FieldFormModel::Field);
    update();
}

void FieldDialog::update()
{
    QString problem = name().isEmpty() ? QString() : ParseNames::fieldNameProblem(name());
    if (problem.isEmpty() && hasTarget(m_type->currentText()) && m_target->currentText().isEmpty())
        problem = tr("Choose the class a %1 points to.").arg(m_type->currentText());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() && problem.isEmpty());
}

QJsonObject FieldDialog::field() const
{
    const QString type = m_type->currentText();
    QJsonObject field{{QStringLiteral("type"), type}};
    if (hasTarget(type))
        field.insert(QStringLiteral("targetClass"), m_target->currentText());
    if (m_required->isChecked())
        field.insert(QStringLiteral("required"), true);
    const QJsonObject values = m_default->fields();
    if (!values.isEmpty())
        field.insert(QStringLiteral("defaultValue"), *values.begin());
    return field;
}
