#include "ui/RowScriptDialog.h"

#include "core/batch/RowScript.h"
#include "core/data/JsonText.h"
#include "core/models/ObjectTableModel.h"
#include "core/models/RowScriptModel.h"
#include "core/net/ParseClient.h"
#include "ui/CloudConsole.h"
#include "ui/ToneDelegate.h"
#include "ui/widgets/ObjectScopeBox.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
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
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum ParamColumn
{
    ParamName,
    ParamField
};

QString settingsKey(const ParseClient *client, const QString &className)
{
    return QStringLiteral("rowScripts/%1/%2").arg(client ? client->profile().id : QString(), className);
}

QJsonObject whereIdIn(const QStringList &ids)
{
    return {
        {QStringLiteral("objectId"), QJsonObject{{QStringLiteral("$in"), QJsonArray::fromStringList(ids)}}}};
}
} // namespace

RowScriptDialog::RowScriptDialog(ParseClient *client, ObjectTableModel *table, const QJsonObject &schema,
                                 const QList<int> &selectedRows, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_table(table)
    , m_settings(settings)
    , m_fields(schema.value(QLatin1String("fields")).toObject().keys())
    , m_outcomes(new RowScriptModel(this))
    , m_script(new RowScript(client, {}, this))
{
    setObjectName(QStringLiteral("rowScriptDialog"));
    setWindowTitle(tr("Run Cloud Code for each object of %1").arg(table->className()));

    m_scope = new ObjectScopeBox(table, selectedRows, this);

    m_functionCombo = new QComboBox(this);
    m_functionCombo->setObjectName(QStringLiteral("functionComboBox"));
    m_functionCombo->setEditable(true);
    m_functionCombo->setInsertPolicy(QComboBox::NoInsert);
    // The names the Cloud Code console called before: Parse Server does not list its functions.
    m_functionCombo->addItems(
        CloudConsole::functionNames(settings, client ? client->profile().id : QString()));
    m_functionCombo->setCurrentText({});
    m_functionCombo->lineEdit()->setPlaceholderText(tr("function name, e.g. createRoom"));
    m_functionCombo->completer()->setFilterMode(Qt::MatchContains);
    m_functionCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto *functionRow = new QFormLayout;
    functionRow->addRow(tr("Function:"), m_functionCombo);

    auto *params = new QGroupBox(tr("Parameters of each call"), this);
    m_wholeObjectRadio = new QRadioButton(tr("The whole object, as {\"object\": {…}}"), params);
    m_wholeObjectRadio->setObjectName(QStringLiteral("wholeObjectRadioButton"));
    m_paramMapRadio = new QRadioButton(tr("Parameters from the object's fields:"), params);
    m_paramMapRadio->setObjectName(QStringLiteral("paramMapRadioButton"));
    m_wholeObjectRadio->setChecked(true);
    m_paramTable = new QTableWidget(0, 2, params);
    m_paramTable->setObjectName(QStringLiteral("paramMapTableWidget"));
    m_paramTable->setHorizontalHeaderLabels({tr("Parameter"), tr("Field")});
    m_paramTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_paramTable->verticalHeader()->hide();
    m_paramTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addParamButton = new QPushButton(tr("&Add parameter"), params);
    m_addParamButton->setObjectName(QStringLiteral("addParamPushButton"));
    m_removeParamButton = new QPushButton(tr("&Remove"), params);
    m_removeParamButton->setObjectName(QStringLiteral("removeParamPushButton"));
    auto *paramButtons = new QVBoxLayout;
    paramButtons->addWidget(m_addParamButton);
    paramButtons->addWidget(m_removeParamButton);
    paramButtons->addStretch();
    auto *paramRow = new QHBoxLayout;
    paramRow->addWidget(m_paramTable, 1);
    paramRow->addLayout(paramButtons);
    auto *paramsLayout = new QVBoxLayout(params);
    paramsLayout->addWidget(m_wholeObjectRadio);
    paramsLayout->addWidget(m_paramMapRadio);
    paramsLayout->addLayout(paramRow, 1);

    m_previewEdit = new QPlainTextEdit(this);
    m_previewEdit->setObjectName(QStringLiteral("previewPlainTextEdit"));
    m_previewEdit->setReadOnly(true);
    m_previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewEdit);
    auto *inputs = new QHBoxLayout;
    inputs->addWidget(params, 1);
    inputs->addWidget(previewBox, 1);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));

    m_runButton = new QPushButton(tr("R&un"), this);
    m_runButton->setObjectName(QStringLiteral("runPushButton"));
    m_stopButton = new QPushButton(tr("&Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("stopPushButton"));
    m_retryButton = new QPushButton(tr("Retry &failed"), this);
    m_retryButton->setObjectName(QStringLiteral("retryFailedPushButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rowScriptProgressBar"));
    m_progress->setValue(0);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_runButton);
    actions->addWidget(m_stopButton);
    actions->addWidget(m_retryButton);
    actions->addWidget(m_progress, 1);
    m_statusLabel = new QLabel(tr("Each object's result or error is listed below once it has run."), this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_scope);
    topLayout->addLayout(functionRow);
    topLayout->addLayout(inputs, 1);
    topLayout->addWidget(m_problemLabel);
    topLayout->addLayout(actions);
    topLayout->addWidget(m_statusLabel);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    auto *resultsView = new QTableView(results);
    resultsView->setObjectName(QStringLiteral("resultsTableView"));
    resultsView->setModel(m_outcomes);
    resultsView->setItemDelegate(new ToneDelegate(resultsView));
    resultsView->horizontalHeader()->setStretchLastSection(true);
    resultsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    resultsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // An objectId is ten letters and digits; wide ones must fit too.
    resultsView->setColumnWidth(RowScriptModel::ObjectId,
                                fontMetrics().horizontalAdvance(QString(10, QLatin1Char('W'))));
    m_exportCsvButton = new QPushButton(tr("Export &CSV…"), results);
    m_exportCsvButton->setObjectName(QStringLiteral("exportCsvPushButton"));
    m_exportJsonButton = new QPushButton(tr("Export &JSON…"), results);
    m_exportJsonButton->setObjectName(QStringLiteral("exportJsonPushButton"));
    auto *exports = new QHBoxLayout;
    exports->addStretch();
    exports->addWidget(m_exportCsvButton);
    exports->addWidget(m_exportJsonButton);
    resultsLayout->addWidget(resultsView);
    resultsLayout->addLayout(exports);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("rowScriptSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("rowScriptButtonBox"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    restore();

    connect(buttons, &QDialogButtonBox::rejected, this, &RowScriptDialog::reject);
    connect(m_scope, &ObjectScopeBox::changed, this, &RowScriptDialog::updatePreview);
    connect(m_functionCombo, &QComboBox::currentTextChanged, this, &RowScriptDialog::updatePreview);
    connect(m_paramMapRadio, &QRadioButton::toggled, this, [this](bool fromFields) {
        if (fromFields && m_paramTable->rowCount() == 0)
            addParam();
        updatePreview();
    });
    connect(m_paramTable, &QTableWidget::itemChanged, this, &RowScriptDialog::updatePreview);
    connect(m_paramTable, &QTableWidget::itemSelectionChanged, this, &RowScriptDialog::updateState);
    connect(m_addParamButton, &QPushButton::clicked, this, [this] { addParam(); });
    connect(m_removeParamButton, &QPushButton::clicked, this, [this] {
        m_paramTable->removeRow(m_paramTable->currentRow());
        updatePreview();
    });
    connect(m_runButton, &QPushButton::clicked, this, &RowScriptDialog::run);
    connect(m_stopButton, &QPushButton::clicked, this, &RowScriptDialog::stop);
    connect(m_retryButton, &QPushButton::clicked, this, &RowScriptDialog::retryFailed);
    connect(m_exportCsvButton, &QPushButton::clicked, this, [this] { askExport(ExportFormat::Csv); });
    connect(m_exportJsonButton, &QPushButton::clicked, this, [this] { askExport(ExportFormat::Json); });
    connect(m_script, &RowScript::rowFinished, this, [this](const RowScript::Row &row) {
        m_outcomes->addRow(row);
        m_progress->setValue(++m_reported);
    });
    connect(m_script, &RowScript::finished, this, &RowScriptDialog::onFinished);
    if (client)
        connect(client, &ParseClient::writesLockedChanged, this, &RowScriptDialog::updateState);
    updatePreview();
    resize(860, 640);
}

RowScriptDialog::~RowScriptDialog() = default;

bool RowScriptDialog::filterScope() const
{
    return m_scope->matchingFilter();
}

QString RowScriptDialog::function() const
{
    return m_functionCombo->currentText().trimmed();
}

QJsonObject RowScriptDialog::paramMap() const
{
    QJsonObject map;
    if (m_wholeObjectRadio->isChecked())
        return map;
    for (int row = 0; row < m_paramTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_paramTable->item(row, ParamName);
        const auto *field = qobject_cast<QComboBox *>(m_paramTable->cellWidget(row, ParamField));
        if (name && field && !name->text().trimmed().isEmpty())
            map.insert(name->text().trimmed(), field->currentText());
    }
    return map;
}

QString RowScriptDialog::problem() const
{
    if (!m_client || m_client->writesLocked())
        return tr("This connection is read-only: a function may write, so none is called.");
    if (m_scope->selected().isEmpty() && !filterScope())
        return tr("No rows are selected.");
    if (function().isEmpty())
        return tr("Type the name of a Cloud Code function.");
    if (m_paramMapRadio->isChecked()) {
        QStringList names;
        for (int row = 0; row < m_paramTable->rowCount(); ++row) {
            const QTableWidgetItem *name = m_paramTable->item(row, ParamName);
            names << (name ? name->text().trimmed() : QString());
        }
        if (names.isEmpty())
            return tr("Add a parameter, or send the whole object.");
        if (names.contains(QString()))
            return tr("Every parameter needs a name.");
        for (const QString &name : names) {
            if (names.count(name) > 1)
                return tr("The parameter %1 is named twice.").arg(name);
        }
    }
    return {};
}

void RowScriptDialog::addParam(const QString &param, const QString &field)
{
    const int row = m_paramTable->rowCount();
    m_paramTable->insertRow(row);
    auto *fieldCombo = new QComboBox(m_paramTable);
    fieldCombo->setObjectName(QStringLiteral("paramFieldComboBox"));
    fieldCombo->addItems(m_fields);
    if (!field.isEmpty())
        fieldCombo->setCurrentText(field);
    connect(fieldCombo, &QComboBox::currentTextChanged, this, &RowScriptDialog::updatePreview);
    m_paramTable->setCellWidget(row, ParamField, fieldCombo);
    // The item last: itemChanged updates the preview, which reads the field's box.
    m_paramTable->setItem(row, ParamName,
                          new QTableWidgetItem(param.isEmpty() ? fieldCombo->currentText() : param));
    m_paramTable->setCurrentCell(row, ParamName);
}

void RowScriptDialog::restore()
{
    if (!m_settings)
        return;
    const QString key = settingsKey(m_client, m_table->className());
    m_functionCombo->setCurrentText(m_settings->value(key + QStringLiteral("/function")).toString());
    const QJsonObject map =
        QJsonDocument::fromJson(m_settings->value(key + QStringLiteral("/paramMap")).toByteArray()).object();
    for (auto it = map.begin(); it != map.end(); ++it)
        addParam(it.key(), it.value().toString());
    (map.isEmpty() ? m_wholeObjectRadio : m_paramMapRadio)->setChecked(true);
}

void RowScriptDialog::save() const
{
    if (!m_settings)
        return;
    const QString key = settingsKey(m_client, m_table->className());
    m_settings->setValue(key + QStringLiteral("/function"), function());
    m_settings->setValue(key + QStringLiteral("/paramMap"),
                         QJsonDocument(paramMap()).toJson(QJsonDocument::Compact));
}

void RowScriptDialog::updatePreview()
{
    const QJsonObject first =
        filterScope() || m_scope->selected().isEmpty()
            ? (m_table->rowCount() > 0
                   ? m_table->index(0, 0).data(ObjectTableModel::ObjectRole).toJsonObject()
                   : QJsonObject())
            : m_scope->selected().first();
    if (first.isEmpty()) {
        m_previewEdit->setPlainText(tr("No row is loaded to show the parameters for."));
    } else {
        const QString id = first.value(QLatin1String("objectId")).toString();
        m_previewEdit->setPlainText(
            tr("%1 is called with these parameters for %2:")
                .arg(function().isEmpty() ? tr("The function") : function(), id) +
            QLatin1Char('\n') +
            JsonText::indented(RowScript::paramsFor(first, paramMap()), {}, QStringLiteral("  ")));
    }
    updateState();
}

void RowScriptDialog::run()
{
    if (!problem().isEmpty())
        return;
    const qint64 total = filterScope() ? m_table->count().value_or(0) : m_scope->selected().size();
    if (!confirmed(total))
        return;
    save();
    m_outcomes->clear();
    QStringList ids;
    for (const QJsonObject &object : m_scope->selected())
        ids << object.value(QLatin1String("objectId")).toString();
    start(filterScope() ? m_table->where() : whereIdIn(ids), total);
}

void RowScriptDialog::retryFailed()
{
    const QStringList ids = m_outcomes->failedIds();
    if (ids.isEmpty() || !problem().isEmpty() || !confirmed(ids.size()))
        return;
    // Their rows are replaced as they run again.
    start(whereIdIn(ids), ids.size());
}

bool RowScriptDialog::confirmed(qint64 count)
{
    if (!m_client->profile().production)
        return true;
    const QString className = m_table->className();
    const QString question =
        count > 0 ? tr("Call %1 for %n object(s) of %2?", nullptr, int(count)).arg(function(), className)
                  : tr("Call %1 for each matching object of %2?").arg(function(), className);
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Run Cloud Code on a production server"),
                                                question + QLatin1Char('\n') +
                                                    tr("Type the class name (%1) to confirm:").arg(className),
                                                QLineEdit::Normal, {}, &ok);
    return ok && typed == className;
}

