#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

class QUrl;

// One error shape for everything that can go wrong with a request: Parse Server's own
// {"code","error"} replies, its other shapes ({"error":"unauthorized"}, {"code","message"}, an HTML 404),
// transport failures and timeouts, and requests refused before sending (Kind::Config).
struct ParseError
{
    Q_DECLARE_TR_FUNCTIONS(ParseError)

public:
    enum class Kind
    {
        None,
        Parse,
        Http,
        Transport,
        Timeout,
        Decode,
        Config,
        Cancelled,
        Tls // the server's certificate is not trusted: never sent, never retried
    };

    // Parse codes ParseDesk reacts to (REST guide, "Error Codes").
    enum Code
    {
        OtherCause = -1,
        InternalServerError = 1,
        ConnectionFailed = 100,
        ObjectNotFound = 101,
        InvalidQuery = 102,
        InvalidClassName = 103,
        InvalidJson = 107,
        OperationForbidden = 119,
        ScriptFailed = 141,
        ValidationError = 142,
        UsernameTaken = 202,
        DuplicateRequest = 159,
        InvalidSessionToken = 209,
    };

    Kind kind = Kind::None;
    int code = 0;       // Parse error code; 0 when the reply carried none
    int httpStatus = 0; // 0 when no HTTP reply arrived
    QString message;    // the server's own words, or ours for transport/config errors
    // A write whose reply was lost: the server may or may not have applied it, so it is never retried
    // blindly and the user is told to check.
    bool outcomeUnknown = false;
    // Kind::Tls: the SHA-256 fingerprint of the server's certificate, which a profile may choose to trust.
    QString certificate;
    // Kind::Http with a 3xx status: where the server pointed. Never followed: keys and writes stay with the
    // profile's server; the user decides whether the profile's URL should change.
    QString redirectTo;

    bool isError() const { return kind != Kind::None; }
    // Parse Server's answer to a wrong app id, a wrong key or a master key from an address not in
    // masterKeyIps: HTTP 403 {"error":"unauthorized"}, all alike.
    bool isUnauthorized() const
    {
        return httpStatus == 403 && code == 0 && message == QLatin1String("unauthorized");
    }
    // A one-line, translated explanation for people: what happened and what to check.
    QString describe() const;
    // The same as the first sentence of a longer message: an unreachable server is named by its URL.
    QString describeAt(const QUrl &server) const;

    // Maps a complete HTTP reply to an error (Kind::None for a success) and hands back the decoded
    // body, so a reply is parsed once.
    static ParseError fromHttpReply(int httpStatus, const QByteArray &body, const QByteArray &contentType,
                                    QJsonValue *decoded = nullptr);
    static ParseError transport(const QString &message);
    // receiving: the reply's headers had arrived and its body stalled.
    static ParseError timeout(int timeoutMs, bool receiving = false);
    static ParseError redirect(int httpStatus, const QString &target);
    // The reply was refused for its size (ParseClient's reply cap).
    static ParseError tooLarge(qint64 bytes, qint64 cap);
    static ParseError config(const QString &message);
    static ParseError cancelled(const QString &message = {});
    // details: what is wrong with the certificate and what it is (TlsTrust::describe).
    static ParseError tls(const QString &details, const QString &fingerprint);

private:
    QString describeKind() const;
};

Q_DECLARE_METATYPE(ParseError)
