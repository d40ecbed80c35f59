#pragma once

#include <QString>

class ParseClient;
struct ParseRequest;

// A request as a curl command that sends what ParseDesk would send: the URL, every header and the body.
// Keys and session tokens appear as placeholders such as <REST_API_KEY>: commands get pasted into chats.
// A GET's URL parameters are spelled out with --data-urlencode, so a where reads as JSON.
namespace CurlCommand {
QString of(const ParseClient &client, const ParseRequest &request);
// "X-Parse-REST-API-Key" -> "<REST_API_KEY>".
QString placeholder(const QString &headerName);
// 'text' for a POSIX shell.
QString shellQuote(const QString &text);
} // namespace CurlCommand
