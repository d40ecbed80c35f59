#include "ui/ServerInfoPane.h"

#include "core/models/ServerInfoModel.h"
#include "core/session/Connection.h"
#include "ui/BudgetMeter.h"
#include "ui/QueueStatusLabel.h"
#include "ui/ToneDelegate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

ServerInfoPane::ServerInfoPane(ServerInfoModel *info, QWidget *parent)
    : QWidget(parent)
    , m_info(info)
    , m_versionLabel(valueLabel(QStringLiteral("serverVersionValueLabel"), this))
    , m_healthLabel(valueLabel(QStringLiteral("serverHealthValueLabel"), this))
    , m_budgetLabel(valueLabel(QStringLiteral("serverBudgetValueLabel"), this))
    , m_availabilityLabel(valueLabel(QStringLiteral("serverAvailabilityLabel"), this))
    , m_budgetMeter(new BudgetMeter(this))
    , m_queueLabel(new QueueStatusLabel(this))
    , m_featuresView(new QTableView(this))
{
    m_budgetMeter->setObjectName(QStringLiteral("serverBudgetMeter"));
    m_queueLabel->setObjectName(QStringLiteral("serverQueueStatusLabel"));
    m_featuresView->setObjectName(QStringLiteral("serverFeaturesTableView"));
    m_featuresView->setModel(m_info);
    m_featuresView->setItemDelegate(new ToneDelegate(m_featuresView));
    m_featuresView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_featuresView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_featuresView->verticalHeader()->hide();
    m_featuresView->horizontalHeader()->setStretchLastSection(true);
    m_featuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *refresh = new QPushButton(QIcon(QStringLiteral(":/icons/reload.svg")), tr("Ask again"), this);
    refresh->setObjectName(QStringLiteral("refreshServerInfoPushButton"));
    connect(refresh, &QPushButton::clicked, m_info, &ServerInfoModel::refresh);

    auto *budget = new QHBoxLayout;
    budget->addWidget(m_budgetLabel, 1);
    budget->addWidget(m_budgetMeter);
    auto *form = new QFormLayout;
    form->addRow(tr("Parse Server version:"), m_versionLabel);
    form->addRow(tr("Health (/health):"), m_healthLabel);
    // Neither /serverInfo nor any other REST route names the database adapter; say so rather than guess.
    QLabel *database = valueLabel(QStringLiteral("serverDatabaseValueLabel"), this);
    database->setText(
        tr("not reported: Parse Server's REST API does not say whether it runs on PostgreSQL or "
           "MongoDB"));
    form->addRow(tr("Database:"), database);
    form->addRow(tr("Request budget:"), budget);
    form->addRow(tr("Request queue:"), m_queueLabel);
    form->addRow(tr("Not available here:"), m_availabilityLabel);

    auto *features = new QLabel(tr("What this server allows (/serverInfo):"), this);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(refresh, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(features);
    layout->addWidget(m_featuresView, 1);

    connect(m_info, &ServerInfoModel::changed, this, &ServerInfoPane::showInfo);
    setConnection(nullptr);
}

void ServerInfoPane::setConnection(Connection *connection)
{
    m_budgetMeter->setClient(connection ? connection->client() : nullptr);
    m_queueLabel->setQueue(connection ? connection->queue() : nullptr);
    const QString budget = connection ? connection->profile().budget : QString();
    m_budgetLabel->setText(!connection        ? QString()
                           : budget.isEmpty() ? tr("none: requests go out as they come")
                                              : budget);
    showInfo();
}

void ServerInfoPane::showInfo()
{
    const ServerInfoModel::State state = m_info->state();
    m_versionLabel->setText(state == ServerInfoModel::State::Known    ? m_info->version()
                            : state == ServerInfoModel::State::Asking ? tr("asking…")
                                                                      : tr("unknown"));
    m_healthLabel->setText(m_info->health());
    QStringList unavailable;
    const std::pair<ServerInfoModel::Panel, QString> panels[] = {
        {ServerInfoModel::Panel::Config, tr("Config")}, {ServerInfoModel::Panel::Logs, tr("Logs")}};
    for (const auto &[panel, name] : panels) {
        const QString reason = m_info->unavailableReason(panel);
        if (!reason.isEmpty())
            unavailable << tr("%1: %2").arg(name, reason);
    }
    m_availabilityLabel->setText(unavailable.isEmpty() ? tr("nothing: every tab works")
                                                       : unavailable.join(u'\n'));
    m_featuresView->setVisible(state == ServerInfoModel::State::Known);
}
