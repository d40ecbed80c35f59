// The main tasks by keyboard alone, and the window at 1024 x 700 in every language, against the real
// local server.
#include "AdminClient.h"
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/models/BatchModel.h"
#include "core/models/ObjectTableModel.h"
#include "ui/BatchComposer.h"
#include "ui/ClassBrowser.h"
#include "ui/MainWindow.h"
#include "ui/ObjectBrowser.h"

#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using GuiTestSupport::child;

namespace {
QWidget *focused()
{
    return QApplication::focusWidget();
}

// Presses Tab until `target` has the focus; false after `presses` presses without it.
bool tabTo(const QWidget *target, int presses = 40)
{
    QStringList passed;
    for (int i = 0; i < presses && focused() != target; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        passed << (focused() ? focused()->objectName() : QStringLiteral("(none)"));
    }
    if (focused() != target)
        qWarning("Tab passed %s, not %s", qPrintable(passed.join(QStringLiteral(", "))),
                 qPrintable(target->objectName()));
    return focused() == target;
}

// Types into the focused widget, key by key (a QLineEdit, a table, a text editor).
void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}
} // namespace

class TestKeyboardAndLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardOnly_connectOpenFilterEditSaveAndSendABatch();
    void tabInTheClassList_movesOnWithoutChangingTheClass();
    void at1024x700_everyButtonIsInTheWindow_data();
    void at1024x700_everyButtonIsInTheWindow();

private:
    QString saveProfile();

    std::unique_ptr<GuiSession> m_session;
};

void TestKeyboardAndLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_LOCAL_PARSE_SERVER();
}

void TestKeyboardAndLayout::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
}

void TestKeyboardAndLayout::cleanup()
{
    m_session.reset();
}

QString TestKeyboardAndLayout::saveProfile()
{
    ServerProfile profile = LocalParseServer::profile();
    profile.useMasterKey = true;
    return m_session->saveProfile(profile);
}

