#pragma once

#include "core/net/ParseError.h"
#include "core/net/ParseRequest.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>

class ParseClient;

// What the undo journal reads before a write and before an undo: objects by id (ObjectFetcher), for
// ParseConfig::journalClass(), Parse Config from GET /config (no /classes route reads it), and for
// ClassPermissions::journalClass(), each named class's CLP from GET /schemas/CLASS.
class SnapshotReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotReader)

public:
    SnapshotReader(ParseClient *client, const ParseRequest &headers, QObject *parent = nullptr);
    // ids: className -> objectIds. Emits finished() once.
    void fetch(QMap<QString, QStringList> ids);

Q_SIGNALS:
    // As ObjectFetcher::finished; Parse Config as {"params","masterKeyOnly"} under its class and id, a
    // class's CLP as {"classLevelPermissions"}.
    void finished(const QJsonObject &objects, const ParseError &error);

private:
    void done();

    QPointer<ParseClient> m_client;
    ParseRequest m_headers;
    QJsonObject m_objects;
    ParseError m_error;
    int m_open = 0;
};
