#pragma once

#include "core/batch/BatchDocument.h"
#include "core/batch/OutcomeCheck.h"
#include "core/net/ParseResult.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <array>
#include <functional>
#include <optional>

class BatchRunner;
class ConflictCheck;
class ParseClient;

// A batch document and what happened to each of its operations, and everything done with it: sending all
// or some operations (in chunks through a BatchRunner, or all or nothing), each result as it arrives,
// settling outcomes a lost reply left unknown (OutcomeCheck), retrying the failed ones, running everything
// again, cancelling, and the report. The batch composer (its BatchModel shows a session) and parsedesk-cli's
// batch and import run batches through it, so they send, settle and report alike.
class BatchSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSession)

public:
    enum class Outcome
    {
        None, // never sent, or edited since
        Sending,
        Success,
        Error,
        Unknown, // a write whose reply was lost: it may have been applied
        NotSent, // cancelled before it left
        Conflict // its object changed on the server since it was loaded: not sent (ConflictCheck)
    };
    Q_ENUM(Outcome)
    enum class ReportFormat
    {
        Csv,
        Json
    };
    // Who reads the report. A results file names each operation, its outcome and timestamp; the CLI's
    // output keeps the fields scripts rely on (an import's source, success or error, what a check read).
    enum class ReportLayout
    {
        ResultsFile,
        Cli
    };
    struct Report
    {
        QStringList columns;
        QList<QStringList> rows; // one per operation, under columns
        QJsonArray items;        // one JSON object per operation
    };
    struct Summary
    {
        int total = 0;
        int sending = 0;
        int success = 0;
        int error = 0;
        int unknown = 0;
        int notSent = 0;
        int conflict = 0;
    };
    struct Result
    {
        Outcome outcome = Outcome::None;
        QJsonValue payload; // success payload
        QString objectId;
        QString timestamp; // createdAt or updatedAt
        int code = 0;
        int httpStatus = 0;
        QString message;
        bool edited = false;  // a failure whose operation was changed since: still to be sent again
        ParseError error;     // as the run reported it (none after a success, or when restored)
        QString checked;      // what reading the object back said about a lost reply
        QJsonObject conflict; // a conflict's ConflictCheck::Conflict::toJson()
        QDateTime sentAt;     // when its request left (not kept between runs of the app)
    };
    struct Entry
    {
        BatchOperation op;
        Result result;
    };
    // Asked before each send with the rows about to go: the rows to send (fewer, after asking the user),
    // or nothing to send nothing.
    using Approval = std::function<std::optional<QList<int>>(const QList<int> &rows)>;

    explicit BatchSession(QObject *parent = nullptr);
    ~BatchSession() override;

    // The connection to send with. Changing it stops a send under way: its replies belong to the old one.
    void setClient(ParseClient *client);
    ParseClient *client() const;
    void setBatchSize(int size) { m_batchSize = size; }
    int batchSize() const { return m_batchSize; }
    void setApproval(Approval approval) { m_approval = std::move(approval); }
    // Updates and deletes expect their objects unchanged on the server since this time (an operation's
    // own ConflictCheck::expectKey() wins); invalid: only operations with their own are checked.
    void setUnchangedSince(const QDateTime &since) { m_unchangedSince = since; }
    QDateTime unchangedSince() const { return m_unchangedSince; }
    // The writes of every following run belong to one user action (a bulk edit sent page by page): one
    // undo journal entry. Unset, each run is an entry of its own (BatchRunner tags it).
    void setAction(const QString &origin, const QString &actionId)
    {
        m_origin = origin;
        m_actionId = actionId;
    }

    // The operations. Edits are refused (false, nothing changed) while a send is under way; BatchModel
    // makes them, so views hear of them.
    BatchDocument document() const;
    int count() const { return int(m_entries.size()); }
    const BatchOperation &operation(int row) const { return m_entries.at(row).op; }
    const Result &result(int row) const { return m_entries.at(row).result; }
    bool transaction() const { return m_transaction; }
    void setTransaction(bool transaction) { m_transaction = transaction; }
    // Replaces everything, results included.
    void setDocument(const BatchDocument &document);
    // Keeps the result of each operation that stayed the same in its place; an operation changed in place
    // keeps its failure, marked edited. The rows whose result changed.
    QList<int> updateDocument(const BatchDocument &document);
    // A changed operation keeps a failure, marked edited (so retrying finds it), and loses a success.
    bool setOperation(int row, const BatchOperation &op);
    void insertOperations(int row, const QList<BatchOperation> &ops);
    void removeOperations(int row, int count);
    // Moves count rows from sourceRow to before destinationRow (QAbstractItemModel::moveRows' numbering).
    void moveOperations(int sourceRow, int count, int destinationRow);
    // Every result as kept between runs of the app (a read's rows are left out: they are the server's data,
    // and large), and back.
    QJsonArray resultsState() const;
    void restoreResults(const QJsonArray &results);

    bool isRunning() const { return m_running; }
    bool isChecking() const { return m_checking; }
    // Sends these rows (after the approval, if one is set); false when nothing was sent. Operations
    // expecting their objects unchanged are checked first (ConflictCheck): a conflict is not sent.
    // justRead: their objects as the caller read them a moment ago with the profile's own key (see
    // ConflictCheck::check), so the check need not read them again.
    bool send(const QList<int> &rows, const QJsonObject &justRead = {});
    bool sendAll();
    // The failed operations: errors and those not sent, and with includeUnknown also those whose outcome
    // is unknown (the server may have applied them: sending them again could apply them twice).
    QList<int> failedRows(bool includeUnknown) const;
    bool retryFailed(bool includeUnknown) { return send(failedRows(includeUnknown)); }
    // Every operation again, successes too.
    bool rerunAll() { return sendAll(); }
    // Sends nothing more: chunks in flight finish and are reported, the rest are "not sent".
    void cancel();
    // Reads back what the operations with an unknown outcome target and settles what their state tells;
    // checkFinished() follows. False when there is nothing to check or no connection.
    bool checkUnknown();

    // A run's steps, which send() takes: marks the rows as sending and returns their requests in that order;
    // each is answered through applyResult(i, ...) with its position i in that list; endRun() makes what is
    // still unanswered "outcome unknown" (writes) or "not sent" (reads).
    QList<ParseRequest> beginRun(const QList<int> &rows, const QString &mountPath);
    void applyResult(int runIndex, const ParseResult &result);
    void endRun();
    // An operation whose outcome was unknown, settled by what reading its object back showed: applied,
    // not applied (safe to send again), or still unknown with the reason.
    void settleUnknown(int row, const OutcomeCheck::Finding &finding);

    QList<int> rowsWith(const QList<Outcome> &outcomes) const;
    Summary summary() const;
    // What closing would leave undone: operations never sent (or failed and edited since), on their way, or
    // of unknown outcome.
    int unsettledCount() const;

    // The report: a row and a JSON item per operation; sources (an import's "line 7") say where each came
    // from, a column and field of their own.
    Report report(ReportLayout layout, const QStringList &sources = {}) const;
    // The results file as CSV or JSON, built on a worker thread from a snapshot of the results.
    QFuture<QByteArray> exportResults(ReportFormat format) const;
    // Stable spellings of outcomes in reports and saved state, not translated.
    static QString outcomeKey(Outcome outcome);
    static bool isFailure(Outcome outcome);

