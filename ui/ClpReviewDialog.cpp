#include "ui/ClpReviewDialog.h"

#include "core/batch/ClpSave.h"
#include "core/data/JsonText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ClpReviewDialog::ClpReviewDialog(const QString &className, const ClassPermissions &loaded,
                                 const ClassPermissions &wanted, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("clpReviewDialog"));
    setWindowTitle(tr("Save the permissions of %1").arg(className));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    QStringList changes;
    for (const ClassPermissions::Change &change : ClassPermissions::diff(loaded, wanted))
        changes.append(ClassPermissions::describe(change));
    auto *diff = new QPlainTextEdit(changes.join(QLatin1Char('\n')), this);
    diff->setObjectName(QStringLiteral("diffPlainTextEdit"));
    diff->setReadOnly(true);
    diff->setFont(mono);
    diff->setLineWrapMode(QPlainTextEdit::NoWrap);

    const ParseRequest request = ClpSave::request(className, wanted);
    auto *body = new QPlainTextEdit(
        QStringLiteral("%1 %2\n\n%3")
            .arg(QString::fromLatin1(request.methodName()), request.path, JsonText::indented(request.body)),
        this);
    body->setObjectName(QStringLiteral("requestPlainTextEdit"));
    body->setReadOnly(true);
    body->setFont(mono);
    body->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("reviewButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *diffLabel = new QLabel(tr("What changes (operation or list, principal: before -> after):"), this);
    diffLabel->setBuddy(diff);
    layout->addWidget(diffLabel);
    layout->addWidget(diff, 1);
    auto *bodyLabel =
        new QLabel(tr("The request, exactly as it is sent. The server replaces the whole CLP with "
                      "it; the undo journal keeps the one it replaces."),
                   this);
    bodyLabel->setWordWrap(true);
    bodyLabel->setBuddy(body);
    layout->addWidget(bodyLabel);
    layout->addWidget(body, 2);
    layout->addWidget(buttons);
    resize(640, 560);
}
