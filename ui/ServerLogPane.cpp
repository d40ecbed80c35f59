#include "ui/ServerLogPane.h"

#include "core/models/ServerLogModel.h"
#include "ui/ToneDelegate.h"
#include "ui/ToneKeeper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace {
constexpr int kDefaultSize = 100;

template <typename T> T *named(T *widget, const QString &objectName)
{
    widget->setObjectName(objectName);
    return widget;
}

QDateTimeEdit *timeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = named(new QDateTimeEdit(parent), objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

ServerLogPane::ServerLogPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ServerLogModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_levelCombo(named(new QComboBox(this), QStringLiteral("logLevelComboBox")))
    , m_fromEdit(timeEdit(QStringLiteral("logFromDateTimeEdit"), this))
    , m_untilEdit(timeEdit(QStringLiteral("logUntilDateTimeEdit"), this))
    , m_untilNowCheck(named(new QCheckBox(tr("now"), this), QStringLiteral("logUntilNowCheckBox")))
    , m_sizeSpin(named(new QSpinBox(this), QStringLiteral("logSizeSpinBox")))
    , m_orderCombo(named(new QComboBox(this), QStringLiteral("logOrderComboBox")))
    , m_followCheck(named(new QCheckBox(tr("Follow"), this), QStringLiteral("followLogCheckBox")))
    , m_filterEdit(named(new QLineEdit(this), QStringLiteral("logFilterLineEdit")))
    , m_statusLabel(named(new QLabel(this), QStringLiteral("logStatusLabel")))
    , m_table(named(new QTableView(this), QStringLiteral("logTableView")))
    , m_details(named(new QPlainTextEdit(this), QStringLiteral("logDetailsPlainTextEdit")))
{
    m_levelCombo->addItem(tr("Info and errors"), int(AdminRequest::LogLevel::Info));
    m_levelCombo->addItem(tr("Errors only"), int(AdminRequest::LogLevel::Error));
    m_untilNowCheck->setChecked(true);
    m_untilEdit->setEnabled(false);
    m_sizeSpin->setRange(1, 10000);
    m_sizeSpin->setValue(kDefaultSize);
    m_sizeSpin->setToolTip(tr("The newest this many entries of the time range"));
    m_orderCombo->addItem(tr("Newest first"), true);
    m_orderCombo->addItem(tr("Oldest first"), false);
    m_followCheck->setToolTip(tr("Show new entries as they come (the server is asked every %1 s)")
                                  .arg(ServerLogModel::kFollowIntervalMs / 1000));
    m_filterEdit->setPlaceholderText(tr("Filter the messages"));
    m_filterEdit->setClearButtonEnabled(true);
    m_statusLabel->setWordWrap(true);
    auto *loadButton = named(new QPushButton(QIcon(QStringLiteral(":/icons/reload.svg")), tr("Load"), this),
                             QStringLiteral("loadLogPushButton"));

    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(ServerLogModel::Message);
    m_filter->setFilterRole(ServerLogModel::FullTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ToneDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ServerLogModel::Time, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ServerLogModel::Level, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("The selected entry in full, with its stack trace"));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("From"), this));
    range->addWidget(m_fromEdit);
    range->addWidget(new QLabel(tr("until"), this));
    range->addWidget(m_untilEdit);
    range->addWidget(m_untilNowCheck);
    range->addSpacing(12);
    range->addWidget(new QLabel(tr("Level"), this));
    range->addWidget(m_levelCombo);
    range->addStretch(1);
    auto *view = new QHBoxLayout;
    view->addWidget(new QLabel(tr("Newest"), this));
    view->addWidget(m_sizeSpin);
    view->addWidget(m_orderCombo);
    view->addWidget(loadButton);
    view->addWidget(m_followCheck);
    view->addSpacing(12);
    view->addWidget(m_filterEdit, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addLayout(view);
    layout->addWidget(m_statusLabel);
    layout->addWidget(splitter, 1);

    connect(loadButton, &QPushButton::clicked, this, &ServerLogPane::load);
    connect(m_untilNowCheck, &QCheckBox::toggled, this, [this](bool now) {
        m_untilEdit->setEnabled(!now && !m_followCheck->isChecked());
        if (!now)
            m_untilEdit->setDateTime(QDateTime::currentDateTime());
    });
    connect(m_followCheck, &QCheckBox::toggled, this, [this](bool follow) {
        // A followed log has no end.
        if (follow)
            m_untilNowCheck->setChecked(true);
        m_untilNowCheck->setEnabled(!follow);
        m_model->setFollowing(follow);
        showState();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        showState();
    });
    connect(m_model, &ServerLogModel::refreshed, this, &ServerLogPane::showState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ServerLogPane::showState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ServerLogPane::showState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServerLogPane::showSelected);
    setClient(nullptr);
}

void ServerLogPane::setClient(ParseClient *client)
{
    m_connected = client != nullptr;
    m_followCheck->setChecked(false);
    m_model->setClient(client);
    const QDateTime around = std::exchange(m_around, {});
    if (client && around.isValid())
        showWindow(around.addSecs(-kAroundSecs), around.addSecs(kAroundSecs));
    else
        showWindow(QDateTime::currentDateTime().addSecs(-3600), {});
    if (client)
        load();
    showState();
}

void ServerLogPane::showAround(const QDateTime &time)
{
    if (!m_connected) {
        m_around = time;
        return;
    }
    m_followCheck->setChecked(false);
    showWindow(time.addSecs(-kAroundSecs), time.addSecs(kAroundSecs));
    load();
}

void ServerLogPane::showWindow(const QDateTime &from, const QDateTime &until)
{
    m_fromEdit->setDateTime(from.toLocalTime());
    m_untilNowCheck->setChecked(!until.isValid());
    m_untilEdit->setDateTime(until.isValid() ? until.toLocalTime() : QDateTime::currentDateTime());
}

void ServerLogPane::load()
{
    ServerLogModel::Query query;
    query.level = AdminRequest::LogLevel(m_levelCombo->currentData().toInt());
    query.from = m_fromEdit->dateTime().toUTC();
    if (!m_untilNowCheck->isChecked())
        query.until = m_untilEdit->dateTime().toUTC();
    query.size = m_sizeSpin->value();
    query.newestFirst = m_orderCombo->currentData().toBool();
    m_model->load(query);
    m_model->setFollowing(m_followCheck->isChecked());
    showState();
}

void ServerLogPane::showState()
{
    QString text;
    const bool problem = !m_model->problem().isEmpty();
    if (!m_connected)
        text = tr("Not connected.");
    else if (m_model->isLoading())
        text = tr("Reading the server's log…");
    else if (problem)
        text = m_model->problem();
    else if (m_model->rowCount() == 0)
        text = tr("No log entries of this level in this time range.");
    else if (m_filter->rowCount() < m_model->rowCount())
        text =
            tr("%1 of %n entries match the filter.", nullptr, m_model->rowCount()).arg(m_filter->rowCount());
    else
        text = tr("%n entries.", nullptr, m_model->rowCount());
    if (m_model->isFollowing() && !problem)
        text += QLatin1Char(' ') + tr("Following: new entries appear as they come.");
    m_statusLabel->setText(text);
    ToneKeeper::apply(m_statusLabel, problem ? Tone::Bad : Tone::None);
}

void ServerLogPane::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    m_details->setPlainText(
        current.isValid()
            ? current.siblingAtColumn(ServerLogModel::Message).data(ServerLogModel::FullTextRole).toString()
            : QString());
}
