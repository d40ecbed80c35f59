#pragma once

#include "core/net/ParseClient.h"
#include "core/net/ParseError.h"
#include "core/net/ServerProfile.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>

// One LiveQuery subscription over a WebSocket (JSON messages: connect, subscribe, then create / enter /
// update / leave / delete events). Reconnects with backoff and subscribes again; says unavailable() when
// the server never accepted a LiveQuery connection, so callers can fall back to polling. Its traffic
// (connect, subscribe, events, errors, closes) goes to the client's request log.
class LiveQueryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveQueryClient)

public:
    // Connects with the client's profile and reports its traffic through it (ParseClient::reportLiveQuery).
    explicit LiveQueryClient(ParseClient *client, QObject *parent = nullptr);
    ~LiveQueryClient() override;

    // ws(s)://host:port/<mount>, where Parse Server's LiveQuery server listens beside the REST API.
    static QUrl urlFor(const ServerProfile &profile);

    void subscribe(const QString &className, const QJsonObject &where, const QStringList &keys = {});
    void close();
    bool isSubscribed() const { return m_subscribed; }

Q_SIGNALS:
    // After every (re)subscription: events may have been missed while away, so callers resync.
    void subscribed();
    // A create, enter, update, leave or delete event for the subscription.
    void objectEvent(const QString &op, const QJsonObject &object);
    // Lost after having worked: retrying in retryMs.
    void interrupted(const QString &reason, int retryMs);
    // Never worked (no LiveQuery server here, keys refused): no retry.
    void unavailable(const QString &reason);

private:
    void open();
    void onConnected();
    void onMessage(const QString &text);
    void onDisconnected();
    void giveUp();
    // The reason interrupted() and unavailable() give for the last error.
    QString reason() const;
    // What the request log shows as the path of the connect and the subscribe steps.
    QString connectPath() const;
    QString subscribePath() const;
    // One request-log row. A row that ends the connect or subscribe step under way (endsStep) carries when
    // the step was sent and how long it took; any other row the time it happened.
    void report(const QString &path, const QString &status, const ParseError &error, qint64 bytes = 0,
                bool endsStep = false);

    QPointer<ParseClient> m_client;
    ServerProfile m_profile;
    QWebSocket m_socket;
    QTimer m_retryTimer;
    QTimer m_handshakeTimer; // a server that takes the socket but never confirms the subscription
    QString m_className;
    QJsonObject m_where;
    QStringList m_keys;
    int m_requestId = 0;
    int m_failures = 0;
    bool m_everSubscribed = false;
    bool m_subscribed = false;
    bool m_closing = false;
    ParseError m_lastError;
    QDateTime m_stepStartedAt; // when the connect or subscribe under way was sent
    QElapsedTimer m_stepTimer;
    bool m_tlsRefused = false; // the last attempt met a certificate the profile does not trust
};
