#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <deque>
#include <functional>

// A request budget such as "500 per 60 s", counting either HTTP requests (platform quotas: one /batch is
// one request) or operations (Parse Server's rateLimit counts every batch sub-request). Spending is kept
// as a log over a sliding window: a continuously refilled token bucket lets up to twice the limit through
// within one of the server's fixed windows, which is what gets 429s. It also feeds the meter and can be
// paused when the server says "too many requests".
class RequestBudget
{
    Q_DECLARE_TR_FUNCTIONS(RequestBudget)

public:
    enum class Unit
    {
        Requests,
        Operations
    };
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    RequestBudget(int capacity, int windowMs, Unit unit, Clock clock = {});

    static constexpr int kMaxCapacity = 1000000;
    static constexpr qint64 kMaxWindowMs = 24 * 3600 * 1000;
    // "500/60s", "500/60s/ops", "20/1m"; nullopt with a reason on bad text.
    static std::optional<RequestBudget> parse(const QString &text, QString *error);
    QString toString() const;

    int capacity() const { return m_capacity; }
    int windowMs() const { return m_windowMs; }
    Unit unit() const { return m_unit; }
    // What one HTTP request carrying this many operations costs.
    int costOf(int operations) const { return m_unit == Unit::Requests ? 1 : qMax(1, operations); }

    // Takes the cost when it is there now; otherwise says how long until it will be (0 = now).
    bool tryTake(int operations);
    qint64 msUntilAvailable(int operations) const;
    // The server said "too many requests": nothing is sent before now + ms.
    void pauseFor(qint64 ms);
    qint64 pausedForMs() const;

    // The meter.
    int usedInWindow() const;
    int remaining() const;
    int lastMinuteCount() const;
    qint64 totalRequests() const { return m_requests; }
    qint64 totalOperations() const { return m_operations; }
    QString meterText() const;

private:
    qint64 now() const { return m_clock(); }
    // The window as we count it: a little longer than the server's, for clock and transit skew.
    qint64 effectiveWindow() const { return m_windowMs + kSkewMs; }
    static constexpr qint64 kSkewMs = 150;

    int m_capacity;
    int m_windowMs;
    Unit m_unit;
    Clock m_clock;
    qint64 m_pausedUntil = 0;
    std::deque<std::pair<qint64, int>> m_spent; // when, cost: for the last window and minute
    qint64 m_requests = 0;
    qint64 m_operations = 0;
};
