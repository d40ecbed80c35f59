#include "ui/ServerJobsPane.h"

#include "core/models/JobRunModel.h"
#include "core/models/JobScheduleModel.h"
#include "core/net/ParseClient.h"
#include "ui/JobScheduleDialog.h"
#include "ui/ToneDelegate.h"
#include "ui/ToneKeeper.h"
#include "ui/widgets/JsonEdit.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
template <typename T> T *named(T *widget, const QString &objectName)
{
    widget->setObjectName(objectName);
    return widget;
}

QTableView *table(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = named(new QTableView(parent), objectName);
    view->setModel(model);
    view->setItemDelegate(new ToneDelegate(view));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

ServerJobsPane::ServerJobsPane(QWidget *parent)
    : QWidget(parent)
    , m_runs(new JobRunModel(this))
    , m_schedules(new JobScheduleModel(this))
    , m_jobList(named(new QListWidget(this), QStringLiteral("jobsListWidget")))
    , m_paramsEdit(named(new JsonEdit(this), QStringLiteral("jobParamsJsonEdit")))
    , m_runButton(named(new QPushButton(tr("&Run now"), this), QStringLiteral("runJobPushButton")))
    , m_statusLabel(named(new QLabel(this), QStringLiteral("jobsStatusLabel")))
    , m_runTable(table(m_runs, QStringLiteral("jobRunsTableView"), this))
    , m_moreRunsButton(named(new QPushButton(tr("Older runs"), this), QStringLiteral("moreRunsPushButton")))
    , m_scheduleTable(table(m_schedules, QStringLiteral("schedulesTableView"), this))
    , m_newScheduleButton(named(new QPushButton(tr("&New…"), this), QStringLiteral("newSchedulePushButton")))
    , m_editScheduleButton(
          named(new QPushButton(tr("&Edit…"), this), QStringLiteral("editSchedulePushButton")))
    , m_deleteScheduleButton(
          named(new QPushButton(tr("&Delete"), this), QStringLiteral("deleteSchedulePushButton")))
{
    m_paramsEdit->setJsonText(QStringLiteral("{}"));
    m_paramsEdit->setToolTip(tr("The job's params, a JSON object"));
    m_statusLabel->setWordWrap(true);
    m_jobList->setMaximumWidth(260);
    // Runs and schedules get the room: the job list and its params stay a few lines high.
    m_jobList->setMaximumHeight(130);
    m_paramsEdit->setMaximumHeight(100);
    m_runTable->horizontalHeader()->setSectionResizeMode(JobRunModel::Message, QHeaderView::Interactive);
    m_runTable->setColumnWidth(JobRunModel::Message, 260);
    auto *reloadButton =
        named(new QPushButton(QIcon(QStringLiteral(":/icons/reload.svg")), tr("Reload"), this),
              QStringLiteral("reloadJobsPushButton"));
    auto *note = named(new QLabel(tr("Parse Server stores these schedules but runs none of them. "
                                     "<code>parsedesk-cli jobs run-due</code>, started by cron or a systemd "
                                     "timer, runs each due schedule once."),
                                  this),
                       QStringLiteral("schedulesNoteLabel"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);

    auto *jobsBox = named(new QGroupBox(tr("Jobs"), this), QStringLiteral("jobsGroupBox"));
    auto *run = new QVBoxLayout;
    run->addWidget(new QLabel(tr("Params:"), jobsBox));
    run->addWidget(m_paramsEdit, 1);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(reloadButton);
    runRow->addStretch(1);
    run->addLayout(runRow);
    auto *jobsLayout = new QHBoxLayout(jobsBox);
    jobsLayout->addWidget(m_jobList);
    jobsLayout->addLayout(run, 1);

    auto *runsBox = named(new QGroupBox(tr("Runs"), this), QStringLiteral("jobRunsGroupBox"));
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->addWidget(m_runTable);
    auto *moreRow = new QHBoxLayout;
    moreRow->addStretch(1);
    moreRow->addWidget(m_moreRunsButton);
    runsLayout->addLayout(moreRow);

    auto *schedulesBox = named(new QGroupBox(tr("Schedules"), this), QStringLiteral("schedulesGroupBox"));
    auto *schedulesLayout = new QVBoxLayout(schedulesBox);
    schedulesLayout->addWidget(note);
    schedulesLayout->addWidget(m_scheduleTable);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_newScheduleButton);
    scheduleRow->addWidget(m_editScheduleButton);
    scheduleRow->addWidget(m_deleteScheduleButton);
    scheduleRow->addStretch(1);
    schedulesLayout->addLayout(scheduleRow);

    auto *splitter = named(new QSplitter(Qt::Vertical, this), QStringLiteral("jobsSplitter"));
    splitter->addWidget(jobsBox);
    splitter->addWidget(runsBox);
    splitter->addWidget(schedulesBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    // Jobs, runs and schedules need more height than a 1024x700 window leaves the tab: they scroll there
    // rather than make the whole window taller.
    auto *scroll = named(new QScrollArea(this), QStringLiteral("jobsScrollArea"));
    scroll->setWidget(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(scroll, 1);

    connect(m_runButton, &QPushButton::clicked, this, &ServerJobsPane::runJob);
    connect(reloadButton, &QPushButton::clicked, this, [this] {
        m_runs->reload();
        m_schedules->reload();
    });
    connect(m_moreRunsButton, &QPushButton::clicked, m_runs, &JobRunModel::loadMore);
    connect(m_newScheduleButton, &QPushButton::clicked, this, [this] { editSchedule(true); });
    connect(m_editScheduleButton, &QPushButton::clicked, this, [this] { editSchedule(false); });
    connect(m_scheduleTable, &QTableView::doubleClicked, this, [this] { editSchedule(false); });
    connect(m_deleteScheduleButton, &QPushButton::clicked, this, &ServerJobsPane::deleteSchedule);
    connect(m_jobList, &QListWidget::currentRowChanged, this, &ServerJobsPane::showTools);
    connect(m_scheduleTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerJobsPane::showTools);
    connect(m_runs, &JobRunModel::refreshed, this, [this] {
        if (!m_runs->problem().isEmpty())
            say(tr("The runs could not be read: %1").arg(m_runs->problem()), true);
        showTools();
    });
    connect(m_schedules, &JobScheduleModel::refreshed, this, &ServerJobsPane::showJobs);
    connect(m_schedules, &JobScheduleModel::saved, this, [this](const ParseResult &r) {
        say(r.ok() ? tr("Saved on the server.") : tr("Not saved: %1").arg(r.error.describe()), !r.ok());
    });
    showJobs();
}

void ServerJobsPane::setClient(ParseClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client)
        connect(client, &ParseClient::writesLockedChanged, this, &ServerJobsPane::showTools);
    say({}, false);
    m_runs->setClient(client);
    m_schedules->setClient(client);
    showJobs();
}

void ServerJobsPane::showJobs()
{
    const QString current = m_jobList->currentItem() ? m_jobList->currentItem()->text() : QString();
    m_jobList->clear();
    m_jobList->addItems(m_schedules->jobNames());
    const QList<QListWidgetItem *> same = m_jobList->findItems(current, Qt::MatchExactly);
    m_jobList->setCurrentRow(same.isEmpty() ? 0 : m_jobList->row(same.first()));
    if (!m_schedules->problem().isEmpty())
        say(tr("The jobs and schedules could not be read: %1").arg(m_schedules->problem()), true);
    else if (m_client && !m_schedules->isLoading() && m_jobList->count() == 0)
        say(tr("This server's Cloud Code defines no jobs (Parse.Cloud.job)."), false);
    showTools();
}

void ServerJobsPane::showTools()
{
    const bool writable = m_client && !m_client->writesLocked();
    const QString locked = m_client && !writable ? tr("This production profile's writes are locked: unlock "
                                                      "them in the banner to run jobs or change schedules.")
                                                 : QString();
    m_runButton->setEnabled(writable && m_jobList->currentItem());
    m_newScheduleButton->setEnabled(writable && m_jobList->count() > 0);
    const bool selected = m_scheduleTable->selectionModel()->hasSelection();
    m_editScheduleButton->setEnabled(writable && selected);
    m_deleteScheduleButton->setEnabled(writable && selected);
    for (QPushButton *button :
         {m_runButton, m_newScheduleButton, m_editScheduleButton, m_deleteScheduleButton})
        button->setToolTip(locked);
    m_moreRunsButton->setEnabled(m_runs->hasMore());
}

void ServerJobsPane::runJob()
{
    if (!m_client || !m_jobList->currentItem())
        return;
    const JsonText::Parsed params = m_paramsEdit->check();
    if (!params.ok())
        return; // the editor marks the mistake
    if (!params.document.isNull() && !params.document.isObject()) {
        say(tr("The params must be a JSON object."), true);
        return;
    }
    const QString name = m_jobList->currentItem()->text();
    say(tr("Starting %1…").arg(name), false);
    connect(m_client->send(ParseRequest::runJob(name, params.document.object())), &ParseReply::finished, this,
            [this, name, params = params.document.object()](const ParseResult &r) {
                if (!r.ok()) {
                    say(tr("%1 did not start: %2").arg(name, r.error.describe()), true);
                    return;
                }
                say(tr("%1 started (run %2).").arg(name, r.jobStatusId), false);
                m_runs->track(r.jobStatusId, params);
            });
}

void ServerJobsPane::editSchedule(bool create)
{
    const QModelIndexList rows = m_scheduleTable->selectionModel()->selectedRows();
    if (!create && rows.isEmpty())
        return;
    const QString job = m_jobList->currentItem() ? m_jobList->currentItem()->text() : QString();
    const QJsonObject schedule = create ? QJsonObject{{QStringLiteral("jobName"), job}}
                                        : rows.first().data(JobScheduleModel::ScheduleRole).toJsonObject();
    JobScheduleDialog dialog(m_schedules->jobNames(), schedule, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    say(tr("Saving the schedule…"), false);
    m_schedules->save(dialog.fields(), schedule.value(QLatin1String("objectId")).toString());
}

void ServerJobsPane::deleteSchedule()
{
    const QModelIndexList rows = m_scheduleTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString job = rows.first().siblingAtColumn(JobScheduleModel::Job).data().toString();
    QMessageBox box(QMessageBox::Question, tr("Delete schedule"),
                    tr("Delete this schedule of %1? The job itself stays.").arg(job),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteScheduleMessageBox"));
    if (box.exec() == QMessageBox::Yes) {
        say(tr("Deleting the schedule…"), false);
        m_schedules->remove(rows.first().row());
    }
}

void ServerJobsPane::say(const QString &text, bool problem)
{
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
    ToneKeeper::apply(m_statusLabel, problem ? Tone::Bad : Tone::None);
}
