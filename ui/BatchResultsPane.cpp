#include "ui/BatchResultsPane.h"

#include "ui_BatchResultsPane.h"

#include "core/batch/ConflictCheck.h"
#include "core/models/BatchModel.h"
#include "core/models/BatchResultsFilterModel.h"
#include "ui/ToneDelegate.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <numeric>

namespace {
QString cell(const QJsonObject &field, const QString &key)
{
    if (!field.contains(key))
        return BatchResultsPane::tr("(unset)");
    const QJsonValue v = field.value(key);
    return v.isString() ? v.toString()
                        : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1);
}

// A conflict's fields with their three values, as a table; empty for other results.
QString conflictTable(const BatchSession::Result &result)
{
    if (result.outcome != BatchSession::Outcome::Conflict)
        return {};
    const QJsonObject fields = result.conflict.value(QLatin1String("fields")).toObject();
    if (fields.isEmpty())
        return {};
    QString html =
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th>%1</th><th>%2</th>"
                       "<th>%3</th><th>%4</th></tr>")
            .arg(BatchResultsPane::tr("Field"), BatchResultsPane::tr("Loaded"),
                 BatchResultsPane::tr("Server now"), BatchResultsPane::tr("Mine"));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(it.key().toHtmlEscaped(),
                         field.contains(QLatin1String("loaded"))
                             ? cell(field, QStringLiteral("loaded")).toHtmlEscaped()
                             : BatchResultsPane::tr("(not known)"),
                         cell(field, QStringLiteral("server")).toHtmlEscaped(),
                         cell(field, QStringLiteral("mine")).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}
} // namespace

BatchResultsPane::BatchResultsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BatchResultsPane>())
    , m_results(new BatchResultsFilterModel(this))
{
    m_ui->setupUi(this);
    QFont bold = m_ui->resultsTitleLabel->font();
    bold.setBold(true);
    m_ui->resultsTitleLabel->setFont(bold);
    m_ui->resultsSplitter->setStretchFactor(0, 3);
    m_ui->resultsSplitter->setStretchFactor(1, 1);

    auto *exportMenu = new QMenu(this);
    connect(exportMenu->addAction(tr("Results as &CSV…")), &QAction::triggered, this,
            [this] { exportResults(BatchSession::ReportFormat::Csv); });
    connect(exportMenu->addAction(tr("Results as &JSON…")), &QAction::triggered, this,
            [this] { exportResults(BatchSession::ReportFormat::Json); });
    m_ui->exportResultsToolButton->setMenu(exportMenu);

    connect(m_ui->failedOnlyCheckBox, &QCheckBox::toggled, m_results,
            &BatchResultsFilterModel::setFailedOnly);
    connect(m_ui->exportResultsToolButton, &QToolButton::clicked, this,
            [this] { exportResults(BatchSession::ReportFormat::Csv); });
    connect(m_ui->retryFailedPushButton, &QPushButton::clicked, this, &BatchResultsPane::retryFailed);
    connect(m_ui->checkOnServerPushButton, &QPushButton::clicked, this, &BatchResultsPane::checkUnknown);
    // Shown while there are conflicts.
    m_ui->conflictLabel->hide();
    m_ui->keepMinePushButton->hide();
    m_ui->takeTheirsPushButton->hide();
    connect(m_ui->keepMinePushButton, &QPushButton::clicked, this, &BatchResultsPane::keepMine);
    connect(m_ui->takeTheirsPushButton, &QPushButton::clicked, this, &BatchResultsPane::takeTheirs);
    // The composer asks about operations that succeeded already.
    connect(m_ui->rerunAllPushButton, &QPushButton::clicked, this, [this] {
        QList<int> rows(m_model->rowCount());
        std::iota(rows.begin(), rows.end(), 0);
        Q_EMIT sendRequested(rows);
    });
}

BatchResultsPane::~BatchResultsPane() = default;

