#pragma once

#include "core/models/SelectionStats.h"

#include <QLabel>
#include <QPointer>
#include <QTimer>

class QAbstractItemView;

// The status bar's statistics of the numbers and dates selected in a table (SelectionStats): the class
// browser's objects (values as shown, pending edits included) or the Query tab's results. Hidden while
// nothing numeric or dated is selected. Recomputed once after a burst of selection changes, over the
// loaded rows only.
class SelectionStatsLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionStatsLabel)

public:
    explicit SelectionStatsLabel(QWidget *parent = nullptr);

    // view: an ObjectTableModel's or a ResultsTableModel's table; nullptr: nothing to follow.
    void follow(QAbstractItemView *view);

    // A narrow window shortens the line (the whole of it in the tooltip) instead of growing wider.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void recompute();
    void elide();

    QPointer<QAbstractItemView> m_view;
    SelectionStats::ValueOf m_valueOf;
    QTimer m_pause;
    QList<QMetaObject::Connection> m_connections;
    QString m_line;
};
