// The objects table on the TEST server (issue #21): the status bar's statistics of the selected numbers and
// dates (pending edits as shown, the Query tab's results too); a colleague's write between load and save
// makes the saved cells conflicts, resolved by Keep mine (the button) and Take theirs (the context menu);
// in German at 1024x700 the conflict row wraps and the statistics shorten rather than widen the window.
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "TemporaryClasses.h"
#include "core/models/ObjectTableModel.h"
#include "core/models/ResultsTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/ClassBrowser.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/ObjectBrowser.h"
#include "ui/ObjectContextMenu.h"
#include "ui/QueryPanel.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QUuid>

using GuiTestSupport::child;

class TestCellConflicts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void selectionStats_inTheStatusBar();
    void conflicts_keepMineAndTakeTheirs();
    void inGerman_fitsAt1024x700();

private:
    QNetworkAccessManager m_network;
    ServerProfile m_profile;
    std::unique_ptr<ParseClient> m_admin;
    std::unique_ptr<TemporaryClasses> m_classes;

    // A class of five objects {"score": 1..5, "label": "l1".., "when": 2026-01-0N}.
    QString makeClass()
    {
        m_profile = LocalParseServer::profile();
        m_profile.useMasterKey = true;
        m_profile.name = QStringLiteral("Conflicts");
        m_classes.reset();
        m_admin = std::make_unique<ParseClient>(m_profile, &m_network);
        m_classes = std::make_unique<TemporaryClasses>(m_admin.get());
        const QString cls =
            m_classes->add(QStringLiteral("CCells") + QUuid::createUuid().toString(QUuid::Id128).left(8));
        for (int i = 1; i <= 5; ++i) {
            const QJsonObject when{
                {QStringLiteral("__type"), QStringLiteral("Date")},
                {QStringLiteral("iso"), QStringLiteral("2026-01-0%1T12:00:00.000Z").arg(i)}};
            if (!await(m_admin->send(ParseRequest::createObject(
                           cls, {{QStringLiteral("score"), i},
                                 {QStringLiteral("label"), QStringLiteral("l%1").arg(i)},
                                 {QStringLiteral("when"), when}})))
                     .ok())
                return {};
        }
        return cls;
    }
    static ObjectBrowser *open(MainWindow *window, const QString &cls)
    {
        auto *classBrowser = window->findChild<ClassBrowser *>();
        classBrowser->selectClass(cls);
        ObjectBrowser *browser = classBrowser->objectBrowser();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(browser->model()->className() == cls &&
                                         browser->model()->rowCount() == 5 && !browser->model()->isLoading(),
                                     20000);
        }();
        return browser;
    }
    static int column(ObjectBrowser *browser, const char *field)
    {
        return int(browser->model()->fields().indexOf(QLatin1String(field)));
    }
    static void select(QTableView *view, int top, int left, int bottom, int right)
    {
        view->selectionModel()->select(
            QItemSelection(view->model()->index(top, left), view->model()->index(bottom, right)),
            QItemSelectionModel::ClearAndSelect);
    }
    // Edits the labels of rows 0 and 1, lets a colleague change both on the server and saves: two conflicts.
    static bool makeConflicts(ObjectBrowser *browser, ParseClient *colleague)
    {
        ObjectTableModel *model = browser->model();
        const int label = column(browser, "label");
        for (int row = 0; row < 2; ++row) {
            if (!model->setData(model->index(row, label), QStringLiteral("mine%1").arg(row)))
                return false;
            QTest::qWait(5);
            if (!await(colleague->send(ParseRequest::updateObject(
                           model->className(), model->index(row, 0).data().toString(),
                           {{QStringLiteral("label"), QStringLiteral("theirs%1").arg(row)}})))
                     .ok())
                return false;
        }
        child<QPushButton>(browser, QStringLiteral("savePushButton"))->click();
        return QTest::qWaitFor([model] { return model->contestedCount() == 2; }, 20000);
    }
    // The window with the tooltip of `cell` over it, as the user sees it when hovering.
    static void screenshotWithTip(QWidget *window, QTableView *view, const QModelIndex &cell,
                                  const QString &name)
    {
        const QString dir = qEnvironmentVariable("PARSEDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        const QPoint at = view->viewport()->mapToGlobal(view->visualRect(cell).center());
        QToolTip::showText(at, cell.data(Qt::ToolTipRole).toString(), view->viewport());
        QTest::qWait(300);
        QPixmap shot = window->grab();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->inherits("QTipLabel") && top->isVisible()) {
                QPainter painter(&shot);
                painter.drawPixmap(top->mapToGlobal(QPoint()) - window->mapToGlobal(QPoint()), top->grab());
            }
        }
        QVERIFY(shot.save(QDir(dir).filePath(name), "PNG"));
        QToolTip::hideText();
    }
};

