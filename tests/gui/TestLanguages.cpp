// Languages: Qt's own strings translated, English plural forms, the German connection dialog laid out
// whole and steady, and a language change that offers to restart. Against the real local server.
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "ui/ConnectionDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using GuiTestSupport::child;

class TestLanguages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void qtOwnStrings_areTranslated_data();
    void qtOwnStrings_areTranslated();
    void english_readsRealPluralForms_data();
    void english_readsRealPluralForms();
    void connectionDialogInGerman_checkBoxesAndLabelsAreWhole();
    void connectionDialog_testingAgain_keepsItsSizeAndButtons();
    void wrongMount_saysItsAdviceOnce();
    void languageChange_offersRestartNow();
    void languageChange_later_keepsRunning();

private:
    std::unique_ptr<ConnectionDialog> openDialog(const ServerProfile &profile);

    std::unique_ptr<GuiSession> m_session;
    std::unique_ptr<QObject> m_translators; // owns the installed translators of one test
    QNetworkAccessManager m_network;
};

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLanguages::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
    m_translators = std::make_unique<QObject>();
}

void TestLanguages::cleanup()
{
    m_translators.reset();
    m_session.reset();
}

std::unique_ptr<ConnectionDialog> TestLanguages::openDialog(const ServerProfile &profile)
{
    const QString id = m_session->saveProfile(profile);
    auto dialog = std::make_unique<ConnectionDialog>(m_session->store(), &m_network);
    dialog->selectProfile(id);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("the dialog was not exposed");
    return dialog;
}

void TestLanguages::qtOwnStrings_areTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Abbrechen");
    QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("Cancelar");
}

// Qt's buttons and file dialogs come from Debian's qt6-translations-l10n (qtbase_de.qm, qtbase_es.qm).
void TestLanguages::qtOwnStrings_areTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    Language::install(m_translators.get(), language, QStringLiteral(PARSEDESK_QM_DIR));
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                    QMessageBox::Ok | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
}

void TestLanguages::english_readsRealPluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English, 1") << QStringLiteral("en") << 1 << QStringLiteral("1 object");
    QTest::newRow("English, 2") << QStringLiteral("en") << 2 << QStringLiteral("2 objects");
    // A language ParseDesk has no translation for reads English, with its plurals.
    QTest::newRow("French, 1") << QStringLiteral("fr") << 1 << QStringLiteral("1 object");
    QTest::newRow("German, 1") << QStringLiteral("de") << 1 << QStringLiteral("1 Objekt");
    QTest::newRow("German, 2") << QStringLiteral("de") << 2 << QStringLiteral("2 Objekte");
    QTest::newRow("Spanish, 1") << QStringLiteral("es") << 1 << QStringLiteral("1 objeto");
    QTest::newRow("Spanish, 2") << QStringLiteral("es") << 2 << QStringLiteral("2 objetos");
}

// Counts were written "object(s)" in every language.
void TestLanguages::english_readsRealPluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    Language::install(m_translators.get(), language, QStringLiteral(PARSEDESK_QM_DIR));
    QCOMPARE(QCoreApplication::translate("ObjectBrowser", "%n object(s)", nullptr, count), expected);
}

// In German the check boxes were squashed (descenders cut) and "Produktivserver (Banner; ..." clipped.
void TestLanguages::connectionDialogInGerman_checkBoxesAndLabelsAreWhole()
{
    Language::install(m_translators.get(), QStringLiteral("de"), QStringLiteral(PARSEDESK_QM_DIR));
    auto dialog = openDialog(LocalParseServer::profile());
    QTest::qWait(50);
    QVERIFY2(dialog->width() <= 1024 && dialog->height() <= 700,
             qPrintable(QStringLiteral("%1 x %2").arg(dialog->width()).arg(dialog->height())));
    GuiTestSupport::screenshot(dialog.get(), QStringLiteral("connection-dialog-de.png"));
    const auto boxes = dialog->findChildren<QCheckBox *>();
    QVERIFY(boxes.size() >= 3);
    for (QCheckBox *box : boxes) {
        QVERIFY2(box->text().isEmpty() || box->text() != box->text().toLatin1(), "not translated");
        QVERIFY2(box->height() >= box->sizeHint().height() && box->width() >= box->sizeHint().width(),
                 qPrintable(QStringLiteral("%1: %2 x %3, needs %4 x %5")
                                .arg(box->objectName())
                                .arg(box->width())
                                .arg(box->height())
                                .arg(box->sizeHint().width())
                                .arg(box->sizeHint().height())));
    }
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap())
            continue;
        QVERIFY2(label->width() >= label->sizeHint().width() && label->height() >= label->sizeHint().height(),
                 qPrintable(label->objectName()));
    }
}

