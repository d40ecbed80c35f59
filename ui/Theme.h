#pragma once

class QPalette;
class QSettings;

// The application's look: the platform's own style and palette, or Fusion in a light or a dark palette.
// Widgets follow a change at run time: the palette reaches them as QEvent::PaletteChange, and colours
// with a meaning come from it (ToneDelegate, ToneKeeper, JsonHighlighter).
namespace Theme {

enum class Choice
{
    System,
    Light,
    Dark
};

// The choice kept in `settings`; System when there is none.
Choice saved(const QSettings &settings);
void save(QSettings &settings, Choice choice);
// Sets the application's style and palette.
void apply(Choice choice);
// At start-up, before the main window shows.
void applySaved(const QSettings &settings);
// Dark's palette (Fusion's roles, Disabled group included), readable with the tones' dark colours.
QPalette darkPalette();

} // namespace Theme
