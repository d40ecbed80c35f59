#include "ui/ConnectionStatusBar.h"

#include "core/session/Connection.h"
#include "core/settings/SecretStore.h"
#include "ui/BudgetMeter.h"
#include "ui/QueueStatusLabel.h"

#include <QLabel>

namespace {
QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    return label;
}
} // namespace

ConnectionStatusBar::ConnectionStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_profileLabel(statusLabel(QStringLiteral("profileStatusLabel"), this))
    , m_versionLabel(statusLabel(QStringLiteral("serverVersionLabel"), this))
    , m_latencyLabel(statusLabel(QStringLiteral("latencyLabel"), this))
    , m_keychainLabel(statusLabel(QStringLiteral("keychainNoteLabel"), this))
    , m_queueLabel(new QueueStatusLabel(this))
    , m_budgetMeter(new BudgetMeter(this))
{
    addWidget(m_profileLabel);
    addWidget(m_versionLabel);
    addWidget(m_latencyLabel);
    m_queueLabel->setObjectName(QStringLiteral("queueStatusLabel"));
    addPermanentWidget(m_queueLabel);
    m_budgetMeter->setObjectName(QStringLiteral("budgetMeter"));
    addPermanentWidget(m_budgetMeter);
    m_keychainLabel->setText(tr("Keys: this session only"));
    m_keychainLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5300; }"));
    addPermanentWidget(m_keychainLabel);
}

void ConnectionStatusBar::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    connect(secrets, &SecretStore::persistenceChanged, this, &ConnectionStatusBar::updateKeychainNote);
    updateKeychainNote();
}

void ConnectionStatusBar::showProfile(const ServerProfile *profile)
{
    m_profileLabel->setText(profile ? tr("Connection: %1").arg(profile->name) : tr("Not connected"));
    m_profileLabel->setToolTip(profile ? profile->serverUrl.toString() : QString());
    m_versionLabel->setVisible(profile != nullptr);
    m_versionLabel->clear();
    m_latencyLabel->setVisible(profile != nullptr);
    m_latencyLabel->setText(profile ? tr("Last request: —") : QString());
}

void ConnectionStatusBar::setConnection(Connection *connection)
{
    m_connection = connection;
    // The old connection's replies go with it: its version answer never comes.
    m_versionPending = false;
    m_queueLabel->setQueue(connection ? connection->queue() : nullptr);
    m_budgetMeter->setClient(connection ? connection->client() : nullptr);
    if (connection)
        connect(connection->client(), &ParseClient::requestFinished, this, &ConnectionStatusBar::showRequest);
}

void ConnectionStatusBar::askServerVersion()
{
    if (!m_connection)
        return;
    ParseClient *client = m_connection->client();
    if (!client->profile().hasMasterKey()) {
        m_versionLabel->setText(tr("Version: needs master key"));
        m_versionLabel->setToolTip(tr("The server version comes from /serverInfo, which needs the master "
                                      "key. Add it to the connection."));
        return;
    }
    m_versionPending = true;
    m_versionLabel->setText(tr("Version: asking…"));
    m_versionLabel->setToolTip({});
    connect(client->send(ParseRequest::serverInfo()), &ParseReply::finished, this,
            [this](const ParseResult &r) {
                m_versionPending = false;
                if (r.ok()) {
                    const QString version = r.object().value(QLatin1String("parseServerVersion")).toString();
                    m_versionLabel->setText(tr("Parse Server %1").arg(version));
                    m_versionLabel->setToolTip(tr("Version reported by %1").arg(r.url));
                } else if (r.error.httpStatus == 403 || r.error.code == ParseError::OperationForbidden) {
                    m_versionLabel->setText(tr("Version: needs master key"));
                    m_versionLabel->setToolTip(r.error.describe());
                } else {
                    m_versionLabel->setText(tr("Version: unknown"));
                    m_versionLabel->setToolTip(r.error.describe());
                }
            });
}

void ConnectionStatusBar::showRequest(const ParseResult &result)
{
    // Requests refused before sending took no time on the wire; they say nothing about latency.
    if (result.httpStatus == 0 && result.error.kind == ParseError::Kind::Config)
        return;
    m_latencyLabel->setText(tr("Last request: %1 ms").arg(result.elapsedMs));
    m_latencyLabel->setToolTip(
        QStringLiteral("%1 %2").arg(QString::fromLatin1(result.request.methodName()), result.displayPath));
}

void ConnectionStatusBar::updateKeychainNote()
{
    m_keychainLabel->setVisible(!m_secrets->isPersistent());
    m_keychainLabel->setToolTip(m_secrets->lastError().isEmpty()
                                    ? tr("Keys are not written to disk; enter them again after a restart.")
                                    : tr("Keys are not written to disk; enter them again after a restart.\n"
                                         "Keychain: %1")
                                          .arg(m_secrets->lastError()));
}
