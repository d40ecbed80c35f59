#include "ui/AboutDialog.h"

#include "ui_AboutDialog.h"

#include "core/data/BuildInfo.h"

#include <QIcon>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/parsedesk.svg")).pixmap(64, 64));
    m_ui->versionLabel->setText(tr("ParseDesk %1").arg(BuildInfo::version()));
    m_ui->qtVersionLabel->setText(tr("Built with Qt %1, running on Qt %2.")
                                      .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    const QString homepage = BuildInfo::homepage();
    m_ui->projectLinkLabel->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(homepage.toHtmlEscaped()));
}

AboutDialog::~AboutDialog() = default;
