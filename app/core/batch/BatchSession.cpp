#include "core/batch/BatchSession.h"

#include "core/batch/BatchRunner.h"
#include "core/batch/ConflictCheck.h"
#include "core/batch/OperationBuilder.h"
#include "core/data/Csv.h"
#include "core/net/ParseClient.h"

#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>
#include <numeric>

namespace {
const QString kObjectId = QStringLiteral("objectId");
const QString kCreatedAt = QStringLiteral("createdAt");
const QString kUpdatedAt = QStringLiteral("updatedAt");
const QString kCode = QStringLiteral("code");
const QString kError = QStringLiteral("error");
const QString kConflict = QStringLiteral("conflict");

bool isRead(const BatchOperation &op)
{
    return op.method.compare(QLatin1String("GET"), Qt::CaseInsensitive) == 0;
}

// What an edit leaves of a result: a failure stays one (marked edited), so retrying finds it.
BatchSession::Result afterEdit(const BatchSession::Result &result)
{
    if (!BatchSession::isFailure(result.outcome))
        return {};
    BatchSession::Result kept = result;
    kept.edited = true;
    return kept;
}

QList<int> allRows(int count)
{
    QList<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}
} // namespace

BatchSession::BatchSession(QObject *parent)
    : QObject(parent)
{}

BatchSession::~BatchSession() = default;

ParseClient *BatchSession::client() const
{
    return m_client;
}

void BatchSession::setClient(ParseClient *client)
{
    if (m_check) {
        // Still checking for conflicts: nothing of this run left yet.
        delete m_check;
        const ParseError stopped = ParseError::cancelled(tr("Not sent: the connection changed."));
        for (int i = 0; i < m_runRows.size(); ++i)
            setResult(m_runRows.at(i), heldResult(i, stopped));
        Q_EMIT resultsChanged(m_runRows);
    }
    if (m_runner) {
        // The runner's requests belong to the old client: stop listening, say what is unknown now.
        delete m_runner;
        m_runner = nullptr;
        endRun();
    }
    m_client = client;
}

BatchDocument BatchSession::document() const
{
    BatchDocument doc;
    doc.transaction = m_transaction;
    doc.extra = m_extra;
    doc.operations.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        doc.operations.append(entry.op);
    return doc;
}

void BatchSession::setDocument(const BatchDocument &document)
{
    if (m_running)
        return;
    m_entries.clear();
    m_entries.reserve(document.operations.size());
    for (const BatchOperation &op : document.operations)
        m_entries.append(Entry{op, {}});
    recount();
    m_transaction = document.transaction;
    m_extra = document.extra;
}

QList<int> BatchSession::updateDocument(const BatchDocument &document)
{
    QList<int> changed;
    if (m_running)
        return changed;
    const bool sameShape = document.operations.size() == m_entries.size();
    QList<Entry> entries;
    entries.reserve(document.operations.size());
    for (int i = 0; i < document.operations.size(); ++i) {
        const BatchOperation &op = document.operations.at(i);
        const bool kept = i < m_entries.size() && m_entries.at(i).op == op;
        // Same shape: an operation changed in place, whose failure stays to be retried.
        entries.append(Entry{op, kept        ? m_entries.at(i).result
                                 : sameShape ? afterEdit(m_entries.at(i).result)
                                             : Result{}});
        if (sameShape && !kept)
            changed << i;
    }
    m_entries = entries;
    recount();
    m_transaction = document.transaction;
    m_extra = document.extra;
    return changed;
}

bool BatchSession::setOperation(int row, const BatchOperation &op)
{
    if (m_running || m_entries.at(row).op == op)
        return false;
    m_entries[row].op = op;
    setResult(row, afterEdit(m_entries.at(row).result));
    return true;
}

void BatchSession::insertOperations(int row, const QList<BatchOperation> &ops)
{
    for (int i = 0; i < ops.size(); ++i)
        m_entries.insert(row + i, Entry{ops.at(i), {}});
    m_outcomeCounts[size_t(Outcome::None)] += int(ops.size());
}

void BatchSession::removeOperations(int row, int count)
{
    for (int i = row; i < row + count; ++i)
        --m_outcomeCounts[size_t(m_entries.at(i).result.outcome)];
    m_entries.remove(row, count);
}

void BatchSession::moveOperations(int sourceRow, int count, int destinationRow)
{
    const QList<Entry> moved = m_entries.mid(sourceRow, count);
    m_entries.remove(sourceRow, count);
    const int insertAt = destinationRow > sourceRow ? destinationRow - count : destinationRow;
    for (int i = 0; i < count; ++i)
        m_entries.insert(insertAt + i, moved.at(i));
}