void RowScriptDialog::start(const QJsonObject &where, qint64 total)
{
    m_reported = 0;
    // An unknown total (a filter whose count is not known yet) shows a busy bar.
    m_progress->setRange(0, int(total));
    m_progress->setValue(0);
    m_statusLabel->setText(tr("Running…"));
    m_script->run(function(), m_table->className(), where, paramMap());
    updateState();
}

void RowScriptDialog::onFinished(int failed, const ParseError &readError)
{
    const int succeeded = m_reported - failed;
    QString text = m_script->isCancelled()
                       ? tr("Stopped: %n call(s) made are listed below; the other objects were not called.",
                            nullptr, m_reported)
                       : tr("Done: %n call(s) succeeded.", nullptr, succeeded);
    if (failed > 0)
        text += QLatin1Char(' ') + tr("%n failed.", nullptr, failed);
    if (readError.isError())
        text += QLatin1Char(' ') + tr("Reading the objects stopped: %1").arg(readError.describe());
    m_statusLabel->setText(text);
    m_progress->setRange(0, qMax(1, m_reported));
    m_progress->setValue(qMax(1, m_reported));
    updateState();
}

void RowScriptDialog::askExport(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export outcomes"),
        QDir(m_lastDir).filePath(m_table->className() +
                                 (csv ? QStringLiteral("-calls.csv") : QStringLiteral("-calls.json"))),
        csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    m_lastDir = QFileInfo(path).absolutePath();
    exportOutcomes(format, path);
}