void TestCellConflicts::selectionStats_inTheStatusBar()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const QString cls = makeClass();
    QVERIFY(!cls.isEmpty());
    GuiSession session;
    const std::unique_ptr<MainWindow> window =
        session.connectedWindow(session.saveProfile(m_profile), QStringLiteral("classesTab"));
    ObjectBrowser *browser = open(window.get(), cls);
    auto *stats = child<QLabel>(window.get(), QStringLiteral("selectionStatsLabel"));
    QTableView *view = browser->objectsView();
    QVERIFY(!stats->isVisible()); // nothing selected

    // Scores and labels: only the numbers count.
    select(view, 0, qMin(column(browser, "label"), column(browser, "score")), 4,
           qMax(column(browser, "label"), column(browser, "score")));
    QTRY_VERIFY(stats->isVisible());
    QVERIFY2(stats->text().contains(QStringLiteral("Count 5 · Sum 15 · Mean 3 · Min 1 · Max 5")),
             qPrintable(stats->text()));
    // A pending edit counts as shown.
    QVERIFY(browser->model()->setData(browser->model()->index(0, column(browser, "score")),
                                      QStringLiteral("11")));
    QTRY_VERIFY2(stats->text().contains(QStringLiteral("Sum 25")), qPrintable(stats->text()));
    // Dates: count, earliest, latest.
    select(view, 1, column(browser, "when"), 3, column(browser, "when"));
    QTRY_VERIFY2(stats->text().startsWith(QStringLiteral("Dates 3")), qPrintable(stats->text()));
    QVERIFY2(stats->text().contains(QStringLiteral("2026-01-02")) &&
                 stats->text().contains(QStringLiteral("2026-01-04")),
             qPrintable(stats->text()));
    select(view, 0, column(browser, "score"), 4, column(browser, "when"));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("selection-statistics.png"));
    browser->model()->discard();

    // The Query tab's results: the label follows the tab shown.
    child<QTabWidget>(window.get(), QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(child<QWidget>(window.get(), QStringLiteral("queryTab")));
    QTRY_VERIFY(!stats->isVisible());
    QTableView *results = window->findChild<QueryPanel *>()->resultsView();
    auto *resultsModel = qobject_cast<ResultsTableModel *>(results->model());
    QVERIFY(resultsModel);
    resultsModel->setResults(QJsonArray{
        QJsonObject{{QStringLiteral("objectId"), QStringLiteral("a")}, {QStringLiteral("score"), 2}},
        QJsonObject{{QStringLiteral("objectId"), QStringLiteral("b")}, {QStringLiteral("score"), 4.5}}});
    results->selectAll();
    QTRY_VERIFY2(stats->text().contains(QStringLiteral("Count 2 · Sum 6.5")), qPrintable(stats->text()));
}

