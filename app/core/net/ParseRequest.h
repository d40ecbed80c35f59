#pragma once

#include "core/data/QueryOptions.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUrlQuery>

// A request as a value: built here, sent by ParseClient (or the RequestQueue), answered by one ParseResult.
// Paths are relative to the profile's mount ("/classes/Room"); the client adds the mount.
struct ParseRequest
{
    enum class Method
    {
        Get,
        Post,
        Put,
        Delete
    };
    // Admin routes need the master key whatever the profile says; data routes follow the profile.
    enum class MasterKey
    {
        FromProfile,
        Required,
        Never
    };
    // JSON is what Parse expects; some older clients post form-urlencoded fields, which it also accepts.
    enum class BodyEncoding
    {
        Json,
        Form
    };

    // Under a request budget, interactive requests go before background refreshes.
    enum class Priority
    {
        Interactive,
        Background
    };

    Method method = Method::Get;
    QString path;
    QUrlQuery query; // URL parameters (GET)
    QJsonValue body; // undefined: no body
    // When set, the JSON body as sent, for a body whose key order matters (a compound index's fields),
    // which `body` cannot keep: a QJsonObject sorts its keys. `body` holds the same value, for display.
    QByteArray jsonText;
    BodyEncoding bodyEncoding = BodyEncoding::Json;
    MasterKey masterKey = MasterKey::FromProfile;
    QString sessionToken; // overrides none; sent as X-Parse-Session-Token when set
    int timeoutMs = 0;    // 0: the profile's timeout
    Priority priority = Priority::Interactive;
    // How often a read is sent again after a transport error, timeout, 429 or 502-504 (writes never are).
    int maxRetries = 2;
    // For the undo journal: which part of ParseDesk wrote this ("browser", "batch", "import", "undo") and
    // the user action it belongs to (writes sharing an actionId form one journal entry).
    QString origin;
    QString actionId;
    static QString newActionId();
    // Sent as X-Parse-Request-Id with every write; ParseClient gives each write a fresh UUID and keeps it
    // across its own retries, so a server with idempotencyOptions refuses a repeat (code 159).
    QString requestId;
    // Objects read right before this write (className -> objectId -> object, as ObjectFetcher reads them)
    // with the same key and session token: the undo journal may take its snapshot from them instead of
    // reading again. Implicitly shared, so handing a page's objects to each of its writes is cheap.
    QJsonObject readBefore;

    // Whether sending this may change data: anything but a GET, except a /batch of GETs only. Cloud
    // functions and jobs count as writes, since their code may write.
    bool isWrite() const;
    // A find whose "results" the caller reads as ObjectRows (ParseResult::rows), decoded with simdjson,
    // instead of as QJsonObjects in ParseResult::json.
    bool compactRows = false;

    // Operations this request carries: the items of a /batch, else 1.
    int operationCount() const;

    QByteArray methodName() const;
    static bool methodFromName(QStringView name, Method *method);
    // The body as sent on the wire, empty when there is none; contentType() names its encoding.
    QByteArray encodedBody() const;
    QByteArray contentType() const;

    static ParseRequest find(const QString &className, const QueryOptions &options);
    // Exact unless estimate is set (see QueryOptions::estimateCount); estimates are fast on huge classes.
    static ParseRequest count(const QString &className, const QJsonObject &where = {}, bool estimate = false);
    static ParseRequest getObject(const QString &className, const QString &objectId);
    static ParseRequest createObject(const QString &className, const QJsonObject &fields);
    static ParseRequest updateObject(const QString &className, const QString &objectId,
                                     const QJsonObject &fields);
    static ParseRequest deleteObject(const QString &className, const QString &objectId);
    static ParseRequest schemas();
    static ParseRequest schema(const QString &className);
    static ParseRequest createSchema(const QString &className, const QJsonObject &schema);
    static ParseRequest updateSchema(const QString &className, const QJsonObject &schema);
    static ParseRequest deleteSchema(const QString &className);
    // Deletes every object of the class (Parse deletes only empty classes' schemas).
    static ParseRequest purgeClass(const QString &className);
    static ParseRequest callFunction(const QString &name, const QJsonObject &params);
    static ParseRequest runJob(const QString &name, const QJsonObject &params);
    static ParseRequest batch(const QJsonArray &requests, bool transaction);
    static ParseRequest serverInfo();
    static ParseRequest health();

    static QString classPath(const QString &className);

    // The request as one item of a /batch body: {method, path with the mount, body}. A GET's URL
    // parameters travel in its body there (where as an object, limit/skip/count as numbers).
    QJsonObject batchItem(const QString &mountPath) const;
    // Batch sub-request paths must carry the mount ("/parse/classes/A"); "/classes/A" gets it added.
    static QString withMount(const QString &path, const QString &mountPath);
};

Q_DECLARE_METATYPE(ParseRequest)
