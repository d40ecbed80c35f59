#include "ui/FrozenColumns.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

FrozenColumns::FrozenColumns(QTableView *table, QAbstractItemDelegate *delegate)
    : QTableView(table)
    , m_table(table)
    , m_viewport(table->viewport())
{
    setObjectName(QStringLiteral("frozenColumnsTableView"));
    setModel(table->model());
    QItemSelectionModel *own = selectionModel();
    setSelectionModel(table->selectionModel());
    delete own;
    setItemDelegate(delegate);
    setSelectionMode(table->selectionMode());
    setSelectionBehavior(table->selectionBehavior());
    setAlternatingRowColors(table->alternatingRowColors());
    setContextMenuPolicy(Qt::CustomContextMenu);
    setTabKeyNavigation(false);
    // The table keeps the keyboard: arrows move over all columns there, this only shows the frozen ones.
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(table->verticalScrollMode());
    // The table scrolls to the current cell itself (followCurrent): its own scrolling would bring a frozen
    // column out from under this part.
    setAutoScroll(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = horizontalHeader();
    QHeaderView *tableHeader = table->horizontalHeader();
    header->setSectionsClickable(tableHeader->sectionsClickable());
    header->setSortIndicatorShown(tableHeader->isSortIndicatorShown());
    header->setHighlightSections(tableHeader->highlightSections());
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    hide();
    table->viewport()->stackUnder(this);

    connect(header, &QHeaderView::sectionClicked, tableHeader, &QHeaderView::sectionClicked);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { Q_EMIT headerMenuRequested(header->logicalIndexAt(pos)); });
    connect(tableHeader, &QHeaderView::sortIndicatorChanged, header, &QHeaderView::setSortIndicator);
    // A frozen column is resized here and the table takes the size (and saves it).
    connect(header, &QHeaderView::sectionResized, tableHeader, [tableHeader](int logical, int, int size) {
        if (size > 0)
            tableHeader->resizeSection(logical, size);
    });
    connect(tableHeader, &QHeaderView::sectionResized, this, &FrozenColumns::sync);
    connect(tableHeader, &QHeaderView::sectionMoved, this, &FrozenColumns::sync);
    connect(table->verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { setRowHeight(row, size); });
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, table->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(table->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &FrozenColumns::sync);
    connect(table->model(), &QAbstractItemModel::columnsInserted, this, &FrozenColumns::sync);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FrozenColumns::followCurrent);
    // Without focus of its own, a closed editor hands the keyboard back to the table.
    connect(delegate, &QAbstractItemDelegate::closeEditor, table, [table] { table->setFocus(); });
    connect(this, &QAbstractItemView::doubleClicked, table, &QAbstractItemView::doubleClicked);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = indexAt(pos);
        if (index.isValid())
            Q_EMIT contextMenuRequested(index, viewport()->mapToGlobal(pos));
    });
    table->installEventFilter(this);
    // The row numbers widen with more rows (10, 100, ...) and move the table's viewport, not the table.
    table->viewport()->installEventFilter(this);
    viewport()->installEventFilter(this);
}

void FrozenColumns::setCount(int count)
{
    m_count = qMax(0, count);
    m_table->setAutoScroll(m_count == 0);
    // Pixel by pixel, the columns that slide under the frozen part come back out smoothly.
    m_table->setHorizontalScrollMode(m_count > 0 ? ScrollPerPixel : ScrollPerItem);
    sync();
}

int FrozenColumns::frozenWidth() const
{
    return isVisible() ? width() : 0;
}

void FrozenColumns::sync()
{
    QHeaderView *tableHeader = m_table->horizontalHeader();
    QHeaderView *header = horizontalHeader();
    const int columns = model() ? model()->columnCount() : 0;
    for (int visual = 0; visual < columns; ++visual) {
        const int logical = tableHeader->logicalIndex(visual);
        const int at = header->visualIndex(logical);
        if (at != visual)
            header->moveSection(at, visual);
        // Sized first: shown again, a column takes its size, and the table would take it from here.
        if (visual < m_count && !tableHeader->isSectionHidden(logical))
            header->resizeSection(logical, tableHeader->sectionSize(logical));
        setColumnHidden(logical, visual >= m_count || tableHeader->isSectionHidden(logical));
    }
    verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize());
    header->setSortIndicator(tableHeader->sortIndicatorSection(), tableHeader->sortIndicatorOrder());
    setVisible(m_count > 0 && columns > 0);
    updateFrozenGeometry();
}

void FrozenColumns::updateFrozenGeometry()
{
    int width = 0;
    for (int visual = 0; visual < qMin(m_count, m_table->model() ? m_table->model()->columnCount() : 0);
         ++visual) {
        const int logical = m_table->horizontalHeader()->logicalIndex(visual);
        if (!m_table->horizontalHeader()->isSectionHidden(logical))
            width += m_table->horizontalHeader()->sectionSize(logical);
    }
    const QWidget *cells = m_viewport;
    setGeometry(cells->x(), m_table->horizontalHeader()->y(), qMin(width, cells->width()),
                cells->height() + m_table->horizontalHeader()->height());
    verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
}

void FrozenColumns::followCurrent(const QModelIndex &current)
{
    if (m_count == 0 || !current.isValid())
        return;
    QScrollBar *sideways = m_table->horizontalScrollBar();
    const int before = sideways->value();
    m_table->scrollTo(current);
    if (m_table->horizontalHeader()->visualIndex(current.column()) < m_count) {
        sideways->setValue(before);
        return;
    }
    const int left = m_table->visualRect(current).left();
    if (left < frozenWidth())
        sideways->setValue(sideways->value() + left - frozenWidth());
}

bool FrozenColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        updateFrozenGeometry();
    if (watched == m_table) {
        if (event->type() == QEvent::Resize)
            updateFrozenGeometry();
        // F2 on a frozen cell edits it here: under this part the table's own editor would be hidden.
        if (event->type() == QEvent::KeyPress && isVisible() &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_F2) {
            const QModelIndex current = m_table->currentIndex();
            if (current.isValid() && m_table->horizontalHeader()->visualIndex(current.column()) < m_count &&
                (m_table->editTriggers() & EditKeyPressed)) {
                edit(current);
                return true;
            }
        }
    } else if (watched == viewport()) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
            // The table decides when cells may be edited (not on a locked connection).
            setEditTriggers(m_table->editTriggers());
            m_table->setFocus(Qt::MouseFocusReason);
        }
    }
    return QTableView::eventFilter(watched, event);
}

void FrozenColumns::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Dark), 2));
    const int x = viewport()->width() - 1;
    painter.drawLine(x, 0, x, viewport()->height());
}
