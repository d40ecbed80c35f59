#include "ui/JobScheduleDialog.h"

#include "core/data/JobSchedule.h"
#include "core/data/JsonText.h"
#include "ui/widgets/JsonEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>

namespace {
template <typename T> T *named(T *widget, const QString &objectName)
{
    widget->setObjectName(objectName);
    return widget;
}
} // namespace

JobScheduleDialog::JobScheduleDialog(const QStringList &jobs, const QJsonObject &schedule, QWidget *parent)
    : QDialog(parent)
    , m_editing(schedule.contains(QLatin1String("objectId")))
    , m_jobCombo(named(new QComboBox(this), QStringLiteral("scheduleJobComboBox")))
    , m_descriptionEdit(named(new QLineEdit(this), QStringLiteral("scheduleDescriptionLineEdit")))
    , m_startEdit(named(new QDateTimeEdit(this), QStringLiteral("scheduleStartDateTimeEdit")))
    , m_startUtcLabel(named(new QLabel(this), QStringLiteral("scheduleStartUtcLabel")))
    , m_repeatSpin(named(new QSpinBox(this), QStringLiteral("scheduleRepeatSpinBox")))
    , m_timeOfDayCheck(named(new QCheckBox(tr("At"), this), QStringLiteral("scheduleTimeOfDayCheckBox")))
    , m_timeOfDayEdit(named(new QTimeEdit(this), QStringLiteral("scheduleTimeOfDayTimeEdit")))
    , m_timeOfDayLocalLabel(named(new QLabel(this), QStringLiteral("scheduleTimeOfDayLocalLabel")))
    , m_paramsEdit(named(new JsonEdit(this), QStringLiteral("scheduleParamsJsonEdit")))
    , m_buttons(named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this),
                      QStringLiteral("scheduleButtonBox")))
{
    setObjectName(QStringLiteral("jobScheduleDialog"));
    setWindowTitle(m_editing ? tr("Edit schedule") : tr("New schedule"));
    const JobSchedule current = JobSchedule::fromJson(schedule);
    m_jobCombo->addItems(jobs);
    if (m_editing && !jobs.contains(current.jobName))
        m_jobCombo->addItem(current.jobName); // no longer deployed, still scheduled
    m_jobCombo->setCurrentText(current.jobName);
    m_descriptionEdit->setText(current.description);
    m_startEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startEdit->setCalendarPopup(true);
    m_startEdit->setDateTime(m_editing && current.startAfter.isValid()
                                 ? current.startAfter.toLocalTime()
                                 : QDateTime::currentDateTime().addSecs(60));
    m_repeatSpin->setRange(0, 7 * 24 * 60);
    m_repeatSpin->setSuffix(tr(" min"));
    m_repeatSpin->setSpecialValueText(tr("no repeat"));
    m_repeatSpin->setValue(current.repeatMinutes);
    m_timeOfDayEdit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeOfDayCheck->setChecked(current.timeOfDayMs.has_value());
    m_timeOfDayEdit->setTime(QTime::fromMSecsSinceStartOfDay(current.timeOfDayMs.value_or(0)));
    m_paramsEdit->setJsonText(current.paramsText.isEmpty() ? QStringLiteral("{}") : current.paramsText);
    m_paramsEdit->setMinimumHeight(80);

    auto *start = new QHBoxLayout;
    start->addWidget(m_startEdit);
    start->addWidget(m_startUtcLabel, 1);
    auto *timeOfDay = new QHBoxLayout;
    timeOfDay->addWidget(m_timeOfDayCheck);
    timeOfDay->addWidget(m_timeOfDayEdit);
    timeOfDay->addWidget(new QLabel(tr("UTC"), this));
    timeOfDay->addWidget(m_timeOfDayLocalLabel, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Job:"), m_jobCombo);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    form->addRow(tr("&Start (local time):"), start);
    form->addRow(tr("&Repeat every:"), m_repeatSpin);
    form->addRow(tr("Time of day:"), timeOfDay);
    form->addRow(tr("&Params:"), m_paramsEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JobScheduleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JobScheduleDialog::reject);
    connect(m_startEdit, &QDateTimeEdit::dateTimeChanged, this, &JobScheduleDialog::showTimes);
    connect(m_timeOfDayEdit, &QTimeEdit::timeChanged, this, &JobScheduleDialog::showTimes);
    connect(m_timeOfDayCheck, &QCheckBox::toggled, this, &JobScheduleDialog::showTimes);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_jobCombo->count() > 0);
    showTimes();
    resize(520, sizeHint().height());
}

void JobScheduleDialog::showTimes()
{
    m_startUtcLabel->setText(
        tr("= %1 UTC").arg(m_startEdit->dateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_timeOfDayEdit->setEnabled(m_timeOfDayCheck->isChecked());
    // The local time of day on the start's date (it moves with daylight saving time).
    const QDateTime utc(m_startEdit->date(), m_timeOfDayEdit->time(), Qt::UTC);
    m_timeOfDayLocalLabel->setText(
        m_timeOfDayCheck->isChecked()
            ? tr("(%1 local time)").arg(utc.toLocalTime().toString(QStringLiteral("HH:mm")))
            : tr("(none: from the start on)"));
}

QJsonObject JobScheduleDialog::fields() const
{
    QJsonObject fields{
        {QStringLiteral("jobName"), m_jobCombo->currentText()},
        {QStringLiteral("description"), m_descriptionEdit->text()},
        {QStringLiteral("params"),
         JsonText::compact(JsonText::parse(m_paramsEdit->toPlainText().toUtf8()).document.object())},
        {QStringLiteral("startAfter"), m_startEdit->dateTime().toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("repeatMinutes"), m_repeatSpin->value()}};
    if (m_timeOfDayCheck->isChecked())
        fields.insert(QStringLiteral("timeOfDay"),
                      m_timeOfDayEdit->time().toString(QStringLiteral("HH:mm:00.000")) + QLatin1Char('Z'));
    else if (m_editing)
        fields.insert(QStringLiteral("timeOfDay"),
                      QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}});
    return fields;
}

void JobScheduleDialog::accept()
{
    const JsonText::Parsed params = m_paramsEdit->check();
    if (!params.ok())
        return; // the editor marks the mistake
    if (!params.document.isObject() && !params.document.isNull()) {
        m_paramsEdit->setToolTip(tr("The params must be a JSON object."));
        return;
    }
    QDialog::accept();
}
