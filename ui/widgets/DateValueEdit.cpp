#include "ui/widgets/DateValueEdit.h"

#include "core/data/ParseValue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLineEdit>

namespace {
const QString kRelativeTime = QStringLiteral("$relativeTime");
enum Mode
{
    Moment,
    Relative
};
} // namespace

DateValueEdit::DateValueEdit(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_dateTime(new QDateTimeEdit(this))
    , m_utc(new QCheckBox(tr("UTC"), this))
    , m_relative(new QLineEdit(this))
{
    setAutoFillBackground(true);
    m_mode->setObjectName(QStringLiteral("dateModeComboBox"));
    m_mode->addItem(tr("at"));
    m_mode->addItem(tr("relative"));
    m_mode->setToolTip(tr("A moment, or a time relative to when the server runs the query"));
    m_dateTime->setObjectName(QStringLiteral("dateTimeEdit"));
    m_dateTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_dateTime->setCalendarPopup(true);
    m_utc->setObjectName(QStringLiteral("utcCheckBox"));
    m_utc->setToolTip(tr("Show and enter the time in UTC instead of local time; either way the query "
                         "sends the same moment"));
    m_relative->setObjectName(QStringLiteral("relativeLineEdit"));
    m_relative->setPlaceholderText(tr("3 days ago, in 2 hours, now"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_mode);
    layout->addWidget(m_dateTime, 1);
    layout->addWidget(m_utc);
    layout->addWidget(m_relative, 1);
    setFocusProxy(m_dateTime);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &DateValueEdit::showMode);
    connect(m_utc, &QCheckBox::toggled, this, &DateValueEdit::setUtc);
    setValue({});
}

void DateValueEdit::setValue(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.contains(kRelativeTime)) {
        m_relative->setText(object.value(kRelativeTime).toString());
        m_mode->setCurrentIndex(Relative);
    } else {
        QDateTime moment = ParseValue::fromJson(value).toDateTime();
        if (!moment.isValid()) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            moment = now.addSecs(-now.time().second());
        }
        m_dateTime->setDateTime(moment.toTimeSpec(m_dateTime->timeSpec()));
        m_mode->setCurrentIndex(Moment);
    }
    showMode();
}

QJsonValue DateValueEdit::value() const
{
    if (m_mode->currentIndex() == Relative)
        return QJsonObject{{kRelativeTime, m_relative->text().trimmed()}};
    return ParseValue::fromDateTime(m_dateTime->dateTime()).toJson();
}

void DateValueEdit::setUtc(bool utc)
{
    const Qt::TimeSpec spec = utc ? Qt::UTC : Qt::LocalTime;
    const QDateTime moment = m_dateTime->dateTime();
    m_dateTime->setTimeSpec(spec);
    m_dateTime->setDateTime(moment.toTimeSpec(spec));
    m_utc->setChecked(utc);
}

void DateValueEdit::showMode()
{
    const bool relative = m_mode->currentIndex() == Relative;
    m_dateTime->setVisible(!relative);
    m_utc->setVisible(!relative);
    m_relative->setVisible(relative);
    setFocusProxy(relative ? static_cast<QWidget *>(m_relative) : m_dateTime);
}