void TestCellConflicts::conflicts_keepMineAndTakeTheirs()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const QString cls = makeClass();
    QVERIFY(!cls.isEmpty());
    GuiSession session;
    const std::unique_ptr<MainWindow> window =
        session.connectedWindow(session.saveProfile(m_profile), QStringLiteral("classesTab"));
    ObjectBrowser *browser = open(window.get(), cls);
    QTableView *view = browser->objectsView();
    ObjectTableModel *model = browser->model();
    auto *keepMine = child<QPushButton>(browser, QStringLiteral("keepMinePushButton"));
    auto *takeTheirs = child<QPushButton>(browser, QStringLiteral("takeTheirsPushButton"));
    QVERIFY(!keepMine->isVisible() && !takeTheirs->isVisible());
    QVERIFY(makeConflicts(browser, m_admin.get()));
    const QString outcome = child<QLabel>(browser, QStringLiteral("outcomeLabel"))->text();
    QVERIFY2(outcome.startsWith(QStringLiteral("2 conflict")), qPrintable(outcome));
    QTRY_VERIFY(keepMine->isVisible() && takeTheirs->isVisible());
    QVERIFY(!keepMine->isEnabled()); // nothing contested selected yet
    const int label = column(browser, "label");
    const QModelIndex first = model->index(0, label);
    const QString tip = first.data(Qt::ToolTipRole).toString();
    for (const char *value : {"l1", "theirs0", "mine0"})
        QVERIFY2(tip.contains(QLatin1String(value)), qPrintable(tip));
    view->scrollTo(first);
    screenshotWithTip(window.get(), view, first, QStringLiteral("cell-conflict.png"));

    // Keep mine, from the buttons, for the first.
    select(view, 0, label, 0, label);
    QTRY_VERIFY(keepMine->isEnabled() && takeTheirs->isEnabled());
    keepMine->click();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isContested(first) && model->pendingCount() == 1, 20000);
    const QString firstId = model->index(0, 0).data().toString();
    QCOMPARE(
        await(m_admin->send(ParseRequest::getObject(cls, firstId))).object().value(QLatin1String("label")),
        QJsonValue(QStringLiteral("mine0")));

    // Take theirs, from the context menu, for the second.
    const QModelIndex second = model->index(1, label);
    select(view, 1, label, 1, label);
    QStringList offered;
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, &offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        for (QAction *action : menu->actions())
            offered << action->objectName();
        menu->setActiveAction(menu->findChild<QAction *>(QStringLiteral("takeTheirsAction")));
        QTest::keyClick(menu, Qt::Key_Return);
    });
    timer->start();
    browser->findChild<ObjectContextMenu *>()->show(view->visualRect(second).center());
    QVERIFY2(offered.contains(QStringLiteral("keepMineAction")), qPrintable(offered.join(QLatin1Char(' '))));
    QCOMPARE(second.data().toString(), QStringLiteral("theirs1"));
    QCOMPARE(model->pendingCount(), 0);
    QTRY_VERIFY(!keepMine->isVisible() && !takeTheirs->isVisible());
    const QString secondId = model->index(1, 0).data().toString();
    QCOMPARE(
        await(m_admin->send(ParseRequest::getObject(cls, secondId))).object().value(QLatin1String("label")),
        QJsonValue(QStringLiteral("theirs1")));
}

void TestCellConflicts::inGerman_fitsAt1024x700()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const QString cls = makeClass();
    QVERIFY(!cls.isEmpty());
    QObject translators;
    Language::install(&translators, QStringLiteral("de"), QStringLiteral(PARSEDESK_QM_DIR));
    GuiSession session;
    const std::unique_ptr<MainWindow> window =
        session.connectedWindow(session.saveProfile(m_profile), QStringLiteral("classesTab"));
    window->resize(1024, 700);
    ObjectBrowser *browser = open(window.get(), cls);
    QVERIFY(makeConflicts(browser, m_admin.get()));
    QTableView *view = browser->objectsView();
    select(view, 0, column(browser, "score"), 4, column(browser, "when"));
    auto *stats = child<QLabel>(window.get(), QStringLiteral("selectionStatsLabel"));
    QTRY_VERIFY(stats->isVisible());
    QTest::qWait(100);
    // The conflict row wraps its text instead of widening the window; the statistics shorten.
    QVERIFY2(child<QWidget>(browser, QStringLiteral("conflictWidget"))->minimumSizeHint().width() < 500,
             qPrintable(QString::number(
                 child<QWidget>(browser, QStringLiteral("conflictWidget"))->minimumSizeHint().width())));
    for (const char *name :
         {"keepMinePushButton", "takeTheirsPushButton", "discardPushButton", "savePushButton"}) {
        auto *button = child<QPushButton>(browser, QLatin1String(name));
        QVERIFY2(button->width() >= button->sizeHint().width(), name);
    }
    QVERIFY2(stats->minimumSizeHint().width() < 200, qPrintable(stats->toolTip()));
    // The outcome line beside the buttons wraps too: the window stays 1024 wide.
    QVERIFY2(window->width() <= 1024, qPrintable(QString::number(window->width())));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("cell-conflict-de.png"));
    screenshotWithTip(window.get(), view, browser->model()->index(0, column(browser, "label")),
                      QStringLiteral("cell-conflict-tip-de.png"));
}

QTEST_MAIN(TestCellConflicts)
#include "TestCellConflicts.moc"
