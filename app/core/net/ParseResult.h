#pragma once

#include "core/data/ObjectRows.h"
#include "core/net/ParseError.h"
#include "core/net/ParseRequest.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <memory>

// The one completion of a ParseRequest.
struct ParseResult
{
    ParseRequest request;
    QString url;         // as sent, redacted (safe to show and log)
    QString displayPath; // path and decoded query of that URL, for the request log
    int httpStatus = 0;  // 0 when no HTTP reply arrived
    QByteArray rawBody;
    QJsonValue json; // decoded body (undefined when it was not JSON); without "results" for compactRows
    std::shared_ptr<const ObjectRows> rows; // the "results" of a compactRows request that succeeded
    ParseError error;
    QDateTime startedAt;
    qint64 elapsedMs = 0;
    qint64 bytesReceived = 0;
    int retryAfterMs = -1; // from a Retry-After header
    int attempt = 0;       // 0 for the first send, then one more per retry
    // A started job's _JobStatus objectId: POST /jobs/NAME answers it only in the X-Parse-Job-Status-Id
    // header.
    QString jobStatusId;
    // Set for LiveQuery traffic, which is no HTTP exchange: what happened on its WebSocket ("connected",
    // "event: update", "closed" ...). The request log shows it as the status, with the method "WS".
    QString liveQuery;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.toObject(); }
};

Q_DECLARE_METATYPE(ParseResult)
