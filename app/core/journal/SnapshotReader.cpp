#include "core/journal/SnapshotReader.h"

#include "core/data/ClassPermissions.h"
#include "core/data/ParseConfig.h"
#include "core/net/AdminRequest.h"
#include "core/net/ParseClient.h"
#include "core/query/ObjectFetcher.h"

SnapshotReader::SnapshotReader(ParseClient *client, const ParseRequest &headers, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_headers(headers)
{}

void SnapshotReader::fetch(QMap<QString, QStringList> ids)
{
    m_open = 1;
    if (ids.remove(ParseConfig::journalClass()) > 0 && m_client) {
        ++m_open;
        ParseRequest request = AdminRequest::config();
        request.sessionToken = m_headers.sessionToken;
        connect(m_client->send(request), &ParseReply::finished, this, [this](const ParseResult &r) {
            if (r.ok())
                m_objects.insert(
                    ParseConfig::journalClass(),
                    QJsonObject{{ParseConfig::journalId(), ParseConfig::fromJson(r.object()).toJson()}});
            else if (!m_error.isError())
                m_error = r.error;
            done();
        });
    }
    // A class's CLP from its schema, one GET /schemas/CLASS per class.
    const QString clp = QStringLiteral("classLevelPermissions");
    for (const QString &className : ids.take(ClassPermissions::journalClass())) {
        if (!m_client)
            break;
        ++m_open;
        ParseRequest request = ParseRequest::schema(className);
        request.sessionToken = m_headers.sessionToken;
        connect(m_client->send(request), &ParseReply::finished, this,
                [this, className, clp](const ParseResult &r) {
                    if (r.ok()) {
                        QJsonObject schemas = m_objects.value(ClassPermissions::journalClass()).toObject();
                        schemas.insert(className, QJsonObject{{clp, r.object().value(clp)}});
                        m_objects.insert(ClassPermissions::journalClass(), schemas);
                    } else if (!m_error.isError()) {
                        m_error = r.error;
                    }
                    done();
                });
    }
    auto *fetcher = new ObjectFetcher(m_client, m_headers, this);
    connect(fetcher, &ObjectFetcher::finished, this,
            [this, fetcher](const QJsonObject &objects, const ParseError &error) {
                fetcher->deleteLater();
                for (auto it = objects.begin(); it != objects.end(); ++it)
                    m_objects.insert(it.key(), it.value());
                if (error.isError() && !m_error.isError())
                    m_error = error;
                done();
            });
    fetcher->fetch(ids);
}

void SnapshotReader::done()
{
    if (--m_open == 0)
        Q_EMIT finished(m_objects, m_error);
}
