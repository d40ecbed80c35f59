#include "ObjectFetcher.h"

#include "ParseClient.h"

#include <QJsonArray>
#include <QTimer>

ObjectFetcher::ObjectFetcher(ParseClient *client, const ParseRequest &headers, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_headers(headers)
{}

void ObjectFetcher::fetch(const QMap<QString, QStringList> &ids)
{
    m_objects = {};
    m_error = {};
    for (auto it = ids.begin(); it != ids.end(); ++it) {
        QStringList unique = it.value();
        unique.removeDuplicates();
        for (qsizetype first = 0; first < unique.size(); first += kChunk) {
            QueryOptions options;
            options.where = {{QStringLiteral("objectId"),
                              QJsonObject{{QStringLiteral("$in"),
                                           QJsonArray::fromStringList(unique.mid(first, kChunk))}}}};
            options.limit = kChunk;
            ParseRequest read = ParseRequest::find(it.key(), options);
            read.masterKey = m_headers.masterKey;
            read.sessionToken = m_headers.sessionToken;
            if (!m_client) {
                m_error = ParseError::cancelled();
                break;
            }
            ++m_open;
            const QString className = it.key();
            connect(m_client->send(read), &ParseReply::finished, this,
                    [this, className](const ParseResult &r) {
                        if (r.ok()) {
                            QJsonObject byId = m_objects.value(className).toObject();
                            const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
                            for (const QJsonValue &v : results)
                                byId.insert(v.toObject().value(QLatin1String("objectId")).toString(), v);
                            m_objects.insert(className, byId);
                        } else if (!m_error.isError()) {
                            m_error = r.error;
                        }
                        if (--m_open == 0)
                            done();
                    });
        }
    }
    if (m_open == 0)
        QTimer::singleShot(0, this, &ObjectFetcher::done);
}

void ObjectFetcher::done()
{
    Q_EMIT finished(m_objects, m_error);
}
