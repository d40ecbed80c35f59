#pragma once

#include <QWidget>

class ConfigModel;
class Connection;
class QTabWidget;
class ServerConfigPane;
class ServerInfoModel;
class ServerInfoPane;
class ServerLogPane;

// The main window's Server tab: what the server is and allows (Info), Parse Config and the server's log.
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ask();
    void followInfo();

    Connection *m_connection = nullptr;
    ServerInfoModel *m_info;
    QTabWidget *m_tabs;
    ServerInfoPane *m_infoPane;
    ServerConfigPane *m_configPane;
    ServerLogPane *m_logPane;
    bool m_asked = false;       // the info model has this connection's client
    bool m_configGiven = false; // the config pane has it
    bool m_logsGiven = false;
};
