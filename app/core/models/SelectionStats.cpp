#include "core/models/SelectionStats.h"

#include "core/data/ParseValue.h"

#include <QLocale>

void SelectionStats::add(const ParseValue &value)
{
    if (value.type() == ParseValue::Type::Number) {
        const double n = value.toDouble();
        m_min = m_numbers == 0 ? n : qMin(m_min, n);
        m_max = m_numbers == 0 ? n : qMax(m_max, n);
        m_sum += n;
        ++m_numbers;
    } else if (value.type() == ParseValue::Type::Date) {
        const QDateTime d = value.toDateTime();
        if (!d.isValid())
            return;
        m_earliest = m_dates == 0 ? d : qMin(m_earliest, d);
        m_latest = m_dates == 0 ? d : qMax(m_latest, d);
        ++m_dates;
    }
}

SelectionStats SelectionStats::of(const QItemSelection &selection, const ValueOf &valueOf)
{
    SelectionStats stats;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            for (int column = range.left(); column <= range.right(); ++column)
                stats.add(valueOf(range.model()->index(row, column, range.parent())));
        }
    }
    return stats;
}

QString SelectionStats::text(bool partial) const
{
    const QLocale locale;
    const auto number = [&locale](double n) { return locale.toString(n, 'g', 12); };
    const auto date = [](const QDateTime &d) { return ParseValue::fromDateTime(d).displayText(); };
    QStringList parts;
    if (m_numbers > 0)
        parts << tr("Count %1 · Sum %2 · Mean %3 · Min %4 · Max %5")
                     .arg(locale.toString(m_numbers), number(m_sum), number(mean()), number(m_min),
                          number(m_max));
    if (m_dates > 0)
        parts << tr("Dates %1 · Earliest %2 · Latest %3")
                     .arg(locale.toString(m_dates), date(m_earliest), date(m_latest));
    if (parts.isEmpty())
        return {};
    const QString line = parts.join(QStringLiteral("  |  "));
    return partial ? tr("%1 (of loaded rows)").arg(line) : line;
}
