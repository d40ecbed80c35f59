#include "core/batch/RowScript.h"

#include "core/net/ParseClient.h"

#include <QJsonArray>

namespace {
const QString kObjectId = QStringLiteral("objectId");
}

QJsonObject RowScript::Row::toJson() const
{
    if (ok())
        return {{kObjectId, objectId}, {QStringLiteral("result"), result}};
    const QString message = error.kind == ParseError::Kind::Parse ? error.message : error.describe();
    return {{kObjectId, objectId},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("error"), message}}}};
}

RowScript::RowScript(ParseClient *client, const ParseRequest &headers, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_headers(headers)
{}

QJsonObject RowScript::paramsFor(const QJsonObject &object, const QJsonObject &paramMap)
{
    if (paramMap.isEmpty())
        return {{QStringLiteral("object"), object}};
    QJsonObject params;
    for (auto it = paramMap.begin(); it != paramMap.end(); ++it) {
        if (const QJsonValue value = object.value(it.value().toString()); !value.isUndefined())
            params.insert(it.key(), value);
    }
    return params;
}

void RowScript::run(const QString &function, const QString &className, const QJsonObject &where,
                    const QJsonObject &paramMap)
{
    m_function = function;
    m_className = className;
    m_paramMap = paramMap;
    m_pager.emplace(where, kObjectId, false, false, kPageSize);
    m_readError = {};
    m_unstarted.clear();
    m_slots.clear();
    m_inFlight = m_failed = 0;
    m_finished = false;
    m_cancelled = false;
    pump();
}

void RowScript::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    m_unstarted.clear();
    pump();
}

void RowScript::pump()
{
    // The reorder window: a slow call holds back the rows after it, so at most two pages wait.
    while (!m_cancelled && m_inFlight < m_maxInFlight && !m_unstarted.isEmpty() &&
           m_slots.size() < 2 * kPageSize)
        call(m_unstarted.takeFirst());
    flush();
    if (!m_cancelled && !m_reading && !m_pager->atEnd() && !m_readError.isError() &&
        m_unstarted.size() < kPageSize)
        readPage();
    if (!m_finished && !m_reading && m_inFlight == 0 && m_slots.isEmpty() && m_unstarted.isEmpty() &&
        (m_pager->atEnd() || m_readError.isError() || m_cancelled)) {
        m_finished = true;
        Q_EMIT finished(m_failed, m_readError);
    }
}

void RowScript::readPage()
{
    if (!m_client) {
        m_readError = ParseError::cancelled();
        return;
    }
    ParseRequest read = ParseRequest::find(m_className, m_pager->nextQuery());
    read.masterKey = m_headers.masterKey;
    read.sessionToken = m_headers.sessionToken;
    m_reading = true;
    connect(m_client->send(read), &ParseReply::finished, this, [this](const ParseResult &r) {
        m_reading = false;
        if (m_cancelled) {
            pump();
            return;
        }
        if (!r.ok()) {
            m_readError = r.error;
        } else {
            const QJsonArray page = r.object().value(QLatin1String("results")).toArray();
            for (const QJsonValue &v : page)
                m_unstarted.append(v.toObject());
            m_pager->advance(page);
            if (m_pager->stalled())
                m_readError = ParseError::config(
                    tr("the server answered the same page of %1 again (it ignores the query's where)")
                        .arg(m_className));
        }
        pump();
    });
}

void RowScript::call(const QJsonObject &object)
{
    const QString objectId = object.value(kObjectId).toString();
    m_slots.append(Slot{Row{objectId, {}, {}}, false});
    if (!m_client) {
        m_slots.last().row.error = ParseError::cancelled();
        m_slots.last().done = true;
        ++m_failed;
        return;
    }
    ParseRequest request = ParseRequest::callFunction(m_function, paramsFor(object, m_paramMap));
    request.masterKey = m_headers.masterKey;
    request.sessionToken = m_headers.sessionToken;
    request.bodyEncoding = m_headers.bodyEncoding;
    ++m_inFlight;
    connect(m_client->send(request), &ParseReply::finished, this, [this, objectId](const ParseResult &r) {
        --m_inFlight;
        for (Slot &slot : m_slots) {
            if (slot.row.objectId != objectId || slot.done)
                continue;
            slot.done = true;
            if (r.ok())
                slot.row.result = r.object().value(QLatin1String("result"));
            else
                slot.row.error = r.error;
            m_failed += r.ok() ? 0 : 1;
            break;
        }
        pump();
    });
}

void RowScript::flush()
{
    while (!m_slots.isEmpty() && m_slots.constFirst().done)
        Q_EMIT rowFinished(m_slots.takeFirst().row);
}
