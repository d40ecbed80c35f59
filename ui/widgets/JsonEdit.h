#pragma once

#include "core/data/JsonText.h"

#include <QPlainTextEdit>
#include <QTimer>

class JsonHighlighter;

// A JSON text editor: monospaced, highlighted, and able to mark a parse error where it is (wavy underline
// at the column, tinted line, the message as tooltip). Reports the user's edits once typing pauses, so
// consumers parse once per pause instead of once per key.
class JsonEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEdit)

public:
    static constexpr int kPauseMs = 350;

    explicit JsonEdit(QWidget *parent = nullptr);

    // Replaces the text; this is not an edit and clears any error mark.
    void setJsonText(const QString &text);
    // Indented; undefined or null shows as empty text.
    void setJsonValue(const QJsonValue &value);
    // Parses the text and marks the mistake, if any. Blank text is ok() with an empty document.
    JsonText::Parsed check();
    void clearError();
    QString errorText() const { return m_error; }

Q_SIGNALS:
    // The user changed the text and paused typing.
    void edited();

protected:
    // A new palette (View -> Theme) recolours the tokens and the error mark.
    void changeEvent(QEvent *event) override;

private:
    void markError(int position, const QString &message);
    void showErrorMark();

    JsonHighlighter *m_highlighter;
    QTimer m_pause;
    bool m_programmatic = false;
    QString m_error;
    int m_errorPosition = 0;
};
