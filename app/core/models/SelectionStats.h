#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QItemSelection>
#include <functional>

class ParseValue;

// Count, sum, mean, min and max of the numbers among selected cells, and the count, earliest and latest of
// the dates; other values are not counted. Computed from the values as shown (a pending edit's).
class SelectionStats
{
    Q_DECLARE_TR_FUNCTIONS(SelectionStats)

public:
    // A cell's value as the view shows it.
    using ValueOf = std::function<ParseValue(const QModelIndex &)>;

    void add(const ParseValue &value);
    // Row by row within each range: models decode a row once for all of its cells.
    static SelectionStats of(const QItemSelection &selection, const ValueOf &valueOf);

    qsizetype numberCount() const { return m_numbers; }
    double sum() const { return m_sum; }
    double mean() const { return m_numbers > 0 ? m_sum / double(m_numbers) : 0.0; }
    double min() const { return m_min; }
    double max() const { return m_max; }
    qsizetype dateCount() const { return m_dates; }
    QDateTime earliest() const { return m_earliest; }
    QDateTime latest() const { return m_latest; }
    bool isEmpty() const { return m_numbers == 0 && m_dates == 0; }

    // One line for the status bar (empty when nothing was counted); partial: the selection goes on past
    // the rows loaded, which are all that was counted.
    QString text(bool partial = false) const;

private:
    qsizetype m_numbers = 0;
    double m_sum = 0;
    double m_min = 0;
    double m_max = 0;
    qsizetype m_dates = 0;
    QDateTime m_earliest;
    QDateTime m_latest;
};
