#include "ui/widgets/SelectionStatsLabel.h"

#include "core/data/ParseValue.h"
#include "core/models/ObjectTableModel.h"
#include "core/models/ResultsTableModel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace {
// A selection of thousands of cells changes many times while the mouse drags; the sum waits for a pause.
constexpr int kPauseMs = 60;
} // namespace

SelectionStatsLabel::SelectionStatsLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("selectionStatsLabel"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SelectionStatsLabel::recompute);
}

void SelectionStatsLabel::follow(QAbstractItemView *view)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_view = view;
    m_valueOf = nullptr;
    QAbstractItemModel *model = view ? view->model() : nullptr;
    if (qobject_cast<ObjectTableModel *>(model)) {
        m_valueOf = [](const QModelIndex &cell) {
            return ParseValue::fromJson(cell.data(ObjectTableModel::ValueRole).toJsonValue(),
                                        cell.data(ObjectTableModel::TypeRole).toString());
        };
    } else if (qobject_cast<ResultsTableModel *>(model)) {
        // Results carry no types per cell: numbers and Parse dates say what they are, createdAt and
        // updatedAt by their names.
        m_valueOf = [](const QModelIndex &cell) {
            const QString field = cell.model()->headerData(cell.column(), Qt::Horizontal).toString();
            return ParseValue::fromField(
                field, cell.data(ResultsTableModel::ObjectRole).toJsonObject().value(field));
        };
    }
    if (m_valueOf) {
        const auto later = [this] { m_pause.start(); };
        m_connections << connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, later)
                      << connect(model, &QAbstractItemModel::dataChanged, this, later)
                      << connect(model, &QAbstractItemModel::rowsInserted, this, later)
                      << connect(model, &QAbstractItemModel::modelReset, this, later);
    }
    recompute();
}

void SelectionStatsLabel::recompute()
{
    m_pause.stop();
    if (!m_view || !m_valueOf) {
        m_line.clear();
        clear();
        hide();
        return;
    }
    const QItemSelection selection = m_view->selectionModel()->selection();
    const SelectionStats stats = SelectionStats::of(selection, m_valueOf);
    // Rows not loaded yet are not counted: said when the selection reaches the last loaded row.
    QAbstractItemModel *model = m_view->model();
    const int last = model->rowCount() - 1;
    bool partial = false;
    for (const QItemSelectionRange &range : selection)
        partial = partial || range.bottom() == last;
    partial = partial && model->canFetchMore({});
    m_line = stats.text(partial);
    setToolTip(m_line);
    elide();
    updateGeometry();
    setVisible(!stats.isEmpty());
}

QSize SelectionStatsLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, QLabel::minimumSizeHint().height()};
}

QSize SelectionStatsLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_line) + 2 * margin() + 4, QLabel::sizeHint().height()};
}

void SelectionStatsLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void SelectionStatsLabel::elide()
{
    setText(fontMetrics().elidedText(m_line, Qt::ElideRight, contentsRect().width()));
}
