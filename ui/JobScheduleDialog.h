#pragma once

#include <QDialog>
#include <QJsonObject>

class JsonEdit;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

// Creating or editing one job schedule: the job, a description, the start (entered in local time, shown
// in UTC too), the repeat interval, the time of day (UTC, as Parse stores it, with the local time) and
// the params (a JSON object).
class JobScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobScheduleDialog)

public:
    // schedule: the _JobSchedule object to edit; without an objectId: a new one (of its jobName, if any).
    JobScheduleDialog(const QStringList &jobs, const QJsonObject &schedule, QWidget *parent = nullptr);

    // The fields as /cloud_code/jobs takes them (when editing, a time of day taken away is deleted).
    QJsonObject fields() const;

    void accept() override;

private:
    void showTimes();

    bool m_editing;
    QComboBox *m_jobCombo;
    QLineEdit *m_descriptionEdit;
    QDateTimeEdit *m_startEdit;
    QLabel *m_startUtcLabel;
    QSpinBox *m_repeatSpin;
    QCheckBox *m_timeOfDayCheck;
    QTimeEdit *m_timeOfDayEdit;
    QLabel *m_timeOfDayLocalLabel;
    JsonEdit *m_paramsEdit;
    QDialogButtonBox *m_buttons;
};
