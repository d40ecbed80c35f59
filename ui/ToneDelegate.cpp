#include "ui/ToneDelegate.h"

#include <QPalette>

ToneDelegate::ToneDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

bool ToneDelegate::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor ToneDelegate::textColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::None:
        break;
    case Tone::Good:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x5e, 0x20);
    case Tone::Bad:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb7, 0x1c, 0x1c);
    case Tone::Caution:
        return dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0x8a, 0x53, 0x00);
    case Tone::Muted:
        // Text faded towards Base stays readable (the Disabled text of Fusion's light palette is 1.9:1).
        return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4f);
    }
    return {};
}

QColor ToneDelegate::fillColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::None:
        break;
    case Tone::Good:
        return dark ? QColor(0x1e, 0x3a, 0x26) : QColor(0xdf, 0xf3, 0xe4);
    case Tone::Bad:
        return dark ? QColor(0x4a, 0x22, 0x22) : QColor(0xfd, 0xe0, 0xdc);
    case Tone::Caution:
        return dark ? QColor(0x4a, 0x3c, 0x10) : QColor(0xff, 0xf1, 0xb8);
    case Tone::Muted:
        return palette.color(QPalette::AlternateBase);
    }
    return {};
}

QColor ToneDelegate::mix(const QColor &from, const QColor &to, float share)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * share,
                            from.greenF() + (to.greenF() - from.greenF()) * share,
                            from.blueF() + (to.blueF() - from.blueF()) * share);
}

void ToneDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (const auto text = Tone(index.data(ToneRole::Text).toInt()); text != Tone::None)
        option->palette.setColor(QPalette::Text, textColor(text, option->palette));
    if (const auto fill = Tone(index.data(ToneRole::Fill).toInt()); fill != Tone::None)
        option->backgroundBrush = fillColor(fill, option->palette);
}
