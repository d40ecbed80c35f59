#pragma once

#include <QDeadlineTimer>
#include <QLabel>
#include <QPointer>
#include <QTimer>

class ParseClient;

// The status bar's view of a connection's request budget: what the window holds, what is left, the
// last minute's rate and what batching folded, and how long held requests still wait. Hidden when the
// connection has no budget.
class BudgetMeter final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetMeter)

public:
    explicit BudgetMeter(QWidget *parent = nullptr);

    // null: no connection, nothing shown.
    void setClient(ParseClient *client);

private:
    void onThrottled(qint64 waitMs);
    void showBudget();

    QPointer<ParseClient> m_client;
    // When the budget frees up for the head of the held requests, as the client last said; the client
    // only says so when it parks or releases requests, so the countdown in between is ours.
    QDeadlineTimer m_budgetFreeAt;
    QTimer m_tick; // runs only while something waits
};
