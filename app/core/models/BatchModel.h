#pragma once

#include "core/batch/BatchSession.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QTimer>

// The batch composer's document as a table: one row per operation (method, path, body, editable and
// validated) with the outcome of its last run beside it. The operations and outcomes live in the model's
// BatchSession, which sends them; edits go through the model so views hear of them. Results arrive one by
// one from the session; the views hear of them in coalesced dataChanged ranges, so a 10,000-operation batch
// does not flood them.
class BatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchModel)

public:
    // The operation's number (1-based, as validation messages count) is the vertical header.
    enum Column
    {
        Method,
        Path,
        Body,
        Outcome,
        ObjectId,
        Timestamp,
        Code,
        Message,
        ColumnCount
    };
    enum Role
    {
        OutcomeRole = Qt::UserRole + 1, // OutcomeKind as int
        FailedRole,                     // true for error, outcome unknown and not sent
        BodyRole,                       // the body as QJsonValue (undefined: none)
        ResultJsonRole,                 // the success payload, or {"code","error"}
        ResultCountRole,                // a GET's "count", when it asked for one
        ResultRowsRole                  // a GET's "results" (QJsonArray)
    };
    using OutcomeKind = BatchSession::Outcome;
    using ExportFormat = BatchSession::ReportFormat;
    using Summary = BatchSession::Summary;
    // dataChanged for results is held back this long, so bursts of replies become one range.
    static constexpr int kResultCoalesceMs = 50;

    explicit BatchModel(QObject *parent = nullptr);

    // Sends the operations, settles unknown outcomes, retries, cancels and reports.
    BatchSession *session() const { return m_session; }

    BatchDocument document() const;
    // Replaces everything, results included.
    void setDocument(const BatchDocument &document);
    // Replaces the operations but keeps the result of each operation that stayed the same in its place,
    // so an edit in the raw JSON view doesn't wipe the results of the operations it didn't touch.
    void updateDocument(const BatchDocument &document);
    // The operations with the outcome of each, as kept between runs of the app (a read's rows are left
    // out: they are the server's data, and large); restoreState() takes it back, outcomes included.
    QJsonObject state() const;
    bool restoreState(const QJsonObject &state);
    bool transaction() const { return m_session->transaction(); }
    void setTransaction(bool transaction);
    BatchOperation operation(int row) const { return m_session->operation(row); }
    void insertOperation(int row, const BatchOperation &op);
    void appendOperation(const BatchOperation &op) { insertOperation(rowCount(), op); }
    // In one insertion: views and proxies redo their row mappings once, not once per row.
    void appendOperations(const QList<BatchOperation> &ops);
    // Object paths ("/classes/Room/abc") of objects the results created or touched, for path completion.
    QStringList resultObjectPaths(int max) const;

    // What would make the server refuse an operation, one line each ("#3 method: ..."); with the server's
    // mount path, also a path carrying another mount (BatchDocument::validate).
    QStringList problems(const std::optional<QString> &mountPath = std::nullopt) const;
    // Operations on classes or fields the schema does not know: legal (Parse adds them), often a typo.
    // schemas: className -> its /schemas entry.
    QStringList schemaWarnings(const QHash<QString, QJsonObject> &schemas) const
    {
        return schemaWarnings(document(), schemas);
    }
    // The same for a document, on any thread: the composer checks large documents off the GUI thread.
    static QStringList schemaWarnings(const BatchDocument &document,
                                      const QHash<QString, QJsonObject> &schemas);

    bool isRunning() const { return m_session->isRunning(); }
    // A run driven by hand, as BatchSession::beginRun(), applyResult() and endRun() do it.
    QList<ParseRequest> beginRun(const QList<int> &rows, const QString &mountPath)
    {
        return m_session->beginRun(rows, mountPath);
    }
    void applyResult(int runIndex, const ParseResult &result) { m_session->applyResult(runIndex, result); }
    void endRun() { m_session->endRun(); }
    QList<int> rowsWith(const QList<OutcomeKind> &outcomes) const { return m_session->rowsWith(outcomes); }
    Summary summary() const { return m_session->summary(); }
    int unsettledCount() const { return m_session->unsettledCount(); }
    QFuture<QByteArray> exportResults(ExportFormat format) const { return m_session->exportResults(format); }

    static bool isMethodName(const QString &method);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // New rows are blank POSTs, for the user to fill in.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

Q_SIGNALS:
    // The operations or the transaction flag changed (not the results).
    void documentChanged();
    // Results arrived (coalesced) or were cleared.
    void resultsChanged();
    void runningChanged(bool running);

private:
    static QString bodyText(const QJsonValue &body);
    static QString detailText(const BatchSession::Result &result);
    void setOperation(int row, const BatchOperation &op);
    void markDirty(int row);
    void flushDirty();

    BatchSession *m_session;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    QTimer m_flushTimer;
};
