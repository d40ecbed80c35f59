#include "core/net/BatchCall.h"

#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <QRegularExpression>

BatchCall::BatchCall(ParseClient *client, QList<ParseRequest> operations, bool transaction, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_operations(std::move(operations))
    , m_transaction(transaction)
    , m_answered(m_operations.size(), false)
    , m_open(int(m_operations.size()))
{}

int BatchCall::batchLimitFrom(const ParseError &error)
{
    static const QRegularExpression limit(QStringLiteral("exceeds the limit of (\\d+)"));
    const QRegularExpressionMatch m = limit.match(error.message);
    return error.code == ParseError::InvalidJson && m.hasMatch() ? m.captured(1).toInt() : 0;
}

void BatchCall::start()
{
    if (m_operations.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    send(0, int(m_operations.size()));
}

void BatchCall::send(int first, int count)
{
    const QString mount = m_client->profile().mountPath();
    QJsonArray items;
    bool needsMaster = false;
    for (int i = first; i < first + count; ++i) {
        items.append(m_operations.at(i).batchItem(mount));
        needsMaster |= m_operations.at(i).masterKey == ParseRequest::MasterKey::Required;
    }
    ParseRequest request = ParseRequest::batch(items, m_transaction);
    // Sub-requests run with the batch's own headers, so they share its session token and key.
    request.sessionToken = m_operations.at(first).sessionToken;
    request.masterKey = needsMaster ? ParseRequest::MasterKey::Required : m_operations.at(first).masterKey;
    request.origin = m_operations.at(first).origin;
    request.actionId = m_operations.at(first).actionId;
    request.readBefore = m_operations.at(first).readBefore;
    ParseReply *reply = m_client->send(request);
    m_inFlight.append(reply);
    connect(reply, &ParseReply::finished, this,
            [this, first, count](const ParseResult &result) { handle(first, count, result); });
}

void BatchCall::handle(int first, int count, const ParseResult &batch)
{
    if (batch.ok()) {
        const QJsonArray items = batch.json.toArray();
        if (!batch.json.isArray() || items.size() != count) {
            ParseError e;
            e.kind = ParseError::Kind::Decode;
            e.httpStatus = batch.httpStatus;
            e.message = tr("the batch reply has %1 items for %2 operations").arg(items.size()).arg(count);
            e.outcomeUnknown = true;
            answerAll(first, count, batch, e);
            return;
        }
        for (int i = 0; i < count; ++i) {
            ParseResult r = batch;
            r.request = m_operations.at(first + i);
            r.rawBody.clear();
            const QJsonObject item = items.at(i).toObject();
            if (item.contains(QLatin1String("success"))) {
                r.json = item.value(QLatin1String("success"));
                r.error = {};
            } else {
                const QJsonObject error = item.value(QLatin1String("error")).toObject();
                r.json = QJsonValue::Undefined;
                r.error = {};
                r.error.kind = item.contains(QLatin1String("error")) ? ParseError::Kind::Parse
                                                                     : ParseError::Kind::Decode;
                r.error.httpStatus = batch.httpStatus;
                r.error.code = error.value(QLatin1String("code")).toInt();
                r.error.message =
                    item.contains(QLatin1String("error"))
                        ? m_client->redacted(error.value(QLatin1String("error")).toString(), r.request)
                        : tr("the batch reply item is neither success nor error");
            }
            answer(first + i, r);
        }
        return;
    }

    const int limit = batchLimitFrom(batch.error);
    if (limit > 0 && limit < count && !m_transaction) {
        Q_EMIT batchLimitLearned(limit);
        for (int start = first; start < first + count; start += limit)
            send(start, qMin(limit, first + count - start));
        return;
    }

    ParseError e = batch.error;
    if (m_transaction && e.kind == ParseError::Kind::Parse) {
        // Only the server's own error says it rolled back; a proxy's 502 or a lost reply says nothing
        // (ParseClient marks those outcome unknown).
        e.outcomeUnknown = false;
        e.message = tr("Rolled back, nothing of this transaction was applied: %1").arg(e.describe());
    }
    answerAll(first, count, batch, e);
}

void BatchCall::answerAll(int first, int count, const ParseResult &batch, const ParseError &error)
{
    for (int i = first; i < first + count; ++i) {
        ParseResult r = batch;
        r.request = m_operations.at(i);
        r.rawBody.clear();
        r.json = QJsonValue::Undefined;
        r.error = error;
        // A read's outcome never matters: it changed nothing.
        r.error.outcomeUnknown = error.outcomeUnknown && r.request.method != ParseRequest::Method::Get;
        answer(i, r);
    }
}

void BatchCall::answer(int index, const ParseResult &result)
{
    if (m_answered.at(index))
        return;
    m_answered[index] = true;
    Q_EMIT operationFinished(index, result);
    if (--m_open == 0)
        Q_EMIT finished();
}

void BatchCall::abort()
{
    for (const QPointer<ParseReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->abort();
    }
}
