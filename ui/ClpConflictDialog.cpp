#include "ui/ClpConflictDialog.h"

#include "core/data/JsonText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

ClpConflictDialog::ClpConflictDialog(const QString &className, const ClassPermissions &loaded,
                                     const ClassPermissions &server, const ClassPermissions &wanted,
                                     bool canOverwrite, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("clpConflictDialog"));
    setWindowTitle(tr("The permissions of %1 changed on the server").arg(className));
    auto *layout = new QGridLayout(this);
    auto *intro =
        new QLabel(tr("Someone changed the class-level permissions of %1 since you loaded them. Nothing "
                      "was saved. Compare the three versions, then take the server's (your changes "
                      "are dropped), overwrite it with yours, or go back to editing.")
                       .arg(className),
                   this);
    intro->setObjectName(QStringLiteral("conflictIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro, 0, 0, 1, 3);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const struct
    {
        QString title;
        QString name;
        const ClassPermissions *clp;
    } versions[] = {{tr("When you loaded them"), QStringLiteral("loadedPlainTextEdit"), &loaded},
                    {tr("On the server now"), QStringLiteral("serverPlainTextEdit"), &server},
                    {tr("Yours"), QStringLiteral("yoursPlainTextEdit"), &wanted}};
    int column = 0;
    for (const auto &version : versions) {
        auto *text =
            new QPlainTextEdit(JsonText::indented(version.clp->toJson(), {}, QStringLiteral("  ")), this);
        text->setObjectName(version.name);
        text->setReadOnly(true);
        text->setFont(mono);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        auto *label = new QLabel(version.title, this);
        label->setBuddy(text);
        layout->addWidget(label, 1, column);
        layout->addWidget(text, 2, column);
        ++column;
    }
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("conflictButtonBox"));
    QPushButton *take = buttons->addButton(tr("Take the server's"), QDialogButtonBox::ResetRole);
    take->setObjectName(QStringLiteral("takeServersPushButton"));
    connect(take, &QPushButton::clicked, this, [this] { done(TakeServers); });
    if (canOverwrite) {
        QPushButton *overwrite =
            buttons->addButton(tr("Overwrite with mine"), QDialogButtonBox::DestructiveRole);
        overwrite->setObjectName(QStringLiteral("overwritePushButton"));
        connect(overwrite, &QPushButton::clicked, this, [this] { done(Overwrite); });
    }
    QPushButton *keep = buttons->addButton(tr("Keep editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingPushButton"));
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons, 3, 0, 1, 3);
    resize(960, 600);
}
