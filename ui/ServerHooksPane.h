#pragma once

#include <QPointer>
#include <QWidget>

class ParseClient;
class QLabel;
class QPushButton;
class QTableView;
class WebhookModel;

// The server panel's Webhooks tab: function and trigger webhooks listed, created, their URL changed,
// deleted; and what the server's webhookKey is for, since whether it has one cannot be read over REST.
// Writes wait while the profile's writes are locked (production).
class ServerHooksPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerHooksPane)

public:
    explicit ServerHooksPane(QWidget *parent = nullptr);

    // Reads the webhooks; null: not connected.
    void setClient(ParseClient *client);
    WebhookModel *model() const { return m_model; }

private:
    void edit(bool create);
    void deleteSelected();
    void showState();
    void say(const QString &text, bool problem);

    QPointer<ParseClient> m_client;
    WebhookModel *m_model;
    QTableView *m_table;
    QLabel *m_statusLabel;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
};
