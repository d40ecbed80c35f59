#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

class QPalette;

// Colours JSON by token: keys, Parse's own keys ("__op", "__type", "$gt"), strings, numbers, literals.
// JSON strings never span lines, so each line is coloured on its own.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    JsonHighlighter(QTextDocument *document, const QPalette &palette);

    // Takes the colours that read on the palette's Base (dark or light) and colours the document again.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_token;
    QTextCharFormat m_key;
    QTextCharFormat m_parseKey;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};
