// Help -> About: the build's version with its revision, the Qt versions, the licenses of what ships and a
// link to the project, reached from the main window's Help menu.
#include "core/data/BuildInfo.h"
#include "ui/AboutDialog.h"

#include <QLabel>
#include <QTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionQtLicensesAndLink()
    {
        AboutDialog dialog;
        const auto text = [&dialog](const char *name) {
            const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
            return label ? label->text() : QString();
        };
        QVERIFY(text("versionLabel").contains(BuildInfo::version()));
        QVERIFY(BuildInfo::version().startsWith(QStringLiteral(PARSEDESK_VERSION)));
        QVERIFY(text("qtVersionLabel").contains(QString::fromLatin1(qVersion())));
        const QString licenses = text("licensesLabel");
        for (const char *part : {"Qt", "LGPL", "QtKeychain", "BSD 3-Clause", "simdjson", "Apache 2.0 or MIT"})
            QVERIFY2(licenses.contains(QString::fromLatin1(part)), part);
        QVERIFY(!BuildInfo::homepage().isEmpty());
        QVERIFY(text("projectLinkLabel").contains(QStringLiteral("href=\"%1\"").arg(BuildInfo::homepage())));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("projectLinkLabel"))->openExternalLinks());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
