#include "ui/widgets/RegexValueEdit.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

RegexValueEdit::RegexValueEdit(QWidget *parent)
    : QWidget(parent)
    , m_pattern(new QLineEdit(this))
{
    setAutoFillBackground(true);
    m_pattern->setObjectName(QStringLiteral("regexLineEdit"));
    m_pattern->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pattern->setPlaceholderText(tr("regular expression"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_pattern, 1);
    const std::pair<QChar, QString> flags[] = {
        {QLatin1Char('i'), tr("Case-insensitive")},
        {QLatin1Char('m'), tr("Multi-line: ^ and $ match at every line break")},
        {QLatin1Char('x'), tr("Extended: whitespace in the pattern is ignored")},
        {QLatin1Char('s'), tr("Dot matches line breaks too")}};
    for (const auto &[flag, tip] : flags) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("regexFlag%1ToolButton").arg(flag.toUpper()));
        button->setText(flag);
        button->setCheckable(true);
        button->setToolTip(tip);
        layout->addWidget(button);
        m_flags << button;
    }
    setFocusProxy(m_pattern);
}

void RegexValueEdit::setPattern(const QString &pattern, const QString &options)
{
    m_pattern->setText(pattern);
    for (QToolButton *button : std::as_const(m_flags))
        button->setChecked(options.contains(button->text()));
}

QString RegexValueEdit::pattern() const
{
    return m_pattern->text();
}

QString RegexValueEdit::options() const
{
    QString options;
    for (const QToolButton *button : m_flags) {
        if (button->isChecked())
            options += button->text();
    }
    return options;
}
