#pragma once

#include <QtCore/qnamespace.h>

// What a cell's colour says (an outcome, an error, a change). Views draw it from the application palette
// (ui/ToneDelegate): the core links no GUI module, and colours chosen by the palette stay readable on a
// dark one.
enum class Tone
{
    None, // the view's own
    Good,
    Bad,
    Caution,
    Muted
};

namespace ToneRole {
// int(Tone) of a cell's text and of its fill.
constexpr int Text = Qt::UserRole + 0x700;
constexpr int Fill = Qt::UserRole + 0x701;
} // namespace ToneRole
