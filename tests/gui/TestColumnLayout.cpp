// The objects table's column layout on the TEST server (issue #21): columns dragged into another order,
// frozen, hidden and pointers shown by a field of their target are restored after reopening the class and
// after reconnecting, per profile; a pointer shown by username is still written as a Pointer, and the find
// asks for the username with include and keys in the same request.
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "TemporaryClasses.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/ClassBrowser.h"
#include "ui/FrozenColumns.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/ObjectBrowser.h"
#include "ui/ObjectColumnState.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using GuiTestSupport::child;

namespace {
QJsonObject pointerTo(const QString &className, const QString &objectId)
{
    return {{QStringLiteral("__type"), QStringLiteral("Pointer")},
            {QStringLiteral("className"), className},
            {QStringLiteral("objectId"), objectId}};
}
} // namespace

class TestColumnLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void layout_restoredPerClassAndProfile();
    void pointerDisplay_editWritesPointer_findAsksIncludeAndKeys();
    void inGerman_at1024x700();

private:
    QNetworkAccessManager m_network;
    ServerProfile m_profile;
    std::unique_ptr<ParseClient> m_admin;
    std::unique_ptr<TemporaryClasses> m_classes;
    QString m_class;
    QString m_other;
    QStringList m_users; // objectIds of alice and bob
    QStringList m_usernames;

    QString createUser(const QString &username)
    {
        const ParseResult r = await(m_admin->send(ParseRequest::createObject(
            QStringLiteral("_User"), {{QStringLiteral("username"), username},
                                      {QStringLiteral("password"), QStringLiteral("pw-") + username}})));
        return r.object().value(QLatin1String("objectId")).toString();
    }
    QJsonObject serverObject(const QString &objectId)
    {
        QueryOptions q;
        q.where = {{QStringLiteral("objectId"), objectId}};
        return await(m_admin->send(ParseRequest::find(m_class, q)))
            .object()
            .value(QLatin1String("results"))
            .toArray()
            .first()
            .toObject();
    }
    // Opens the class; its object browser once the first page is there.
    static ObjectBrowser *open(MainWindow *window, const QString &cls)
    {
        auto *classBrowser = window->findChild<ClassBrowser *>();
        classBrowser->selectClass(cls);
        ObjectBrowser *browser = classBrowser->objectBrowser();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(browser->model()->className() == cls &&
                                         browser->model()->rowCount() > 0 && !browser->model()->isLoading(),
                                     20000);
        }();
        return browser;
    }
    static int visualOf(ObjectBrowser *browser, const QString &field)
    {
        return child<QTableView>(browser, QStringLiteral("objectsTableView"))
            ->horizontalHeader()
            ->visualIndex(int(browser->model()->fields().indexOf(field)));
    }
    static QString shown(ObjectBrowser *browser, const QString &field, int role = Qt::DisplayRole)
    {
        ObjectTableModel *model = browser->model();
        return model->index(0, int(model->fields().indexOf(field))).data(role).toString();
    }
    static QJsonValue valueOf(ObjectBrowser *browser, const QString &field)
    {
        ObjectTableModel *model = browser->model();
        return model->index(0, int(model->fields().indexOf(field)))
            .data(ObjectTableModel::ValueRole)
            .toJsonValue();
    }
    // Profile A's layout: name dragged to the front, frozen up to it, w3 hidden, pointers by username.
    void checkLayoutA(ObjectBrowser *browser)
    {
        auto *table = child<QTableView>(browser, QStringLiteral("objectsTableView"));
        auto *frozen = browser->findChild<FrozenColumns *>();
        QCOMPARE(visualOf(browser, QStringLiteral("objectId")), 0);
        QCOMPARE(visualOf(browser, QStringLiteral("name")), 1);
        QCOMPARE(frozen->count(), 2);
        QVERIFY(frozen->isVisible());
        QCOMPARE(frozen->width(),
                 table->columnWidth(0) +
                     table->columnWidth(int(browser->model()->fields().indexOf(QStringLiteral("name")))));
        QVERIFY(table->isColumnHidden(int(browser->model()->fields().indexOf(QStringLiteral("w3")))));
        QTRY_COMPARE(shown(browser, QStringLiteral("owner")), m_usernames.at(0));
        QCOMPARE(shown(browser, QStringLiteral("members")), m_usernames.join(QLatin1String(", ")));
    }
};

void TestColumnLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!LocalParseServer::missingReason().isEmpty())
        return;
    m_profile = LocalParseServer::profile();
    m_profile.useMasterKey = true;
    m_admin = std::make_unique<ParseClient>(m_profile, &m_network);
    m_classes = std::make_unique<TemporaryClasses>(m_admin.get());
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_class = m_classes->add(QStringLiteral("BColumns") + suffix);
    m_other = m_classes->add(QStringLiteral("BOther") + suffix);
    m_usernames = {QStringLiteral("b_alice_") + suffix, QStringLiteral("b_bob_") + suffix};
    for (const QString &username : std::as_const(m_usernames))
        m_users << createUser(username);
    QVERIFY(!m_users.contains(QString()));
    QJsonArray members{pointerTo(QStringLiteral("_User"), m_users.at(0)),
                       pointerTo(QStringLiteral("_User"), m_users.at(1))};
    for (int i = 0; i < 3; ++i) {
        QJsonObject fields{{QStringLiteral("name"), QStringLiteral("row %1").arg(i)},
                           {QStringLiteral("owner"), pointerTo(QStringLiteral("_User"), m_users.at(0))},
                           {QStringLiteral("members"), members}};
        // Wide enough to scroll sideways.
        for (int w = 1; w <= 8; ++w)
            fields.insert(QStringLiteral("w%1").arg(w), QStringLiteral("value %1.%2").arg(i).arg(w));
        QVERIFY(await(m_admin->send(ParseRequest::createObject(m_class, fields))).ok());
    }
    QVERIFY(await(m_admin->send(ParseRequest::createObject(m_other, {{QStringLiteral("x"), 1}}))).ok());
}

void TestColumnLayout::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_users))
        await(m_admin->send(ParseRequest::deleteObject(QStringLiteral("_User"), id)));
    m_classes.reset();
}

