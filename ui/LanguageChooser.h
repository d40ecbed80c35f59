#pragma once

#include <QObject>
#include <QString>
#include <utility>

class QAction;
class QSettings;
class QWidget;

// Settings -> Language: the checkable actions, each standing for a language code ("" follows the system),
// choose the language ParseDesk starts in next time, and offer to restart now.
class LanguageChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageChooser)

public:
    // window: the parent of the restart question.
    LanguageChooser(const QList<std::pair<QAction *, QString>> &languages, QSettings *settings,
                    QWidget *window);

Q_SIGNALS:
    // The user chose "Restart now" after changing the language.
    void restartChosen();

private:
    void choose(QAction *action);

    QSettings *m_settings;
    QWidget *m_window;
};
