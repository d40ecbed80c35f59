#pragma once

#include "core/net/ServerProfile.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

// One LiveQuery subscription over a WebSocket (JSON messages: connect, subscribe, then create / enter /
// update / leave / delete events). Reconnects with backoff and subscribes again; says unavailable() when
// the server never accepted a LiveQuery connection, so callers can fall back to polling.
class LiveQueryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveQueryClient)

public:
    explicit LiveQueryClient(const ServerProfile &profile, QObject *parent = nullptr);
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
    void giveUp(const QString &reason);

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
    QString m_lastError;
    bool m_tlsRefused = false; // the last attempt met a certificate the profile does not trust
};