void TestColumnLayout::layout_restoredPerClassAndProfile()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    GuiSession session;
    ServerProfile a = m_profile;
    a.name = QStringLiteral("Columns A");
    ServerProfile b = m_profile;
    b.name = QStringLiteral("Columns B");
    const QString idA = session.saveProfile(a);
    const QString idB = session.saveProfile(b);
    // B has the layout of the days when layouts were per class only: it starts from it.
    session.settings()->setValue(QStringLiteral("objectColumns/%1/hidden").arg(m_class),
                                 QStringList{QStringLiteral("w1")});
    session.settings()->setValue(QStringLiteral("objectColumns/%1/widths").arg(m_class), QVariantMap());

    const std::unique_ptr<MainWindow> window = session.connectedWindow(idA);
    ObjectBrowser *browser = open(window.get(), m_class);
    QAbstractItemModelTester tester(browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *table = child<QTableView>(browser, QStringLiteral("objectsTableView"));
    auto *columns = browser->findChild<ObjectColumnState *>();
    auto *frozen = browser->findChild<FrozenColumns *>();
    QVERIFY(table->horizontalHeader()->sectionsMovable());
    QCOMPARE(frozen->count(), 0);
    QVERIFY(table->isColumnHidden(int(browser->model()->fields().indexOf(QStringLiteral("w1")))));

    // Dragged with the mouse: name onto objectId, which stays first; then frozen up to it.
    QHeaderView *header = table->horizontalHeader();
    const int nameX =
        header->sectionViewportPosition(int(browser->model()->fields().indexOf(QStringLiteral("name")))) + 20;
    const int y = header->height() / 2;
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(nameX, y));
    for (int x = nameX; x > 4; x -= 10)
        QTest::mouseMove(header->viewport(), QPoint(x, y));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(4, y));
    QCOMPARE(visualOf(browser, QStringLiteral("objectId")), 0);
    QCOMPARE(visualOf(browser, QStringLiteral("name")), 1);
    columns->freezeUpTo(QStringLiteral("name"));
    columns->setColumnHidden(QStringLiteral("w3"), true);
    columns->setColumnHidden(QStringLiteral("w1"), false);
    columns->setPointerField(QStringLiteral("owner"), QStringLiteral("username"));
    // The array's pointers from the header's menu, which offers the fields of the class they point to.
    QTRY_VERIFY(!browser->model()->isLoading() && browser->model()->rowCount() > 0);
    QStringList offered;
    QTimer::singleShot(300, this, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            offered << action->objectName();
        if (auto *fields = menu->findChild<QMenu *>(QStringLiteral("pointerFieldMenu"))) {
            offered << fields->title();
            for (QAction *action : fields->actions()) {
                if (action->text() == QLatin1String("username"))
                    action->trigger();
            }
        }
        menu->close();
    });
    const int members = int(browser->model()->fields().indexOf(QStringLiteral("members")));
    table->scrollTo(browser->model()->index(0, members));
    Q_EMIT header->customContextMenuRequested(QPoint(header->sectionViewportPosition(members) + 5, y));
    QVERIFY2(offered.contains(QStringLiteral("freezeColumnsAction")), qPrintable(offered.join(u' ')));
    QVERIFY(offered.contains(QStringLiteral("unfreezeColumnsAction")));
    QVERIFY(offered.contains(QStringLiteral("Show field of _User")));
    QTRY_VERIFY(!browser->model()->isLoading() && browser->model()->rowCount() > 0);
    checkLayoutA(browser);
    QCOMPARE(shown(browser, QStringLiteral("owner"), Qt::ToolTipRole), m_users.at(0));
    QCOMPARE(valueOf(browser, QStringLiteral("owner")),
             QJsonValue(pointerTo(QStringLiteral("_User"), m_users.at(0))));

    // Scrolled by one column: members slides under the frozen part, owner (by username) follows it.
    table->horizontalScrollBar()->setValue(
        table->columnWidth(int(browser->model()->fields().indexOf(QStringLiteral("members")))));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("column-layout.png"));
    // The frozen part stays while the table scrolls sideways; the keyboard walks into it and back out.
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    QVERIFY(table->horizontalScrollBar()->value() > 0);
    QCOMPARE(frozen->x(), table->verticalHeader()->width() + table->frameWidth());
    table->setFocus();
    const int nameColumn = int(browser->model()->fields().indexOf(QStringLiteral("name")));
    table->setCurrentIndex(browser->model()->index(0, nameColumn));
    const int scrolled = table->horizontalScrollBar()->value();
    QCOMPARE(table->horizontalScrollBar()->value(), scrolled); // a frozen cell is in sight without scrolling
    QTest::keyClick(table, Qt::Key_Right);
    const QModelIndex next = table->currentIndex();
    QCOMPARE(visualOf(browser, browser->model()->fields().at(next.column())), 2);
    QVERIFY(table->visualRect(next).left() >= frozen->frozenWidth()); // not under the frozen part
    QTest::keyClick(table, Qt::Key_Left);
    QCOMPARE(table->currentIndex().column(), nameColumn);

    // A frozen cell is edited with F2 where it is seen, and its edit is pending like any other.
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY(frozen->viewport()->isAncestorOf(editor));
    editor->setText(QStringLiteral("renamed"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(browser->model()->pendingCount(), 1); // the delegate commits on the next turn
    QCOMPARE(QApplication::focusWidget(), table);
    browser->model()->discard();

    // Another class and back: the same layout.
    open(window.get(), m_other);
    QCOMPARE(frozen->count(), 0);
    browser = open(window.get(), m_class);
    checkLayoutA(browser);

    // Profile B keeps its own layout (the old per-class one it started from); A's is untouched.
    window->connectToProfile(idB);
    QVERIFY(GuiSession::waitSettled(window.get()));
    browser = open(window.get(), m_class);
    QCOMPARE(frozen->count(), 0);
    QCOMPARE(visualOf(browser, QStringLiteral("name")),
             int(browser->model()->fields().indexOf(QStringLiteral("name"))));
    QVERIFY(table->isColumnHidden(int(browser->model()->fields().indexOf(QStringLiteral("w1")))));
    QVERIFY(!table->isColumnHidden(int(browser->model()->fields().indexOf(QStringLiteral("w3")))));
    QCOMPARE(shown(browser, QStringLiteral("owner")), QStringLiteral("_User:") + m_users.at(0));
    browser->findChild<ObjectColumnState *>()->freezeUpTo(QStringLiteral("objectId"));
    QCOMPARE(frozen->count(), 1);

    // Reconnected to A: A's layout.
    window->connectToProfile(idA);
    QVERIFY(GuiSession::waitSettled(window.get()));
    browser = open(window.get(), m_class);
    checkLayoutA(browser);

    // And after a restart (a new window on the same settings).
    const std::unique_ptr<MainWindow> again = session.connectedWindow(idA);
    checkLayoutA(open(again.get(), m_class));
}

void TestColumnLayout::pointerDisplay_editWritesPointer_findAsksIncludeAndKeys()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    GuiSession session;
    const QString id = session.saveProfile(m_profile);
    const std::unique_ptr<MainWindow> window = session.connectedWindow(id);
    ObjectBrowser *browser = open(window.get(), m_class);
    auto *table = child<QTableView>(browser, QStringLiteral("objectsTableView"));
    ObjectTableModel *model = browser->model();
    QStringList finds;
    connect(model->client(), &ParseClient::requestFinished, this, [&finds, this](const ParseResult &r) {
        if (r.request.path.endsWith(m_class) && r.request.method == ParseRequest::Method::Get &&
            r.request.query.hasQueryItem(QStringLiteral("order"))) // a page, not the count
            finds << r.request.query.toString(QUrl::FullyDecoded);
    });
    browser->findChild<ObjectColumnState *>()->setPointerField(QStringLiteral("owner"),
                                                               QStringLiteral("username"));
    QTRY_COMPARE(shown(browser, QStringLiteral("owner")), m_usernames.at(0));
    QVERIFY(!finds.isEmpty());
    const QUrlQuery find(finds.last());
    QCOMPARE(find.queryItemValue(QStringLiteral("include")), QStringLiteral("owner"));
    const QStringList keys = find.queryItemValue(QStringLiteral("keys")).split(QLatin1Char(','));
    QVERIFY(keys.contains(QStringLiteral("owner.username")));
    for (const QString &field : model->fields())
        QVERIFY2(keys.contains(field), qPrintable(field));

    // Edited in place: the editor shows the objectId, and bob is written as a Pointer, not an object.
    const QModelIndex owner = model->index(0, int(model->fields().indexOf(QStringLiteral("owner"))));
    const QString objectId = model->index(0, 0).data().toString();
    table->setFocus();
    table->setCurrentIndex(owner);
    table->edit(owner);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), m_users.at(0));
    editor->setText(m_users.at(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(owner.data(ObjectTableModel::ValueRole).toJsonValue(),
                 QJsonValue(pointerTo(QStringLiteral("_User"), m_users.at(1))));
    child<QPushButton>(browser, QStringLiteral("savePushButton"))->click();
    QTRY_COMPARE(model->pendingCount(), 0);
    QCOMPARE(serverObject(objectId).value(QLatin1String("owner")),
             QJsonValue(pointerTo(QStringLiteral("_User"), m_users.at(1))));
    // The members array (not edited) is untouched on the server.
    QCOMPARE(serverObject(objectId).value(QLatin1String("members")).toArray().size(), 2);
    // What rows hand to duplicates, bulk edits and conflict checks is the pointer too.
    QCOMPARE(
        model->index(0, 0).data(ObjectTableModel::ObjectRole).toJsonObject().value(QLatin1String("owner")),
        QJsonValue(pointerTo(QStringLiteral("_User"), m_users.at(1))));
}

void TestColumnLayout::inGerman_at1024x700()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    QObject translators;
    Language::install(&translators, QStringLiteral("de"), QStringLiteral(PARSEDESK_QM_DIR));
    GuiSession session;
    const std::unique_ptr<MainWindow> window = session.connectedWindow(session.saveProfile(m_profile));
    window->resize(1024, 700);
    ObjectBrowser *browser = open(window.get(), m_class);
    auto *table = child<QTableView>(browser, QStringLiteral("objectsTableView"));
    auto *columns = browser->findChild<ObjectColumnState *>();
    columns->freezeUpTo(QStringLiteral("members"));
    columns->setPointerField(QStringLiteral("members"), QStringLiteral("username"));
    columns->setPointerField(QStringLiteral("owner"), QStringLiteral("username"));
    // (The test before wrote bob into the first row.)
    QTRY_VERIFY(m_usernames.contains(shown(browser, QStringLiteral("owner"))));
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    auto *frozen = browser->findChild<FrozenColumns *>();
    // The frozen part leaves most of the table to scroll.
    QVERIFY(frozen->frozenWidth() < table->viewport()->width() / 2);
    GuiTestSupport::screenshot(window.get(), QStringLiteral("column-layout-de.png"));

    QStringList offered;
    QTimer::singleShot(300, this, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            offered << action->text();
        GuiTestSupport::screenshot(menu, QStringLiteral("column-menu-de.png"));
        menu->close();
    });
    QHeaderView *header = table->horizontalHeader();
    const int owner = int(browser->model()->fields().indexOf(QStringLiteral("owner")));
    table->scrollTo(browser->model()->index(0, owner));
    Q_EMIT header->customContextMenuRequested(QPoint(header->sectionViewportPosition(owner) + 5, 5));
    QVERIFY2(offered.contains(QStringLiteral("Feld von _User anzeigen")), qPrintable(offered.join(u'|')));

    // More rows (wider row numbers): the frozen part stays on the cells' left edge.
    for (int i = 0; i < 8; ++i)
        QVERIFY(await(m_admin->send(ParseRequest::createObject(
                          m_class, {{QStringLiteral("name"), QStringLiteral("more")}})))
                    .ok());
    browser->refresh();
    QTRY_COMPARE(browser->model()->rowCount(), 11);
    QTRY_COMPARE(frozen->x(), table->verticalHeader()->width() + table->frameWidth());
}

QTEST_MAIN(TestColumnLayout)
#include "TestColumnLayout.moc"
