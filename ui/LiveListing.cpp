#include "ui/LiveListing.h"
#include "ui_LiveListing.h"

#include "core/data/JsonText.h"
#include "core/data/QueryOptions.h"
#include "core/models/ClassListModel.h"
#include "core/models/LiveListModel.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestBudget.h"
#include "ui/QueryBuilderDialog.h"
#include "ui/ToneDelegate.h"
#include "ui/ToneKeeper.h"

#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>

namespace {
qint64 secondsUntil(const QDateTime &when)
{
    return qMax<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(when) + 500) / 1000);
}
} // namespace

LiveListing::LiveListing(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LiveListing>())
    , m_model(new LiveListModel(this))
{
    m_ui->setupUi(this);
    m_ui->refreshNowPushButton->setIcon(QIcon(QStringLiteral(":/icons/reload.svg")));
    ToneKeeper::apply(m_ui->whereErrorLabel, Tone::Bad);
    m_ui->whereErrorLabel->hide();
    ToneKeeper::apply(m_ui->errorLabel, Tone::Caution, Tone::Caution);
    m_ui->errorLabel->hide();
    ToneKeeper::apply(m_ui->budgetWarningLabel, Tone::Caution);
    m_ui->budgetWarningLabel->hide();
    QFont mode = m_ui->modeTextLabel->font();
    mode.setBold(true);
    m_ui->modeTextLabel->setFont(mode);
    // Wide enough for three digits, so the status line does not jitter as the countdown runs.
    m_ui->countdownLabel->setMinimumWidth(
        qMax(fontMetrics().horizontalAdvance(tr("next refresh in %1 s").arg(888)),
             fontMetrics().horizontalAdvance(tr("full re-sync in %1 s").arg(888))));

    QCompleter *completer = m_ui->classComboBox->completer();
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);

    QTableView *view = m_ui->rowsTableView;
    view->setModel(m_model);
    view->setItemDelegate(new ToneDelegate(view));
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    connect(m_ui->classComboBox, &QComboBox::activated, this, &LiveListing::applyQuery);
    connect(m_ui->classComboBox->lineEdit(), &QLineEdit::editingFinished, this, &LiveListing::applyQuery);
    for (QLineEdit *edit : {m_ui->whereLineEdit, m_ui->orderLineEdit, m_ui->keysLineEdit})
        connect(edit, &QLineEdit::editingFinished, this, &LiveListing::applyQuery);
    connect(m_ui->whereBuilderPushButton, &QPushButton::clicked, this, &LiveListing::buildWhere);
    connect(m_ui->limitSpinBox, &QSpinBox::valueChanged, this, &LiveListing::applyQuery);
    connect(m_ui->intervalSpinBox, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_config.intervalSeconds = seconds;
        m_model->setIntervalSeconds(seconds);
        updateStatus();
        updateBudgetWarning();
        Q_EMIT configChanged();
    });
    connect(m_ui->modeComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_config.mode = index == 1 ? LiveListModel::Mode::LiveQuery : LiveListModel::Mode::Polling;
        m_model->setMode(m_config.mode);
        updateStatus();
        Q_EMIT configChanged();
    });
    connect(m_ui->startPausePushButton, &QPushButton::clicked, this, [this] { setPaused(!m_config.paused); });
    connect(m_ui->refreshNowPushButton, &QPushButton::clicked, m_model, &LiveListModel::refreshNow);
    connect(m_ui->roomsPresetPushButton, &QPushButton::clicked, this, [this] {
        LiveListingConfig preset = LiveListingConfig::rooms();
        preset.intervalSeconds = m_config.intervalSeconds;
        preset.mode = m_config.mode;
        setConfig(preset);
        Q_EMIT configChanged();
    });

    connect(m_model, &LiveListModel::statusChanged, this, &LiveListing::updateStatus);
    connect(m_model, &LiveListModel::snapshot, this, [this, view] {
        // Without a schema or keys only the rank was known; the other columns come from the first rows.
        if (m_model->columnCount() <= 1)
            applyColumns();
        // Fitted once, to the first rows plus some air; later refreshes leave the user's widths alone.
        view->resizeColumnsToContents();
        const int pad = 2 * view->fontMetrics().averageCharWidth();
        for (int column = 0; column + 1 < m_model->columnCount(); ++column) // the last one stretches
            view->horizontalHeader()->resizeSection(column,
                                                    view->horizontalHeader()->sectionSize(column) + pad);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LiveListing::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LiveListing::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LiveListing::updateStatus);
    connect(&m_tick, &QTimer::timeout, this, &LiveListing::updateStatus);
    m_tick.start(1000);
    showConfig();
    updateStatus();
}

LiveListing::~LiveListing()
{
    // Closing a top-level listing moves the focus out of its line edits; their editingFinished must not
    // reach a listing whose destructor has run.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->disconnect(this);
}

