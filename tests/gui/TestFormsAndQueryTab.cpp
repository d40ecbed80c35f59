// The "New <class>" form, the inline date editor and the Query tab's class, against the real local server.
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/models/BatchModel.h"
#include "core/models/ObjectTableModel.h"
#include "ui/BatchComposer.h"
#include "ui/ClassBrowser.h"
#include "ui/MainWindow.h"
#include "ui/ObjectBrowser.h"
#include "ui/QueryPanel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using GuiTestSupport::child;

class TestFormsAndQueryTab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newObjectForm_showsFieldNamesWhole();
    void dateCellEditor_showsTheSeconds();
    void queryTab_opensOnTheBrowsedClassAndFollowsItUntilUsed();
    void batchSend_theShortcutItsTooltipNamesSends();

private:
    std::unique_ptr<MainWindow> openOn(const QString &className);

    std::unique_ptr<GuiSession> m_session;
};

void TestFormsAndQueryTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_LOCAL_PARSE_SERVER();
}

void TestFormsAndQueryTab::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
}

void TestFormsAndQueryTab::cleanup()
{
    m_session.reset();
}

std::unique_ptr<MainWindow> TestFormsAndQueryTab::openOn(const QString &className)
{
    ServerProfile profile = LocalParseServer::profile();
    profile.useMasterKey = true;
    auto window = m_session->connectedWindow(m_session->saveProfile(profile), QStringLiteral("classesTab"));
    auto *browser = child<ClassBrowser>(window.get(), QStringLiteral("classBrowser"));
    browser->selectClass(className);
    ObjectTableModel *model = browser->objectBrowser()->model();
    if (!QTest::qWaitFor(
            [model, className] {
                return model->className() == className && model->rowCount() > 0 && !model->isLoading();
            },
            20000))
        qWarning("%s did not load", qPrintable(className));
    return window;
}

// "New Room" cut the field names ("creatorUs…") while the value column was wide.
void TestFormsAndQueryTab::newObjectForm_showsFieldNamesWhole()
{
    auto window = openOn(QStringLiteral("Room"));
    QStringList cut;
    int rows = 0;
    GuiTestSupport::onNextModal<QDialog>(window.get(), [&cut, &rows](QDialog *dialog) {
        auto *table = child<QTableView>(dialog, QStringLiteral("newObjectTableView"));
        QAbstractItemModel *form = table->model();
        rows = form->rowCount();
        for (int row = 0; row < rows; ++row) {
            const QString name = form->index(row, 0).data().toString();
            // The text and the check box beside it, with the cell's margins.
            const int needed = table->fontMetrics().horizontalAdvance(name) +
                               2 * table->style()->pixelMetric(QStyle::PM_IndicatorWidth);
            if (table->columnWidth(0) < needed)
                cut << QStringLiteral("%1 (%2 < %3)").arg(name).arg(table->columnWidth(0)).arg(needed);
        }
        GuiTestSupport::screenshot(dialog, QStringLiteral("new-room.png"));
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(window.get(), QStringLiteral("addRowPushButton")), Qt::LeftButton);
    QVERIFY(rows > 0);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(", "))));
}

// The inline date editor was as wide as the column, which is sized to the shown text: the seconds were cut.
void TestFormsAndQueryTab::dateCellEditor_showsTheSeconds()
{
    auto window = openOn(QStringLiteral("Room"));
    auto *browser = child<ClassBrowser>(window.get(), QStringLiteral("classBrowser"));
    ObjectTableModel *model = browser->objectBrowser()->model();
    auto *view = child<QTableView>(browser, QStringLiteral("objectsTableView"));
    const int column = int(model->fields().indexOf(QStringLiteral("playerUpdated")));
    QVERIFY(column >= 0);
    view->resizeColumnToContents(column);
    const QModelIndex cell = model->index(0, column);
    view->scrollTo(cell);
    view->edit(cell);
    auto *editor = child<QDateTimeEdit>(view, QStringLiteral("dateCellDateTimeEdit"));
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(editor->displayFormat().contains(QLatin1String("ss")));
    QVERIFY2(editor->width() >= editor->sizeHint().width(),
             qPrintable(QStringLiteral("%1 px wide, needs %2 for %3")
                            .arg(editor->width())
                            .arg(editor->sizeHint().width())
                            .arg(editor->text())));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("date-cell-editor.png"));
}

// The Query tab opened on _Role instead of the class being browsed.
void TestFormsAndQueryTab::queryTab_opensOnTheBrowsedClassAndFollowsItUntilUsed()
{
    auto window = openOn(QStringLiteral("Room"));
    auto *browser = child<ClassBrowser>(window.get(), QStringLiteral("classBrowser"));
    auto *panel = child<QueryPanel>(window.get(), QStringLiteral("queryPanel"));
    auto *tabs = child<QTabWidget>(window.get(), QStringLiteral("mainTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(window.get(), QStringLiteral("queryTab")));
    QCOMPARE(panel->currentClass(), QStringLiteral("Room"));

    tabs->setCurrentWidget(child<QWidget>(window.get(), QStringLiteral("classesTab")));
    browser->selectClass(QStringLiteral("TypeZoo"));
    QTRY_COMPARE(panel->currentClass(), QStringLiteral("TypeZoo"));

    // Once a class is chosen in the Query tab itself, browsing leaves it alone.
    tabs->setCurrentWidget(child<QWidget>(window.get(), QStringLiteral("queryTab")));
    auto *combo = child<QComboBox>(panel, QStringLiteral("classComboBox"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    const QString chosen = panel->currentClass();
    QVERIFY(chosen != QStringLiteral("TypeZoo"));
    tabs->setCurrentWidget(child<QWidget>(window.get(), QStringLiteral("classesTab")));
    browser->selectClass(QStringLiteral("Room"));
    QTRY_COMPARE(browser->currentClass(), QStringLiteral("Room"));
    QTest::qWait(50);
    QCOMPARE(panel->currentClass(), chosen);
}

// Send's tooltip promised Ctrl+Enter, which did nothing (and Ctrl+Return is Connect).
void TestFormsAndQueryTab::batchSend_theShortcutItsTooltipNamesSends()
{
    auto window = openOn(QStringLiteral("TypeZoo"));
    child<QTabWidget>(window.get(), QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(child<QWidget>(window.get(), QStringLiteral("batchTab")));
    auto *composer = child<BatchComposer>(window.get(), QStringLiteral("batchComposer"));
    auto *document = child<QPlainTextEdit>(composer, QStringLiteral("documentJsonEdit"));
    document->setFocus();
    document->setPlainText(
        QStringLiteral(R"({"requests":[{"method":"GET","path":"/classes/TypeZoo","body":{"limit":1}}]})"));
    QTRY_COMPARE(composer->model()->rowCount(), 1);
    auto *send = child<QPushButton>(composer, QStringLiteral("sendPushButton"));
    QTRY_VERIFY(send->isEnabled());
    const QKeySequence shortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    QVERIFY2(send->toolTip().contains(shortcut.toString(QKeySequence::NativeText)),
             qPrintable(send->toolTip()));
    QTest::keySequence(document, shortcut);
    QTRY_COMPARE_WITH_TIMEOUT(
        BatchModel::OutcomeKind(composer->model()->index(0, 0).data(BatchModel::OutcomeRole).toInt()),
        BatchModel::OutcomeKind::Success, 20000);
}

QTEST_MAIN(TestFormsAndQueryTab)
#include "TestFormsAndQueryTab.moc"
