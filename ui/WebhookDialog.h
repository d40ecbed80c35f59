#pragma once

#include "core/data/Webhook.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

// Creating a function or trigger webhook, or changing the URL of one (its name and kind stay: Parse keys
// webhooks by them). Checked with Webhook::problem() before it closes.
class WebhookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDialog)

public:
    // existing: the webhook to change; none: a new one.
    explicit WebhookDialog(const Webhook *existing, QWidget *parent = nullptr);

    Webhook hook() const;
    void accept() override;

private:
    QComboBox *m_kindCombo;
    QStackedWidget *m_names;
    QLineEdit *m_functionEdit;
    QLineEdit *m_classEdit;
    QComboBox *m_triggerCombo;
    QLineEdit *m_urlEdit;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};
