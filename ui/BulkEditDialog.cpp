#include "ui/BulkEditDialog.h"

#include "core/batch/BatchSession.h"
#include "core/models/BatchModel.h"
#include "core/models/BulkEditRun.h"
#include "core/models/FieldFormModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/BatchResultsPane.h"
#include "ui/delegates/FieldValueDelegate.h"
#include "ui/widgets/ObjectScopeBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
enum Page
{
    ValuesPage,
    FieldPage,
    NothingPage
};

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}
} // namespace

BulkEditDialog::BulkEditDialog(ParseClient *client, ObjectTableModel *table, const QJsonObject &schema,
                               const QList<int> &selectedRows, BulkEdit::Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_table(table)
    , m_schema(schema)
    , m_outcomes(new BatchModel(this))
    , m_run(new BulkEditRun(m_outcomes, this))
    , m_values(new FieldFormModel(this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Edit many objects of %1").arg(table->className()));
    m_outcomes->session()->setClient(client);
    if (client)
        m_outcomes->session()->setBatchSize(client->profile().batchSize);
    m_values->setSchema(schema);

    m_scope = new ObjectScopeBox(table, selectedRows, this);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    const QList<std::pair<QString, BulkEdit::Kind>> kinds{
        {tr("Set fields to values"), BulkEdit::Kind::Set},
        {tr("Unset a field"), BulkEdit::Kind::Unset},
        {tr("Increment a number"), BulkEdit::Kind::Increment},
        {tr("Add items to an array"), BulkEdit::Kind::AddItems},
        {tr("Add items not there yet"), BulkEdit::Kind::AddUniqueItems},
        {tr("Remove items from an array"), BulkEdit::Kind::RemoveItems},
        {tr("Delete the objects"), BulkEdit::Kind::Delete},
        {tr("Duplicate the objects"), BulkEdit::Kind::Duplicate}};
    for (const auto &[text, k] : kinds)
        m_kindCombo->addItem(text, int(k));
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));

    m_editorStack = new QStackedWidget(this);
    auto *valuesPage = new QWidget(m_editorStack);
    auto *valuesLayout = new QVBoxLayout(valuesPage);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    auto *valuesTable = new QTableView(valuesPage);
    valuesTable->setObjectName(QStringLiteral("valuesTableView"));
    valuesTable->setModel(m_values);
    valuesTable->setItemDelegateForColumn(FieldFormModel::Value, new FieldValueDelegate(valuesTable));
    valuesTable->horizontalHeader()->setStretchLastSection(true);
    valuesTable->verticalHeader()->hide();
    valuesTable->resizeColumnToContents(FieldFormModel::Field);
    valuesTable->resizeColumnToContents(FieldFormModel::Type);
    valuesLayout->addWidget(new QLabel(tr("Tick the fields to set and type their values."), valuesPage));
    valuesLayout->addWidget(valuesTable);
    auto *fieldPage = new QWidget(m_editorStack);
    auto *fieldLayout = new QFormLayout(fieldPage);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldCombo = new QComboBox(fieldPage);
    m_fieldCombo->setObjectName(QStringLiteral("fieldComboBox"));
    m_amountEdit = new QLineEdit(fieldPage);
    m_amountEdit->setObjectName(QStringLiteral("amountLineEdit"));
    fieldLayout->addRow(tr("Field:"), m_fieldCombo);
    fieldLayout->addRow(tr("Amount or items:"), m_amountEdit);
    auto *nothingPage = new QLabel(m_editorStack);
    nothingPage->setObjectName(QStringLiteral("wholeObjectsLabel"));
    nothingPage->setWordWrap(true);
    nothingPage->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_editorStack->addWidget(valuesPage);
    m_editorStack->addWidget(fieldPage);
    m_editorStack->addWidget(nothingPage);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));

    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(QStringLiteral("previewPushButton"));
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendPushButton"));
    m_cancelButton = new QPushButton(tr("Stop sending"), this);
    m_cancelButton->setObjectName(QStringLiteral("stopPushButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgressBar"));
    m_progress->setValue(0);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_previewButton);
    actions->addWidget(m_sendButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_progress, 1);

    m_previewEdit = new QPlainTextEdit(this);
    m_previewEdit->setObjectName(QStringLiteral("previewPlainTextEdit"));
    m_previewEdit->setReadOnly(true);
    m_previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_results = new BatchResultsPane(this);
    m_results->setModel(m_outcomes, nullptr);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *kindRow = new QFormLayout;
    kindRow->addRow(tr("Change:"), m_kindCombo);
    topLayout->addWidget(m_scope);
    topLayout->addLayout(kindRow);
    topLayout->addWidget(m_editorStack, 1);
    topLayout->addWidget(m_problemLabel);
    topLayout->addLayout(actions);
    topLayout->addWidget(m_previewEdit, 1);
    topLayout->addWidget(m_statusLabel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("bulkEditSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("bulkEditButtonBox"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &BulkEditDialog::kindChanged);
    connect(m_scope, &ObjectScopeBox::changed, this, &BulkEditDialog::invalidatePreview);
    connect(m_fieldCombo, &QComboBox::currentIndexChanged, this, &BulkEditDialog::invalidatePreview);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &BulkEditDialog::invalidatePreview);
    connect(m_values, &QAbstractItemModel::dataChanged, this, &BulkEditDialog::invalidatePreview);
    connect(m_previewButton, &QPushButton::clicked, this, &BulkEditDialog::preview);
    connect(m_sendButton, &QPushButton::clicked, this, &BulkEditDialog::send);
    connect(m_cancelButton, &QPushButton::clicked, m_run, &BulkEditRun::cancel);
    connect(m_run, &BulkEditRun::previewReady, this,
            [this](qint64 count, const QList<BatchOperation> &first, const ParseError &error) {
                m_previewing = false;
                if (error.isError())
                    m_previewEdit->setPlainText(tr("Could not read the objects: %1").arg(error.describe()));
                else
                    showPreview(count, first);
                updateState();
            });
    connect(m_run, &BulkEditRun::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    connect(m_run, &BulkEditRun::finished, this, &BulkEditDialog::onFinished);
    connect(m_results, &BatchResultsPane::sendRequested, this, [this](const QList<int> &rows) {
        m_statusLabel->clear();
        if (m_run->resend(rows))
            updateState();
    });
    connect(m_results, &BatchResultsPane::statusMessage, m_statusLabel, &QLabel::setText);
    if (client)
        connect(client, &ParseClient::writesLockedChanged, this, &BulkEditDialog::updateState);
    kindChanged();
    resize(860, 680);
}

BulkEditDialog::~BulkEditDialog() = default;

bool BulkEditDialog::filterScope() const
{
    return m_scope->matchingFilter();
}

BulkEdit BulkEditDialog::edit() const
{
    BulkEdit e;
    e.kind = BulkEdit::Kind(m_kindCombo->currentData().toInt());
    e.schemaFields = m_schema.value(QLatin1String("fields")).toObject();
    if (e.kind == BulkEdit::Kind::Set) {
        e.values = m_values->fields();
        return e;
    }
    e.field = m_fieldCombo->currentText();
    const QString text = m_amountEdit->text().trimmed();
    if (e.kind == BulkEdit::Kind::Increment) {
        bool ok = false;
        const double amount = QLocale::c().toDouble(text, &ok);
        e.amount = ok ? QJsonValue(amount) : QJsonValue(text);
    } else if (e.kind != BulkEdit::Kind::Unset) {
        // Items as the typed editors take them: "a", 2 (or a whole array).
        const QByteArray json = text.startsWith(QLatin1Char('[')) ? text.toUtf8() : "[" + text.toUtf8() + "]";
        e.amount = QJsonDocument::fromJson(json).array();
    }
    return e;
}

void BulkEditDialog::kindChanged()
{
    const auto kind = BulkEdit::Kind(m_kindCombo->currentData().toInt());
    const bool fieldKind =
        kind != BulkEdit::Kind::Set && kind != BulkEdit::Kind::Delete && kind != BulkEdit::Kind::Duplicate;
    m_editorStack->setCurrentIndex(kind == BulkEdit::Kind::Set ? ValuesPage
                                   : fieldKind                 ? FieldPage
                                                               : NothingPage);
    if (auto *whole = qobject_cast<QLabel *>(m_editorStack->widget(NothingPage)))
        whole->setText(kind == BulkEdit::Kind::Delete
                           ? tr("Each object is deleted; the undo journal keeps a copy.")
                           : tr("Each object is copied with its own fields (relations are not values and "
                                "are not copied)."));
    // Only the fields the operation fits.
    const QString wanted = kind == BulkEdit::Kind::Increment ? QStringLiteral("Number")
                           : kind == BulkEdit::Kind::Unset   ? QString()
                                                             : QStringLiteral("Array");
    const QString current = m_fieldCombo->currentText();
    m_fieldCombo->clear();
    for (const QString &name : m_values->fieldNames()) {
        if (wanted.isEmpty() || m_values->fieldType(name) == wanted)
            m_fieldCombo->addItem(name);
    }
    m_fieldCombo->setCurrentText(current);
    m_amountEdit->setEnabled(kind != BulkEdit::Kind::Unset);
    m_amountEdit->setPlaceholderText(kind == BulkEdit::Kind::Increment ? tr("a number, e.g. 1 or -2.5")
                                     : kind == BulkEdit::Kind::Unset   ? QString()
                                                                       : tr("JSON items, e.g. \"a\", 2"));
    if (kind == BulkEdit::Kind::Increment)
        m_amountEdit->setValidator(new QDoubleValidator(m_amountEdit));
    else
        m_amountEdit->setValidator(nullptr);
    invalidatePreview();
}

void BulkEditDialog::invalidatePreview()
{
    m_previewCount = -1;
    m_previewEdit->setPlainText(tr("Preview to see how many objects change, the first operations and the "
                                   "requests it takes; then send."));
    updateState();
}

void BulkEditDialog::preview()
{
    const BulkEdit e = edit();
    if (!e.problem().isEmpty())
        return;
    if (!filterScope()) {
        showPreview(m_scope->selected().size(),
                    m_run->operationsFor(m_table->className(), e,
                                         m_scope->selected().mid(0, BulkEditRun::kPreviewRows)));
        return;
    }
    m_previewing = true;
    m_previewEdit->setPlainText(tr("Counting the matching objects…"));
    m_run->preview(m_table->className(), e, m_table->where());
    updateState();
}

void BulkEditDialog::showPreview(qint64 count, const QList<BatchOperation> &first)
{
    const BulkEdit e = edit();
    const BulkEdit::Estimate estimate =
        e.estimate(count, m_outcomes->session()->batchSize(),
                   filterScope() ? BulkEditRun::pageSize(m_outcomes->session()->batchSize()) : 0,
                   m_client ? m_client->budget() : nullptr);
    QStringList lines{BulkEdit::describe(estimate, m_client ? m_client->budget() : nullptr)};
    if (e.readsBeforeWriting())
        lines << tr("An object changed on the server since it was loaded is a conflict and is not "
                    "overwritten.");
    if (!first.isEmpty())
        lines << QString() << tr("The first %n operation(s):", nullptr, int(first.size()));
    for (const BatchOperation &op : first) {
        QString line = op.method + QLatin1Char(' ') + op.path;
        if (!op.body.isUndefined())
            line += QLatin1Char(' ') + compact(op.body);
        lines << line;
    }
    m_previewEdit->setPlainText(lines.join(QLatin1Char('\n')));
    m_previewCount = count;
    updateState();
}

void BulkEditDialog::send()
{
    if (m_previewCount <= 0 || !m_client)
        return;
    const QString className = m_table->className();
    const BulkEdit e = edit();
    const QString question =
        tr("Send this change to %n object(s) of %1?", nullptr, int(m_previewCount)).arg(className);
    if (m_client->profile().production) {
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, tr("Change objects on a production server"),
            question + QLatin1Char('\n') + tr("Type the class name (%1) to confirm:").arg(className),
            QLineEdit::Normal, {}, &ok);
        if (!ok || typed != className)
            return;
    } else if (e.kind == BulkEdit::Kind::Delete &&
               QMessageBox::question(
                   this, tr("Delete objects"),
                   tr("Delete %n object(s) of %1 from the server? A copy is kept in the undo "
                      "journal.",
                      nullptr, int(m_previewCount))
                       .arg(className)) != QMessageBox::Yes) {
        return;
    }
    m_statusLabel->clear();
    m_progress->setRange(0, int(m_previewCount));
    m_progress->setValue(0);
    if (filterScope()) {
        // The rows seen expect what was loaded; the rest what their page reads.
        QHash<QString, QJsonObject> loaded;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QJsonObject object =
                m_table->index(row, 0).data(ObjectTableModel::ObjectRole).toJsonObject();
            loaded.insert(object.value(QLatin1String("objectId")).toString(), object);
        }
        m_run->runFilter(className, e, m_table->where(), loaded, m_previewCount);
    } else {
        m_run->run(className, e, m_scope->selected());
    }
    updateState();
}

