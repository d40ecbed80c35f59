// The Query tab against the real local server: "(a = 1 OR b = 2) AND c > 3" built with the keyboard and
// the buttons finds the right objects and count; the where JSON edits the tree; errors block Run; the
// tree's shortcuts restructure it; dates are entered in local time and sent as Parse Dates.
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/data/ParseValue.h"
#include "core/models/QueryTreeModel.h"
#include "core/models/ResultsTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/MainWindow.h"
#include "ui/QueryBuilder.h"
#include "ui/QueryPanel.h"
#include "ui/widgets/DateValueEdit.h"
#include "ui/widgets/JsonEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>

using GuiTestSupport::child;

namespace {
QJsonObject numberField()
{
    return {{QStringLiteral("type"), QStringLiteral("Number")}};
}

// The open cell editor of the tree, once it is there.
template <typename T> T *editor(QTreeView *tree, const QString &name)
{
    T *found = nullptr;
    const bool open = QTest::qWaitFor(
        [&] {
            found = tree->viewport()->findChild<T *>(name);
            return found && found->isVisible();
        },
        3000);
    return open ? found : nullptr;
}
// Types text into the next modal QInputDialog and accepts it, once it is open (exec() runs its own loop).
void answerNextInputDialog(QObject *context, const QString &text)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [timer, text] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            dialog->setTextValue(text);
            dialog->accept();
        }
    });
    timer->start(10);
}
} // namespace

class TestQueryBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void orInsideAnd_builtWithKeyboardAndButtons_findsRowsAndCount();
    void whereJson_validEditsReplaceTheTree_invalidOnesAreMarked();
    void errors_blockRunWithTheReason();
    void shortcuts_restructureTheTree();
    void dateValue_enteredInLocalTime_sentAsParseDate();
    void regexValue_flagsBecomeOptions_committedWhenFocusLeaves();
    void screenshot();

private:
    std::unique_ptr<MainWindow> openQueryTab(QueryPanel **panel);
    // Types one condition into the open field editor: field, Tab, operator (by its first letters), Tab,
    // value, Return.
    void typeCondition(QTreeView *tree, const QString &field, const QString &operatorKeys,
                       const QString &value);

    QNetworkAccessManager m_network;
    std::unique_ptr<ParseClient> m_admin;
    QString m_class;
    QStringList m_ids; // in the order of the objects created
    std::unique_ptr<GuiSession> m_session;
};

