#include "ui/WebhookDialog.h"

#include "core/models/Tone.h"
#include "ui/ToneKeeper.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
template <typename T> T *named(T *widget, const QString &objectName)
{
    widget->setObjectName(objectName);
    return widget;
}
} // namespace

WebhookDialog::WebhookDialog(const Webhook *existing, QWidget *parent)
    : QDialog(parent)
    , m_kindCombo(named(new QComboBox(this), QStringLiteral("webhookKindComboBox")))
    , m_names(named(new QStackedWidget(this), QStringLiteral("webhookNameStackedWidget")))
    , m_functionEdit(named(new QLineEdit(this), QStringLiteral("webhookFunctionLineEdit")))
    , m_classEdit(named(new QLineEdit(this), QStringLiteral("webhookClassLineEdit")))
    , m_triggerCombo(named(new QComboBox(this), QStringLiteral("webhookTriggerComboBox")))
    , m_urlEdit(named(new QLineEdit(this), QStringLiteral("webhookUrlLineEdit")))
    , m_problemLabel(named(new QLabel(this), QStringLiteral("webhookProblemLabel")))
    , m_buttons(named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this),
                      QStringLiteral("webhookButtonBox")))
{
    setObjectName(QStringLiteral("webhookDialog"));
    setWindowTitle(existing ? tr("Change webhook URL") : tr("New webhook"));
    m_kindCombo->addItem(tr("Function"));
    m_kindCombo->addItem(tr("Trigger"));
    m_triggerCombo->addItems(Webhook::triggerNames());
    m_urlEdit->setPlaceholderText(QStringLiteral("https://example.com/hooks/…"));
    m_functionEdit->setPlaceholderText(tr("Cloud Code function name"));
    m_classEdit->setPlaceholderText(tr("Class, e.g. GameScore or @Connect"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    ToneKeeper::apply(m_problemLabel, Tone::Bad);

    auto *trigger = new QWidget(m_names);
    auto *triggerLayout = new QHBoxLayout(trigger);
    triggerLayout->setContentsMargins(0, 0, 0, 0);
    triggerLayout->addWidget(m_classEdit, 1);
    triggerLayout->addWidget(m_triggerCombo);
    m_names->addWidget(m_functionEdit);
    m_names->addWidget(trigger);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, m_names, &QStackedWidget::setCurrentIndex);
    if (existing) {
        m_kindCombo->setCurrentIndex(existing->isFunction() ? 0 : 1);
        m_functionEdit->setText(existing->functionName);
        m_classEdit->setText(existing->className);
        m_triggerCombo->setCurrentText(existing->triggerName);
        m_urlEdit->setText(existing->url);
        for (QWidget *fixed : {static_cast<QWidget *>(m_kindCombo), static_cast<QWidget *>(m_names)})
            fixed->setEnabled(false);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kindCombo);
    form->addRow(tr("&Name:"), m_names);
    form->addRow(tr("&URL:"), m_urlEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WebhookDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WebhookDialog::reject);
    resize(520, sizeHint().height());
}

Webhook WebhookDialog::hook() const
{
    Webhook hook;
    if (m_kindCombo->currentIndex() == 0) {
        hook.functionName = m_functionEdit->text().trimmed();
    } else {
        hook.className = m_classEdit->text().trimmed();
        hook.triggerName = m_triggerCombo->currentText();
    }
    hook.url = m_urlEdit->text().trimmed();
    return hook;
}

void WebhookDialog::accept()
{
    const QString problem = hook().problem();
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}