void BatchResultsPane::setModel(BatchModel *model, QTableView *operations)
{
    m_model = model;
    m_results->setSourceModel(model);
    QTableView *view = m_ui->resultsTableView;
    view->setModel(m_results);
    view->setItemDelegate(new ToneDelegate(view));
    view->setColumnHidden(BatchModel::Body, true);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchResultsPane::showDetail);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BatchResultsPane::updateState);
    auto *around = new QAction(tr("Server log around this"), view);
    around->setObjectName(QStringLiteral("resultServerLogAction"));
    view->addAction(around);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(around, &QAction::triggered, this, [this] {
        const QModelIndex current = m_results->mapToSource(m_ui->resultsTableView->currentIndex());
        if (!current.isValid())
            return;
        const QDateTime sent = m_model->session()->result(current.row()).sentAt;
        if (sent.isValid())
            Q_EMIT serverLogAroundRequested(sent);
        else
            Q_EMIT statusMessage(tr("This operation has not been sent since ParseDesk started."));
    });
    // The result of the operation being looked at, when there is one.
    if (operations)
        connect(operations->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    const QModelIndex result =
                        current.isValid() ? m_results->mapFromSource(current) : QModelIndex();
                    if (result.isValid())
                        m_ui->resultsTableView->setCurrentIndex(result);
                });
    connect(model, &BatchModel::resultsChanged, this, &BatchResultsPane::updateSummary);
    connect(model, &BatchModel::resultsChanged, this, &BatchResultsPane::showDetail);
    BatchSession *session = model->session();
    connect(session, &BatchSession::checkingChanged, this, &BatchResultsPane::updateState);
    connect(session, &BatchSession::checkFinished, this, [this](const ParseError &error) {
        Q_EMIT statusMessage(error.isError() ? tr("Could not read the objects back: %1").arg(error.describe())
                                             : tr("Checked on the server: %n still unknown.", "",
                                                  m_model->session()->summary().unknown));
    });
    updateSummary();
    showDetail();
}

QTableView *BatchResultsPane::tableView() const
{
    return m_ui->resultsTableView;
}

void BatchResultsPane::updateState()
{
    const BatchSession *session = m_model->session();
    const bool ready = session->client() && !session->isRunning();
    const BatchSession::Summary summary = session->summary();
    const bool hasResults = summary.success + summary.error + summary.unknown + summary.notSent > 0;
    m_ui->retryFailedPushButton->setEnabled(ready && summary.error + summary.unknown + summary.notSent > 0);
    m_ui->rerunAllPushButton->setEnabled(ready && hasResults);
    m_ui->checkOnServerPushButton->setEnabled(ready && summary.unknown > 0 && !session->isChecking());
    m_ui->exportResultsToolButton->setEnabled(!session->isRunning() && hasResults);
    const bool conflicts = ready && !selectedConflicts().isEmpty();
    m_ui->keepMinePushButton->setVisible(summary.conflict > 0);
    m_ui->takeTheirsPushButton->setVisible(summary.conflict > 0);
    m_ui->keepMinePushButton->setEnabled(conflicts);
    m_ui->takeTheirsPushButton->setEnabled(conflicts);
}