void TestQueryBuilder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile admin = LocalParseServer::profile();
    admin.useMasterKey = true;
    m_admin = std::make_unique<ParseClient>(admin, &m_network);
    m_class = QStringLiteral("GuiQuery") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QJsonObject schema{
        {QStringLiteral("className"), m_class},
        {QStringLiteral("fields"),
         QJsonObject{
             {QStringLiteral("a"), numberField()},
             {QStringLiteral("b"), numberField()},
             {QStringLiteral("c"), numberField()},
             {QStringLiteral("when"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Date")}}},
             {QStringLiteral("name"), QJsonObject{{QStringLiteral("type"), QStringLiteral("String")}}}}}};
    ParseResult r = await(m_admin->send(ParseRequest::createSchema(m_class, schema)));
    QVERIFY2(r.ok(), qPrintable(r.error.describe()));
    // a, b, c: rows 0, 2 and 5 match (a = 1 OR b = 2) AND c > 3.
    const int rows[][3] = {{1, 0, 5}, {1, 0, 2}, {0, 2, 4}, {0, 2, 3}, {0, 0, 9}, {1, 2, 10}};
    for (const auto &row : rows) {
        r = await(m_admin->send(ParseRequest::createObject(
            m_class, {{QStringLiteral("a"), row[0]},
                      {QStringLiteral("b"), row[1]},
                      {QStringLiteral("c"), row[2]},
                      {QStringLiteral("name"), QStringLiteral("row %1").arg(m_ids.size())}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        m_ids << r.object().value(QLatin1String("objectId")).toString();
    }
}

void TestQueryBuilder::cleanupTestCase()
{
    if (!m_admin)
        return;
    for (const QString &id : std::as_const(m_ids))
        await(m_admin->send(ParseRequest::deleteObject(m_class, id)));
    const ParseResult r = await(m_admin->send(ParseRequest::deleteSchema(m_class)));
    QVERIFY2(r.ok(), qPrintable(r.error.describe()));
}

void TestQueryBuilder::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
}

void TestQueryBuilder::cleanup()
{
    m_session.reset();
}

std::unique_ptr<MainWindow> TestQueryBuilder::openQueryTab(QueryPanel **panel)
{
    auto window = m_session->connectedWindow(m_session->saveProfile(LocalParseServer::profile()),
                                             QStringLiteral("queryTab"));
    *panel = child<QueryPanel>(window.get(), QStringLiteral("queryPanel"));
    auto *classes = child<QComboBox>(*panel, QStringLiteral("classComboBox"));
    classes->setCurrentIndex(classes->findText(m_class));
    return window;
}

void TestQueryBuilder::typeCondition(QTreeView *tree, const QString &field, const QString &operatorKeys,
                                     const QString &value)
{
    auto *fieldEditor = editor<QComboBox>(tree, QStringLiteral("fieldEditorComboBox"));
    QVERIFY(fieldEditor);
    QTest::keyClicks(fieldEditor, field);
    QTest::keyClick(fieldEditor, Qt::Key_Tab);
    auto *operatorEditor = editor<QComboBox>(tree, QStringLiteral("operatorEditorComboBox"));
    QVERIFY(operatorEditor);
    if (!operatorKeys.isEmpty())
        QTest::keyClicks(operatorEditor, operatorKeys);
    QTest::keyClick(operatorEditor, Qt::Key_Tab);
    auto *valueEditor = editor<QLineEdit>(tree, QStringLiteral("valueEditorLineEdit"));
    QVERIFY(valueEditor);
    QTest::keyClicks(valueEditor, value);
    QTest::keyClick(valueEditor, Qt::Key_Return);
    QTRY_VERIFY(!tree->viewport()->findChild<QLineEdit *>(QStringLiteral("valueEditorLineEdit")));
}

void TestQueryBuilder::orInsideAnd_builtWithKeyboardAndButtons_findsRowsAndCount()
{
    QueryPanel *panel = nullptr;
    auto window = openQueryTab(&panel);
    QCOMPARE(panel->currentClass(), m_class);
    auto *tree = child<QTreeView>(panel, QStringLiteral("queryTreeView"));
    auto *run = child<QPushButton>(panel, QStringLiteral("runPushButton"));

    // c > 3 at the top: Ctrl+N in the empty tree, then field, operator, value.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier);
    typeCondition(tree, QStringLiteral("c"), QStringLiteral("gr"), QStringLiteral("3"));
    // An OR group beside it, with a = 1 in its first branch and b = 2 in a second one.
    auto *addGroup = child<QToolButton>(panel, QStringLiteral("addGroupToolButton"));
    QTest::mouseClick(addGroup, Qt::LeftButton, {}, QPoint(6, addGroup->height() / 2));
    typeCondition(tree, QStringLiteral("a"), {}, QStringLiteral("1"));
    QTest::mouseClick(child<QToolButton>(panel, QStringLiteral("addBranchToolButton")), Qt::LeftButton);
    typeCondition(tree, QStringLiteral("b"), {}, QStringLiteral("2"));

    QueryNode expected = QueryNode::group(QueryNode::GroupOp::And, false);
    expected.children.push_back(QueryNode::condition(QStringLiteral("c"), QStringLiteral("$gt"), 3));
    QueryNode either = QueryNode::group(QueryNode::GroupOp::Or);
    either.children.push_back(QueryNode::condition(QStringLiteral("a"), QStringLiteral("$eq"), 1));
    either.children.push_back(QueryNode::condition(QStringLiteral("b"), QStringLiteral("$eq"), 2));
    expected.children.push_back(either);
    QCOMPARE(panel->builder()->options().where, expected.toWhere());
    QCOMPARE(tree->model()->index(1, QueryTreeModel::Field).data().toString(), QStringLiteral("OR"));
    QCOMPARE(tree->model()->index(0, QueryTreeModel::Operator).data().toString(),
             QStringLiteral("greater than"));

    // The live count follows the edits; the JSON and the curl command show the same where.
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, QStringLiteral("liveCountLabel"))->text(),
                              QStringLiteral("Matches: 3"), 10000);
    QVERIFY(child<JsonEdit>(panel, QStringLiteral("whereJsonEdit"))
                ->toPlainText()
                .contains(QStringLiteral("$or")));
    const QString curl = child<QPlainTextEdit>(panel, QStringLiteral("curlPlainTextEdit"))->toPlainText();
    QVERIFY2(curl.contains(QStringLiteral(
                 "--data-urlencode 'where={\"$or\":[{\"a\":1},{\"b\":2}],\"c\":{\"$gt\":3}}'")),
             qPrintable(curl));
    QVERIFY(!curl.contains(LocalParseServer::profile().restApiKey));

    // Objects and how many match in all, largest c first.
    auto *mode = child<QComboBox>(panel, QStringLiteral("resultsModeComboBox"));
    mode->setCurrentIndex(1);
    QTest::keyClicks(child<QComboBox>(panel, QStringLiteral("orderFieldComboBox")), QStringLiteral("c"));
    QTest::mouseClick(child<QToolButton>(panel, QStringLiteral("addOrderToolButton")), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(panel, QStringLiteral("flipOrderToolButton")), Qt::LeftButton);
    QCOMPARE(panel->builder()->options().order, QStringList{QStringLiteral("-c")});
    QVERIFY(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    auto *table = child<QTableView>(panel, QStringLiteral("resultsTableView"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
    QStringList ids;
    for (int row = 0; row < 3; ++row)
        ids << table->model()->index(row, 0).data(ResultsTableModel::ObjectIdRole).toString();
    QCOMPARE(ids, (QStringList{m_ids.at(5), m_ids.at(0), m_ids.at(2)}));
    QCOMPARE(child<QLabel>(panel, QStringLiteral("resultsSummaryLabel"))
                 ->text()
                 .section(QStringLiteral(" · "), 0, 0),
             QStringLiteral("Rows shown: 3 of 3 matching"));

    // Saved under a name for this connection.
    answerNextInputDialog(window.get(), QStringLiteral("c over 3, a or b"));
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("saveQueryPushButton")), Qt::LeftButton);
    auto *saved = child<QListView>(panel, QStringLiteral("savedListView"));
    QCOMPARE(saved->model()->rowCount(), 1);
    QCOMPARE(saved->model()->index(0, 0).data().toString(), QStringLiteral("c over 3, a or b"));
    // Renamed in place.
    QTest::mouseClick(child<QToolButton>(panel, QStringLiteral("renameSavedToolButton")), Qt::LeftButton);
    auto *rename = saved->viewport()->findChild<QLineEdit *>();
    QVERIFY(rename);
    rename->selectAll();
    QTest::keyClicks(rename, QStringLiteral("big c"));
    QTest::keyClick(rename, Qt::Key_Return);
    QTRY_COMPARE(saved->model()->index(0, 0).data().toString(), QStringLiteral("big c"));

    // Count only: just the number.
    mode->setCurrentIndex(2);
    QTest::mouseClick(run, Qt::LeftButton);
    auto *pages = child<QStackedWidget>(panel, QStringLiteral("resultsStackedWidget"));
    QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), QStringLiteral("countPage"), 10000);
    QCOMPARE(child<QLabel>(panel, QStringLiteral("countValueLabel"))->text(), QStringLiteral("3"));
    QVERIFY(child<QLabel>(panel, QStringLiteral("resultsSummaryLabel"))
                ->text()
                .startsWith(QStringLiteral("Matching: 3 ")));

    // Both runs are in the history, newest first, and load back.
    auto *history = child<QListView>(panel, QStringLiteral("historyListView"));
    QCOMPARE(history->model()->rowCount(), 2);
    QApplication::setActiveWindow(window.get()); // back from the dialog
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier);
    auto *fieldEditor = editor<QComboBox>(tree, QStringLiteral("fieldEditorComboBox"));
    QVERIFY(fieldEditor);
    QTest::keyClick(fieldEditor, Qt::Key_Escape);
    QVERIFY(panel->builder()->options().where != expected.toWhere());
    emit history->doubleClicked(history->model()->index(1, 0));
    QCOMPARE(panel->builder()->options().where, expected.toWhere());
    QCOMPARE(panel->builder()->options().order, QStringList{QStringLiteral("-c")});
    QCOMPARE(mode->currentIndex(), 1);
}

