#pragma once

#include "core/batch/BatchDocument.h"

class ParseClient;

// "Copy as": a batch document as code that sends the same POST /batch ParseDesk would send (URL, headers
// and body from the client's profile), for a terminal, a Roblox game or a JavaScript app.
namespace CodeExport {

enum class Language
{
    Curl,
    RobloxLua,       // HttpService:PostAsync with a JSON-encoded Lua table, as Roblox games call Parse
    JavaScriptFetch, // fetch() with the batch body
    ParseJsSdk       // the Parse JS SDK's own objects and queries, where the operations map onto them
};

struct Output
{
    QString code;
    QString error; // why there is no code: an invalid document, an operation the SDK has no call for
    QStringList placeholders = {}; // those the code holds, such as <REST_API_KEY>, for the user to fill in
    bool ok() const { return error.isEmpty(); }
};

QList<Language> languages();
QString languageName(Language language);

// Keys (master, REST, client, session token) appear as placeholders such as <REST_API_KEY> unless
// includeKeys is set: copied code travels through chats and tickets. Output::placeholders lists them.
Output render(Language language, const BatchDocument &document, const ParseClient &client,
              bool includeKeys = false);

} // namespace CodeExport
