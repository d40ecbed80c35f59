#pragma once

#include "core/batch/BatchSession.h"

#include <QWidget>
#include <memory>

class BatchModel;
class BatchResultsFilterModel;
class QTableView;

namespace Ui {
class BatchResultsPane;
}

// What happened to each operation of the batch composer's last runs: a table (all, or failed only), the
// server's answer to the selected one, a summary, and what can be done next: retry the failed ones, check
// on the server what a lost reply left unknown, run everything again, export the results. A conflict (its
// object changed on the server since it was loaded) shows each field's loaded, server and own value, and
// is kept as mine or dropped for theirs.
class BatchResultsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsPane)

public:
    explicit BatchResultsPane(QWidget *parent = nullptr);
    ~BatchResultsPane() override;

    // The composer's model (its session runs the operations), and its operations table: the result of the
    // operation looked at there is selected here (none: the results alone). Call once.
    void setModel(BatchModel *model, QTableView *operations);
    // Enables what can be done now: connected, not running, results of the right kind.
    void updateState();
    // Laid out by the composer like its operations table.
    QTableView *tableView() const;

Q_SIGNALS:
    // These rows are to be sent (after the composer's confirmations).
    void sendRequested(const QList<int> &rows);
    void statusMessage(const QString &message);
    // The server's log around when this operation's request was sent.
    void serverLogAroundRequested(const QDateTime &time);

private:
    void retryFailed();
    // The selected results that are conflicts, ascending (model rows).
    QList<int> selectedConflicts() const;
    // Sends them again without the check (mine overwrite the server's values) / drops them (theirs stay).
    void keepMine();
    void takeTheirs();
    void checkUnknown();
    void exportResults(BatchSession::ReportFormat format);
    void updateSummary();
    void showDetail();

    std::unique_ptr<Ui::BatchResultsPane> m_ui;
    BatchModel *m_model = nullptr;
    BatchResultsFilterModel *m_results;
    QString m_lastDir;
};
