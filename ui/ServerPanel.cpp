#include "ui/ServerPanel.h"

#include "core/models/ServerInfoModel.h"
#include "core/session/Connection.h"
#include "ui/ServerConfigPane.h"
#include "ui/ServerInfoPane.h"
#include "ui/ServerLogPane.h"

#include <QTabWidget>
#include <QVBoxLayout>

ServerPanel::ServerPanel(QWidget *parent)
    : QWidget(parent)
    , m_info(new ServerInfoModel(this))
    , m_tabs(new QTabWidget(this))
    , m_infoPane(new ServerInfoPane(m_info, m_tabs))
    , m_configPane(new ServerConfigPane(m_tabs))
    , m_logPane(new ServerLogPane(m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("serverTabWidget"));
    m_infoPane->setObjectName(QStringLiteral("serverInfoPane"));
    m_configPane->setObjectName(QStringLiteral("serverConfigPane"));
    m_logPane->setObjectName(QStringLiteral("serverLogPane"));
    m_tabs->addTab(m_infoPane, tr("Info"));
    m_tabs->addTab(m_configPane, tr("Config"));
    m_tabs->addTab(m_logPane, tr("Logs"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_info, &ServerInfoModel::changed, this, &ServerPanel::followInfo);
    followInfo();
}

void ServerPanel::setConnection(Connection *connection)
{
    m_connection = connection;
    m_asked = false;
    m_configGiven = false;
    m_logsGiven = false;
    m_configPane->setClient(nullptr);
    m_logPane->setClient(nullptr);
    m_infoPane->setConnection(connection);
    m_info->setClient(nullptr);
    if (isVisible())
        ask();
}

ConfigModel *ServerPanel::configModel() const
{
    return m_configPane->model();
}

void ServerPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ask();
}

void ServerPanel::ask()
{
    if (m_connection && !m_asked) {
        m_asked = true;
        m_info->setClient(m_connection->client());
    }
}

void ServerPanel::followInfo()
{
    const std::pair<ServerInfoModel::Panel, QWidget *> panes[] = {
        {ServerInfoModel::Panel::Config, m_configPane}, {ServerInfoModel::Panel::Logs, m_logPane}};
    for (const auto &[panel, pane] : panes) {
        const QString reason = m_info->unavailableReason(panel);
        const int tab = m_tabs->indexOf(pane);
        m_tabs->setTabEnabled(tab, reason.isEmpty());
        m_tabs->setTabToolTip(tab, reason);
    }
    // A pane asks its server once the server is known to allow it.
    if (!m_connection)
        return;
    if (!m_configGiven && m_info->unavailableReason(ServerInfoModel::Panel::Config).isEmpty()) {
        m_configGiven = true;
        m_configPane->setClient(m_connection->client());
    }
    if (!m_logsGiven && m_info->unavailableReason(ServerInfoModel::Panel::Logs).isEmpty()) {
        m_logsGiven = true;
        m_logPane->setClient(m_connection->client());
    }
}
