#include "ui/OperationForm.h"
#include "ui_OperationForm.h"

#include "core/batch/OperationBuilder.h"
#include "core/models/ClassListModel.h"
#include "core/models/FieldFormModel.h"
#include "ui/QueryBuilder.h"
#include "ui/delegates/FieldValueDelegate.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>

using OperationBuilder::FieldOp;

OperationForm::OperationForm(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OperationForm>())
    , m_fields(new FieldFormModel(this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add operation"));
    m_ui->fieldsTableView->setModel(m_fields);
    m_ui->fieldsTableView->setItemDelegateForColumn(FieldFormModel::Value, new FieldValueDelegate(this));
    QHeaderView *header = m_ui->fieldsTableView->horizontalHeader();
    header->setSectionResizeMode(FieldFormModel::Field, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FieldFormModel::Type, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_ui->previewJsonEdit->setMaximumHeight(9 * fontMetrics().lineSpacing());
    m_ui->problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    for (const FieldOp op : OperationBuilder::fieldOps())
        m_ui->fieldOpComboBox->addItem(OperationBuilder::fieldOpName(op), int(op));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &OperationForm::showKind);
    connect(m_ui->classComboBox, &QComboBox::currentTextChanged, this, &OperationForm::showClass);
    connect(m_ui->fieldOpComboBox, &QComboBox::currentIndexChanged, this, &OperationForm::showFieldOpHint);
    connect(m_ui->fieldComboBox, &QComboBox::currentTextChanged, this, &OperationForm::showFieldOpHint);
    connect(m_fields, &QAbstractItemModel::dataChanged, this, &OperationForm::updatePreview);
    connect(m_fields, &QAbstractItemModel::modelReset, this, &OperationForm::updatePreview);
    for (QLineEdit *edit : {m_ui->objectIdLineEdit, m_ui->fieldOpValueLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &OperationForm::updatePreview);
    connect(m_ui->queryBuilder, &QueryBuilder::queryChanged, this, &OperationForm::updatePreview);
    showKind();
}

OperationForm::~OperationForm() = default;

void OperationForm::setClasses(const ClassListModel *classes)
{
    m_classes = classes;
    const QString current = m_ui->classComboBox->currentText();
    m_ui->classComboBox->clear();
    if (classes)
        m_ui->classComboBox->addItems(classes->classNames());
    m_ui->classComboBox->setCurrentText(current);
    showClass();
}

void OperationForm::setClient(ParseClient *client)
{
    m_ui->queryBuilder->setClient(client);
}

void OperationForm::setQuery(const QString &className, const QueryOptions &options)
{
    setKind(Kind::Query);
    setClassName(className);
    m_ui->objectIdLineEdit->clear();
    m_ui->queryBuilder->setOptions(options);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Apply to the operation"));
}

void OperationForm::setKind(Kind kind)
{
    m_ui->kindComboBox->setCurrentIndex(int(kind));
}

void OperationForm::setClassName(const QString &className)
{
    m_ui->classComboBox->setCurrentText(className);
}

OperationForm::Kind OperationForm::kind() const
{
    return Kind(m_ui->kindComboBox->currentIndex());
}

void OperationForm::showKind()
{
    const Kind k = kind();
    QWidget *page = m_ui->fieldsPage;
    if (k == Kind::Delete)
        page = m_ui->deletePage;
    else if (k == Kind::Query)
        page = m_ui->queryPage;
    else if (k == Kind::FieldOperation)
        page = m_ui->fieldOpPage;
    m_ui->kindStackedWidget->setCurrentWidget(page);
    // The query builder needs room for its tree and preview side by side.
    if (k == Kind::Query)
        resize(size().expandedTo(
            QSize(140 * fontMetrics().averageCharWidth(), 44 * fontMetrics().lineSpacing())));
    const bool idUsed = k != Kind::Create;
    m_ui->objectIdLabel->setVisible(idUsed);
    m_ui->objectIdLineEdit->setVisible(idUsed);
    m_ui->objectIdLineEdit->setPlaceholderText(k == Kind::Query ? tr("optional: read just this object")
                                                                : tr("objectId, e.g. xWMyZ4YEGZ"));
    updatePreview();
}

void OperationForm::showClass()
{
    const QString className = m_ui->classComboBox->currentText().trimmed();
    QJsonObject schema = m_classes ? m_classes->schema(className) : QJsonObject();
    if (schema.isEmpty())
        schema.insert(QStringLiteral("className"), className);
    m_fields->setSchema(schema);
    m_ui->queryBuilder->setClass(className, schema);
    const QString field = m_ui->fieldComboBox->currentText();
    m_ui->fieldComboBox->clear();
    for (const QString &name : m_fields->fieldNames()) {
        if (name != QLatin1String("objectId") && name != QLatin1String("createdAt") &&
            name != QLatin1String("updatedAt"))
            m_ui->fieldComboBox->addItem(name);
    }
    m_ui->fieldComboBox->setCurrentText(field);
    showFieldOpHint();
}

void OperationForm::showFieldOpHint()
{
    const auto op = FieldOp(m_ui->fieldOpComboBox->currentData().toInt());
    const QString field = m_ui->fieldComboBox->currentText();
    const QString target = m_fields->targetClass(field);
    QString hint;
    switch (op) {
    case FieldOp::Increment:
        hint = tr("A number to add to the field; negative subtracts. Atomic on the server.");
        break;
    case FieldOp::Add:
        hint = tr("Items to append to the array, as JSON: \"red\", 2 (a bare word is one string).");
        break;
    case FieldOp::AddUnique:
        hint = tr("Items to append unless the array has them already.");
        break;
    case FieldOp::Remove:
        hint = tr("Items to take out of the array, wherever they are.");
        break;
    case FieldOp::Delete:
        hint = tr("Removes the field from the object. No value needed.");
        break;
    case FieldOp::AddRelation:
    case FieldOp::RemoveRelation:
        hint = target.isEmpty() ? tr("The objectIds to relate, separated by commas; pick a Relation field.")
                                : tr("The objectIds of %1 objects, separated by commas.").arg(target);
        break;
    }
    m_ui->fieldOpHintLabel->setText(hint);
    m_ui->fieldOpValueLineEdit->setEnabled(op != FieldOp::Delete);
    updatePreview();
}

std::optional<BatchOperation> OperationForm::operation(QString *error) const
{
    const QString className = m_ui->classComboBox->currentText().trimmed();
    const QString objectId = m_ui->objectIdLineEdit->text().trimmed();
    if (className.isEmpty()) {
        *error = tr("Choose or type a class.");
        return std::nullopt;
    }
    const Kind k = kind();
    if ((k == Kind::Update || k == Kind::Delete || k == Kind::FieldOperation) && objectId.isEmpty()) {
        *error = tr("Type the objectId of the object to change.");
        return std::nullopt;
    }
    switch (k) {
    case Kind::Create:
        return OperationBuilder::create(className, m_fields->fields());
    case Kind::Update:
        if (m_fields->fields().isEmpty()) {
            *error = tr("Tick at least one field to change.");
            return std::nullopt;
        }
        return OperationBuilder::update(className, objectId, m_fields->fields());
    case Kind::Delete:
        return OperationBuilder::remove(className, objectId);
    case Kind::Query: {
        if (!objectId.isEmpty())
            return OperationBuilder::get(className, objectId);
        const QString reason = m_ui->queryBuilder->blockingReason();
        if (!reason.isEmpty()) {
            *error = reason;
            return std::nullopt;
        }
        return OperationBuilder::query(className, m_ui->queryBuilder->options());
    }
    case Kind::FieldOperation: {
        const QString field = m_ui->fieldComboBox->currentText().trimmed();
        if (field.isEmpty()) {
            *error = tr("Choose or type the field to change.");
            return std::nullopt;
        }
        const std::optional<QJsonObject> op = OperationBuilder::fieldOperationFromText(
            FieldOp(m_ui->fieldOpComboBox->currentData().toInt()), m_ui->fieldOpValueLineEdit->text(),
            m_fields->targetClass(field), error);
        if (!op)
            return std::nullopt;
        return OperationBuilder::update(className, objectId, {{field, *op}});
    }
    }
    return std::nullopt;
}

void OperationForm::updatePreview()
{
    QString error;
    const std::optional<BatchOperation> op = operation(&error);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(op.has_value());
    m_ui->problemLabel->setText(error);
    m_ui->problemLabel->setVisible(!error.isEmpty());
    if (!op) {
        m_ui->previewJsonEdit->setJsonText({});
        return;
    }
    BatchDocument doc;
    doc.operations.append(*op);
    // The request as it will stand in the document's "requests" array.
    const QJsonValue item =
        QJsonDocument::fromJson(doc.toJson()).object().value(QLatin1String("requests")).toArray().at(0);
    m_ui->previewJsonEdit->setJsonText(
        JsonText::indented(item, {QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("body")}));
}
