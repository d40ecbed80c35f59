#include "ui/LanguageChooser.h"

#include <QAction>
#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace {
const QString kLanguageKey = QStringLiteral("language");
}

LanguageChooser::LanguageChooser(const QList<std::pair<QAction *, QString>> &languages, QSettings *settings,
                                 QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{
    auto *group = new QActionGroup(this);
    const QString current = m_settings->value(kLanguageKey).toString();
    for (const auto &[action, code] : languages) {
        action->setData(code);
        action->setStatusTip(tr("Takes effect the next time ParseDesk starts"));
        group->addAction(action);
        action->setChecked(code == current);
    }
    connect(group, &QActionGroup::triggered, this, &LanguageChooser::choose);
}

void LanguageChooser::choose(QAction *action)
{
    const QString code = action->data().toString();
    if (code == m_settings->value(kLanguageKey).toString())
        return;
    m_settings->setValue(kLanguageKey, code);
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("ParseDesk shows the new language once it starts again. Restart it now? Unsaved edits "
                       "and unsent operations are asked about first."),
                    QMessageBox::NoButton, m_window);
    QPushButton *restart = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartNowPushButton"));
    box.addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("laterPushButton"));
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() == restart)
        Q_EMIT restartChosen();
}