Q_SIGNALS:
    void runningChanged(bool running);
    // Results of these rows changed all at once (a run began or ended, a check settled them).
    void resultsChanged(const QList<int> &rows);
    // One result arrived; a 10,000-operation run sends 10,000 of these.
    void operationFinished(int row, const ParseResult &result);
    void progress(int done, int total);
    void runFinished(bool cancelled);
    void checkingChanged(bool checking);
    // error: the objects could not be read, and nothing was settled.
    void checkFinished(const ParseError &error);

private:
    static Result resultFrom(const BatchOperation &op, const ParseResult &result);
    static Report reportOf(const QList<Entry> &entries, const QString &mountPath, ReportLayout layout,
                           const QStringList &sources);
    QList<ParseRequest> requestsFor(const QList<int> &rows, const QString &mountPath) const;
    // After the conflict check (if any): holds back what conflicts (or could not be checked) and sends
    // the rest of the run's requests.
    void sendChecked(const QList<ParseRequest> &requests, const QHash<int, Result> &held);
    // The result of an operation of this run that is not sent.
    Result heldResult(int runIndex, const ParseError &error) const;
    // Every result change goes through here, so summary() counts without a pass over the rows (the outcomes
    // pane asks for it after every change, and a bulk edit has 100,000 rows); recount() after bulk changes.
    void setResult(int row, const Result &result);
    void recount();

    QList<Entry> m_entries;
    std::array<int, size_t(Outcome::Conflict) + 1> m_outcomeCounts{}; // rows per Outcome
    bool m_transaction = false;
    QJsonObject m_extra;
    QPointer<ParseClient> m_client;
    int m_batchSize = 50;
    Approval m_approval;
    BatchRunner *m_runner = nullptr;
    QPointer<ConflictCheck> m_check;
    QDateTime m_unchangedSince;
    QString m_origin;
    QString m_actionId;
    QList<int> m_sentIndex; // the runner's operations -> their index in the run
    int m_held = 0;         // operations of the run not given to the runner
    bool m_cancelBeforeSend = false;
    bool m_running = false;
    bool m_checking = false;
    QList<int> m_runRows;
    QString m_mountPath; // the last run's, which the report's routes are relative to
};

// Only Qt's implicitly shared types inside: a growing list of an edit's 100,000 entries is then moved with
// one realloc instead of one move per entry (a 40 ms stall each time the list doubled).
Q_DECLARE_TYPEINFO(BatchSession::Entry, Q_RELOCATABLE_TYPE);