QJsonArray BatchSession::resultsState() const
{
    QJsonArray results;
    for (const Entry &entry : m_entries) {
        const Result &r = entry.result;
        // Still on its way when the app closes: no answer will come to this run.
        const Outcome outcome = r.outcome != Outcome::Sending ? r.outcome
                                : isRead(entry.op)            ? Outcome::NotSent
                                                              : Outcome::Unknown;
        QJsonObject item{{QStringLiteral("outcome"), outcomeKey(outcome)},
                         {kObjectId, r.objectId},
                         {QStringLiteral("timestamp"), r.timestamp},
                         {kCode, r.code},
                         {QStringLiteral("httpStatus"), r.httpStatus},
                         {QStringLiteral("message"), r.message},
                         {QStringLiteral("edited"), r.edited}};
        if (outcome == Outcome::Success && !isRead(entry.op))
            item.insert(QStringLiteral("payload"), r.payload);
        results.append(item);
    }
    return results;
}

void BatchSession::restoreResults(const QJsonArray &results)
{
    for (int i = 0; i < qMin(results.size(), m_entries.size()); ++i) {
        const QJsonObject item = results.at(i).toObject();
        Result &r = m_entries[i].result;
        const QString key = item.value(QLatin1String("outcome")).toString();
        for (const Outcome outcome :
             {Outcome::Success, Outcome::Error, Outcome::Unknown, Outcome::NotSent, Outcome::Conflict}) {
            if (key == outcomeKey(outcome))
                r.outcome = outcome;
        }
        r.payload = item.value(QLatin1String("payload"));
        r.objectId = item.value(kObjectId).toString();
        r.timestamp = item.value(QLatin1String("timestamp")).toString();
        r.code = item.value(kCode).toInt();
        r.httpStatus = item.value(QLatin1String("httpStatus")).toInt();
        r.message = item.value(QLatin1String("message")).toString();
        r.edited = item.value(QLatin1String("edited")).toBool();
    }
    recount();
}

bool BatchSession::send(const QList<int> &requested, const QJsonObject &justRead)
{
    if (!m_client || m_running || requested.isEmpty())
        return false;
    const std::optional<QList<int>> approved = m_approval ? m_approval(requested) : requested;
    if (!approved || approved->isEmpty())
        return false;
    m_runner = new BatchRunner(m_client, this);
    m_runner->setBatchSize(m_batchSize);
    connect(m_runner, &BatchRunner::operationFinished, this,
            [this](int index, const ParseResult &r) { applyResult(m_sentIndex.at(index), r); });
    connect(m_runner, &BatchRunner::progress, this,
            [this](int done, int total) { Q_EMIT progress(done + m_held, total + m_held); });
    BatchRunner *runner = m_runner;
    connect(m_runner, &BatchRunner::finished, this, [this, runner](bool cancelled) {
        // A batch limit the server taught this run holds for the next: a bulk edit sends page by page, and
        // each page relearning it cost a refused batch and its journal snapshots.
        m_batchSize = qMin(m_batchSize, runner->batchSize());
        runner->deleteLater();
        m_runner = nullptr;
        endRun();
        Q_EMIT runFinished(cancelled);
    });
    m_cancelBeforeSend = false;
    const QList<ParseRequest> requests = beginRun(*approved, m_client->profile().mountPath());
    QList<ConflictCheck::Expectation> expectations;
    QList<int> expecting; // their index in the run
    QHash<int, Result> held;
    for (int i = 0; i < requests.size(); ++i) {
        QString problem;
        if (const auto e = ConflictCheck::expectationOf(m_entries.at(approved->at(i)).op, requests.at(i),
                                                        m_unchangedSince, &problem)) {
            expectations.append(*e);
            expecting.append(i);
        } else if (!problem.isEmpty()) {
            held.insert(i, heldResult(i, ParseError::config(tr("Not sent: %1").arg(problem))));
        }
    }
    if (expectations.isEmpty()) {
        sendChecked(requests, held);
        return true;
    }
    // Read right before sending (or just now by the caller), so the comparison is with the server's latest.
    auto *check = new ConflictCheck(m_client, ParseRequest(), this);
    m_check = check;
    connect(check, &ConflictCheck::finished, this,
            [this, check, requests = requests, expecting,
             held](const QList<ConflictCheck::Conflict> &conflicts, const ParseError &error) mutable {
                check->deleteLater();
                m_check = nullptr;
                if (!error.isError())
                    check->attachTo(&requests);
                if (error.isError()) {
                    const ParseError unread = ParseError::config(
                        tr("Not sent: its object could not be read to check that it is unchanged: %1")
                            .arg(error.describe()));
                    for (const int i : std::as_const(expecting))
                        held.insert(i, heldResult(i, unread));
                }
                for (const ConflictCheck::Conflict &c : conflicts) {
                    const int i = expecting.at(c.index);
                    Result r = heldResult(i, c.error());
                    r.outcome = Outcome::Conflict;
                    r.objectId = c.objectId;
                    r.conflict = c.toJson();
                    held.insert(i, r);
                }
                sendChecked(requests, held);
            });
    check->check(expectations, justRead);
    return true;
}

