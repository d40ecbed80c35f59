#include "ui/ServerPanel.h"

#include "core/models/ServerInfoModel.h"
#include "core/session/Connection.h"
#include "ui/ServerConfigPane.h"
#include "ui/ServerHooksPane.h"
#include "ui/ServerInfoPane.h"
#include "ui/ServerJobsPane.h"
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
    , m_jobsPane(new ServerJobsPane(m_tabs))
    , m_hooksPane(new ServerHooksPane(m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("serverTabWidget"));
    m_infoPane->setObjectName(QStringLiteral("serverInfoPane"));
    m_configPane->setObjectName(QStringLiteral("serverConfigPane"));
    m_logPane->setObjectName(QStringLiteral("serverLogPane"));
    m_jobsPane->setObjectName(QStringLiteral("serverJobsPane"));
    m_hooksPane->setObjectName(QStringLiteral("serverHooksPane"));
    m_tabs->addTab(m_infoPane, tr("Info"));
    m_tabs->addTab(m_configPane, tr("Config"));
    m_tabs->addTab(m_logPane, tr("Logs"));
    m_tabs->addTab(m_jobsPane, tr("Jobs"));
    m_tabs->addTab(m_hooksPane, tr("Webhooks"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_info, &ServerInfoModel::changed, this, &ServerPanel::followInfo);
    followInfo();
}

template <typename F> void ServerPanel::forEachPane(F &&each)
{
    using Panel = ServerInfoModel::Panel;
    each(Panel::Config, m_configPane, [this](ParseClient *client) { m_configPane->setClient(client); });
    each(Panel::Logs, m_logPane, [this](ParseClient *client) { m_logPane->setClient(client); });
    each(Panel::Jobs, m_jobsPane, [this](ParseClient *client) { m_jobsPane->setClient(client); });
    each(Panel::Hooks, m_hooksPane, [this](ParseClient *client) { m_hooksPane->setClient(client); });
}

void ServerPanel::setConnection(Connection *connection)
{
    m_connection = connection;
    m_asked = false;
    m_given = 0;
    forEachPane([](ServerInfoModel::Panel, QWidget *, const auto &give) { give(nullptr); });
    m_infoPane->setConnection(connection);
    m_info->setClient(nullptr);
    if (isVisible())
        ask();
}

void ServerPanel::showLogAround(const QDateTime &time)
{
    m_tabs->setCurrentWidget(m_logPane);
    m_logPane->showAround(time);
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
    forEachPane([this](ServerInfoModel::Panel panel, QWidget *pane, const auto &give) {
        const QString reason = m_info->unavailableReason(panel);
        const int tab = m_tabs->indexOf(pane);
        m_tabs->setTabEnabled(tab, reason.isEmpty());
        m_tabs->setTabToolTip(tab, reason);
        // A pane asks its server once the server is known to allow it.
        const int bit = 1 << int(panel);
        if (m_connection && reason.isEmpty() && !(m_given & bit)) {
            m_given |= bit;
            give(m_connection->client());
        }
    });
}
