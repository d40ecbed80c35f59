#pragma once

#include <QMenu>

class QSettings;

// View -> Theme: System, Light or Dark, applied at once and kept in `settings` for the next start
// (Theme::applySaved).
class ThemeMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeMenu)

public:
    explicit ThemeMenu(QSettings *settings, QWidget *parent = nullptr);
};