BatchSession::Result BatchSession::heldResult(int runIndex, const ParseError &error) const
{
    ParseResult r;
    r.error = error;
    return resultFrom(m_entries.at(m_runRows.at(runIndex)).op, r);
}

void BatchSession::sendChecked(const QList<ParseRequest> &requests, const QHash<int, Result> &held)
{
    QHash<int, Result> results = held;
    // All or nothing: one operation held back holds back the whole transaction.
    if (m_cancelBeforeSend || (m_transaction && !held.isEmpty())) {
        const ParseError notSent = ParseError::cancelled(
            m_cancelBeforeSend
                ? tr("Not sent: the batch was cancelled.")
                : tr("Not sent: another operation of this all-or-nothing batch was held back."));
        for (int i = 0; i < requests.size(); ++i) {
            if (!results.contains(i))
                results.insert(i, heldResult(i, notSent));
        }
    }
    QList<ParseRequest> sent;
    QList<int> heldRows;
    m_sentIndex.clear();
    for (int i = 0; i < requests.size(); ++i) {
        if (results.contains(i)) {
            setResult(m_runRows.at(i), results.value(i));
            heldRows << m_runRows.at(i);
        } else {
            sent.append(requests.at(i));
            m_sentIndex.append(i);
        }
    }
    m_held = int(heldRows.size());
    if (!heldRows.isEmpty())
        Q_EMIT resultsChanged(heldRows);
    m_runner->run(sent, m_transaction);
}

bool BatchSession::sendAll()
{
    return send(allRows(count()));
}

QList<int> BatchSession::failedRows(bool includeUnknown) const
{
    QList<int> rows = rowsWith({Outcome::Error, Outcome::NotSent});
    if (includeUnknown) {
        rows += rowsWith({Outcome::Unknown});
        std::sort(rows.begin(), rows.end());
    }
    return rows;
}

void BatchSession::cancel()
{
    if (m_check)
        m_cancelBeforeSend = true; // nothing left yet: then nothing will
    else if (m_runner)
        m_runner->cancel();
}

bool BatchSession::checkUnknown()
{
    const QList<int> rows = rowsWith({Outcome::Unknown});
    if (rows.isEmpty() || !m_client || m_checking)
        return false;
    auto *check = new OutcomeCheck(m_client, this);
    m_checking = true;
    Q_EMIT checkingChanged(true);
    connect(check, &OutcomeCheck::finished, this,
            [this, check, rows](const QList<OutcomeCheck::Finding> &findings, const ParseError &error) {
                check->deleteLater();
                for (int i = 0; i < rows.size(); ++i)
                    settleUnknown(rows.at(i), findings.at(i));
                Q_EMIT resultsChanged(rows);
                m_checking = false;
                Q_EMIT checkingChanged(false);
                Q_EMIT checkFinished(error);
            });
    check->check(requestsFor(rows, m_client->profile().mountPath()));
    return true;
}

QList<ParseRequest> BatchSession::beginRun(const QList<int> &rows, const QString &mountPath)
{
    Q_ASSERT(!m_running);
    for (const int row : rows) {
        Result sending;
        sending.outcome = Outcome::Sending;
        setResult(row, sending);
    }
    m_runRows = rows;
    m_mountPath = mountPath;
    m_running = true;
    Q_EMIT resultsChanged(rows);
    Q_EMIT runningChanged(true);
    QList<ParseRequest> requests = requestsFor(rows, mountPath);
    if (!m_actionId.isEmpty()) {
        for (ParseRequest &r : requests) {
            r.origin = m_origin;
            r.actionId = m_actionId;
        }
    }
    return requests;
}

void BatchSession::applyResult(int runIndex, const ParseResult &result)
{
    if (runIndex < 0 || runIndex >= m_runRows.size())
        return;
    const int row = m_runRows.at(runIndex);
    setResult(row, resultFrom(m_entries.at(row).op, result));
    Q_EMIT operationFinished(row, result);
}

