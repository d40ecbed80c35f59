#include "core/net/RequestBudget.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

RequestBudget::RequestBudget(int capacity, int windowMs, Unit unit, Clock clock)
    : m_capacity(qMax(1, capacity))
    , m_windowMs(qMax(1, windowMs))
    , m_unit(unit)
    , m_clock(clock ? std::move(clock) : Clock([timer = std::make_shared<QElapsedTimer>()] {
        if (!timer->isValid())
            timer->start();
        return timer->elapsed();
    }))
{}

std::optional<RequestBudget> RequestBudget::parse(const QString &text, QString *error)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(\\d+)\\s*/\\s*(\\d+)\\s*(ms|s|m|h)?\\s*(?:/\\s*(ops|operations|requests))?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(2).toInt() < 1) {
        *error = tr("a budget looks like 500/60s (per request) or 500/60s/ops (per operation), not \"%1\"")
                     .arg(text);
        return std::nullopt;
    }
    const QString unit = m.captured(3);
    const qint64 scale = unit == QLatin1String("ms")  ? 1
                         : unit == QLatin1String("m") ? 60000
                         : unit == QLatin1String("h") ? 3600000
                                                      : 1000;
    // Bounded so the window in ms fits an int: an overflowing one would turn the budget off.
    const qint64 windowMs = m.captured(2).toLongLong() * scale;
    if (m.captured(1).toInt() > kMaxCapacity || windowMs > kMaxWindowMs) {
        *error = tr("a budget allows 1 to %1 per window of up to 24 h (e.g. 500/60s), not \"%2\"")
                     .arg(kMaxCapacity)
                     .arg(text);
        return std::nullopt;
    }
    const Unit counts = m.captured(4).startsWith(QLatin1String("op")) ? Unit::Operations : Unit::Requests;
    return RequestBudget(m.captured(1).toInt(), int(windowMs), counts);
}

QString RequestBudget::toString() const
{
    return QStringLiteral("%1/%2ms%3")
        .arg(m_capacity)
        .arg(m_windowMs)
        .arg(m_unit == Unit::Operations ? QStringLiteral("/ops") : QString());
}

qint64 RequestBudget::msUntilAvailable(int operations) const
{
    // A cost above the capacity waits for an empty window, or it would never go.
    const int cost = qMin(costOf(operations), m_capacity);
    const qint64 t = now();
    int used = usedInWindow();
    qint64 wait = 0;
    for (const auto &[when, spent] : m_spent) {
        if (used + cost <= m_capacity)
            break;
        if (when <= t - effectiveWindow())
            continue;
        used -= spent;
        wait = when + effectiveWindow() - t;
    }
    return qMax(wait, pausedForMs());
}

bool RequestBudget::tryTake(int operations)
{
    if (msUntilAvailable(operations) > 0)
        return false;
    const qint64 t = now();
    m_spent.emplace_back(t, qMin(costOf(operations), m_capacity));
    ++m_requests;
    m_operations += qMax(1, operations);
    while (!m_spent.empty() && m_spent.front().first < t - qMax<qint64>(effectiveWindow(), 60000))
        m_spent.pop_front();
    return true;
}

void RequestBudget::pauseFor(qint64 ms)
{
    m_pausedUntil = qMax(m_pausedUntil, now() + ms);
}

qint64 RequestBudget::pausedForMs() const
{
    return qMax<qint64>(0, m_pausedUntil - now());
}

int RequestBudget::usedInWindow() const
{
    int used = 0;
    for (const auto &[when, cost] : m_spent) {
        if (when > now() - effectiveWindow())
            used += cost;
    }
    return used;
}

int RequestBudget::remaining() const
{
    return qMax(0, m_capacity - usedInWindow());
}

int RequestBudget::lastMinuteCount() const
{
    int n = 0;
    for (const auto &[when, cost] : m_spent) {
        if (when >= now() - 60000)
            n += cost;
    }
    return n;
}

QString RequestBudget::meterText() const
{
    const QLocale locale;
    QString text = tr("budget %1/%2 s: %3 used, %4 left, %5 in the last minute; %6 operations in %7 requests")
                       .arg(m_capacity)
                       .arg(m_windowMs / 1000.0)
                       .arg(usedInWindow())
                       .arg(remaining())
                       .arg(lastMinuteCount())
                       .arg(locale.toString(m_operations), locale.toString(m_requests));
    if (const qint64 pause = pausedForMs(); pause > 0)
        text += tr("; paused for %1 s by the server").arg(pause / 1000.0, 0, 'f', 1);
    return text;
}
