#pragma once

#include "core/net/ServerProfile.h"

// The real local Parse Servers the test command started (tests/server/server.sh). Their addresses and
// keys come from the environment: PARSEDESK_<WHICH>_SERVER_URL, _APP_ID, _REST_KEY, _CLIENT_KEY, _MASTER_KEY.
//   TEST:   mounted at /parse, demo data, the usual keys
//   ODD:    configured unlike it: mounted at /api, other app id and keys, batchRequestLimit 5, demo data
//   LOCKED: masterKeyIps excludes loopback, so its master key is refused from here; Cloud Code calls are
//           rate-limited to 10 per 3 s (every batch sub-request counts)
//   CUSTOMIDS: like TEST but empty and with allowCustomObjectId (creates may carry their own objectId)
//   STRICT: empty, mounted at /v1/parse, maxLimit 25 (pages are clamped), idempotencyOptions for every path
//           (a repeated X-Parse-Request-Id on a single write answers 159) and allowCustomObjectId
namespace LocalParseServer {
// Empty when the server is configured; otherwise how to start it.
QString missingReason(const char *which = "TEST");
// A profile with every key of that server; useMasterKey off, as a new profile would be.
ServerProfile profile(const char *which = "TEST");
} // namespace LocalParseServer

// Fails the current test (no skip: these tests assert against a real server) when there is none.
#define REQUIRE_LOCAL_PARSE_SERVER()                                                                         \
    do {                                                                                                     \
        const QString reason = LocalParseServer::missingReason();                                            \
        if (!reason.isEmpty())                                                                               \
            QFAIL(qPrintable(reason));                                                                       \
    } while (false)