void BatchSession::endRun()
{
    if (!m_running)
        return;
    // A run stopped before every answer came (the connection went away) leaves nothing "sending".
    QList<int> stopped;
    for (const int row : std::as_const(m_runRows)) {
        Result r = m_entries.at(row).result;
        if (r.outcome != Outcome::Sending)
            continue;
        const bool read = isRead(m_entries.at(row).op);
        r.outcome = read ? Outcome::NotSent : Outcome::Unknown;
        r.message = read ? tr("No reply: the send was stopped.")
                         : tr("No reply: the send was stopped; the server may have applied this write.");
        r.error = read ? ParseError::cancelled(r.message) : ParseError::transport(r.message);
        r.error.outcomeUnknown = !read;
        setResult(row, r);
        stopped << row;
    }
    m_running = false;
    m_runRows.clear();
    Q_EMIT resultsChanged(stopped);
    Q_EMIT runningChanged(false);
}

void BatchSession::settleUnknown(int row, const OutcomeCheck::Finding &finding)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).result.outcome != Outcome::Unknown)
        return;
    ParseResult lost;
    lost.error = m_entries.at(row).result.error;
    if (!lost.error.isError()) {
        // Restored from a previous run of the app, which kept what the error said, not the error.
        lost.error.kind = ParseError::Kind::Transport;
        lost.error.outcomeUnknown = true;
        lost.error.code = m_entries.at(row).result.code;
        lost.error.message = tr("the reply was lost");
    }
    Result r = resultFrom(m_entries.at(row).op, OutcomeCheck::settled(lost, finding));
    r.checked = finding.reason;
    setResult(row, r);
}

QList<ParseRequest> BatchSession::requestsFor(const QList<int> &rows, const QString &mountPath) const
{
    BatchDocument doc;
    for (const int row : rows)
        doc.operations.append(m_entries.at(row).op);
    return doc.toRequests(mountPath);
}

QList<int> BatchSession::rowsWith(const QList<Outcome> &outcomes) const
{
    QList<int> rows;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (outcomes.contains(m_entries.at(i).result.outcome))
            rows.append(i);
    }
    return rows;
}

int BatchSession::unsettledCount() const
{
    int count = 0;
    for (const Entry &entry : m_entries) {
        const Outcome outcome = entry.result.outcome;
        if (outcome != Outcome::Success && (outcome != Outcome::Error || entry.result.edited))
            ++count;
    }
    return count;
}

BatchSession::Summary BatchSession::summary() const
{
    const auto of = [this](Outcome outcome) { return m_outcomeCounts.at(size_t(outcome)); };
    Summary s;
    s.total = count();
    s.sending = of(Outcome::Sending);
    s.success = of(Outcome::Success);
    s.error = of(Outcome::Error);
    s.unknown = of(Outcome::Unknown);
    s.notSent = of(Outcome::NotSent);
    s.conflict = of(Outcome::Conflict);
    return s;
}

void BatchSession::setResult(int row, const Result &result)
{
    --m_outcomeCounts[size_t(m_entries.at(row).result.outcome)];
    ++m_outcomeCounts[size_t(result.outcome)];
    m_entries[row].result = result;
}

void BatchSession::recount()
{
    m_outcomeCounts = {};
    for (const Entry &entry : std::as_const(m_entries))
        ++m_outcomeCounts[size_t(entry.result.outcome)];
}

BatchSession::Report BatchSession::report(ReportLayout layout, const QStringList &sources) const
{
    return reportOf(m_entries, m_mountPath, layout, sources);
}

QFuture<QByteArray> BatchSession::exportResults(ReportFormat format) const
{
    // QList is implicitly shared: the worker reads a snapshot that later edits don't touch.
    return QtConcurrent::run([entries = m_entries, mountPath = m_mountPath, format] {
        const Report report = reportOf(entries, mountPath, ReportLayout::ResultsFile, {});
        return format == ReportFormat::Json ? QJsonDocument(report.items).toJson(QJsonDocument::Indented)
                                            : Csv::table(report.columns, report.rows);
    });
}