void TestKeyboardAndLayout::keyboardOnly_connectOpenFilterEditSaveAndSendABatch()
{
    saveProfile();
    auto window = m_session->openWindow();
    // Connect: the toolbar's connection is the saved one.
    QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(GuiSession::waitSettled(window.get()));
    auto *classes = child<QTableView>(window.get(), QStringLiteral("classesTableView"));
    QVERIFY(classes->model()->rowCount() > 0);

    // Open a class: to the class list, then type its name.
    QVERIFY(tabTo(classes));
    type(QStringLiteral("TypeZoo"));
    ObjectTableModel *model =
        child<ClassBrowser>(window.get(), QStringLiteral("classBrowser"))->objectBrowser()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->className(), QStringLiteral("TypeZoo"), 20000);

    // Filter: Tab goes from the class list straight to the filter.
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), child<QLineEdit>(window.get(), QStringLiteral("whereLineEdit")));
    type(QStringLiteral(R"({"text":"every type"})"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!model->where().isEmpty() && !model->isLoading() && model->rowCount() == 1,
                             20000);
    const QString objectId = model->index(0, 0).data().toString();

    // Edit: on to the table, the arrows to the text cell, F2, type, Return.
    auto *table = child<QTableView>(window.get(), QStringLiteral("objectsTableView"));
    QVERIFY(tabTo(table, 3));
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    const int textColumn = int(model->fields().indexOf(QStringLiteral("text")));
    while (table->currentIndex().column() < textColumn)
        QTest::keyClick(table, Qt::Key_Right);
    QCOMPARE(table->currentIndex().data(ObjectTableModel::FieldRole).toString(), QStringLiteral("text"));
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("typed by keyboard"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(table->currentIndex().data(ObjectTableModel::PendingRole).toBool());

    // Save: Ctrl+S.
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    auto *outcome = child<QLabel>(window.get(), QStringLiteral("outcomeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->text().startsWith(QStringLiteral("Saved")), 20000);
    AdminClient admin(LocalParseServer::profile());
    const ParseResult saved =
        await(admin.client().send(ParseRequest::getObject(QStringLiteral("TypeZoo"), objectId)));
    QCOMPARE(saved.object().value(QLatin1String("text")).toString(), QStringLiteral("typed by keyboard"));
    QVERIFY(await(admin.client().send(
                      ParseRequest::updateObject(QStringLiteral("TypeZoo"), objectId,
                                                 {{QStringLiteral("text"), QStringLiteral("every type")}})))
                .ok());

    // Ctrl+Tab from inside the table switches the main tabs: Query, then Batch.
    auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("mainTabWidget"));
    QVERIFY(tabs->currentWidget() == child<QWidget>(window.get(), QStringLiteral("classesTab")));
    table->setFocus(); // where the save left the focus is not the point here
    QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), child<QWidget>(window.get(), QStringLiteral("queryTab")));
    QTest::keyClick(focused() ? focused() : window.get(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), child<QWidget>(window.get(), QStringLiteral("batchTab")));

    // Send a batch: the Document tab of the composer, type it, Send.
    auto *composer = child<BatchComposer>(window.get(), QStringLiteral("batchComposer"));
    QTabBar *editorTabs = child<QTabWidget>(composer, QStringLiteral("editorTabWidget"))->tabBar();
    QVERIFY(tabTo(editorTabs));
    QTest::keyClick(editorTabs, Qt::Key_Right);
    auto *document = child<QPlainTextEdit>(composer, QStringLiteral("documentJsonEdit"));
    QVERIFY(tabTo(document));
    QTest::keyClick(document, Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral(R"({"requests":[{"method":"GET","path":"/classes/TypeZoo","body":{"limit":1}}]})"));
    QTRY_COMPARE(composer->model()->rowCount(), 1);
    // Alt+S is also the Settings menu's: an ambiguous mnemonic takes the focus to each in turn.
    auto *send = child<QPushButton>(composer, QStringLiteral("sendPushButton"));
    QTRY_VERIFY(send->isEnabled()); // once the typed document has been checked
    for (int i = 0; i < 3 && focused() != send; ++i)
        QTest::keyClick(focused(), Qt::Key_S, Qt::AltModifier);
    QCOMPARE(focused(), send);
    QTest::keyClick(send, Qt::Key_Space);
    const auto batchOutcome = [composer] {
        return BatchModel::OutcomeKind(composer->model()->index(0, 0).data(BatchModel::OutcomeRole).toInt());
    };
    QTRY_COMPARE_WITH_TIMEOUT(batchOutcome(), BatchModel::OutcomeKind::Success, 20000);
}

// Tab in the class list moved cell to cell and opened the next class every third press.
void TestKeyboardAndLayout::tabInTheClassList_movesOnWithoutChangingTheClass()
{
    auto window = m_session->connectedWindow(saveProfile(), QStringLiteral("classesTab"));
    auto *browser = child<ClassBrowser>(window.get(), QStringLiteral("classBrowser"));
    browser->selectClass(QStringLiteral("Room"));
    auto *classes = child<QTableView>(window.get(), QStringLiteral("classesTableView"));
    classes->setFocus();
    QCOMPARE(focused(), classes);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    QVERIFY(focused() != classes);
    QCOMPARE(browser->currentClass(), QStringLiteral("Room"));
}

void TestKeyboardAndLayout::at1024x700_everyButtonIsInTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

