#include "core/models/BulkEditRun.h"

#include "core/batch/BatchSession.h"
#include "core/models/BatchModel.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <utility>

namespace {
const QString kObjectId = QStringLiteral("objectId");
}

BulkEditRun::BulkEditRun(BatchModel *outcomes, QObject *parent)
    : QObject(parent)
    , m_outcomes(outcomes)
{
    BatchSession *session = outcomes->session();
    connect(session, &BatchSession::runFinished, this, [this](bool cancelled) {
        if (m_running)
            onRunFinished(cancelled);
    });
    connect(session, &BatchSession::progress, this, [this](int done, int) {
        if (m_running)
            Q_EMIT progress(m_doneBefore + done, qMax(m_expected, m_doneBefore + done));
    });
}

void BulkEditRun::preview(const QString &className, const BulkEdit &edit, const QJsonObject &where)
{
    ParseClient *client = m_outcomes->session()->client();
    if (!client) {
        Q_EMIT previewReady(0, {}, ParseError::cancelled());
        return;
    }
    QueryOptions query;
    query.where = where;
    query.order = QStringList{kObjectId};
    query.limit = kPreviewRows;
    query.count = true;
    connect(client->send(ParseRequest::find(className, query)), &ParseReply::finished, this,
            [this, className, edit](const ParseResult &r) {
                if (!r.ok()) {
                    Q_EMIT previewReady(0, {}, r.error);
                    return;
                }
                QList<QJsonObject> objects;
                for (const QJsonValue &v : r.object().value(QLatin1String("results")).toArray())
                    objects.append(v.toObject());
                Q_EMIT previewReady(r.object().value(QLatin1String("count")).toInteger(),
                                    operationsFor(className, edit, objects), {});
            });
}

QList<BatchOperation> BulkEditRun::operationsFor(const QString &className, const BulkEdit &edit,
                                                 const QList<QJsonObject> &objects) const
{
    QList<BatchOperation> ops;
    ops.reserve(objects.size());
    for (const QJsonObject &object : objects)
        ops.append(edit.operationFor(className, object));
    return ops;
}

void BulkEditRun::start(const QString &className, const BulkEdit &edit)
{
    Q_ASSERT(!m_running);
    m_className = className;
    m_edit = edit;
    m_running = true;
    m_cancelled = false;
    m_doneBefore = 0;
    m_outcomes->setDocument({});
    // One bulk edit, however many pages, is one undo journal entry.
    m_actionId = ParseRequest::newActionId();
    m_outcomes->session()->setAction(QStringLiteral("bulk"), m_actionId);
}

bool BulkEditRun::resend(const QList<int> &rows)
{
    if (m_running || m_actionId.isEmpty())
        return false;
    m_running = true;
    m_cancelled = false;
    m_pager.reset();
    m_doneBefore = 0;
    m_expected = rows.size();
    m_outcomes->session()->setAction(QStringLiteral("bulk"), m_actionId);
    if (m_outcomes->session()->send(rows))
        return true;
    finish(true);
    return false;
}

void BulkEditRun::run(const QString &className, const BulkEdit &edit, const QList<QJsonObject> &objects)
{
    start(className, edit);
    m_pager.reset();
    m_expected = objects.size();
    send(objects);
}

void BulkEditRun::runFilter(const QString &className, const BulkEdit &edit, const QJsonObject &where,
                            const QHash<QString, QJsonObject> &loaded, qint64 expected)
{
    start(className, edit);
    m_loaded = loaded;
    m_expected = expected;
    // By objectId: an edit that makes an object stop matching (or deletes it) moves no other one between
    // pages.
    m_pager.emplace(where, kObjectId, false, false, pageSize(m_outcomes->session()->batchSize()));
    readPage();
}

bool BulkEditRun::readPage()
{
    ParseClient *client = m_outcomes->session()->client();
    if (!client) {
        finish(true, ParseError::cancelled());
        return false;
    }
    m_reading = true;
    connect(client->send(ParseRequest::find(m_className, m_pager->nextQuery())), &ParseReply::finished, this,
            [this, generation = m_generation](const ParseResult &r) {
                if (generation != m_generation)
                    return;
                m_reading = false;
                if (!r.ok()) {
                    m_readError = r.error;
                } else {
                    const QJsonArray page = r.object().value(QLatin1String("results")).toArray();
                    m_pager->advance(page);
                    if (m_pager->stalled())
                        m_readError = ParseError::config(
                            tr("the server answered the same page of %1 again (it ignores the query's where)")
                                .arg(m_className));
                    else
                        m_readPage = page;
                }
                if (!m_sending)
                    sendReadPage();
            });
    return true;
}

void BulkEditRun::sendReadPage()
{
    if (m_cancelled) {
        finish(true);
        return;
    }
    if (m_readError) {
        finish(false, *m_readError);
        return;
    }
    const QJsonArray page = *std::exchange(m_readPage, std::nullopt);
    if (!m_pager->atEnd() && !readPage())
        return;
    QList<QJsonObject> objects;
    QJsonObject byId; // the page as read: the conflict check's and the undo journal's
    for (const QJsonValue &v : page) {
        const QJsonObject read = v.toObject();
        const QString id = read.value(kObjectId).toString();
        byId.insert(id, read);
        // Copies made by the pages before match the filter too: never copies of copies.
        if (m_created.contains(id))
            continue;
        // A copy is of the object as it is now; a change expects what the user saw.
        objects.append(m_edit.kind == BulkEdit::Kind::Duplicate ? read : m_loaded.value(id, read));
    }
    // A page of nothing but copies: on to the next one.
    if (objects.isEmpty() && m_reading)
        return;
    send(objects, {{m_className, byId}});
}

void BulkEditRun::send(const QList<QJsonObject> &objects, const QJsonObject &justRead)
{
    if (objects.isEmpty()) {
        finish(false);
        return;
    }
    m_sending = true;
    const int first = m_outcomes->rowCount();
    m_outcomes->appendOperations(operationsFor(m_className, m_edit, objects));
    QList<int> rows;
    for (int row = first; row < m_outcomes->rowCount(); ++row)
        rows.append(row);
    if (!m_outcomes->session()->send(rows, justRead))
        finish(true, ParseError::cancelled());
}

void BulkEditRun::onRunFinished(bool cancelled)
{
    if (m_edit.kind == BulkEdit::Kind::Duplicate && m_pager) {
        const BatchSession *session = m_outcomes->session();
        for (qsizetype row = m_doneBefore; row < m_outcomes->rowCount(); ++row)
            m_created.insert(session->result(int(row)).objectId);
    }
    m_doneBefore = m_outcomes->rowCount();
    m_sending = false;
    if (cancelled || m_cancelled)
        finish(true);
    else if (m_readPage || m_readError)
        sendReadPage();
    else if (!m_reading)
        finish(false);
}

void BulkEditRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_outcomes->session()->isRunning())
        m_outcomes->session()->cancel();
}

void BulkEditRun::finish(bool cancelled, const ParseError &error)
{
    m_running = false;
    m_sending = false;
    m_reading = false;
    m_readPage.reset();
    m_readError.reset();
    ++m_generation;
    m_loaded.clear();
    m_created.clear();
    m_outcomes->session()->setAction({}, {});
    Q_EMIT finished(cancelled, error);
}
