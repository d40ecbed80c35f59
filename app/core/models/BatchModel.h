#pragma once

#include "core/batch/OutcomeCheck.h"

#include "core/batch/BatchDocument.h"
#include "core/net/ParseResult.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QTimer>

// The batch composer's document: one row per operation (method, path, body, editable and validated) with
// the outcome of its last run beside it. Results arrive one by one from a BatchRunner; the views hear of
// them in coalesced dataChanged ranges, so a 10,000-operation batch does not flood them.
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
    enum class OutcomeKind
    {
        None, // never sent, or edited since
        Sending,
        Success,
        Error,
        Unknown, // a write whose reply was lost: it may have been applied
        NotSent  // cancelled before it left
    };
    Q_ENUM(OutcomeKind)
    enum class ExportFormat
    {
        Csv,
        Json
    };
    struct Summary
    {
        int total = 0;
        int sending = 0;
        int success = 0;
        int error = 0;
        int unknown = 0;
        int notSent = 0;
    };
    // dataChanged for results is held back this long, so bursts of replies become one range.
    static constexpr int kResultCoalesceMs = 50;

    explicit BatchModel(QObject *parent = nullptr);

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
    bool transaction() const { return m_transaction; }
    void setTransaction(bool transaction);
    BatchOperation operation(int row) const { return m_rows.at(row).op; }
    void insertOperation(int row, const BatchOperation &op);
    void appendOperation(const BatchOperation &op) { insertOperation(rowCount(), op); }
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

    bool isRunning() const { return m_running; }
    // Marks the rows as sending and returns their requests in that order; each is answered through
    // applyResult(i, ...) with its position i in that list. Editing is refused until endRun().
    QList<ParseRequest> beginRun(const QList<int> &rows, const QString &mountPath);
    void applyResult(int runIndex, const ParseResult &result);
    // Operations still unanswered become "outcome unknown" (writes) or "not sent" (reads).
    void endRun();
    // The requests of these rows as they are sent, e.g. to read back what operations with an unknown
    // outcome target (OutcomeCheck).
    QList<ParseRequest> requestsFor(const QList<int> &rows, const QString &mountPath) const;
    // An operation whose outcome was unknown, settled by what reading its object back showed: applied,
    // not applied (safe to send again), or still unknown with the reason.
    void settleUnknown(int row, const OutcomeCheck::Finding &finding);
    QList<int> rowsWith(const QList<OutcomeKind> &outcomes) const;
    Summary summary() const;
    // What closing would leave undone: operations never sent (or failed and edited since), on their way,
    // or of unknown outcome.
    int unsettledCount() const;
    // The results as CSV or JSON, built on a worker thread from a snapshot of the rows.
    QFuture<QByteArray> exportResults(ExportFormat format) const;

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
    struct Result
    {
        OutcomeKind outcome = OutcomeKind::None;
        QJsonValue payload; // success payload
        QString objectId;
        QString timestamp; // createdAt or updatedAt
        int code = 0;
        int httpStatus = 0;
        QString message;
        bool edited = false; // a failure whose operation was changed since: still to be sent again
    };
    struct Row
    {
        BatchOperation op;
        Result result;
    };

    static Result resultFrom(const BatchOperation &op, const ParseResult &result);
    // What an edit leaves of a result: a failure stays one (marked edited), so retrying finds it.
    static Result afterEdit(const Result &result);
    static QString bodyText(const QJsonValue &body);
    static QString detailText(const Result &result);
    static QByteArray exportRows(const QList<Row> &rows, ExportFormat format);
    void setOperation(int row, const BatchOperation &op);
    void markDirty(int row);
    void flushDirty();

    QList<Row> m_rows;
    bool m_transaction = false;
    QJsonObject m_extra;
    bool m_running = false;
    QList<int> m_runRows;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    QTimer m_flushTimer;
};
