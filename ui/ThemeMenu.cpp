#include "ui/ThemeMenu.h"

#include "ui/Theme.h"

#include <QActionGroup>
#include <QSettings>

ThemeMenu::ThemeMenu(QSettings *settings, QWidget *parent)
    : QMenu(tr("&Theme"), parent)
{
    setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    const struct
    {
        Theme::Choice choice;
        QString text;
        QString statusTip;
        QString objectName;
    } entries[] = {
        {Theme::Choice::System, tr("&System"), tr("The desktop's own style and colours"),
         QStringLiteral("systemThemeAction")},
        {Theme::Choice::Light, tr("&Light"), tr("Dark text on light backgrounds"),
         QStringLiteral("lightThemeAction")},
        {Theme::Choice::Dark, tr("&Dark"), tr("Light text on dark backgrounds"),
         QStringLiteral("darkThemeAction")},
    };
    const Theme::Choice current = Theme::saved(*settings);
    for (const auto &entry : entries) {
        QAction *action = addAction(entry.text);
        action->setObjectName(entry.objectName);
        action->setStatusTip(entry.statusTip);
        action->setCheckable(true);
        action->setChecked(entry.choice == current);
        action->setData(int(entry.choice));
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [settings](QAction *action) {
        const auto choice = Theme::Choice(action->data().toInt());
        Theme::apply(choice);
        Theme::save(*settings, choice);
    });
}
