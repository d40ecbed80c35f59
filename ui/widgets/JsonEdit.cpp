#include "ui/widgets/JsonEdit.h"

#include "ui/ToneDelegate.h"
#include "ui/widgets/JsonHighlighter.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

JsonEdit::JsonEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(document(), palette())) // owned by the document
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &JsonEdit::edited);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_programmatic)
            m_pause.start();
    });
}

void JsonEdit::setJsonText(const QString &text)
{
    m_programmatic = true;
    setPlainText(text);
    m_programmatic = false;
    m_pause.stop();
    clearError();
}

void JsonEdit::setJsonValue(const QJsonValue &value)
{
    if (value.isObject())
        setJsonText(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)));
    else if (value.isArray())
        setJsonText(QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)));
    else if (value.isUndefined() || value.isNull())
        setJsonText({});
    else
        setJsonText(value.toVariant().toString());
}

JsonText::Parsed JsonEdit::check()
{
    const QString text = toPlainText();
    if (text.trimmed().isEmpty()) {
        clearError();
        return {};
    }
    const QByteArray utf8 = text.toUtf8();
    JsonText::Parsed parsed = JsonText::parse(utf8);
    if (parsed.ok())
        clearError();
    else
        // The parser counts bytes; the editor counts characters.
        markError(int(QString::fromUtf8(utf8.left(parsed.errorOffset)).size()), parsed.error);
    return parsed;
}

void JsonEdit::clearError()
{
    m_error.clear();
    setExtraSelections({});
    setToolTip({});
}

void JsonEdit::markError(int position, const QString &message)
{
    m_error = message;
    m_errorPosition = position;
    showErrorMark();
    setToolTip(message);
}

void JsonEdit::showErrorMark()
{
    QTextCursor cursor(document());
    cursor.setPosition(qBound(0, m_errorPosition, document()->characterCount() - 1));

    const QColor fill = ToneDelegate::fillColor(Tone::Bad, palette());
    const QColor text = ToneDelegate::textColor(Tone::Bad, palette());
    QTextEdit::ExtraSelection line;
    line.format.setBackground(fill);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = cursor;

    // Underline the offending character, or the one before it when the text just stops.
    QTextEdit::ExtraSelection mark;
    QTextCursor at = cursor;
    if (at.atBlockEnd() && !at.atBlockStart())
        at.movePosition(QTextCursor::PreviousCharacter);
    at.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    mark.cursor = at;
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(text);
    mark.format.setBackground(ToneDelegate::mix(fill, text, 0.3f)); // a deeper shade of the line's

    setExtraSelections({line, mark});
}

void JsonEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Recolouring touches the document's formats, which QPlainTextEdit reports as textChanged: not an edit.
    m_programmatic = true;
    m_highlighter->setPalette(palette());
    m_programmatic = false;
    if (!m_error.isEmpty())
        showErrorMark();
}
