#pragma once

#include "core/models/Tone.h"

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;

// Draws the tones the core models give their cells (ToneRole) in colours taken for the palette in use:
// pale fills and dark text on a light one, dark fills and light text on a dark one.
class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToneDelegate)

public:
    explicit ToneDelegate(QObject *parent = nullptr);

    // Light text on dark Base: what the palette's colours are chosen for.
    static bool isDark(const QPalette &palette);
    static QColor textColor(Tone tone, const QPalette &palette);
    static QColor fillColor(Tone tone, const QPalette &palette);
    // `from` moved `share` (0 to 1) of the way towards `to`.
    static QColor mix(const QColor &from, const QColor &to, float share);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