void TestQueryBuilder::whereJson_validEditsReplaceTheTree_invalidOnesAreMarked()
{
    QueryPanel *panel = nullptr;
    auto window = openQueryTab(&panel);
    auto *json = child<JsonEdit>(panel, QStringLiteral("whereJsonEdit"));
    auto *status = child<QLabel>(panel, QStringLiteral("whereStatusLabel"));
    QueryTreeModel *model = panel->builder()->model();

    json->setFocus();
    json->selectAll();
    QTest::keyClicks(json, QStringLiteral("{\"a\": {\"$in\": [1, 2]}, \"c\": {\"$gte\": 4}}"));
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, QueryTreeModel::Operator).data().toString(), QStringLiteral("is one of"));
    QTRY_COMPARE(child<QLabel>(panel, QStringLiteral("liveCountLabel"))->text(),
                 QStringLiteral("Matches: 2"));

    // Half-typed JSON never reaches the tree; the mistake is pointed at.
    QTest::keyClick(json, Qt::Key_Backspace);
    QTRY_VERIFY(status->text().contains(QStringLiteral("column")));
    QVERIFY2(!json->errorText().isEmpty(), qPrintable(status->text()));
    QCOMPARE(model->rowCount(), 2);
    // A JSON value that is no object is refused too.
    json->selectAll();
    QTest::keyClicks(json, QStringLiteral("[1]"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("object")));
    QCOMPARE(model->rowCount(), 2);
}

