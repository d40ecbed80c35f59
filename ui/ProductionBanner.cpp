#include "ui/ProductionBanner.h"

#include "core/net/ParseClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

ProductionBanner::ProductionBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_lockButton(new QPushButton(this))
{
    m_label->setObjectName(QStringLiteral("productionBannerLabel"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignCenter);
    m_lockButton->setObjectName(QStringLiteral("writesLockPushButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setObjectName(QStringLiteral("productionBannerHorizontalLayout"));
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_lockButton);
    connect(m_lockButton, &QPushButton::clicked, this, &ProductionBanner::toggleWritesLock);
    hide();
}

void ProductionBanner::showProfile(const ServerProfile *profile)
{
    setVisible(profile && profile->production);
    m_name = profile && profile->production ? profile->name : QString();
    showWritesLock();
}

void ProductionBanner::setClient(ParseClient *client)
{
    m_client = client;
    if (client)
        connect(client, &ParseClient::writesLockedChanged, this, &ProductionBanner::showWritesLock);
    showWritesLock();
}

void ProductionBanner::showWritesLock()
{
    if (m_name.isEmpty())
        return;
    // Locked: read-only, dark red. Unlocked: every panel can change and delete data, bright red.
    const bool locked = !m_client || m_client->writesLocked();
    setStyleSheet(QStringLiteral("QFrame#productionBannerFrame { background: %1; } QLabel { color: white; "
                                 "font-weight: bold; padding: 4px; }")
                      .arg(locked ? QStringLiteral("#8e1b1b") : QStringLiteral("#e53935")));
    m_label->setText(QStringLiteral("<img src=\":/icons/production.svg\" width=\"16\" height=\"16\" "
                                    "style=\"vertical-align: middle\">&nbsp;") +
                     (locked ? tr("Production: %1 — read-only").arg(m_name)
                             : tr("Production: %1 — WRITES UNLOCKED").arg(m_name))
                         .toHtmlEscaped());
    m_lockButton->setText(locked ? tr("Unlock writes…") : tr("Lock writes"));
    m_lockButton->setToolTip(
        locked
            ? tr("Allow this connection to change data: saves, deletes, batches, schema changes, Cloud Code "
                 "calls")
            : tr("Make this connection read-only again"));
    m_lockButton->setEnabled(m_client != nullptr);
}

void ProductionBanner::toggleWritesLock()
{
    if (!m_client)
        return;
    if (!m_client->writesLocked()) {
        m_client->setWritesLocked(true);
        return;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Unlock writes"),
        tr("Unlock writes on the production server %1?\n\nUntil you lock it again, every panel can change "
           "and "
           "delete its data, and Cloud Code functions and jobs can run. Deleting still asks for the class "
           "name, and the undo journal keeps a copy of what is changed.")
            .arg(m_client->profile().name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_client->setWritesLocked(false);
}
