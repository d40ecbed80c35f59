#include "ui/ServerHooksPane.h"

#include "core/models/Tone.h"
#include "core/models/WebhookModel.h"
#include "core/net/ParseClient.h"
#include "ui/ToneKeeper.h"
#include "ui/WebhookDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
template <typename T> T *named(T *widget, const QString &objectName)
{
    widget->setObjectName(objectName);
    return widget;
}
} // namespace

ServerHooksPane::ServerHooksPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new WebhookModel(this))
    , m_table(named(new QTableView(this), QStringLiteral("webhooksTableView")))
    , m_statusLabel(named(new QLabel(this), QStringLiteral("webhooksStatusLabel")))
    , m_newButton(named(new QPushButton(tr("&New…"), this), QStringLiteral("newWebhookPushButton")))
    , m_editButton(named(new QPushButton(tr("Change &URL…"), this), QStringLiteral("editWebhookPushButton")))
    , m_deleteButton(named(new QPushButton(tr("&Delete"), this), QStringLiteral("deleteWebhookPushButton")))
{
    auto *keyNote = named(
        new QLabel(
            tr("Parse Server sends its webhookKey with every webhook call (X-Parse-Webhook-Key) so that "
               "the receiver can tell a call really comes from this server. Whether this server has a "
               "webhookKey cannot be read over REST. If it has none, it sends calls without a key and "
               "logs a warning for each: a receiver then cannot tell them from anyone else's requests. "
               "Set webhookKey (PARSE_SERVER_WEBHOOK_KEY) on the server, and check the key in the "
               "receiver."),
            this),
        QStringLiteral("webhookKeyNoteLabel"));
    keyNote->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *reloadButton =
        named(new QPushButton(QIcon(QStringLiteral(":/icons/reload.svg")), tr("Reload"), this),
              QStringLiteral("reloadWebhooksPushButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(reloadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(keyNote);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);

    connect(m_newButton, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { edit(false); });
    connect(m_deleteButton, &QPushButton::clicked, this, &ServerHooksPane::deleteSelected);
    connect(reloadButton, &QPushButton::clicked, m_model, &WebhookModel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerHooksPane::showState);
    connect(m_model, &WebhookModel::refreshed, this, [this] {
        if (!m_model->problem().isEmpty())
            say(tr("The webhooks could not be read: %1").arg(m_model->problem()), true);
        else if (m_model->rowCount() == 0)
            say(tr("No webhooks: Cloud Code functions and triggers run on the server itself. New… sends one "
                   "to a URL instead."),
                false);
        showState();
    });
    connect(m_model, &WebhookModel::saved, this, [this](const ParseResult &r) {
        say(r.ok() ? tr("Saved on the server.") : tr("Not saved: %1").arg(r.error.describe()), !r.ok());
    });
    showState();
}

void ServerHooksPane::setClient(ParseClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client)
        connect(client, &ParseClient::writesLockedChanged, this, &ServerHooksPane::showState);
    say({}, false);
    m_model->setClient(client);
    showState();
}

void ServerHooksPane::showState()
{
    const bool writable = m_client && !m_client->writesLocked();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_newButton->setEnabled(writable);
    m_editButton->setEnabled(writable && selected);
    m_deleteButton->setEnabled(writable && selected);
    const QString locked = m_client && !writable ? tr("This production profile's writes are locked: unlock "
                                                      "them in the banner to change webhooks.")
                                                 : QString();
    for (QPushButton *button : {m_newButton, m_editButton, m_deleteButton})
        button->setToolTip(locked);
}

void ServerHooksPane::edit(bool create)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!create && rows.isEmpty())
        return;
    const Webhook *existing = create ? nullptr : &m_model->hook(rows.first().row());
    WebhookDialog dialog(existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString problem;
    if (m_model->save(dialog.hook(), !create, &problem))
        say(tr("Saving the webhook…"), false);
    else
        say(problem, true);
}

void ServerHooksPane::deleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString name = rows.first().siblingAtColumn(WebhookModel::Name).data().toString();
    QMessageBox box(
        QMessageBox::Question, tr("Delete webhook"),
        tr("Delete the webhook of %1? Calls to it then fail unless Cloud Code defines it.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteWebhookMessageBox"));
    if (box.exec() == QMessageBox::Yes) {
        say(tr("Deleting the webhook…"), false);
        m_model->remove(rows.first().row());
    }
}

void ServerHooksPane::say(const QString &text, bool problem)
{
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
    ToneKeeper::apply(m_statusLabel, problem ? Tone::Bad : Tone::None);
}
