#include "ui/BatchBodyPane.h"

#include "ui_BatchBodyPane.h"

#include "core/batch/OperationBuilder.h"
#include "core/data/QueryOptions.h"
#include "core/models/BatchModel.h"
#include "core/models/ClassListModel.h"
#include "core/net/ParseClient.h"
#include "ui/OperationForm.h"
#include "ui/ToneKeeper.h"

#include <QTableView>

BatchBodyPane::BatchBodyPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BatchBodyPane>())
{
    m_ui->setupUi(this);
    m_ui->queryBuilderPushButton->hide(); // shown for a GET on a class (showCurrent)
    QFont bold = m_ui->bodyTitleLabel->font();
    bold.setBold(true);
    m_ui->bodyTitleLabel->setFont(bold);
    ToneKeeper::apply(m_ui->bodyErrorLabel, Tone::Bad);
    connect(m_ui->bodyJsonEdit, &JsonEdit::edited, this, &BatchBodyPane::applyEdit);
    connect(m_ui->queryBuilderPushButton, &QPushButton::clicked, this, &BatchBodyPane::editQuery);
}

BatchBodyPane::~BatchBodyPane() = default;

void BatchBodyPane::setModel(BatchModel *model, QTableView *operations)
{
    m_model = model;
    m_operations = operations;
    connect(operations->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchBodyPane::showCurrent);
    // A change from elsewhere (the table, the JSON tab, a result) shows, unless it is being typed here.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last) {
                const int row = currentRow();
                if (row >= first.row() && row <= last.row() && !m_ui->bodyJsonEdit->hasFocus())
                    showCurrent();
            });
    showCurrent();
}

void BatchBodyPane::setConnection(ParseClient *client, ClassListModel *classes)
{
    m_client = client;
    m_classes = classes;
}

int BatchBodyPane::currentRow() const
{
    return m_operations ? m_operations->currentIndex().row() : -1;
}

void BatchBodyPane::showCurrent()
{
    const int row = currentRow();
    m_ui->bodyErrorLabel->clear();
    if (row < 0) {
        m_ui->bodyTitleLabel->setText(tr("Body"));
        m_ui->queryBuilderPushButton->hide();
        m_ui->bodyJsonEdit->setJsonText({});
        m_ui->bodyJsonEdit->setReadOnly(true);
        return;
    }
    const BatchOperation op = m_model->operation(row);
    m_ui->bodyTitleLabel->setText(tr("Body of #%1: %2 %3").arg(row + 1).arg(op.method, op.path));
    m_ui->bodyJsonEdit->setReadOnly(false);
    m_ui->bodyJsonEdit->setJsonValue(op.body);
    m_ui->queryBuilderPushButton->setVisible(isClassQuery(op));
}

bool BatchBodyPane::isClassQuery(const BatchOperation &op)
{
    const OperationBuilder::Target target = OperationBuilder::targetOf(op.path);
    return op.method == QLatin1String("GET") && target.isValid() && target.objectId.isEmpty();
}

void BatchBodyPane::editQuery()
{
    const QModelIndex current = m_operations->currentIndex();
    if (!current.isValid() || !isClassQuery(m_model->operation(current.row())))
        return;
    const BatchOperation op = m_model->operation(current.row());
    QString error;
    const std::optional<QueryOptions> options = QueryOptions::fromJson(op.body.toObject(), &error);
    if (!options) {
        m_ui->bodyErrorLabel->setText(tr("The query builder can't open this body: %1").arg(error));
        return;
    }
    auto *form = new OperationForm(this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowTitle(tr("Edit query #%1").arg(current.row() + 1));
    form->setClasses(m_classes);
    form->setClient(m_client);
    form->setQuery(OperationBuilder::targetOf(op.path).className, *options);
    // Follows the operation if rows are moved or removed while the form is open.
    const QPersistentModelIndex row(m_model->index(current.row(), 0));
    connect(form, &QDialog::accepted, this, [this, form, row] {
        QString error;
        const std::optional<BatchOperation> edited = form->operation(&error);
        if (!edited || !row.isValid())
            return;
        // The path keeps its mount prefix unless the form changed the class.
        if (OperationBuilder::targetOf(m_model->operation(row.row()).path).className !=
            OperationBuilder::targetOf(edited->path).className)
            m_model->setData(m_model->index(row.row(), BatchModel::Path), edited->path);
        m_model->setData(m_model->index(row.row(), BatchModel::Body), QVariant::fromValue(edited->body),
                         BatchModel::BodyRole);
        showCurrent();
    });
    form->open();
}

void BatchBodyPane::applyEdit()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const JsonText::Parsed parsed = m_ui->bodyJsonEdit->check();
    if (!parsed.ok()) {
        m_ui->bodyErrorLabel->setText(parsed.error);
        return;
    }
    if (!parsed.document.isNull() && !parsed.document.isObject()) {
        m_ui->bodyErrorLabel->setText(tr("The body must be a JSON object: {\"field\": value}"));
        return;
    }
    m_ui->bodyErrorLabel->clear();
    const QJsonValue body =
        parsed.document.isNull() ? QJsonValue(QJsonValue::Undefined) : parsed.document.object();
    m_model->setData(m_model->index(row, BatchModel::Body), QVariant::fromValue(body), BatchModel::BodyRole);
}
