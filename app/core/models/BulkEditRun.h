#pragma once

#include "core/batch/BulkEdit.h"
#include "core/net/ParseError.h"
#include "core/net/ParseRequest.h"
#include "core/query/CursorPager.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <optional>

class BatchModel;

// Sends a bulk edit through the session of a BatchModel, which lists every object's outcome as the batch
// composer does: the selected objects as loaded, or every object matching a filter, read page by page by
// objectId (CursorPager, never all at once; the next page is read while the current one is sent, so
// reading and writing overlap, and no more than that one page waits). That read is also the page's
// conflict check and undo snapshot: it is at most one page's write old when the page is sent, and reading
// again right before would double the reads for a window no shorter in kind. All its writes are one user
// action (one undo journal entry). Cancelling sends nothing further: what was sent stays sent, and the
// outcomes list exactly the objects it reached.
class BulkEditRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditRun)

public:
    // A filter run reads pages of two batches, so two are in flight while the next page is read (and
    // no fewer than 100, no more than 1,000 objects wait).
    static int pageSize(int batchSize) { return qBound(100, 2 * batchSize, 1000); }
    static constexpr int kPreviewRows = 5;

    // outcomes: its session's client sends; its rows are replaced by this run's.
    explicit BulkEditRun(BatchModel *outcomes, QObject *parent = nullptr);

    // The preview of a filter run: how many objects match and the operations for the first few
    // (previewReady()). Selected objects need no reading: see operationsFor().
    void preview(const QString &className, const BulkEdit &edit, const QJsonObject &where);
    QList<BatchOperation> operationsFor(const QString &className, const BulkEdit &edit,
                                        const QList<QJsonObject> &objects) const;

    // The objects as loaded.
    void run(const QString &className, const BulkEdit &edit, const QList<QJsonObject> &objects);
    // Every object matching where. loaded: the objects the user has seen (objectId -> object): they expect
    // their updatedAt as loaded; the others the one read with their page. expected: the preview's count,
    // for progress.
    void runFilter(const QString &className, const BulkEdit &edit, const QJsonObject &where,
                   const QHash<QString, QJsonObject> &loaded, qint64 expected);
    // These rows of the outcomes again (retrying failures, a conflict kept as mine), in the same undo
    // journal entry as the run. False when nothing was sent.
    bool resend(const QList<int> &rows);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void previewReady(qint64 count, const QList<BatchOperation> &first, const ParseError &error);
    void progress(qint64 done, qint64 total);
    // readError: a page could not be read; the pages before it were sent.
    void finished(bool cancelled, const ParseError &readError);

private:
    void start(const QString &className, const BulkEdit &edit);
    // Reads the next page; false when it cannot (no connection), and the run has ended.
    bool readPage();
    // Sends the page read ahead (or ends the run on its read error) once the page before it is sent.
    void sendReadPage();
    // justRead: the objects' page as read (ConflictCheck::check).
    void send(const QList<QJsonObject> &objects, const QJsonObject &justRead = {});
    void onRunFinished(bool cancelled);
    void finish(bool cancelled, const ParseError &error = {});

    BatchModel *m_outcomes;
    QString m_className;
    BulkEdit m_edit;
    QJsonObject m_where;
    QHash<QString, QJsonObject> m_loaded;
    QSet<QString> m_created; // by a filter run's duplicates: their ids only
    std::optional<CursorPager> m_pager;
    // The page read ahead: its objects, or why it could not be read.
    std::optional<QJsonArray> m_readPage;
    std::optional<ParseError> m_readError;
    bool m_reading = false;
    bool m_sending = false;   // a page's operations are with the session
    quint64 m_generation = 0; // of the run: a read answered after its run ended is dropped
    qint64 m_expected = 0;
    qint64 m_doneBefore = 0; // outcomes of the runs before the current one
    bool m_running = false;
    bool m_cancelled = false;
    QString m_actionId; // of the last run, which resending joins
};