void LiveListing::setConnection(ParseClient *client, ClassListModel *classes)
{
    m_model->setClient(client);
    m_client = client;
    m_connected = client != nullptr;
    if (m_classes != classes) {
        if (m_classes)
            disconnect(m_classes, nullptr, this, nullptr);
        m_classes = classes;
        if (m_classes)
            connect(m_classes, &QAbstractItemModel::modelReset, this, &LiveListing::fillClassPicker);
    }
    fillClassPicker();
    updateStatus();
    updateBudgetWarning();
}

void LiveListing::setConfig(const LiveListingConfig &config)
{
    m_model->pause();
    m_config = config;
    showConfig();
    m_model->setIntervalSeconds(m_config.intervalSeconds);
    m_model->setMode(m_config.mode);
    m_model->setQuery(m_config.className, m_config.query());
    applyColumns();
    if (!m_config.paused)
        m_model->start();
    updateStatus();
    updateBudgetWarning();
}

QString LiveListing::title() const
{
    if (m_config.roomsPreset)
        return tr("Rooms");
    if (m_config.className.isEmpty())
        return tr("New listing");
    if (m_config.order.isEmpty())
        return m_config.className;
    return tr("%1 by %2").arg(m_config.className, m_config.order.join(QStringLiteral(", ")));
}

void LiveListing::applyQuery()
{
    LiveListingConfig next = m_config;
    next.className = m_ui->classComboBox->currentText().trimmed();
    const QByteArray whereText = m_ui->whereLineEdit->text().trimmed().toUtf8();
    next.where = {};
    if (!whereText.isEmpty()) {
        const JsonText::Parsed parsed = JsonText::parse(whereText);
        QString problem = parsed.error;
        if (parsed.ok() && !parsed.document.isObject())
            problem = tr("it must be a JSON object");
        if (!problem.isEmpty()) {
            // Nothing is applied until the where is valid; the old query keeps running meanwhile.
            m_ui->whereErrorLabel->setText(tr("Where not applied: %1").arg(problem));
            m_ui->whereErrorLabel->show();
            if (parsed.errorOffset >= 0)
                m_ui->whereLineEdit->setCursorPosition(
                    int(QString::fromUtf8(whereText.left(parsed.errorOffset)).size()));
            return;
        }
        next.where = parsed.document.object();
    }
    m_ui->whereErrorLabel->hide();
    next.order = QueryOptions::listFromText(m_ui->orderLineEdit->text());
    next.limit = m_ui->limitSpinBox->value();
    next.keys = QueryOptions::listFromText(m_ui->keysLineEdit->text());
    if (next.className != m_config.className)
        next.roomsPreset = false;
    if (next == m_config)
        return;
    const bool newColumns = next.className != m_config.className || next.keys != m_config.keys;
    m_config = next;
    m_model->setQuery(m_config.className, m_config.query());
    if (newColumns)
        applyColumns();
    updateStatus();
    Q_EMIT configChanged();
}

void LiveListing::buildWhere()
{
    // The class as shown in the picker, which is what applyQuery will run the where against.
    const QString className = m_ui->classComboBox->currentText().trimmed();
    auto *dialog = new QueryBuilderDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClient(m_client);
    dialog->setClass(className, m_classes ? m_classes->schema(className) : QJsonObject());
    dialog->setWhereText(m_ui->whereLineEdit->text());
    // Through the line and applyQuery, so the built where is checked and saved exactly as a typed one.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_ui->whereLineEdit->setText(dialog->whereText());
        applyQuery();
    });
    dialog->open();
}

void LiveListing::applyColumns()
{
    if (m_config.roomsPreset) {
        m_model->setColumns(LiveListModel::roomsPresetColumns());
        return;
    }
    const QJsonObject schema = m_classes ? m_classes->schema(m_config.className) : QJsonObject();
    m_model->setColumns(LiveListModel::defaultColumns(m_config.keys, schema, m_model->rows()));
}

void LiveListing::setPaused(bool paused)
{
    m_config.paused = paused;
    if (paused)
        m_model->pause();
    else
        m_model->start();
    updateStatus();
    Q_EMIT configChanged();
}

void LiveListing::fillClassPicker()
{
    const QSignalBlocker blocker(m_ui->classComboBox);
    m_ui->classComboBox->clear();
    if (m_classes)
        m_ui->classComboBox->addItems(m_classes->classNames());
    m_ui->classComboBox->setCurrentText(m_config.className);
}

