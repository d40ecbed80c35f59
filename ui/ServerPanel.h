#pragma once

#include <QWidget>

class ConfigModel;
class Connection;
class QTabWidget;
class ServerConfigPane;
class ServerInfoModel;
class ServerHooksPane;
class ServerInfoPane;
class ServerJobsPane;
class ServerLogPane;

// The main window's Server tab: what the server is and allows (Info), Parse Config, the server's log,
// its jobs and its webhooks.
// A tab the server or this connection's key does not support is disabled, saying why, before anyone tries
// it; its pane gets the connection only once it is known to work.
class ServerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPanel)

public:
    explicit ServerPanel(QWidget *parent = nullptr);

    // null: not connected. Nothing is asked of the server until the panel is shown.
    void setConnection(Connection *connection);
    // The Config pane's parameters: leaving the connection asks about their unsaved edits.
    ConfigModel *configModel() const;
    // Shows the Logs tab with the server's log around that time.
    void showLogAround(const QDateTime &time);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ask();
    void followInfo();
    // Each pane but Info with the panel it is, and how it gets the connection's client.
    template <typename F> void forEachPane(F &&each);

    Connection *m_connection = nullptr;
    ServerInfoModel *m_info;
    QTabWidget *m_tabs;
    ServerInfoPane *m_infoPane;
    ServerConfigPane *m_configPane;
    ServerLogPane *m_logPane;
    ServerJobsPane *m_jobsPane;
    ServerHooksPane *m_hooksPane;
    bool m_asked = false; // the info model has this connection's client
    int m_given = 0;      // the panes that have it, a bit per ServerInfoModel::Panel
};