QList<int> BatchResultsPane::selectedConflicts() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->resultsTableView->selectionModel()->selectedRows()) {
        const int row = m_results->mapToSource(index).row();
        if (m_model->session()->result(row).outcome == BatchSession::Outcome::Conflict)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void BatchResultsPane::keepMine()
{
    const QList<int> rows = selectedConflicts();
    BatchDocument document = m_model->document();
    for (const int row : rows) {
        document.operations[row].extra.remove(ConflictCheck::expectKey());
        document.operations[row].extra.remove(ConflictCheck::loadedKey());
    }
    m_model->updateDocument(document);
    Q_EMIT sendRequested(rows);
}

void BatchResultsPane::takeTheirs()
{
    const QList<int> rows = selectedConflicts();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_model->removeRows(*it, 1);
    Q_EMIT statusMessage(
        tr("Dropped %n conflicting operation(s): the server's values stay.", nullptr, int(rows.size())));
}

void BatchResultsPane::retryFailed()
{
    QList<int> rows = m_model->session()->failedRows(false);
    const QList<int> unknown = m_model->rowsWith({BatchSession::Outcome::Unknown});
    if (!unknown.isEmpty()) {
        QMessageBox box(
            QMessageBox::Question, tr("Retry failed operations"),
            tr("Operations with an unknown outcome: %1. The server may have applied them, and sending "
               "them again could apply them twice.")
                .arg(unknown.size()),
            QMessageBox::Cancel, this);
        QPushButton *include = box.addButton(tr("Send them too"), QMessageBox::AcceptRole);
        QPushButton *skip = box.addButton(tr("Skip them"), QMessageBox::RejectRole);
        box.setDefaultButton(skip);
        box.exec();
        if (box.clickedButton() == include)
            rows = m_model->session()->failedRows(true);
        else if (box.clickedButton() != skip)
            return;
    }
    Q_EMIT sendRequested(rows);
}

void BatchResultsPane::checkUnknown()
{
    m_model->session()->checkUnknown();
}

void BatchResultsPane::exportResults(BatchSession::ReportFormat format)
{
    const bool csv = format == BatchSession::ReportFormat::Csv;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export results"),
                                     QDir(m_lastDir).filePath(csv ? QStringLiteral("batch-results.csv")
                                                                  : QStringLiteral("batch-results.json")),
                                     csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    m_lastDir = QFileInfo(path).absolutePath();
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(watcher->result()) < 0 || !file.commit()) {
            QMessageBox::warning(
                this, tr("Export results"),
                tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        Q_EMIT statusMessage(tr("Results saved to %1.").arg(QDir::toNativeSeparators(path)));
    });
    watcher->setFuture(m_model->exportResults(format));
}

void BatchResultsPane::updateSummary()
{
    const BatchSession::Summary s = m_model->summary();
    QStringList parts;
    if (s.success > 0)
        parts << tr("%1 succeeded").arg(QLocale().toString(s.success));
    if (s.error > 0)
        parts << tr("%1 failed").arg(QLocale().toString(s.error));
    if (s.unknown > 0)
        parts << tr("%1 outcome unknown").arg(QLocale().toString(s.unknown));
    if (s.notSent > 0)
        parts << tr("%1 not sent").arg(QLocale().toString(s.notSent));
    if (s.conflict > 0)
        parts << tr("%1 conflicts, not sent").arg(QLocale().toString(s.conflict));
    if (s.sending > 0)
        parts << tr("%1 waiting").arg(QLocale().toString(s.sending));
    m_ui->resultsSummaryLabel->setText(parts.isEmpty() ? tr("nothing sent yet")
                                                       : parts.join(QStringLiteral(" · ")));
    if (!m_model->isRunning())
        updateState();
}

void BatchResultsPane::showDetail()
{
    const QModelIndex current = m_results->mapToSource(m_ui->resultsTableView->currentIndex());
    const QVariant json = current.isValid() ? current.data(BatchModel::ResultJsonRole) : QVariant();
    m_ui->conflictLabel->setText(current.isValid() ? conflictTable(m_model->session()->result(current.row()))
                                                   : QString());
    m_ui->conflictLabel->setVisible(!m_ui->conflictLabel->text().isEmpty());
    if (!json.isValid()) {
        m_ui->resultDetailLabel->setText(tr("Select a result to see the server's answer."));
        m_ui->resultDetailJsonEdit->setJsonText({});
        return;
    }
    const BatchOperation op = m_model->operation(current.row());
    const QString detail = m_model->index(current.row(), BatchModel::Message).data().toString();
    const QString outcome = m_model->index(current.row(), BatchModel::Outcome).data().toString();
    m_ui->resultDetailLabel->setText(tr("#%1 %2 %3: %4")
                                         .arg(current.row() + 1)
                                         .arg(op.method, op.path, detail.isEmpty() ? outcome : detail));
    m_ui->resultDetailJsonEdit->setJsonValue(json.value<QJsonValue>());
}