// The dialog grew after each "Test connection", and its buttons moved under the pointer.
void TestLanguages::connectionDialog_testingAgain_keepsItsSizeAndButtons()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    Language::install(m_translators.get(), QStringLiteral("de"), QStringLiteral(PARSEDESK_QM_DIR));
    ServerProfile profile = LocalParseServer::profile();
    auto dialog = openDialog(profile);
    auto *test = child<QPushButton>(dialog.get(), QStringLiteral("testConnectionPushButton"));
    auto *connectButton = child<QPushButton>(dialog.get(), QStringLiteral("connectPushButton"));
    auto *result = child<QLabel>(dialog.get(), QStringLiteral("testResultLabel"));
    QTest::qWait(50);
    const QSize size = dialog->size();
    const QPoint testAt = test->mapToGlobal(QPoint(0, 0));
    const QPoint connectAt = connectButton->mapToGlobal(QPoint(0, 0));
    // An Ok, then a longer failure (a wrong application id), then Ok again.
    const QStringList appIds{profile.applicationId, QStringLiteral("noSuchApplicationIdAtAll"),
                             profile.applicationId};
    for (const QString &appId : appIds) {
        auto *edit = child<QLineEdit>(dialog.get(), QStringLiteral("applicationIdLineEdit"));
        edit->setText(appId);
        result->setProperty("outcome", QVariant());
        QTRY_VERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->property("outcome").isValid(), 20000);
        QTest::qWait(50);
        QCOMPARE(dialog->size(), size);
        QCOMPARE(test->mapToGlobal(QPoint(0, 0)), testAt);
        QCOMPARE(connectButton->mapToGlobal(QPoint(0, 0)), connectAt);
        QVERIFY2(result->height() >= result->heightForWidth(result->width()),
                 qPrintable(QStringLiteral("result %1 px high, needs %2")
                                .arg(result->height())
                                .arg(result->heightForWidth(result->width()))));
    }
    GuiTestSupport::screenshot(dialog.get(), QStringLiteral("connection-dialog-de-tested.png"));
}

// The wrong-mount message repeated its advice inside the brackets and ended in ".).".
void TestLanguages::wrongMount_saysItsAdviceOnce()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile profile = LocalParseServer::profile();
    QUrl url = profile.serverUrl;
    url.setPath(QStringLiteral("/wrong-mount"));
    profile.serverUrl = url;
    auto dialog = openDialog(profile);
    auto *result = child<QLabel>(dialog.get(), QStringLiteral("testResultLabel"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("testConnectionPushButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->property("outcome").isValid(), 20000);
    QCOMPARE(result->property("outcome").toString(), QStringLiteral("NotParseServer"));
    const QString text = result->text();
    QVERIFY2(!text.contains(QLatin1String(".)")), qPrintable(text));
    QCOMPARE(text.count(QLatin1String("/parse")), 1);
}

void TestLanguages::languageChange_offersRestartNow()
{
    auto window = m_session->openWindow();
    QSignalSpy restart(window.get(), &MainWindow::restartRequested);
    QString offered;
    GuiTestSupport::onNextModal<QMessageBox>(window.get(), [&offered](QMessageBox *box) {
        offered = box->text();
        child<QPushButton>(box, QStringLiteral("restartNowPushButton"))->click();
    });
    child<QAction>(window.get(), QStringLiteral("languageGermanAction"))->trigger();
    QVERIFY(!offered.isEmpty());
    QCOMPARE(m_session->settings()->value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(restart.count(), 1);
    QVERIFY(!window->isVisible());
}

void TestLanguages::languageChange_later_keepsRunning()
{
    auto window = m_session->openWindow();
    QSignalSpy restart(window.get(), &MainWindow::restartRequested);
    GuiTestSupport::onNextModal<QMessageBox>(window.get(), [](QMessageBox *box) {
        child<QPushButton>(box, QStringLiteral("laterPushButton"))->click();
    });
    child<QAction>(window.get(), QStringLiteral("languageSpanishAction"))->trigger();
    QCOMPARE(m_session->settings()->value(QStringLiteral("language")).toString(), QStringLiteral("es"));
    QCOMPARE(restart.count(), 0);
    QVERIFY(window->isVisible());
}

QTEST_MAIN(TestLanguages)
#include "TestLanguages.moc"
