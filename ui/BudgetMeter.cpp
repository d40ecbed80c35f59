#include "ui/BudgetMeter.h"

#include "core/net/ParseClient.h"
#include "core/net/RequestBudget.h"

#include <QLocale>

namespace {
constexpr int kTickMs = 1000;
} // namespace

BudgetMeter::BudgetMeter(QWidget *parent)
    : QLabel(parent)
    , m_budgetFreeAt(QDeadlineTimer(0))
{
    setContentsMargins(6, 0, 6, 0);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &BudgetMeter::showBudget);
    hide();
}

void BudgetMeter::setClient(ParseClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_budgetFreeAt = QDeadlineTimer(0);
    if (client) {
        connect(client, &ParseClient::requestFinished, this, &BudgetMeter::showBudget);
        connect(client, &ParseClient::throttled, this, &BudgetMeter::onThrottled);
    }
    showBudget();
}

void BudgetMeter::onThrottled(qint64 waitMs)
{
    m_budgetFreeAt = QDeadlineTimer(waitMs);
    showBudget();
}

void BudgetMeter::showBudget()
{
    const RequestBudget *budget = m_client ? m_client->budget() : nullptr;
    setVisible(budget != nullptr);
    if (!budget) {
        m_tick.stop();
        return;
    }
    const QLocale locale;
    const bool countsOperations = budget->unit() == RequestBudget::Unit::Operations;
    QString text =
        tr("Budget: %1/%2 in %3 s · %4 left · %5/min · %6 ops in %7 requests")
            .arg(budget->usedInWindow())
            .arg(budget->capacity())
            .arg(locale.toString(budget->windowMs() / 1000.0, 'g', 4))
            .arg(budget->remaining())
            .arg(budget->lastMinuteCount())
            .arg(locale.toString(budget->totalOperations()), locale.toString(budget->totalRequests()));

    const int held = m_client->heldCount();
    const qint64 waitMs = qMax(m_client->pausedForMs(), held > 0 ? m_budgetFreeAt.remainingTime() : 0);
    const bool waiting = held > 0 || waitMs > 0;
    if (waiting) {
        // Rounded up: "0 s" while requests still wait would read as a stuck queue.
        text += tr(" · waiting %1 s (%2 held)").arg((waitMs + 999) / 1000).arg(held);
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        m_tick.stop();
    }
    setText(text);
    // Amber, as the other status-bar warnings: held requests are expected, not an error.
    const QString style =
        waiting ? QStringLiteral("QLabel { color: #8a5300; font-weight: bold; }") : QString();
    if (styleSheet() != style)
        setStyleSheet(style);
    setToolTip(tr("Requests of this connection are held back so the server or platform does not throttle "
                  "them (counting %1).\n%2")
                   .arg(countsOperations ? tr("every operation, as Parse Server's rateLimit does")
                                         : tr("HTTP requests: one /batch is one request"),
                        budget->meterText()));
}
