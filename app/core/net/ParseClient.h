#pragma once

#include "ParseReply.h"
#include "ServerProfile.h"

#include <QNetworkRequest>
#include <QObject>

class QNetworkAccessManager;

// The only thing that speaks to a Parse Server for one profile: URLs, headers, keys, timeouts,
// error mapping and the per-request log signal live here.
class ParseClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParseClient)

public:
    ParseClient(ServerProfile profile, QNetworkAccessManager *network, QObject *parent = nullptr);

    const ServerProfile &profile() const { return m_profile; }
    void setProfile(const ServerProfile &profile) { m_profile = profile; }

    // Sends the request; the returned reply emits finished() exactly once, then deletes itself.
    ParseReply *send(const ParseRequest &request);

    QUrl url(const ParseRequest &request) const;
    // The request with every header it will carry (used for sending and for "copy as curl").
    QNetworkRequest networkRequest(const ParseRequest &request) const;
    bool sendsMasterKey(const ParseRequest &request) const;

    // Replies larger than this are decoded on a worker thread.
    static constexpr qsizetype kOffThreadDecodeBytes = 256 * 1024;

Q_SIGNALS:
    // Every completion, for the request log and the status bar; the URL in it is redacted.
    void requestFinished(const ParseResult &result);

private:
    void finish(ParseReply *reply, const ParseResult &result);

    ServerProfile m_profile;
    QNetworkAccessManager *m_network;
};
