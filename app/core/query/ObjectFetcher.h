#pragma once

#include "core/net/ParseError.h"
#include "core/net/ParseRequest.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

class CursorPager;
class ParseClient;

// Reads objects by id, many classes at once, in chunks of kChunk ids per query, all in parallel. Each
// chunk is paged by objectId until every id was found or an empty page shows the rest do not exist: a
// server's maxLimit clamps a page below kChunk without saying so, and then the rest of the chunk is read
// in parallel chunks of the clamped size. One query for up to 1,000 ids: a far server's parallel queries
// each wait for a connection of their own (TCP and TLS round trips) where one query needs none. The undo
// journal uses it for the snapshot before a write and for the state before an undo.
class ObjectFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectFetcher)

public:
    static constexpr int kChunk = 1000;

    // headers: the reads carry the same key and session token as this request (the write they go with).
    ObjectFetcher(ParseClient *client, const ParseRequest &headers, QObject *parent = nullptr);

    // The key under which an object read with only some fields lists them (objectId and updatedAt among
    // them): for such an object, a field it lacks is unset only when it is listed there.
    static QString readKeysKey();

    // ids: className -> objectIds. Emits finished() once (queued when there is nothing to read).
    // keys: className -> the only fields to read of that class's objects (Parse's keys); all without.
    void fetch(const QMap<QString, QStringList> &ids, const QMap<QString, QStringList> &keys = {});

Q_SIGNALS:
    // objects: className -> objectId -> object, for the ids that exist (and can be read); error: the
    // first read that failed (then objects is incomplete).
    void finished(const QJsonObject &objects, const ParseError &error);

private:
    // Pages through one chunk of ids, pageSize at a time.
    void readChunk(const QString &className, const QStringList &chunk, const QStringList &keys, int pageSize);
    void readPage(const QString &className, const std::shared_ptr<CursorPager> &pager,
                  const QStringList &keys, const QStringList &chunk);
    void done();

    QPointer<ParseClient> m_client;
    ParseRequest m_headers;
    QJsonObject m_objects;
    ParseError m_error;
    int m_open = 0;
};
