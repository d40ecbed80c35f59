#include "core/query/ObjectFetcher.h"

#include "core/net/ParseClient.h"
#include "core/query/CursorPager.h"

#include <QJsonArray>
#include <QTimer>

namespace {
// The fields to ask for: the caller's, with what paging by id and comparing dates need; none for all.
QStringList readKeys(QStringList keys)
{
    if (keys.isEmpty())
        return keys;
    keys << QStringLiteral("objectId") << QStringLiteral("updatedAt");
    keys.removeDuplicates();
    return keys;
}
} // namespace

ObjectFetcher::ObjectFetcher(ParseClient *client, const ParseRequest &headers, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_headers(headers)
{}

QString ObjectFetcher::readKeysKey()
{
    // Parse field names start with a letter, so no field of an object can take this name.
    return QStringLiteral("__readKeys");
}

void ObjectFetcher::fetch(const QMap<QString, QStringList> &ids, const QMap<QString, QStringList> &keys)
{
    m_objects = {};
    m_error = {};
    for (auto it = ids.begin(); it != ids.end() && !m_error.isError(); ++it) {
        QStringList unique = it.value();
        unique.removeDuplicates();
        for (qsizetype first = 0; first < unique.size() && !m_error.isError(); first += kChunk)
            readChunk(it.key(), unique.mid(first, kChunk), readKeys(keys.value(it.key())), kChunk);
    }
    if (m_open == 0)
        QTimer::singleShot(0, this, &ObjectFetcher::done);
}

void ObjectFetcher::readChunk(const QString &className, const QStringList &chunk, const QStringList &keys,
                              int pageSize)
{
    if (!m_client) {
        m_error = ParseError::cancelled();
        return;
    }
    auto pager = std::make_shared<CursorPager>(
        QJsonObject{{QStringLiteral("objectId"),
                     QJsonObject{{QStringLiteral("$in"), QJsonArray::fromStringList(chunk)}}}},
        QStringLiteral("objectId"), false, false, pageSize);
    pager->setKnownTotal(chunk.size());
    ++m_open;
    readPage(className, pager, keys, chunk);
}

void ObjectFetcher::readPage(const QString &className, const std::shared_ptr<CursorPager> &pager,
                             const QStringList &keys, const QStringList &chunk)
{
    QueryOptions query = pager->nextQuery();
    query.keys = keys;
    const int asked = query.limit.value_or(0);
    ParseRequest read = ParseRequest::find(className, query);
    read.masterKey = m_headers.masterKey;
    read.sessionToken = m_headers.sessionToken;
    connect(m_client->send(read), &ParseReply::finished, this,
            [this, className, pager, keys, chunk, asked](const ParseResult &r) {
                if (!r.ok()) {
                    if (!m_error.isError())
                        m_error = r.error;
                } else if (!m_error.isError()) {
                    QJsonObject byId = m_objects.value(className).toObject();
                    const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
                    for (const QJsonValue &v : results) {
                        QJsonObject object = v.toObject();
                        if (!keys.isEmpty())
                            object.insert(readKeysKey(), QJsonArray::fromStringList(keys));
                        byId.insert(object.value(QLatin1String("objectId")).toString(), object);
                    }
                    m_objects.insert(className, byId);
                    const int clamped = int(results.size());
                    const bool more = pager->advance(results);
                    if (more && clamped > 0 && clamped < asked) {
                        // A server's maxLimit clamped the page: the ids still missing are read in
                        // parallel chunks of the page it gives, not one clamped page after another.
                        QStringList missing;
                        for (const QString &id : chunk) {
                            if (!byId.contains(id))
                                missing.append(id);
                        }
                        for (qsizetype first = 0; first < missing.size() && !m_error.isError();
                             first += clamped)
                            readChunk(className, missing.mid(first, clamped), keys, clamped);
                    } else if (more) {
                        if (m_client) {
                            readPage(className, pager, keys, chunk);
                            return;
                        }
                        m_error = ParseError::cancelled();
                    } else if (pager->stalled()) {
                        m_error = ParseError::config(
                            tr("the server answered the same page of %1 again (it ignores the query's where)")
                                .arg(className));
                    }
                }
                if (--m_open == 0)
                    done();
            });
}

void ObjectFetcher::done()
{
    Q_EMIT finished(m_objects, m_error);
}