void LiveListing::showConfig()
{
    const QSignalBlocker blockers[]{
        QSignalBlocker(m_ui->classComboBox), QSignalBlocker(m_ui->whereLineEdit),
        QSignalBlocker(m_ui->orderLineEdit), QSignalBlocker(m_ui->limitSpinBox),
        QSignalBlocker(m_ui->keysLineEdit),  QSignalBlocker(m_ui->intervalSpinBox),
        QSignalBlocker(m_ui->modeComboBox)};
    m_ui->classComboBox->setCurrentText(m_config.className);
    m_ui->whereLineEdit->setText(m_config.where.isEmpty() ? QString() : JsonText::compact(m_config.where));
    m_ui->orderLineEdit->setText(m_config.order.join(QLatin1Char(',')));
    m_ui->limitSpinBox->setValue(m_config.limit);
    m_ui->keysLineEdit->setText(m_config.keys.join(QLatin1Char(',')));
    m_ui->intervalSpinBox->setValue(m_config.intervalSeconds);
    m_ui->modeComboBox->setCurrentIndex(m_config.mode == LiveListModel::Mode::LiveQuery ? 1 : 0);
    m_ui->whereErrorLabel->hide();
}

void LiveListing::updateStatus()
{
    const bool paused = m_config.paused;
    const bool hasClass = !m_config.className.isEmpty();
    m_ui->startPausePushButton->setText(paused ? tr("&Start") : tr("&Pause"));
    m_ui->refreshNowPushButton->setEnabled(m_connected && hasClass);
    m_ui->modeTextLabel->setText(m_model->modeText());

    const QDateTime updatedAt = m_model->updatedAt();
    m_ui->updatedAtLabel->setText(
        updatedAt.isValid()
            ? tr("updated at %1").arg(updatedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
            : tr("not loaded yet"));
    const QDateTime next = m_model->nextRefreshAt();
    QString countdown;
    if (paused)
        countdown = tr("paused");
    else if (next.isValid())
        // With LiveQuery, changes are pushed; the timer only re-syncs in case an event was missed.
        countdown = m_model->activeMode() == LiveListModel::Mode::LiveQuery
                        ? tr("full re-sync in %1 s").arg(secondsUntil(next))
                        : tr("next refresh in %1 s").arg(secondsUntil(next));
    else if (m_connected && hasClass)
        countdown = tr("refreshing…");
    m_ui->countdownLabel->setText(countdown);

    const QString error = m_model->errorText();
    m_ui->errorLabel->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        const QString kept =
            m_model->hasLoaded() ? tr("The rows shown are from the last good refresh.") : QString();
        const QString retry = paused || !next.isValid() ? tr("Start the listing to try again.")
                                                        : tr("Retrying in %1 s.").arg(secondsUntil(next));
        m_ui->errorLabel->setText(tr("The last refresh failed: %1").arg(error) + QLatin1Char(' ') + kept +
                                  QLatin1Char(' ') + retry);
    }

    QString empty;
    if (!m_connected)
        empty = tr("Not connected. Connect to a server to see this listing.");
    else if (!hasClass)
        empty = tr("Choose a class above to list its objects. The listing stays current while it runs: "
                   "refreshes change only what changed.");
    else if (!m_model->hasLoaded())
        empty = !error.isEmpty()
                    ? tr("Nothing loaded: the query for %1 failed (see above).").arg(m_config.className)
                : paused ? tr("Paused. Press Start to load %1.").arg(m_config.className)
                         : tr("Loading %1…").arg(m_config.className);
    else if (m_model->rowCount() == 0)
        empty = tr("No %1 objects match this query. The listing keeps watching: matches show up here as "
                   "soon as a refresh finds them.")
                    .arg(m_config.className);
    m_ui->emptyStateLabel->setText(empty);
    m_ui->listingStackedWidget->setCurrentWidget(empty.isEmpty() ? m_ui->rowsPage : m_ui->emptyPage);
}

void LiveListing::updateBudgetWarning()
{
    const RequestBudget *budget = m_client ? m_client->budget() : nullptr;
    // One query per refresh: one request, and one operation, whichever the budget counts. LiveQuery
    // falls back to polling at this interval when the server has none, so the interval is what to plan for.
    const double refreshesPerMinute = 60.0 / m_config.intervalSeconds;
    const double budgetPerMinute = budget ? budget->capacity() * 60000.0 / budget->windowMs() : 0;
    const bool over = budget && refreshesPerMinute > budgetPerMinute;
    m_ui->budgetWarningLabel->setVisible(over);
    if (!over)
        return;
    const QLocale locale;
    const QString text = budget->unit() == RequestBudget::Unit::Operations
                             ? tr("Every %1 s uses %2 of the %3 operations/min budget")
                             : tr("Every %1 s uses %2 of the %3 requests/min budget");
    m_ui->budgetWarningLabel->setText(
        text.arg(m_config.intervalSeconds)
            .arg(locale.toString(refreshesPerMinute, 'g', 3), locale.toString(budgetPerMinute, 'g', 3)));
    m_ui->budgetWarningLabel->setToolTip(
        tr("Refreshes over the budget wait in the queue, and so does everything else of this connection "
           "meanwhile. A longer interval keeps room for the rest."));
}
