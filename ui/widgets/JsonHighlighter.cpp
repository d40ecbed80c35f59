#include "ui/widgets/JsonHighlighter.h"

#include "ui/ToneDelegate.h"

#include <QPalette>

namespace {
QTextCharFormat tokenFormat(const QColor &colour, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    return f;
}
} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
    ,
    // 1: a string, 2: the colon that makes it a key, 3: a number, 4: a literal
    m_token(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\"?)(\\s*:)?|(-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)|"
                           "\\b(true|false|null)\\b"))
{
    setPalette(palette);
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    // Each at least 4.5:1 against Base (WCAG AA), the light set on white, the dark one on the dark theme's.
    const bool dark = ToneDelegate::isDark(palette);
    m_key = tokenFormat(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x0b, 0x53, 0x94));
    m_parseKey = tokenFormat(dark ? QColor(0xf4, 0x8f, 0xb1) : QColor(0xad, 0x14, 0x57), true);
    m_string = tokenFormat(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x6b, 0x30));
    m_number = tokenFormat(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa2, 0x4c, 0x00));
    m_literal = tokenFormat(dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a), true);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    auto it = m_token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0) {
            const bool isKey = m.capturedLength(2) > 0;
            const QStringView name = m.capturedView(1).mid(1);
            const bool parseKey = name.startsWith(QLatin1String("__")) || name.startsWith(QLatin1Char('$'));
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)),
                      !isKey     ? m_string
                      : parseKey ? m_parseKey
                                 : m_key);
        } else if (m.capturedLength(3) > 0) {
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), m_number);
        } else if (m.capturedLength(4) > 0) {
            setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), m_literal);
        }
    }
}