// The window could not shrink below 1068 px (English) or 1271 px (German), and Export, Import and Save
// were off-screen at 1024 x 700.
void TestKeyboardAndLayout::at1024x700_everyButtonIsInTheWindow()
{
    QFETCH(QString, language);
    // As main() installs them: ours, and Qt's own.
    QTranslator ours;
    QTranslator qt;
    if (language != QLatin1String("en")) {
        QVERIFY(ours.load(QStringLiteral(PARSEDESK_QM_DIR "/parsedesk_%1.qm").arg(language)));
        QVERIFY(qt.load(QStringLiteral("qtbase_") + language,
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QApplication::installTranslator(&ours);
        QApplication::installTranslator(&qt);
    }
    auto window = m_session->connectedWindow(saveProfile(), QStringLiteral("classesTab"));
    child<ClassBrowser>(window.get(), QStringLiteral("classBrowser"))->selectClass(QStringLiteral("TypeZoo"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !child<QPushButton>(window.get(), QStringLiteral("addRowPushButton"))->text().isEmpty() &&
            child<ClassBrowser>(window.get(), QStringLiteral("classBrowser"))
                    ->objectBrowser()
                    ->model()
                    ->rowCount() > 0,
        20000);
    // The batch composer at its widest: results of every kind, the summary naming each.
    BatchModel *batch = child<BatchComposer>(window.get(), QStringLiteral("batchComposer"))->model();
    BatchDocument doc;
    for (int i = 0; i < 4; ++i)
        doc.operations << BatchOperation{QStringLiteral("PUT"),
                                         QStringLiteral("/classes/Room/r%1").arg(i),
                                         QJsonObject{{QStringLiteral("visits"), i}},
                                         {}};
    batch->setDocument(doc);
    batch->beginRun({0, 1, 2, 3}, QStringLiteral("/parse"));
    ParseResult done;
    done.json = QJsonObject{{QStringLiteral("updatedAt"), QStringLiteral("2026-12-07T00:00:00.000Z")}};
    batch->applyResult(0, done);
    ParseResult failed;
    failed.error = ParseError::fromHttpReply(400, R"({"code":142,"error":"visits must be >= 0"})", {});
    batch->applyResult(1, failed);
    ParseResult lost;
    lost.error = ParseError::transport(QStringLiteral("the connection closed"));
    lost.error.outcomeUnknown = true;
    batch->applyResult(2, lost);
    batch->endRun(); // the fourth was not sent
    window->resize(1024, 700);
    QTest::qWait(100);
    QVERIFY2(window->width() <= 1024 && window->height() <= 700,
             qPrintable(QStringLiteral("%1 x %2 (at least %3 x %4)")
                            .arg(window->width())
                            .arg(window->height())
                            .arg(window->minimumSizeHint().width())
                            .arg(window->minimumSizeHint().height())));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("window-1024x700-%1.png").arg(language));
    const QRect inside = window->rect();
    for (const QString &name : {QStringLiteral("exportToolButton"), QStringLiteral("importToolButton"),
                                QStringLiteral("savePushButton"), QStringLiteral("addRowPushButton"),
                                QStringLiteral("discardPushButton"), QStringLiteral("refreshToolButton")}) {
        auto *button = child<QAbstractButton>(window.get(), name);
        const QRect at(button->mapTo(window.get(), QPoint(0, 0)), button->size());
        QVERIFY2(button->isVisible() && inside.contains(at) &&
                     button->width() >= button->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4 x %5 (hint %6)")
                                .arg(name)
                                .arg(at.x())
                                .arg(at.y())
                                .arg(at.width())
                                .arg(at.height())
                                .arg(button->minimumSizeHint().width())));
    }
    // The composer's results row, on its tab.
    child<QTabWidget>(window.get(), QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(child<QWidget>(window.get(), QStringLiteral("batchTab")));
    QTest::qWait(100);
    QVERIFY2(window->width() <= 1024, qPrintable(QString::number(window->minimumSizeHint().width())));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("window-1024x700-batch-%1.png").arg(language));
    for (const QString &name :
         {QStringLiteral("retryFailedPushButton"), QStringLiteral("checkOnServerPushButton"),
          QStringLiteral("rerunAllPushButton"), QStringLiteral("exportResultsToolButton"),
          QStringLiteral("sendPushButton")}) {
        auto *button = child<QAbstractButton>(window.get(), name);
        const QRect at(button->mapTo(window.get(), QPoint(0, 0)), button->size());
        QVERIFY2(button->isVisible() && inside.contains(at) &&
                     button->width() >= button->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4 x %5")
                                .arg(name)
                                .arg(at.x())
                                .arg(at.y())
                                .arg(at.width())
                                .arg(at.height())));
    }
    QApplication::removeTranslator(&ours);
    QApplication::removeTranslator(&qt);
}

QTEST_MAIN(TestKeyboardAndLayout)
#include "TestKeyboardAndLayout.moc"
