// The import dialog on its own: dates without a time zone are refused until the user says which zone the
// file's dates are in.
#include "GuiTestSupport.h"
#include "ui/ImportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryFile>
#include <QTest>

using GuiTestSupport::child;
using namespace Qt::StringLiterals;

class TestImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesWithoutZone_refusedUntilAZoneIsChosen();
};

void TestImportDialog::datesWithoutZone_refusedUntilAZoneIsChosen()
{
    QTemporaryFile file(QDir::tempPath() + u"/dates-XXXXXX.csv"_s);
    QVERIFY(file.open());
    file.write("name,when:Date\nkickoff,2026-01-02 10:00\nzoned,2026-01-02T10:00:00Z\n");
    file.close();

    ImportDialog dialog(nullptr, u"Event"_s);
    auto *zones = child<QComboBox>(&dialog, u"importTimeZoneComboBox"_s);
    auto *summary = child<QLabel>(&dialog, u"importSummaryLabel"_s);
    QPushButton *ok = child<QDialogButtonBox>(&dialog, u"importButtonBox"_s)->button(QDialogButtonBox::Ok);
    // The default refuses: nothing about the file's zone is guessed.
    QCOMPARE(zones->currentIndex(), 0);
    QVERIFY(zones->currentData().isNull());
    dialog.setFile(file.fileName());
    QTRY_COMPARE(summary->text(), u"Objects to create: 1. Rows left out: 1."_s);
    QVERIFY(child<QPlainTextEdit>(&dialog, u"importDetailsPlainTextEdit"_s)
                ->toPlainText()
                .contains(u"line 2, when: \"2026-01-02 10:00\" has no time zone"_s));

    zones->setCurrentIndex(zones->findText(u"Europe/Berlin"_s));
    QTRY_COMPARE(summary->text(), u"Objects to create: 2. Rows left out: 0."_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.plan().document.operations.first().body[u"when"_s][u"iso"_s].toString(),
             u"2026-01-02T09:00:00.000Z"_s);
    QCOMPARE(dialog.plan().document.operations.last().body[u"when"_s][u"iso"_s].toString(),
             u"2026-01-02T10:00:00.000Z"_s);
}

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
