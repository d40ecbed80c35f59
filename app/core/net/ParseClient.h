#pragma once

#include "core/net/ParseReply.h"
#include "core/net/ServerProfile.h"
#include "core/net/WriteGate.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslConfiguration;
class QSslError;
class RequestBudget;

// The only thing that speaks to a Parse Server for one profile: URLs, headers, keys, timeouts,
// error mapping and the per-request log signal live here.
class ParseClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParseClient)

public:
    ParseClient(ServerProfile profile, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ParseClient() override;

    const ServerProfile &profile() const { return m_profile; }
    // A profile that becomes a production one is locked again.
    void setProfile(const ServerProfile &profile);

    // A production profile starts read-only: every write (ParseRequest::isWrite) is refused here, before
    // it is sent, until writes are unlocked. This is the one place that enforces it for every panel.
    bool writesLocked() const { return m_writesLocked; }
    void setWritesLocked(bool locked);

    // Requests without a session token of their own carry this one (a user's, to act as that user);
    // empty for none.
    void setSessionToken(const QString &token) { m_sessionToken = token; }
    const QString &sessionToken() const { return m_sessionToken; }

    // Writes pass through the gate (the undo journal) before they are sent; nullptr for none.
    void setWriteGate(WriteGate *gate);
    WriteGate *writeGate() const { return m_writeGate; }

    // Sends the request; the returned reply emits finished() exactly once, then deletes itself.
    ParseReply *send(const ParseRequest &request);

    // Opens the connection to the server (TCP, and TLS for https) ahead of need, into the network access
    // manager's pool, where the next request finds it. Servers close idle keep-alive connections (Parse
    // Server after 5 s), and a far server's next request then pays the TCP and TLS round trips first. For
    // the UI to call on cheap signs of intent (the pointer over the class list, a filter being typed)
    // rather than a periodic ping: it sends no request, and an open connection is reused as it is. Calls
    // within kWarmUpEveryMs of the last one do nothing.
    void warmUp();
    static constexpr int kWarmUpEveryMs = 1000;

    QUrl url(const ParseRequest &request) const;
    // The request with every header it will carry (used for sending and for "copy as curl").
    QNetworkRequest networkRequest(const ParseRequest &request) const;
    bool sendsMasterKey(const ParseRequest &request) const;
    // The server URL a redirect of this request implies (its target without the request's own path), or
    // an empty URL when the target does not end with that path.
    static QUrl serverUrlFromRedirect(const ParseResult &result);
    // Text from a server or a proxy with this profile's keys and the request's session token taken out: a
    // server or proxy may echo what it was sent.
    QString redacted(const QString &text, const ParseRequest &request) const;
    // LiveQuery traffic (LiveQueryClient's own WebSocket) goes out through requestFinished like an HTTP
    // exchange, so the request log shows it; its path and error text are redacted here as HTTP ones are.
    void reportLiveQuery(ParseResult traffic);

    // Requests wait for the budget (interactive first); nullptr sends at once. The client owns it.
    void setBudget(std::unique_ptr<RequestBudget> budget);
    RequestBudget *budget() const { return m_budget.get(); }
    int heldCount() const { return int(m_held.size()); }
    qint64 pausedForMs() const;

    // Replies larger than this are decoded on a worker thread.
    static constexpr qsizetype kOffThreadDecodeBytes = 256 * 1024;
    // Request bodies above this go deflated (Content-Encoding: deflate, which Parse Server's body parser
    // reads). Qt writes a request in 16 KB pieces, and a piece that waits for the server's delayed ACK
    // (Nagle) costs a local batch of 200 creates 40 ms; deflated, the body fits one piece. It also sends a
    // fifth of the bytes to a remote server.
    static constexpr qsizetype kDeflateAboveBytes = 16 * 1024;
    // A find whose URL would be longer goes as POST with "_method":"GET": servers and proxies refuse long
    // URLs (Node's header limit is 16 KB, many proxies' 8 KB).
    static constexpr qsizetype kMaxGetUrlBytes = 4096;
    // Replies larger than this are refused, not held in memory (a page of a million rows of a wide class
    // fits). Both the announced length and the bytes as they arrive are checked.
    static constexpr qint64 kDefaultMaxReplyBytes = qint64(512) * 1024 * 1024;
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    qint64 maxReplyBytes() const { return m_maxReplyBytes; }

Q_SIGNALS:
    // Every HTTP exchange (retries too), for the request log and the status bar; the URL is redacted.
    void requestFinished(const ParseResult &result);
    // Requests wait: the budget is spent or the server asked for a pause. 0 when nothing waits.
    void throttled(qint64 waitMs, int held);
    void writesLockedChanged(bool locked);

private:
    struct Parked
    {
        ParseReply *reply;
        ParseResult base;
    };
    void refuse(ParseReply *reply, const ParseResult &base, const ParseError &error);
    void admit(ParseReply *reply, const ParseResult &base);
    void submit(ParseReply *reply, ParseResult base);
    void dispatch(ParseReply *reply, const ParseResult &base);
    void settle(ParseReply *reply, const ParseResult &base, ParseResult result);
    void releaseHeld();
    void cancelParked(ParseReply *reply);
    bool isOwnWarmUp(const QNetworkReply *reply) const;
    // Why the connection's certificate is not to be trusted: neither the pinned one nor valid on its own.
    QList<QSslError> pinViolations(const QSslConfiguration &tls) const;
    int retryDelayMs(const ParseResult &result) const;

    ServerProfile m_profile;
    QNetworkAccessManager *m_network;
    std::unique_ptr<RequestBudget> m_budget;
    std::deque<Parked> m_held;                   // waiting for the budget, interactive ones first
    QHash<ParseReply *, ParseResult> m_retrying; // waiting to be sent again
    QTimer m_releaseTimer;
    qint64 m_pausedUntil = 0; // ms since epoch: the server asked for a pause
    bool m_writesLocked;
    QString m_sessionToken;
    qint64 m_maxReplyBytes = kDefaultMaxReplyBytes;
    bool m_plainBodies = false; // the server refused a deflated body (415): send them as they are
    QPointer<WriteGate> m_writeGate;
    QHash<ParseReply *, ParseResult> m_admitting; // waiting for the write gate
    QElapsedTimer m_warmedUp;                     // since the last warmUp() that went out
};