void TestQueryBuilder::errors_blockRunWithTheReason()
{
    QueryPanel *panel = nullptr;
    auto window = openQueryTab(&panel);
    auto *run = child<QPushButton>(panel, QStringLiteral("runPushButton"));
    QVERIFY2(run->isEnabled(), qPrintable(run->toolTip()));
    QueryTreeModel *model = panel->builder()->model();
    model->setWhere({{QStringLiteral("a"), QJsonObject{{QStringLiteral("$in"), 3}}}});
    QVERIFY(!run->isEnabled());
    QVERIFY2(run->toolTip().contains(QStringLiteral("list")), qPrintable(run->toolTip()));
    QVERIFY(child<QLabel>(panel, QStringLiteral("runStatusLabel"))->text().contains(QStringLiteral("list")));
    auto *issues = child<QListWidget>(panel, QStringLiteral("issuesListWidget"));
    QVERIFY(issues->isVisible());
    QCOMPARE(issues->count(), 1);
    QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("list")));
    // Nothing is counted for a query that can't be sent.
    QCOMPARE(child<QLabel>(panel, QStringLiteral("liveCountLabel"))->text(), QStringLiteral("Not counted"));
    // Neither does its shortcut.
    QTest::keyClick(child<QTreeView>(panel, QStringLiteral("queryTreeView")), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(child<QListView>(panel, QStringLiteral("historyListView"))->model()->rowCount(), 0);

    model->setWhere({{QStringLiteral("a"), QJsonObject{{QStringLiteral("$in"), QJsonArray{3}}}}});
    QVERIFY2(run->isEnabled(), qPrintable(run->toolTip()));
    QVERIFY(!issues->isVisible());
}

