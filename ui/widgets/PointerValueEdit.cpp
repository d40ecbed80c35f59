#include "ui/widgets/PointerValueEdit.h"

#include "core/data/ParseValue.h"

#include <QHBoxLayout>
#include <QLineEdit>

PointerValueEdit::PointerValueEdit(QWidget *parent)
    : QWidget(parent)
    , m_className(new QLineEdit(this))
    , m_objectId(new QLineEdit(this))
{
    setAutoFillBackground(true);
    m_className->setObjectName(QStringLiteral("pointerClassLineEdit"));
    m_className->setPlaceholderText(tr("class"));
    m_objectId->setObjectName(QStringLiteral("pointerObjectIdLineEdit"));
    m_objectId->setPlaceholderText(tr("objectId"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_className, 2);
    layout->addWidget(m_objectId, 3);
    setFocusProxy(m_objectId);
}

void PointerValueEdit::setValue(const QJsonValue &value, const QString &targetClass)
{
    const ParseValue pointer = ParseValue::fromJson(value);
    const bool isPointer = pointer.type() == ParseValue::Type::Pointer;
    m_className->setText(isPointer ? pointer.className() : targetClass);
    m_objectId->setText(isPointer ? pointer.objectId() : QString());
}

QJsonValue PointerValueEdit::value() const
{
    return ParseValue::pointer(m_className->text().trimmed(), m_objectId->text().trimmed()).toJson();
}
