#pragma once

#include <QJsonValue>
#include <QWidget>

class QLineEdit;

// A pointer for a query: target class and objectId, given back as {"__type":"Pointer",...}.
class PointerValueEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PointerValueEdit)

public:
    explicit PointerValueEdit(QWidget *parent = nullptr);

    // targetClass: the field's class from the schema, used when the value names none.
    void setValue(const QJsonValue &value, const QString &targetClass);
    QJsonValue value() const;

private:
    QLineEdit *m_className;
    QLineEdit *m_objectId;
};
