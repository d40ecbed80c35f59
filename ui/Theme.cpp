#include "ui/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>

namespace Theme {

namespace {
const QString kThemeKey = QStringLiteral("theme");
const QString kFusion = QStringLiteral("Fusion");

QString keyOf(Choice choice)
{
    switch (choice) {
    case Choice::System:
        break;
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

void setStyle(const QString &name)
{
    // Setting the style in use again would only repolish every widget.
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}
} // namespace

Choice saved(const QSettings &settings)
{
    const QString key = settings.value(kThemeKey).toString();
    for (const Choice choice : {Choice::Light, Choice::Dark})
        if (key == keyOf(choice))
            return choice;
    return Choice::System;
}

void save(QSettings &settings, Choice choice)
{
    settings.setValue(kThemeKey, keyOf(choice));
}

void apply(Choice choice)
{
    // The platform's style, as it was before the first choice replaced it.
    static const QString systemStyle = QApplication::style()->name();
    switch (choice) {
    case Choice::System:
        setStyle(systemStyle);
        // A palette without roles of its own is the platform's.
        QApplication::setPalette(QPalette());
        return;
    case Choice::Light:
        setStyle(kFusion);
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Choice::Dark:
        setStyle(kFusion);
        QApplication::setPalette(darkPalette());
        return;
    }
}

void applySaved(const QSettings &settings)
{
    const Choice choice = saved(settings);
    // System at start-up is what the application has already: nothing to replace.
    if (choice != Choice::System)
        apply(choice);
}

QPalette darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x23, 0x23, 0x23);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x8a, 0x8a, 0x8a);

    QPalette palette(window); // the roles not set below are derived from it
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Light, QColor(0x4d, 0x4d, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    // White on it reaches 5.4:1, where the usual #2a82da reaches 4:1.
    palette.setColor(QPalette::Highlight, QColor(0x2d, 0x6b, 0xb5));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb6, 0x95, 0xf5));
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    palette.setColor(QPalette::ToolTipBase, QColor(0x42, 0x42, 0x42));
    palette.setColor(QPalette::ToolTipText, text);

    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Light, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x6a, 0x6a, 0x6a));
    return palette;
}

} // namespace Theme