void TestQueryBuilder::shortcuts_restructureTheTree()
{
    QueryPanel *panel = nullptr;
    auto window = openQueryTab(&panel);
    auto *tree = child<QTreeView>(panel, QStringLiteral("queryTreeView"));
    QueryTreeModel *model = panel->builder()->model();
    model->setWhere({{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}});
    tree->setFocus();
    tree->setCurrentIndex(model->index(0, 0));

    // Tab wraps the row into an OR group; Ctrl+G switches the group; Shift+Tab lifts the row out again.
    QTest::keyClick(tree, Qt::Key_Tab);
    QVERIFY(model->where().contains(QLatin1String("$or")));
    QCOMPARE(child<QComboBox>(panel, QStringLiteral("groupOpComboBox"))->currentIndex(), 1);
    QTest::keyClick(tree, Qt::Key_G, Qt::ControlModifier);
    QVERIFY(model->where().contains(QLatin1String("$nor")));
    tree->setCurrentIndex(model->index(0, 0, model->index(0, 0, model->index(0, 0))));
    QTest::keyClick(tree, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(model->rowCount(model->index(0, 0)), 2); // the branch and the lifted condition
    // Delete removes the current row; Insert adds a condition beside it.
    tree->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(model->where(), QJsonObject({{QStringLiteral("b"), 2}}));
    tree->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(tree, Qt::Key_Insert);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(tree->viewport()->findChild<QComboBox *>(QStringLiteral("fieldEditorComboBox")));
}

void TestQueryBuilder::dateValue_enteredInLocalTime_sentAsParseDate()
{
    QueryPanel *panel = nullptr;
    auto window = openQueryTab(&panel);
    auto *tree = child<QTreeView>(panel, QStringLiteral("queryTreeView"));
    QueryTreeModel *model = panel->builder()->model();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier);
    auto *field = editor<QComboBox>(tree, QStringLiteral("fieldEditorComboBox"));
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("when"));
    QTest::keyClick(field, Qt::Key_Tab);
    auto *op = editor<QComboBox>(tree, QStringLiteral("operatorEditorComboBox"));
    QVERIFY(op);
    QTest::keyClicks(op, QStringLiteral("l")); // less than
    QTest::keyClick(op, Qt::Key_Tab);
    auto *date = editor<DateValueEdit>(tree, QStringLiteral("valueEditorDateValueEdit"));
    QVERIFY(date);
    auto *edit = date->findChild<QDateTimeEdit *>(QStringLiteral("dateTimeEdit"));
    const QDateTime local(QDate(2024, 6, 1), QTime(14, 30), Qt::LocalTime);
    edit->setDateTime(local);
    // The UTC toggle shows the same moment in UTC.
    date->findChild<QCheckBox *>(QStringLiteral("utcCheckBox"))->setChecked(true);
    QCOMPARE(edit->dateTime().timeSpec(), Qt::UTC);
    QCOMPARE(edit->dateTime(), local.toUTC());
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!tree->viewport()->findChild<DateValueEdit *>());
    const QJsonValue sent =
        model->where().value(QLatin1String("when")).toObject().value(QLatin1String("$lt"));
    QCOMPARE(sent, ParseValue::fromDateTime(local).toJson());
    QCOMPARE(sent.toObject().value(QLatin1String("__type")).toString(), QStringLiteral("Date"));
    QVERIFY(model->issues().isEmpty());
    QVERIFY(model->index(0, QueryTreeModel::Value).data().isValid());
}

void TestQueryBuilder::regexValue_flagsBecomeOptions_committedWhenFocusLeaves()
{
    QueryPanel *panel = nullptr;
    auto window = openQueryTab(&panel);
    auto *tree = child<QTreeView>(panel, QStringLiteral("queryTreeView"));
    QueryTreeModel *model = panel->builder()->model();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Insert);
    auto *field = editor<QComboBox>(tree, QStringLiteral("fieldEditorComboBox"));
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("name"));
    QTest::keyClick(field, Qt::Key_Tab);
    auto *op = editor<QComboBox>(tree, QStringLiteral("operatorEditorComboBox"));
    QVERIFY(op);
    op->setCurrentIndex(op->findData(QStringLiteral("$regex")));
    QTest::keyClick(op, Qt::Key_Tab);
    auto *regex = editor<QWidget>(tree, QStringLiteral("valueEditorRegexValueEdit"));
    QVERIFY(regex);
    QTest::keyClicks(regex->findChild<QLineEdit *>(QStringLiteral("regexLineEdit")),
                     QStringLiteral("^ROW [05]$"));
    regex->findChild<QToolButton *>(QStringLiteral("regexFlagIToolButton"))->click();
    // Leaving the editor from one of its fields commits it, as a plain editor would.
    child<JsonEdit>(panel, QStringLiteral("whereJsonEdit"))->setFocus();
    QTRY_VERIFY(!tree->viewport()->findChild<QWidget *>(QStringLiteral("valueEditorRegexValueEdit")));
    const QJsonObject name = model->where().value(QLatin1String("name")).toObject();
    QCOMPARE(name.value(QLatin1String("$regex")).toString(), QStringLiteral("^ROW [05]$"));
    QCOMPARE(name.value(QLatin1String("$options")).toString(), QStringLiteral("i"));
    QCOMPARE(model->index(0, QueryTreeModel::Value).data().toString().isEmpty(), false);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(panel, QStringLiteral("liveCountLabel"))->text(),
                              QStringLiteral("Matches: 2"), 10000);
}

