#pragma once

#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

// A date for a query: a moment shown in local time (or UTC, with the toggle) and always given back as a
// Parse Date ({"__type":"Date","iso":...}), or a relative time ({"$relativeTime":"3 days ago"}).
class DateValueEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateValueEdit)

public:
    explicit DateValueEdit(QWidget *parent = nullptr);

    // Anything that is neither a Date nor a relative time starts at the current minute.
    void setValue(const QJsonValue &value);
    QJsonValue value() const;
    void setUtc(bool utc);

private:
    void showMode();

    QComboBox *m_mode;
    QDateTimeEdit *m_dateTime;
    QCheckBox *m_utc;
    QLineEdit *m_relative;
};