bool RowScriptDialog::exportOutcomes(ExportFormat format, const QString &path)
{
    const QByteArray bytes = format == ExportFormat::Csv
                                 ? m_outcomes->toCsv()
                                 : JsonText::indented(m_outcomes->toJson(),
                                                      {QStringLiteral("objectId"), QStringLiteral("result"),
                                                       QStringLiteral("error")},
                                                      QStringLiteral("  "))
                                           .toUtf8() +
                                       '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export outcomes"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_statusLabel->setText(tr("Outcomes saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RowScriptDialog::updateState()
{
    const bool running = m_script->isRunning();
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_functionCombo, m_wholeObjectRadio, m_paramMapRadio})
        w->setEnabled(!running);
    m_scope->setRunning(running);
    const bool mapping = !running && m_paramMapRadio->isChecked();
    m_paramTable->setEnabled(mapping);
    m_addParamButton->setEnabled(mapping);
    m_removeParamButton->setEnabled(mapping && m_paramTable->currentRow() >= 0);
    m_runButton->setEnabled(!running && why.isEmpty());
    m_stopButton->setEnabled(running && !m_script->isCancelled());
    m_retryButton->setEnabled(!running && why.isEmpty() && m_outcomes->failedCount() > 0);
    m_exportCsvButton->setEnabled(!running && m_outcomes->rowCount() > 0);
    m_exportJsonButton->setEnabled(!running && m_outcomes->rowCount() > 0);
}

void RowScriptDialog::stop()
{
    m_script->cancel();
    m_statusLabel->setText(tr("Stopping: no further call is sent; the calls on their way finish…"));
    updateState();
}

void RowScriptDialog::reject()
{
    if (m_script->isRunning()) {
        stop();
        return;
    }
    QDialog::reject();
}
