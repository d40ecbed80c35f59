// What is wrong is said where the user looks, and first: a where that is not valid JSON says where the
// mistake is and that the filter was not applied (class browser, its builder, the Query tab), and no rows
// pass for filtered meanwhile; Cloud Code parameters and the array/object cell editor say the same instead
// of keeping an old result or refusing silently; a save with the server down starts with what happened.
// Against the real TEST server (a FaultProxy in front of it stands for a server that goes away).
#include "FaultProxy.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/models/ObjectTableModel.h"
#include "ui/ClassBrowser.h"
#include "ui/CloudConsole.h"
#include "ui/MainWindow.h"
#include "ui/ObjectBrowser.h"
#include "ui/QueryBuilderDialog.h"
#include "ui/QueryPanel.h"
#include "ui/widgets/JsonEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using GuiTestSupport::child;

class TestErrorMessages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void classFilter_invalidJsonSaysWhereAndShowsNoRowsAsFiltered();
    void queryBuilder_invalidWhereIsNotRun();
    void cellJsonEditor_saysWhyOkRefuses();
    void cloudParams_invalidJsonReplacesThePreviousResult();
    void save_serverDown_saysWhatHappenedFirst();

private:
    std::unique_ptr<MainWindow> connectedWindow(const ServerProfile &profile, const QString &tab);
    // The window's object browser showing className, loaded.
    static ObjectBrowser *showClass(MainWindow *window, const QString &className);
    static int columnOf(const ObjectTableModel *model, const QString &field)
    {
        return int(model->fields().indexOf(field));
    }

    std::unique_ptr<GuiSession> m_session;
};

void TestErrorMessages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestErrorMessages::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
}

void TestErrorMessages::cleanup()
{
    m_session.reset();
}

std::unique_ptr<MainWindow> TestErrorMessages::connectedWindow(const ServerProfile &profile,
                                                               const QString &tab)
{
    return m_session->connectedWindow(m_session->saveProfile(profile), tab);
}

ObjectBrowser *TestErrorMessages::showClass(MainWindow *window, const QString &className)
{
    auto *classes = window->findChild<ClassBrowser *>();
    classes->selectClass(className);
    ObjectBrowser *browser = classes->objectBrowser();
    ObjectTableModel *model = browser->model();
    if (!QTest::qWaitFor([&] { return model->className() == className && model->rowCount() > 0; }, 10000))
        qWarning("%s did not load", qPrintable(className));
    return browser;
}

void TestErrorMessages::classFilter_invalidJsonSaysWhereAndShowsNoRowsAsFiltered()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(LocalParseServer::profile(), QStringLiteral("classesTab"));
    ObjectBrowser *browser = showClass(window.get(), QStringLiteral("Room"));
    ObjectTableModel *model = browser->model();
    auto *line = child<QLineEdit>(browser, QStringLiteral("whereLineEdit"));
    auto *error = child<QLabel>(browser, QStringLiteral("whereErrorLabel"));
    auto *table = child<QTableView>(browser, QStringLiteral("objectsTableView"));
    QVERIFY(!error->isVisible());

    line->setText(QStringLiteral("{\"visits\" 3}"));
    QTest::keyClick(line, Qt::Key_Return);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Invalid JSON at line 1, column 12")),
             qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("filter not applied")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("unfiltered")), qPrintable(error->text()));
    // The unfiltered rows stay, greyed: they don't pass for the typed filter.
    QVERIFY(model->where().isEmpty());
    QVERIFY(!table->isEnabled());
    GuiTestSupport::screenshot(window.get(), QStringLiteral("class-browser-invalid-where.png"));

    // The builder opened on that text shows the same mistake and won't hand back "all objects".
    QTest::mouseClick(child<QPushButton>(browser, QStringLiteral("whereBuilderPushButton")), Qt::LeftButton);
    QueryBuilderDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = browser->findChild<QueryBuilderDialog *>()) && dialog->isVisible());
    QVERIFY(!child<QDialogButtonBox>(dialog, QStringLiteral("queryBuilderButtonBox"))
                 ->button(QDialogButtonBox::Ok)
                 ->isEnabled());
    const QString reason = child<QLabel>(dialog, QStringLiteral("blockingReasonLabel"))->text();
    QVERIFY2(reason.startsWith(QStringLiteral("Invalid JSON at line 1, column 12")), qPrintable(reason));
    dialog->reject();

    line->setText(QStringLiteral("{\"visits\": {\"$gte\": 0}}"));
    QTest::keyClick(line, Qt::Key_Return);
    QVERIFY(!error->isVisible());
    QVERIFY(table->isEnabled());
    QCOMPARE(model->where().keys(), QStringList{QStringLiteral("visits")});
}