BatchSession::Report BatchSession::reportOf(const QList<Entry> &entries, const QString &mountPath,
                                            ReportLayout layout, const QStringList &sources)
{
    const bool cli = layout == ReportLayout::Cli;
    Report report;
    report.columns = QStringList{QStringLiteral("index"), QStringLiteral("method"), QStringLiteral("path"),
                                 QStringLiteral("outcome"), kObjectId};
    if (!cli)
        report.columns << QStringLiteral("createdAt/updatedAt");
    report.columns << kCode << kError;
    if (!sources.isEmpty())
        report.columns.insert(1, QStringLiteral("source"));
    report.rows.reserve(entries.size());
    // The CLI names operations as they were sent: methods canonical, paths relative to the mount.
    BatchDocument sent;
    if (cli) {
        for (const Entry &entry : entries)
            sent.operations.append(entry.op);
    }
    const QList<ParseRequest> requests = sent.toRequests(mountPath);
    for (int i = 0; i < entries.size(); ++i) {
        const BatchOperation &op = entries.at(i).op;
        const Result &r = entries.at(i).result;
        const bool ok = r.outcome == Outcome::Success;
        const bool failed = isFailure(r.outcome);
        QJsonObject item;
        QStringList row{QString::number(i)};
        if (cli) {
            // Scripts were promised three outcomes, an error's own words or our description, and what a
            // check read back beside it.
            const QString outcome = ok                               ? QStringLiteral("success")
                                    : r.outcome == Outcome::Unknown  ? QStringLiteral("unknown")
                                    : r.outcome == Outcome::Conflict ? QStringLiteral("conflict")
                                                                     : QStringLiteral("error");
            if (i < sources.size())
                item.insert(QStringLiteral("source"), sources.at(i));
            if (ok) {
                item.insert(QStringLiteral("success"), r.payload);
            } else {
                QJsonObject error{
                    {kCode, r.error.code},
                    {kError, r.error.kind == ParseError::Kind::Parse ? r.error.message : r.error.describe()}};
                if (r.error.outcomeUnknown)
                    error.insert(QStringLiteral("outcomeUnknown"), true);
                if (!r.conflict.isEmpty())
                    error.insert(kConflict, r.conflict);
                item.insert(kError, error);
            }
            if (!r.checked.isEmpty())
                item.insert(QStringLiteral("checked"), r.checked);
            row << QString::fromLatin1(requests.at(i).methodName()) << requests.at(i).path << outcome
                << r.payload.toObject().value(kObjectId).toString()
                << (ok ? QString() : QString::number(r.error.code)) << (ok ? r.checked : r.error.describe());
        } else {
            item.insert(QStringLiteral("index"), i);
            item.insert(QStringLiteral("method"), op.method);
            item.insert(QStringLiteral("path"), op.path);
            item.insert(QStringLiteral("outcome"), outcomeKey(r.outcome));
            if (ok)
                item.insert(QStringLiteral("success"), r.payload);
            else if (failed) {
                QJsonObject error{{kCode, r.code}, {kError, r.message}};
                if (!r.conflict.isEmpty())
                    error.insert(kConflict, r.conflict);
                item.insert(kError, error);
            }
            row << op.method << op.path << outcomeKey(r.outcome) << r.objectId << r.timestamp
                << (failed && r.code != 0 ? QString::number(r.code) : QString())
                << (failed ? r.message : QString());
        }
        if (!sources.isEmpty())
            row.insert(1, sources.value(i));
        report.items.append(item);
        report.rows.append(row);
    }
    return report;
}

QString BatchSession::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return {};
    case Outcome::Sending:
        return QStringLiteral("sending");
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Error:
        return QStringLiteral("error");
    case Outcome::Unknown:
        return QStringLiteral("outcomeUnknown");
    case Outcome::NotSent:
        return QStringLiteral("notSent");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

bool BatchSession::isFailure(Outcome outcome)
{
    return outcome == Outcome::Error || outcome == Outcome::Unknown || outcome == Outcome::NotSent ||
           outcome == Outcome::Conflict;
}

BatchSession::Result BatchSession::resultFrom(const BatchOperation &op, const ParseResult &result)
{
    Result r;
    r.httpStatus = result.httpStatus;
    r.sentAt = result.startedAt;
    if (result.ok()) {
        r.outcome = Outcome::Success;
        r.payload = result.json;
        const QJsonObject o = result.json.toObject();
        // An update or delete answers without the objectId; the path names it.
        r.objectId = o.value(kObjectId).toString();
        if (r.objectId.isEmpty())
            r.objectId = OperationBuilder::targetOf(op.path).objectId;
        r.timestamp =
            o.contains(kCreatedAt) ? o.value(kCreatedAt).toString() : o.value(kUpdatedAt).toString();
        return r;
    }
    const ParseError &e = result.error;
    r.error = e;
    r.outcome = e.outcomeUnknown                        ? Outcome::Unknown
                : e.kind == ParseError::Kind::Cancelled ? Outcome::NotSent
                                                        : Outcome::Error;
    r.code = e.code;
    // The server's own words where it gave some (the code is a column of its own); ours otherwise.
    r.message = e.kind == ParseError::Kind::Parse && !e.isUnauthorized() ? e.message : e.describe();
    return r;
}
