#pragma once

#include "core/models/Tone.h"

#include <QObject>

class QWidget;

// Colours a widget's text (WindowText), and its background when given a fill, in a tone: ToneDelegate's
// colours for the palette in use, chosen again whenever the palette changes (View -> Theme), which a
// style sheet with fixed colours would not do. A label with a fill becomes a note: framed, with room around
// its text. Lives as a child of the widget.
class ToneKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToneKeeper)

public:
    // Tone::None for both returns the widget to the colours it inherits.
    static void apply(QWidget *widget, Tone text, Tone fill = Tone::None);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ToneKeeper(QWidget *widget);
    void recolour();

    QWidget *m_widget;
    Tone m_text = Tone::None;
    Tone m_fill = Tone::None;
};