void BulkEditDialog::onFinished(bool cancelled, const ParseError &readError)
{
    const BatchSession::Summary s = m_outcomes->session()->summary();
    QString text = cancelled ? tr("Stopped: %n object(s) written stay written; the rest were not sent. "
                                  "Every object reached is listed below.",
                                  nullptr, s.success)
                             : tr("Done: %n object(s) written.", nullptr, s.success);
    if (s.conflict > 0)
        text += QLatin1Char(' ') +
                tr("%n changed on the server since loaded and were not overwritten (conflicts).", nullptr,
                   s.conflict);
    if (s.error > 0)
        text += QLatin1Char(' ') + tr("%n failed.", nullptr, s.error);
    if (readError.isError())
        text += QLatin1Char(' ') + tr("Reading the objects stopped: %1").arg(readError.describe());
    m_statusLabel->setText(text);
    // The objects changed: another run needs a new preview.
    m_previewCount = -1;
    m_results->updateState();
    updateState();
    if (s.success > 0)
        Q_EMIT written();
}

void BulkEditDialog::updateState()
{
    const bool running = m_run->isRunning();
    const bool locked = !m_client || m_client->writesLocked();
    const QString problem = locked ? tr("This connection is read-only: nothing can be written.")
                            : m_scope->selected().isEmpty() && !filterScope() ? tr("No rows are selected.")
                                                                              : edit().problem();
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_kindCombo, m_editorStack})
        w->setEnabled(!running);
    m_scope->setRunning(running);
    m_previewButton->setEnabled(!running && !m_previewing && problem.isEmpty());
    m_sendButton->setEnabled(!running && problem.isEmpty() && m_previewCount > 0);
    m_cancelButton->setEnabled(running);
    m_results->updateState();
}

void BulkEditDialog::reject()
{
    if (m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    QDialog::reject();
}