// resources/screenshots/query-builder.png: a nested query on the demo data, run. Only when asked for
// (PARSEDESK_SCREENSHOT_DIR); run it under xvfb-run with QT_QPA_PLATFORM=xcb for real fonts and style.
void TestQueryBuilder::screenshot()
{
    const QString dir = qEnvironmentVariable("PARSEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PARSEDESK_SCREENSHOT_DIR is not set");
    QueryPanel *panel = nullptr;
    auto window = openQueryTab(&panel);
    panel->selectClass(QStringLiteral("Room"));
    // visits >= 200 AND playerUpdated before 10 January AND (alice's rooms OR (bob's in it AND "F..."))
    QueryNode root = QueryNode::group(QueryNode::GroupOp::And, false);
    root.children.push_back(QueryNode::condition(QStringLiteral("visits"), QStringLiteral("$gte"), 200));
    root.children.push_back(QueryNode::condition(
        QStringLiteral("playerUpdated"), QStringLiteral("$lt"),
        ParseValue::fromDateTime(QDateTime(QDate(2025, 1, 10), QTime(0, 0), Qt::UTC)).toJson()));
    QueryNode either = QueryNode::group(QueryNode::GroupOp::Or);
    either.children.push_back(QueryNode::condition(QStringLiteral("creatorUsername"), QStringLiteral("$eq"),
                                                   QStringLiteral("alice")));
    QueryNode bobs = QueryNode::group(QueryNode::GroupOp::And, false);
    bobs.children.push_back(QueryNode::condition(QStringLiteral("users"), QStringLiteral("$in"),
                                                 QJsonArray{QStringLiteral("bob")}));
    bobs.children.push_back(
        QueryNode::condition(QStringLiteral("roomName"), QStringLiteral("startsWith"), QStringLiteral("F")));
    either.children.push_back(bobs);
    root.children.push_back(either);
    QueryOptions options;
    options.where = root.toWhere();
    options.order = {QStringLiteral("-visits"), QStringLiteral("roomName")};
    options.count = true;
    panel->builder()->setOptions(options);
    answerNextInputDialog(window.get(), QStringLiteral("Busy rooms of alice, or bob's F rooms"));
    QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("saveQueryPushButton")), Qt::LeftButton);
    // The Query tab is the subject; the request log has its own picture.
    child<QDockWidget>(window.get(), QStringLiteral("requestLogDockWidget"))->hide();
    auto *tree = child<QTreeView>(panel, QStringLiteral("queryTreeView"));
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(panel, QStringLiteral("liveCountLabel"))->text().startsWith(QStringLiteral("Matches:")),
        10000);
    panel->run();
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QTableView>(panel, QStringLiteral("resultsTableView"))->model()->rowCount() > 0, 10000);
    QTest::qWait(300);
    QVERIFY(window->grab().save(dir + QStringLiteral("/query-builder.png")));
    auto *side = child<QTabWidget>(panel, QStringLiteral("sideTabWidget"));
    for (const auto &[tab, name] : {std::pair{1, "options"}, std::pair{2, "request"}}) {
        side->setCurrentIndex(tab);
        QVERIFY(window->grab().save(dir + QStringLiteral("/query-builder-%1.png").arg(QLatin1String(name))));
    }
}

QTEST_MAIN(TestQueryBuilder)
#include "TestQueryBuilder.moc"
