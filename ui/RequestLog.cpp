#include "ui/RequestLog.h"
#include "ui_RequestLog.h"

#include "core/models/RequestLogModel.h"
#include "ui/ToneDelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

RequestLog::RequestLog(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestLog>())
{
    m_ui->setupUi(this);
    m_ui->clearPushButton->setIcon(QIcon(QStringLiteral(":/icons/clear.svg")));
    QHeaderView *vertical = m_ui->requestLogTableView->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 6);
    // Follow the newest request only while the user is looking at the end, so scrolling back to read
    // an older row is not interrupted by new traffic.
    QScrollBar *scroll = m_ui->requestLogTableView->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this,
            [this, scroll](int value) { m_followNewest = value >= scroll->maximum(); });
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int max) {
        if (m_followNewest)
            scroll->setValue(max);
    });
    auto *around = new QAction(tr("Server log around this"), this);
    around->setObjectName(QStringLiteral("serverLogAroundAction"));
    m_ui->requestLogTableView->addAction(around);
    m_ui->requestLogTableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(around, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->requestLogTableView->currentIndex();
        if (current.isValid())
            Q_EMIT serverLogAroundRequested(current.data(RequestLogModel::TimeRole).toDateTime());
    });
}

RequestLog::~RequestLog() = default;

void RequestLog::setModel(RequestLogModel *model)
{
    m_model = model;
    QTableView *view = m_ui->requestLogTableView;
    view->setModel(model);
    view->setItemDelegate(new ToneDelegate(view));
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequestLogModel::Path, QHeaderView::Stretch);
    // Fixed widths from sample text: resizing to contents would rescan rows on every request.
    const QFontMetrics metrics = view->fontMetrics();
    const int pad = 3 * metrics.averageCharWidth();
    const auto fit = [&](int column, const QString &sample) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(
            column, std::max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 2 * pad);
    };
    fit(RequestLogModel::Time, QStringLiteral("00:00:00.000"));
    fit(RequestLogModel::Method, QStringLiteral("DELETE"));
    // HTTP statuses are three digits; LiveQuery rows say what happened on the socket.
    fit(RequestLogModel::Status, QStringLiteral("event: update"));
    fit(RequestLogModel::Code, QStringLiteral("000"));
    fit(RequestLogModel::Millis, QStringLiteral("00000"));
    fit(RequestLogModel::Bytes, QStringLiteral("000.0 KiB"));

    connect(m_ui->clearPushButton, &QPushButton::clicked, model, &RequestLogModel::clear);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RequestLog::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RequestLog::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &RequestLog::updateCount);
    updateCount();
}

void RequestLog::updateCount()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_ui->requestCountLabel->setText(rows == 0 ? tr("No requests yet")
                                               : tr("Requests: %1").arg(QLocale().toString(rows)));
    m_ui->clearPushButton->setEnabled(rows > 0);
}
