#pragma once

#include "ui/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QObject>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

// Helpers shared by the GUI tests: children by objectName, answers to modal message boxes, screenshots.
namespace GuiTestSupport {

template <typename T> T *child(const QObject *root, const QString &objectName)
{
    T *found = root->findChild<T *>(objectName);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(objectName));
    return found;
}

// Runs `answer` on the next modal widget of type T once it is open (exec() runs its own event loop, so
// the answer has to come from a timer). Gives up after about two seconds.
template <typename T> void onNextModal(QObject *context, std::function<void(T *)> answer)
{
    auto *timer = new QTimer(context);
    auto tries = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, tries, answer] {
        if (auto *modal = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        } else if (++*tries > 200) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

// Clicks `button` in the next modal QMessageBox; its text lands in `shown` when given.
inline void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button,
                                 QString *shown = nullptr)
{
    onNextModal<QMessageBox>(context, [button, shown](QMessageBox *box) {
        if (shown)
            *shown = box->text();
        box->button(button)->click();
    });
}

// Types `text` into the next modal QInputDialog and accepts it; what it asked lands in `asked`.
inline void answerNextInputDialog(QObject *context, const QString &text, QString *asked = nullptr)
{
    onNextModal<QInputDialog>(context, [text, asked](QInputDialog *dialog) {
        if (asked)
            *asked = dialog->labelText();
        dialog->setTextValue(text);
        dialog->accept();
    });
}

// With PARSEDESK_SCREENSHOT_DIR set (run under xvfb-run with QT_QPA_PLATFORM=xcb for real rendering),
// saves a PNG of the window as the test has brought it, so the documentation pictures show real states.
inline void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARSEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200); // let the last layouts and repaints land
    QVERIFY(window->grab().save(QDir(dir).filePath(name), "PNG"));
}

// The same in View -> Theme -> Dark as name-dark.png (the README shows both themes), then back to the
// platform's look.
inline void screenshotInBothThemes(QWidget *window, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("PARSEDESK_SCREENSHOT_DIR"))
        return;
    screenshot(window, name + QStringLiteral(".png"));
    Theme::apply(Theme::Choice::Dark);
    screenshot(window, name + QStringLiteral("-dark.png"));
    Theme::apply(Theme::Choice::System);
}

} // namespace GuiTestSupport
