#pragma once

#include <QPointer>
#include <QStatusBar>

class BudgetMeter;
class Connection;
class QLabel;
class QueueStatusLabel;
class SecretStore;
struct ParseResult;
struct ServerProfile;

// The main window's status bar: the connection and its server's version, the last request's time, the
// connection's queue and budget, and a note while keys are kept for this session only.
class ConnectionStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusBar)

public:
    explicit ConnectionStatusBar(QWidget *parent = nullptr);

    // Where the keys are kept: the note shows while they are not written to disk.
    void setSecretStore(SecretStore *secrets);
    // The connection being opened or open; null: not connected.
    void showProfile(const ServerProfile *profile);
    // The open connection, whose requests, queue and budget are shown; null: none.
    void setConnection(Connection *connection);
    // Asks the connection's server for its version (/serverInfo, which needs the master key).
    void askServerVersion();
    bool isAskingVersion() const { return m_versionPending; }

private:
    void showRequest(const ParseResult &result);
    void updateKeychainNote();

    QLabel *m_profileLabel;
    QLabel *m_versionLabel;
    QLabel *m_latencyLabel;
    QLabel *m_keychainLabel;
    QueueStatusLabel *m_queueLabel;
    BudgetMeter *m_budgetMeter;
    SecretStore *m_secrets = nullptr;
    QPointer<Connection> m_connection;
    bool m_versionPending = false;
};