void TestErrorMessages::queryBuilder_invalidWhereIsNotRun()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(LocalParseServer::profile(), QStringLiteral("queryTab"));
    auto *panel = window->findChild<QueryPanel *>();
    panel->selectClass(QStringLiteral("Room"));
    auto *run = child<QPushButton>(panel, QStringLiteral("runPushButton"));
    QTRY_VERIFY(run->isEnabled());
    auto *where = child<JsonEdit>(panel, QStringLiteral("whereJsonEdit"));
    where->setFocus();
    where->setPlainText(QStringLiteral("{\"visits\" 3}"));
    auto *status = child<QLabel>(panel, QStringLiteral("whereStatusLabel"));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Invalid JSON at line 1, column 12")),
                 qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("filter not applied")));
    // Running would show the tree's last where as if it were the typed one.
    QVERIFY(!run->isEnabled());
    where->setPlainText(QStringLiteral("{\"visits\": 3}"));
    QTRY_VERIFY(run->isEnabled());
}

void TestErrorMessages::cellJsonEditor_saysWhyOkRefuses()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(LocalParseServer::profile(), QStringLiteral("classesTab"));
    ObjectBrowser *browser = showClass(window.get(), QStringLiteral("TypeZoo"));
    ObjectTableModel *model = browser->model();
    const QModelIndex tags = model->index(0, columnOf(model, QStringLiteral("tags")));
    auto *table = child<QTableView>(browser, QStringLiteral("objectsTableView"));
    QString said;
    bool stillOpen = false;
    GuiTestSupport::onNextModal<QDialog>(this, [&](QDialog *dialog) {
        child<JsonEdit>(dialog, QStringLiteral("valueJsonEdit"))->setPlainText(QStringLiteral("[1, 2"));
        child<QDialogButtonBox>(dialog, QStringLiteral("valueDialogButtonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        auto *error = child<QLabel>(dialog, QStringLiteral("valueErrorLabel"));
        said = error->isVisible() ? error->text() : QString();
        stillOpen = dialog->isVisible();
        dialog->reject();
    });
    table->doubleClicked(tags); // an array opens in the JSON editor
    QVERIFY(stillOpen);
    QVERIFY2(said.startsWith(QStringLiteral("Invalid JSON at line 1")), qPrintable(said));
    QCOMPARE(model->pendingCount(), 0);
}

void TestErrorMessages::cloudParams_invalidJsonReplacesThePreviousResult()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = connectedWindow(LocalParseServer::profile(), QStringLiteral("cloudTab"));
    auto *console = window->findChild<CloudConsole *>();
    auto *status = child<QLabel>(console, QStringLiteral("resultStatusLabel"));
    auto *result = child<JsonEdit>(console, QStringLiteral("resultJsonEdit"));
    auto *params = child<JsonEdit>(console, QStringLiteral("paramsJsonEdit"));
    auto *runButton = child<QPushButton>(console, QStringLiteral("runPushButton"));
    child<QComboBox>(console, QStringLiteral("nameComboBox"))->setCurrentText(QStringLiteral("echo"));
    params->setPlainText(QStringLiteral("{\"n\": 1}"));
    QTest::mouseClick(runButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("echo returned")), 10000);
    QVERIFY(!result->toPlainText().isEmpty());

    params->setPlainText(QStringLiteral("{\"n\": }"));
    QTest::mouseClick(runButton, Qt::LeftButton);
    QVERIFY2(status->text().startsWith(QStringLiteral("Invalid JSON in the parameters at line 1, column 8")),
             qPrintable(status->text()));
    QVERIFY(result->toPlainText().isEmpty());
    QCOMPARE(child<QListView>(console, QStringLiteral("historyListView"))->model()->rowCount(), 1);
}

void TestErrorMessages::save_serverDown_saysWhatHappenedFirst()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile profile = LocalParseServer::profile();
    auto *proxy = new FaultProxy(profile.serverUrl, this);
    profile.serverUrl = proxy->url();
    const QString url = profile.serverUrl.toString();
    auto window = connectedWindow(profile, QStringLiteral("classesTab"));
    ObjectBrowser *browser = showClass(window.get(), QStringLiteral("TypeZoo"));
    ObjectTableModel *model = browser->model();
    const QModelIndex cell = model->index(0, columnOf(model, QStringLiteral("text")));
    QVERIFY(model->setData(cell, QStringLiteral("never saved")));

    delete proxy; // the server goes away
    QTest::mouseClick(child<QPushButton>(browser, QStringLiteral("savePushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!cell.data(ObjectTableModel::ErrorRole).toString().isEmpty(), 60000);
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Server unreachable at %1: ").arg(url)), qPrintable(tip));
    // The check for a colleague's newer value reads the objects first: that read is what failed.
    QVERIFY2(tip.contains(QStringLiteral("Not sent: the objects could not be read to check")),
             qPrintable(tip));
    QVERIFY(cell.data(ObjectTableModel::PendingRole).toBool());
}

QTEST_MAIN(TestErrorMessages)
#include "TestErrorMessages.moc"
