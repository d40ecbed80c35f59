#pragma once

#include <QWidget>

class BudgetMeter;
class Connection;
class QLabel;
class QTableView;
class QueueStatusLabel;
class ServerInfoModel;

// The server panel's Info tab: the server's version and health, what it allows (/serverInfo features),
// which server tabs cannot work here and why, and the profile's request budget and queue.
class ServerInfoPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerInfoPane)

public:
    ServerInfoPane(ServerInfoModel *info, QWidget *parent = nullptr);

    // null: not connected.
    void setConnection(Connection *connection);

private:
    void showInfo();

    ServerInfoModel *m_info;
    QLabel *m_versionLabel;
    QLabel *m_healthLabel;
    QLabel *m_budgetLabel;
    QLabel *m_availabilityLabel;
    BudgetMeter *m_budgetMeter;
    QueueStatusLabel *m_queueLabel;
    QTableView *m_featuresView;
};
