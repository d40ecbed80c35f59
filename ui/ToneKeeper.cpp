#include "ui/ToneKeeper.h"

#include "ui/ToneDelegate.h"

#include <QEvent>
#include <QLabel>

namespace {
constexpr int kNoteMargin = 6;
}

ToneKeeper::ToneKeeper(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    widget->installEventFilter(this);
}

void ToneKeeper::apply(QWidget *widget, Tone text, Tone fill)
{
    auto *keeper = widget->findChild<ToneKeeper *>(QString(), Qt::FindDirectChildrenOnly);
    if (!keeper)
        keeper = new ToneKeeper(widget);
    const bool filled = fill != Tone::None;
    auto *label = qobject_cast<QLabel *>(widget);
    if (label && filled != (keeper->m_fill != Tone::None)) {
        // A filled label is a note: framed, with room around its text.
        label->setFrameShape(filled ? QFrame::StyledPanel : QFrame::NoFrame);
        label->setMargin(filled ? kNoteMargin : 0);
    }
    widget->setAutoFillBackground(filled);
    keeper->m_text = text;
    keeper->m_fill = fill;
    keeper->recolour();
}

bool ToneKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::PaletteChange)
        recolour(); // setting the same colours again changes nothing, so this ends here
    return false;
}

void ToneKeeper::recolour()
{
    // Only WindowText and Window are ever set here, so Base and Text still say what the palette in use is.
    const QPalette inherited = m_widget->palette();
    QPalette toned = inherited;
    toned.setResolveMask(0);
    if (m_text != Tone::None)
        toned.setColor(QPalette::WindowText, ToneDelegate::textColor(m_text, inherited));
    if (m_fill != Tone::None)
        toned.setColor(QPalette::Window, ToneDelegate::fillColor(m_fill, inherited));
    m_widget->setPalette(toned);
}
