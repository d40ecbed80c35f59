// Issue #19's editors in the class browser against the live TEST server: the CLP grid saved as the exact
// JSON (roles and users picked by searching them), the journal's undo putting the previous CLP back, a CLP
// changed meanwhile shown as three versions and not overwritten, a production connection read-only; an
// index created and dropped; "View as…" a user or anonymous showing only what the ACLs and the CLP allow.
#include "AdminClient.h"
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/data/ClassPermissions.h"
#include "core/models/AclModel.h"
#include "core/models/BatchModel.h"
#include "core/models/ClassListModel.h"
#include "core/models/IndexListModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/models/PermissionGridModel.h"
#include "core/models/ResultsTableModel.h"
#include "core/models/ViewComparisonModel.h"
#include "ui/AclDialog.h"
#include "ui/BulkAclDialog.h"
#include "ui/ClassBrowser.h"
#include "ui/ClpConflictDialog.h"
#include "ui/ClpReviewDialog.h"
#include "ui/IndexDialog.h"
#include "ui/IndexManager.h"
#include "ui/JournalDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/ObjectBrowser.h"
#include "ui/PermissionsEditor.h"
#include "ui/PrincipalPicker.h"
#include "ui/QueryBuilder.h"
#include "ui/QueryPanel.h"
#include "ui/ViewAsBar.h"
#include "ui/ViewAsCompareDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUuid>

using GuiTestSupport::child;

namespace {
const int kFind = PermissionGridModel::FirstOperation + 1;
const int kGet = PermissionGridModel::FirstOperation;

QJsonObject field(const char *type, const char *targetClass = nullptr)
{
    QJsonObject f{{QStringLiteral("type"), QString::fromLatin1(type)}};
    if (targetClass)
        f.insert(QStringLiteral("targetClass"), QString::fromLatin1(targetClass));
    return f;
}

ClassPermissions clpOf(const QJsonObject &schema)
{
    QList<ClassPermissions::Issue> issues;
    return ClassPermissions::fromJson(schema.value(QLatin1String("classLevelPermissions")).toObject(),
                                      &issues);
}
} // namespace

class TestAccessEditors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void permissions_gridSavedExactly_undoRestores();
    void permissions_changedMeanwhile_threeVersionsNotOverwritten();
    void permissions_productionReadOnly();
    void indexes_createdAndDropped();
    void viewAs_showsOnlyWhatThePrincipalMaySee();
    void viewAs_inTheQueryTab();
    void viewAs_sideBySide_reasonsAndProtectedFields();
    void aclEditor_namesAndSavesTheAcl();
    void bulkAcl_selectedRowsAsOneBatchWithOutcomes();
    void german_buttonsWholeAt1024x700();

private:
    // owner: Pointer<_User>, editors: Array, secret: String, n: Number.
    QString createClass(const char *prefix);
    QJsonObject schemaOf(const QString &cls);
    QString userId(const QString &username);
    int sessionCount(const QString &userId);
    std::unique_ptr<MainWindow> openOn(const QString &cls, bool production = false);
    // Picks the first match of `text` in the next PrincipalPicker.
    void pickNext(const QString &text);

    std::unique_ptr<AdminClient> m_admin;
    std::unique_ptr<GuiSession> m_session;
    ClassBrowser *m_browser = nullptr;
};

void TestAccessEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_LOCAL_PARSE_SERVER();
    m_admin = std::make_unique<AdminClient>(LocalParseServer::profile());
}

void TestAccessEditors::init()
{
    m_session = std::make_unique<GuiSession>();
}

void TestAccessEditors::cleanup()
{
    m_browser = nullptr;
    m_session.reset();
}

QString TestAccessEditors::createClass(const char *prefix)
{
    const QString cls = m_admin->classes().add(QString::fromLatin1(prefix) +
                                               QUuid::createUuid().toString(QUuid::Id128).left(8));
    const ParseResult r = await(m_admin->client().send(ParseRequest::createSchema(
        cls, {{QStringLiteral("fields"), QJsonObject{{QStringLiteral("owner"), field("Pointer", "_User")},
                                                     {QStringLiteral("editors"), field("Array")},
                                                     {QStringLiteral("secret"), field("String")},
                                                     {QStringLiteral("n"), field("Number")}}}})));
    if (!r.ok())
        qWarning("creating %s: %s", qPrintable(cls), qPrintable(r.error.describe()));
    return cls;
}

QJsonObject TestAccessEditors::schemaOf(const QString &cls)
{
    return await(m_admin->client().send(ParseRequest::schema(cls))).object();
}

QString TestAccessEditors::userId(const QString &username)
{
    QueryOptions options;
    options.where = {{QStringLiteral("username"), username}};
    const ParseResult r = await(m_admin->client().send(ParseRequest::find(QStringLiteral("_User"), options)));
    return r.object()
        .value(QLatin1String("results"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("objectId"))
        .toString();
}

int TestAccessEditors::sessionCount(const QString &user)
{
    const ParseRequest count = ParseRequest::count(
        QStringLiteral("_Session"),
        {{QStringLiteral("user"), QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                              {QStringLiteral("className"), QStringLiteral("_User")},
                                              {QStringLiteral("objectId"), user}}}});
    return int(await(m_admin->client().send(count)).object().value(QLatin1String("count")).toInteger(-1));
}

std::unique_ptr<MainWindow> TestAccessEditors::openOn(const QString &cls, bool production)
{
    ServerProfile profile = LocalParseServer::profile();
    profile.useMasterKey = true;
    profile.name = production ? QStringLiteral("Live shop") : QStringLiteral("Test server");
    profile.production = production;
    std::unique_ptr<MainWindow> window = m_session->connectedWindow(m_session->saveProfile(profile));
    m_browser = window->findChild<ClassBrowser *>();
    m_browser->selectClass(cls);
    if (!QTest::qWaitFor([&] { return m_browser->currentClass() == cls; }, 10000))
        qWarning("class %s not shown", qPrintable(cls));
    return window;
}

void TestAccessEditors::pickNext(const QString &text)
{
    GuiTestSupport::onNextModal<PrincipalPicker>(this, [text](PrincipalPicker *picker) {
        child<QLineEdit>(picker, QStringLiteral("searchLineEdit"))->setText(text);
        auto *results = child<QListView>(picker, QStringLiteral("resultsListView"));
        // The search runs after a pause in typing; accept once its match is current.
        auto *poll = new QTimer(picker);
        QObject::connect(poll, &QTimer::timeout, picker, [picker, results, text] {
            const QModelIndex current = results->currentIndex();
            if (current.isValid() && current.data().toString().contains(text))
                picker->accept();
        });
        poll->start(20);
    });
}

void TestAccessEditors::permissions_gridSavedExactly_undoRestores()
{
    const QString cls = createClass("GuiClp");
    const ClassPermissions before = clpOf(schemaOf(cls));
    const QString alice = userId(QStringLiteral("alice"));
    QVERIFY(!alice.isEmpty());
    const std::unique_ptr<MainWindow> window = openOn(cls);
    auto *tabs = child<QTabWidget>(m_browser, QStringLiteral("classTabWidget"));
    auto *editor = child<PermissionsEditor>(m_browser, QStringLiteral("permissionsEditor"));
    tabs->setCurrentWidget(editor);
    PermissionGridModel *model = editor->model();
    QTRY_COMPARE(model->className(), cls);
    QVERIFY(!model->isReadOnly());

    // Public may no longer find; moderators (picked by name) may get; alice (picked by username) may
    // find; the owner may read through a pointer permission; the public does not get the secret.
    QVERIFY(model->setData(model->index(model->rowOf(QStringLiteral("*")), kFind), Qt::Unchecked,
                           Qt::CheckStateRole));
    pickNext(QStringLiteral("moderators"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addRolePushButton")), Qt::LeftButton);
    QTRY_VERIFY(model->rowOf(QStringLiteral("role:moderators")) >= 0);
    QVERIFY(model->setData(model->index(model->rowOf(QStringLiteral("role:moderators")), kGet), Qt::Checked,
                           Qt::CheckStateRole));
    pickNext(QStringLiteral("alice"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addUserPushButton")), Qt::LeftButton);
    QTRY_VERIFY(model->rowOf(alice) >= 0);
    QCOMPARE(model->index(model->rowOf(alice), 0).data().toString(),
             QStringLiteral("User alice (%1)").arg(alice));
    QVERIFY(model->setData(model->index(model->rowOf(alice), kFind), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(
        model->index(model->rowOf(QStringLiteral("owner")), PermissionGridModel::ReadUserFields), Qt::Checked,
        Qt::CheckStateRole));
    model->setProtectedFieldsOf(model->rowOf(QStringLiteral("*")), {QStringLiteral("secret")});
    const ClassPermissions wanted = model->permissions();
    QVERIFY(wanted != before);
    GuiTestSupport::screenshot(window.get(), QStringLiteral("permissions-grid.png"));

    // The review shows the diff and the exact request; saving sends it.
    QString diff;
    QString request;
    GuiTestSupport::onNextModal<ClpReviewDialog>(this, [&](ClpReviewDialog *review) {
        diff = child<QPlainTextEdit>(review, QStringLiteral("diffPlainTextEdit"))->toPlainText();
        request = child<QPlainTextEdit>(review, QStringLiteral("requestPlainTextEdit"))->toPlainText();
        GuiTestSupport::screenshot(review, QStringLiteral("permissions-review.png"));
        review->accept();
    });
    auto *save = child<QPushButton>(editor, QStringLiteral("savePermissionsPushButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isModified() && model->loaded() == wanted, 15000);
    QCOMPARE(clpOf(schemaOf(cls)), wanted);
    QVERIFY2(request.startsWith(QStringLiteral("PUT /schemas/%1").arg(cls)), qPrintable(request));
    for (const QString &part : {QStringLiteral("\"role:moderators\""), QStringLiteral("\"readUserFields\"")})
        QVERIFY2(request.contains(part), qPrintable(request));
    QVERIFY2(diff.contains(QStringLiteral("find.*: true -> (none)")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("get.role:moderators: (none) -> true")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("find.%1: (none) -> true").arg(alice)), qPrintable(diff));

    // The journal has the previous CLP; undo puts it back.
    child<QAction>(window.get(), QStringLiteral("journalAction"))->trigger();
    auto *dialog = window->findChild<JournalDialog *>();
    QVERIFY(dialog);
    auto *entries = child<QTableView>(dialog, QStringLiteral("journalTableView"));
    QTRY_COMPARE(entries->model()->rowCount(), 1);
    entries->selectRow(0);
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("undoPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(clpOf(schemaOf(cls)) == before, 20000);
    dialog->reject();
    // The editor follows the schema read again.
    QTRY_COMPARE_WITH_TIMEOUT(model->loaded(), before, 10000);
}

void TestAccessEditors::permissions_changedMeanwhile_threeVersionsNotOverwritten()
{
    const QString cls = createClass("GuiClpConflict");
    const std::unique_ptr<MainWindow> window = openOn(cls);
    auto *editor = child<PermissionsEditor>(m_browser, QStringLiteral("permissionsEditor"));
    child<QTabWidget>(m_browser, QStringLiteral("classTabWidget"))->setCurrentWidget(editor);
    PermissionGridModel *model = editor->model();
    QTRY_COMPARE(model->className(), cls);
    const ClassPermissions loaded = model->loaded();
    QVERIFY(model->setData(
        model->index(model->rowOf(QStringLiteral("*")), PermissionGridModel::FirstOperation + 5),
        Qt::Unchecked, Qt::CheckStateRole)); // delete
    const ClassPermissions mine = model->permissions();

    // Meanwhile someone else closes count to the public.
    ClassPermissions theirs = loaded;
    theirs.setAllowed(QStringLiteral("count"), QStringLiteral("*"), false);
    QVERIFY(await(m_admin->client().send(ParseRequest::updateSchema(
                      cls, {{QStringLiteral("classLevelPermissions"), theirs.toJson()}})))
                .ok());

    QString server;
    QString yours;
    QString loadedText;
    GuiTestSupport::onNextModal<ClpReviewDialog>(this, [](ClpReviewDialog *review) { review->accept(); });
    QTimer::singleShot(0, this, [&] {
        GuiTestSupport::onNextModal<ClpConflictDialog>(this, [&](ClpConflictDialog *conflict) {
            loadedText =
                child<QPlainTextEdit>(conflict, QStringLiteral("loadedPlainTextEdit"))->toPlainText();
            server = child<QPlainTextEdit>(conflict, QStringLiteral("serverPlainTextEdit"))->toPlainText();
            yours = child<QPlainTextEdit>(conflict, QStringLiteral("yoursPlainTextEdit"))->toPlainText();
            GuiTestSupport::screenshot(conflict, QStringLiteral("permissions-conflict.png"));
            QTest::mouseClick(child<QPushButton>(conflict, QStringLiteral("takeServersPushButton")),
                              Qt::LeftButton);
        });
    });
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("savePermissionsPushButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!server.isEmpty(), 15000);
    // Not overwritten; the three versions differ where they should.
    QCOMPARE(clpOf(schemaOf(cls)), theirs);
    const auto publicIn = [](const QString &text, const char *op) {
        const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
        return json.value(QLatin1String(op)).toObject().contains(QStringLiteral("*"));
    };
    QVERIFY(publicIn(loadedText, "count") && publicIn(loadedText, "delete"));
    QVERIFY(!publicIn(server, "count") && publicIn(server, "delete"));
    QVERIFY(publicIn(yours, "count") && !publicIn(yours, "delete"));
    // Taking the server's drops my change.
    QTRY_COMPARE(model->loaded(), theirs);
    QVERIFY(!model->isModified());
    QVERIFY(mine != theirs);
}

void TestAccessEditors::permissions_productionReadOnly()
{
    const QString cls = createClass("GuiClpProd");
    const std::unique_ptr<MainWindow> window = openOn(cls, true);
    auto *editor = child<PermissionsEditor>(m_browser, QStringLiteral("permissionsEditor"));
    child<QTabWidget>(m_browser, QStringLiteral("classTabWidget"))->setCurrentWidget(editor);
    PermissionGridModel *model = editor->model();
    QTRY_COMPARE(model->className(), cls);
    QVERIFY(model->isReadOnly());
    const QModelIndex cell = model->index(0, kFind);
    QVERIFY(!(model->flags(cell) & Qt::ItemIsUserCheckable));
    QVERIFY(!model->setData(cell, Qt::Unchecked, Qt::CheckStateRole));
    for (const char *button : {"savePermissionsPushButton", "addRolePushButton", "addUserPushButton"})
        QVERIFY(!child<QPushButton>(editor, QLatin1String(button))->isEnabled());
    auto *note = child<QLabel>(editor, QStringLiteral("permissionsNoteLabel"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("read-only")), qPrintable(note->text()));
    auto *indexes = child<IndexManager>(m_browser, QStringLiteral("indexManager"));
    QVERIFY(!child<QPushButton>(indexes, QStringLiteral("newIndexPushButton"))->isEnabled());
    GuiTestSupport::screenshot(window.get(), QStringLiteral("permissions-production.png"));
}

void TestAccessEditors::indexes_createdAndDropped()
{
    const QString cls = createClass("GuiIdx");
    const QString name = QStringLiteral("gui_idx_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const std::unique_ptr<MainWindow> window = openOn(cls);
    auto *manager = child<IndexManager>(m_browser, QStringLiteral("indexManager"));
    child<QTabWidget>(m_browser, QStringLiteral("classTabWidget"))->setCurrentWidget(manager);
    auto *newIndex = child<QPushButton>(manager, QStringLiteral("newIndexPushButton"));
    QTRY_VERIFY(newIndex->isEnabled());

    // A name Parse keeps for itself is refused as typed.
    const QMetaObject::Connection fill =
        connect(manager, &IndexManager::indexDialogOpened, this, [name](IndexDialog *dialog) {
            dialog->setName(QStringLiteral("_mine"));
            QVERIFY(!child<QLabel>(dialog, QStringLiteral("indexProblemLabel"))->text().isEmpty());
            dialog->setName(name);
            dialog->addKey(QStringLiteral("n"), false);
            dialog->addKey(QStringLiteral("secret"), true);
            QTimer::singleShot(0, dialog, [dialog] {
                GuiTestSupport::screenshot(dialog, QStringLiteral("index-dialog.png"));
                dialog->accept();
            });
        });
    QTest::mouseClick(newIndex, Qt::LeftButton);
    disconnect(fill);
    const auto indexes = [&] { return schemaOf(cls).value(QLatin1String("indexes")).toObject(); };
    QTRY_VERIFY_WITH_TIMEOUT(indexes().contains(name), 15000);
    const QJsonObject keys = indexes().value(name).toObject();
    QCOMPARE(keys.keys(), (QStringList{QStringLiteral("n"), QStringLiteral("secret")}));
    auto *table = child<QTableView>(manager, QStringLiteral("indexesTableView"));
    QTRY_VERIFY(manager->model()->names().contains(name));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("indexes.png"));

    // Parse's own are listed and not droppable; ours is dropped.
    auto *drop = child<QPushButton>(manager, QStringLiteral("dropIndexPushButton"));
    const int own = int(manager->model()->names().indexOf(QStringLiteral("_id_")));
    if (own >= 0) {
        table->selectRow(own);
        QVERIFY(!drop->isEnabled());
    }
    table->selectRow(int(manager->model()->names().indexOf(name)));
    QVERIFY(drop->isEnabled());
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(drop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!indexes().contains(name), 15000);
    QTRY_VERIFY(!manager->model()->names().contains(name));
}

void TestAccessEditors::viewAs_showsOnlyWhatThePrincipalMaySee()
{
    const QString cls = createClass("GuiViewAs");
    const QString alice = userId(QStringLiteral("alice"));
    const QString bob = userId(QStringLiteral("bob"));
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());
    const QJsonObject read{{QStringLiteral("read"), true}};
    const auto create = [&](const char *tag, const QJsonObject &acl) {
        QJsonObject body{{QStringLiteral("secret"), QString::fromLatin1(tag)}};
        if (!acl.isEmpty())
            body.insert(QStringLiteral("ACL"), acl);
        QVERIFY(await(m_admin->client().send(ParseRequest::createObject(cls, body))).ok());
    };
    create("public", {{QStringLiteral("*"), read}});
    create("alice", {{alice, read}});
    create("bob", {{bob, read}});
    create("open", {});
    create("master", {{QStringLiteral("role:nobody-has-this-role"), read}});

    const std::unique_ptr<MainWindow> window = openOn(cls);
    ObjectTableModel *objects = m_browser->objectBrowser()->model();
    const auto seen = [&] {
        QStringList tags;
        const int column = int(objects->fields().indexOf(QStringLiteral("secret")));
        for (int row = 0; row < objects->rowCount(); ++row)
            tags.append(objects->index(row, column).data().toString());
        tags.sort();
        return tags;
    };
    const QStringList everything{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("master"),
                                 QStringLiteral("open"), QStringLiteral("public")};
    QTRY_COMPARE_WITH_TIMEOUT(seen(), everything, 15000);

    auto *bar = child<ViewAsBar>(m_browser, QStringLiteral("viewAsBar"));
    const int aliceSessions = sessionCount(alice);
    bar->viewAsUser(QStringLiteral("alice"));
    QTRY_COMPARE_WITH_TIMEOUT(
        seen(), (QStringList{QStringLiteral("alice"), QStringLiteral("open"), QStringLiteral("public")}),
        15000);
    QVERIFY(bar->viewer().roles.contains(QStringLiteral("moderators")));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("view-as-user.png"));
    bar->viewAsAnonymous();
    QTRY_COMPARE_WITH_TIMEOUT(seen(), (QStringList{QStringLiteral("open"), QStringLiteral("public")}), 15000);
    // alice's session was revoked when the view changed.
    QTRY_COMPARE_WITH_TIMEOUT(sessionCount(alice), aliceSessions, 10000);

    // A CLP that locks out anonymous finds is explained, not left as an empty table.
    ClassPermissions closed = clpOf(schemaOf(cls));
    closed.setAllowed(QStringLiteral("find"), QStringLiteral("*"), false);
    closed.setAllowed(QStringLiteral("find"), QStringLiteral("requiresAuthentication"), true);
    QVERIFY(await(m_admin->client().send(ParseRequest::updateSchema(
                      cls, {{QStringLiteral("classLevelPermissions"), closed.toJson()}})))
                .ok());
    window->findChild<ClassListModel *>()->reload();
    auto *note = child<QLabel>(m_browser, QStringLiteral("viewAsNoteLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 15000);
    QVERIFY2(note->text().contains(QStringLiteral("requiresAuthentication")), qPrintable(note->text()));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("view-as-locked-out.png"));

    bar->viewAsMasterKey();
    QTRY_VERIFY(!note->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(seen(), everything, 15000);
}

// The Query tab has the same View as…: the query's results as that principal, run again when it changes.
void TestAccessEditors::viewAs_inTheQueryTab()
{
    const QString cls = createClass("GuiQueryViewAs");
    const QString alice = userId(QStringLiteral("alice"));
    QVERIFY(!alice.isEmpty());
    const QJsonObject read{{QStringLiteral("read"), true}};
    for (const auto &[tag, acl] :
         {std::pair<QString, QJsonObject>{QStringLiteral("public"), {{QStringLiteral("*"), read}}},
          {QStringLiteral("alice"), {{alice, read}}},
          {QStringLiteral("master"), {{QStringLiteral("role:nobody-has-this-role"), read}}}}) {
        QVERIFY(await(m_admin->client().send(ParseRequest::createObject(
                          cls, {{QStringLiteral("secret"), tag}, {QStringLiteral("ACL"), acl}})))
                    .ok());
    }
    const std::unique_ptr<MainWindow> window = openOn(cls);
    auto *panel = child<QueryPanel>(window.get(), QStringLiteral("queryPanel"));
    child<QTabWidget>(window.get(), QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(child<QWidget>(window.get(), QStringLiteral("queryTab")));
    auto *classes = window->findChild<ClassListModel *>();
    QTRY_VERIFY_WITH_TIMEOUT(
        classes->state() == ClassListModel::State::Loaded && classes->classNames().contains(cls), 15000);
    panel->selectClass(cls);
    QTRY_COMPARE_WITH_TIMEOUT(panel->currentClass(), cls, 15000);
    auto *results = panel->findChild<ResultsTableModel *>();
    QVERIFY(results);
    const auto seen = [&] {
        QStringList tags;
        int column = -1;
        for (int c = 0; c < results->columnCount(); ++c) {
            if (results->headerData(c, Qt::Horizontal).toString().startsWith(QLatin1String("secret")))
                column = c;
        }
        for (int row = 0; column >= 0 && row < results->rowCount(); ++row)
            tags.append(results->index(row, column).data().toString());
        tags.sort();
        return tags;
    };
    QTRY_VERIFY_WITH_TIMEOUT(panel->builder()->blockingReason().isEmpty(), 15000);
    panel->run();
    QTRY_COMPARE_WITH_TIMEOUT(
        seen(), (QStringList{QStringLiteral("alice"), QStringLiteral("master"), QStringLiteral("public")}),
        15000);

    auto *bar = child<ViewAsBar>(panel, QStringLiteral("queryViewAsBar"));
    bar->viewAsUser(QStringLiteral("alice"));
    QTRY_COMPARE_WITH_TIMEOUT(seen(), (QStringList{QStringLiteral("alice"), QStringLiteral("public")}),
                              15000);
    GuiTestSupport::screenshot(window.get(), QStringLiteral("query-view-as.png"));
    bar->viewAsAnonymous();
    QTRY_COMPARE_WITH_TIMEOUT(seen(), QStringList{QStringLiteral("public")}, 15000);
    bar->viewAsMasterKey();
    QTRY_COMPARE_WITH_TIMEOUT(
        seen(), (QStringList{QStringLiteral("alice"), QStringLiteral("master"), QStringLiteral("public")}),
        15000);
}

// "View as…" side by side: each object visible or hidden as the viewer, with the reason computed from the
// CLP, the ACL and the user's roles, checked against what the server returned; protected fields combined
// as Parse Server does (the intersection of the lists that apply).
void TestAccessEditors::viewAs_sideBySide_reasonsAndProtectedFields()
{
    const QString cls = createClass("GuiSideBySide");
    const QString alice = userId(QStringLiteral("alice"));
    const QString bob = userId(QStringLiteral("bob"));
    QVERIFY(!alice.isEmpty() && !bob.isEmpty());
    const QJsonObject read{{QStringLiteral("read"), true}};
    QHash<QString, QString> tagOf; // objectId -> tag
    const auto create = [&](const char *tag, const QJsonObject &acl, bool ownedByAlice) {
        QJsonObject body{{QStringLiteral("secret"), QString::fromLatin1(tag)},
                         {QStringLiteral("n"), 1},
                         {QStringLiteral("ACL"), acl}};
        if (ownedByAlice)
            body.insert(QStringLiteral("owner"),
                        QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                    {QStringLiteral("className"), QStringLiteral("_User")},
                                    {QStringLiteral("objectId"), alice}});
        const ParseResult r = await(m_admin->client().send(ParseRequest::createObject(cls, body)));
        QVERIFY(r.ok());
        tagOf.insert(r.object().value(QLatin1String("objectId")).toString(), QString::fromLatin1(tag));
    };
    create("public", {{QStringLiteral("*"), read}}, false);
    create("alice", {{alice, read}}, true);
    create("bob", {{bob, read}}, false);
    create("moderators", {{QStringLiteral("role:moderators"), read}}, false);
    ClassPermissions clp = clpOf(schemaOf(cls));
    clp.setProtectedFields(QStringLiteral("*"), {QStringLiteral("n"), QStringLiteral("secret")});
    clp.setProtectedFields(QStringLiteral("role:moderators"), {QStringLiteral("secret")});
    const auto putClp = [&] {
        QVERIFY(await(m_admin->client().send(ParseRequest::updateSchema(
                          cls, {{QStringLiteral("classLevelPermissions"), clp.toJson()}})))
                    .ok());
    };
    putClp();

    const std::unique_ptr<MainWindow> window = openOn(cls);
    auto *bar = child<ViewAsBar>(m_browser, QStringLiteral("viewAsBar"));
    auto *sideBySide = child<QPushButton>(bar, QStringLiteral("sideBySidePushButton"));
    QVERIFY(!sideBySide->isVisibleTo(bar));
    // tag -> the reason it is hidden (No: visible), once the comparison is in.
    const auto compare = [&](QString *summary = nullptr) {
        sideBySide->click();
        auto *dialog = window->findChild<ViewAsCompareDialog *>();
        QMap<QString, int> reasons;
        if (!dialog)
            return reasons;
        ViewComparisonModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy compared(model, &ViewComparisonModel::compared);
        if (!compared.wait(15000))
            return reasons;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->index(row, ViewComparisonModel::ObjectId).data().toString();
            reasons.insert(tagOf.value(id),
                           model->index(row, 0).data(ViewComparisonModel::HiddenRole).toInt());
            // The computed reason agrees with what the server returned.
            const bool visible =
                model->index(row, ViewComparisonModel::Seen).data().toString() == QLatin1String("visible");
            const QString why = model->index(row, ViewComparisonModel::Reason).data().toString();
            if (visible != why.isEmpty())
                qWarning("%s: %s", qPrintable(tagOf.value(id)), qPrintable(why));
        }
        if (summary)
            *summary = child<QLabel>(dialog, QStringLiteral("compareSummaryLabel"))->text();
        GuiTestSupport::screenshot(dialog, QStringLiteral("view-as-side-by-side.png"));
        delete dialog;
        return reasons;
    };
    const int no = int(ViewerAccess::Hidden::No);
    const int acl = int(ViewerAccess::Hidden::Acl);
    const int pointer = int(ViewerAccess::Hidden::PointerPermission);
    const int clpDenied = int(ViewerAccess::Hidden::ClpDenied);

    bar->viewAsUser(QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(sideBySide->isVisibleTo(bar), 15000);
    QString summary;
    QMap<QString, int> expected{{QStringLiteral("public"), no},
                                {QStringLiteral("alice"), no},
                                {QStringLiteral("bob"), acl},
                                {QStringLiteral("moderators"), no}};
    QCOMPARE(compare(&summary), expected);
    QVERIFY2(summary.contains(QLatin1String("3 of 4")), qPrintable(summary));
    // alice is a moderator: only what every list that applies to her names is protected.
    QVERIFY2(summary.contains(QLatin1String(": secret.")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Left out by the server: secret.")), qPrintable(summary));

    bar->viewAsAnonymous();
    QTRY_VERIFY_WITH_TIMEOUT(bar->viewer().viewer == ViewerAccess::Viewer::Anonymous, 15000);
    expected = {{QStringLiteral("public"), no},
                {QStringLiteral("alice"), acl},
                {QStringLiteral("bob"), acl},
                {QStringLiteral("moderators"), acl}};
    QCOMPARE(compare(&summary), expected);
    QVERIFY2(summary.contains(QLatin1String(": n, secret.")), qPrintable(summary));

    // Only the users an object's owner points to may find it: pointer permissions, then the CLP refusing
    // anonymous finds outright.
    clp.setAllowed(QStringLiteral("find"), QStringLiteral("*"), false);
    clp.setAllowed(QStringLiteral("get"), QStringLiteral("*"), false);
    clp.setUserFields(QStringLiteral("readUserFields"), {QStringLiteral("owner")});
    putClp();
    window->findChild<ClassListModel *>()->reload();
    expected = {{QStringLiteral("public"), clpDenied},
                {QStringLiteral("alice"), clpDenied},
                {QStringLiteral("bob"), clpDenied},
                {QStringLiteral("moderators"), clpDenied}};
    QTRY_COMPARE_WITH_TIMEOUT(compare(), expected, 15000);
    bar->viewAsUser(QStringLiteral("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->viewer().viewer == ViewerAccess::Viewer::User, 15000);
    expected = {{QStringLiteral("public"), pointer},
                {QStringLiteral("alice"), no},
                {QStringLiteral("bob"), pointer},
                {QStringLiteral("moderators"), pointer}};
    QCOMPARE(compare(), expected);
    bar->viewAsMasterKey();
}

// Double-clicking an ACL cell opens the ACL as check boxes with users by name; what is saved is the ACL
// ticked, through the objects table's save.
void TestAccessEditors::aclEditor_namesAndSavesTheAcl()
{
    const QString cls = createClass("GuiAcl");
    const QString alice = userId(QStringLiteral("alice"));
    const ParseResult created = await(m_admin->client().send(ParseRequest::createObject(
        cls, {{QStringLiteral("secret"), QStringLiteral("s")},
              {QStringLiteral("ACL"), QJsonObject{{alice, QJsonObject{{QStringLiteral("read"), true}}}}}})));
    QVERIFY(created.ok());
    const QString objectId = created.object().value(QLatin1String("objectId")).toString();
    const std::unique_ptr<MainWindow> window = openOn(cls);
    ObjectBrowser *browser = m_browser->objectBrowser();
    ObjectTableModel *objects = browser->model();
    QTRY_COMPARE_WITH_TIMEOUT(objects->rowCount(), 1, 15000);
    const int aclColumn = int(objects->fields().indexOf(QStringLiteral("ACL")));
    QVERIFY(aclColumn >= 0);
    auto *table = child<QTableView>(browser, QStringLiteral("objectsTableView"));
    const QModelIndex cell = objects->index(0, aclColumn);

    QString aliceShown;
    bool publicRead = true;
    GuiTestSupport::onNextModal<AclDialog>(this, [&](AclDialog *dialog) {
        AclModel *acl = dialog->model();
        QTRY_VERIFY(
            acl->index(acl->rowOf(alice), AclModel::Who).data().toString().contains(QStringLiteral("alice")));
        aliceShown = acl->index(acl->rowOf(alice), AclModel::Who).data().toString();
        publicRead = acl->index(0, AclModel::Read).data(Qt::CheckStateRole).toInt() == Qt::Checked;
        acl->setData(acl->index(0, AclModel::Read), Qt::Checked, Qt::CheckStateRole);
        acl->setData(acl->index(acl->rowOf(alice), AclModel::Write), Qt::Checked, Qt::CheckStateRole);
        GuiTestSupport::screenshot(dialog, QStringLiteral("acl-editor.png"));
        dialog->accept();
    });
    // What a double click on the cell emits (the column may be scrolled out of the offscreen view).
    Q_EMIT table->doubleClicked(cell);
    QTRY_VERIFY(!aliceShown.isEmpty());
    QCOMPARE(aliceShown, QStringLiteral("User alice (%1)").arg(alice));
    QVERIFY(!publicRead);
    QTRY_VERIFY(objects->pendingCount() == 1);
    QTest::mouseClick(child<QPushButton>(browser, QStringLiteral("savePushButton")), Qt::LeftButton);
    const auto serverAcl = [&] {
        QueryOptions options;
        options.where = {{QStringLiteral("objectId"), objectId}};
        return await(m_admin->client().send(ParseRequest::find(cls, options)))
            .object()
            .value(QLatin1String("results"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("ACL"))
            .toObject();
    };
    const QJsonObject expected{
        {QStringLiteral("*"), QJsonObject{{QStringLiteral("read"), true}}},
        {alice, QJsonObject{{QStringLiteral("read"), true}, {QStringLiteral("write"), true}}}};
    QTRY_COMPARE_WITH_TIMEOUT(serverAcl(), expected, 15000);
}

// The selected rows get one ACL as one batch: each row's outcome listed, a row a colleague changed since
// it was loaded is a conflict and keeps its ACL, rows not selected are untouched; one journal entry whose
// undo puts the ACLs back.
void TestAccessEditors::bulkAcl_selectedRowsAsOneBatchWithOutcomes()
{
    const QString cls = createClass("GuiBulkAcl");
    const QJsonObject readWrite{
        {QStringLiteral("*"), QJsonObject{{QStringLiteral("read"), true}, {QStringLiteral("write"), true}}}};
    const QJsonObject readOnly{{QStringLiteral("*"), QJsonObject{{QStringLiteral("read"), true}}}};
    QHash<QString, QString> ids; // tag -> objectId
    for (const char *tag : {"a", "b", "changed", "unselected"}) {
        const ParseResult r = await(m_admin->client().send(
            ParseRequest::createObject(cls, {{QStringLiteral("secret"), QString::fromLatin1(tag)},
                                             {QStringLiteral("ACL"), readWrite}})));
        QVERIFY(r.ok());
        ids.insert(QString::fromLatin1(tag), r.object().value(QLatin1String("objectId")).toString());
    }
    const auto serverAcl = [&](const char *tag) {
        return await(
                   m_admin->client().send(ParseRequest::getObject(cls, ids.value(QString::fromLatin1(tag)))))
            .object()
            .value(QLatin1String("ACL"))
            .toObject();
    };

    const std::unique_ptr<MainWindow> window = openOn(cls);
    ObjectBrowser *browser = m_browser->objectBrowser();
    ObjectTableModel *objects = browser->model();
    QTRY_COMPARE_WITH_TIMEOUT(objects->rowCount(), 4, 15000);
    auto *table = child<QTableView>(browser, QStringLiteral("objectsTableView"));
    const int secret = int(objects->fields().indexOf(QStringLiteral("secret")));
    for (int row = 0; row < objects->rowCount(); ++row) {
        if (objects->index(row, secret).data().toString() != QLatin1String("unselected"))
            table->selectionModel()->select(objects->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(browser->selectedRows().size(), 3);
    // A colleague changes one of them after it was loaded.
    QVERIFY(await(m_admin->client().send(ParseRequest::updateObject(cls, ids.value(QStringLiteral("changed")),
                                                                    {{QStringLiteral("n"), 7}})))
                .ok());

    QString title;
    GuiTestSupport::onNextModal<AclDialog>(this, [&](AclDialog *dialog) {
        title = dialog->windowTitle();
        AclModel *acl = dialog->model();
        acl->setData(acl->index(0, AclModel::Write), Qt::Unchecked, Qt::CheckStateRole);
        dialog->accept();
    });
    child<QPushButton>(m_browser, QStringLiteral("selectedAclPushButton"))->click();
    QTRY_VERIFY(!title.isEmpty());
    QVERIFY2(title.contains(QLatin1String("3")), qPrintable(title));
    auto *dialog = window->findChild<BulkAclDialog *>();
    QVERIFY(dialog);
    QSignalSpy written(dialog, &BulkAclDialog::written);
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 20000);
    QVERIFY(written.first().first().toBool());

    BatchModel *outcomes = dialog->outcomes();
    QCOMPARE(outcomes->rowCount(), 3);
    const BatchModel::Summary summary = outcomes->summary();
    QCOMPARE(summary.success, 2);
    QCOMPARE(summary.conflict, 1);
    for (int row = 0; row < outcomes->rowCount(); ++row) {
        const bool changed = outcomes->index(row, BatchModel::ObjectId).data().toString() ==
                             ids.value(QStringLiteral("changed"));
        QCOMPARE(outcomes->index(row, 0).data(BatchModel::OutcomeRole).toInt(),
                 int(changed ? BatchModel::OutcomeKind::Conflict : BatchModel::OutcomeKind::Success));
    }
    const QString text = child<QLabel>(dialog, QStringLiteral("bulkAclSummaryLabel"))->text();
    QVERIFY2(text.contains(QLatin1String("2 written")) &&
                 text.contains(QLatin1String("1 changed on the server")),
             qPrintable(text));
    GuiTestSupport::screenshot(dialog, QStringLiteral("bulk-acl.png"));
    QCOMPARE(serverAcl("a"), readOnly);
    QCOMPARE(serverAcl("b"), readOnly);
    QCOMPARE(serverAcl("changed"), readWrite);
    QCOMPARE(serverAcl("unselected"), readWrite);
    dialog->reject();

    // One journal entry; its undo gives the two their ACL back.
    child<QAction>(window.get(), QStringLiteral("journalAction"))->trigger();
    auto *journal = window->findChild<JournalDialog *>();
    QVERIFY(journal);
    auto *entries = child<QTableView>(journal, QStringLiteral("journalTableView"));
    QTRY_COMPARE(entries->model()->rowCount(), 1);
    entries->selectRow(0);
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(journal, QStringLiteral("undoPushButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(serverAcl("a"), readWrite, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(serverAcl("b"), readWrite, 20000);
    journal->reject();
}

// In German, at the smallest supported window size, the tabs' buttons show their whole text.
void TestAccessEditors::german_buttonsWholeAt1024x700()
{
    QObject translators;
    Language::install(&translators, QStringLiteral("de"), QStringLiteral(PARSEDESK_QM_DIR));
    const QString cls = createClass("GuiDe");
    const std::unique_ptr<MainWindow> window = openOn(cls);
    window->resize(1024, 700);
    auto *tabs = child<QTabWidget>(m_browser, QStringLiteral("classTabWidget"));
    auto *editor = child<PermissionsEditor>(m_browser, QStringLiteral("permissionsEditor"));
    auto *manager = child<IndexManager>(m_browser, QStringLiteral("indexManager"));
    QCOMPARE(tabs->tabText(tabs->indexOf(editor)), QStringLiteral("Berechtigungen"));
    QTRY_COMPARE(editor->model()->className(), cls);
    for (QWidget *tab : {static_cast<QWidget *>(editor), static_cast<QWidget *>(manager)}) {
        tabs->setCurrentWidget(tab);
        QTest::qWait(50);
        for (QPushButton *button : tab->findChildren<QPushButton *>()) {
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
    }
    tabs->setCurrentWidget(editor);
    GuiTestSupport::screenshot(window.get(), QStringLiteral("permissions-grid-de.png"));
    tabs->setCurrentWidget(child<QWidget>(m_browser, QStringLiteral("objectsTab")));
    child<ViewAsBar>(m_browser, QStringLiteral("viewAsBar"))->viewAsAnonymous();
    auto *combo = child<QComboBox>(m_browser, QStringLiteral("viewAsComboBox"));
    QVERIFY2(combo->width() >= combo->sizeHint().width(), qPrintable(combo->currentText()));
    QTest::qWait(50);
    QVERIFY2(window->width() <= 1024, qPrintable(QString::number(window->width())));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("view-as-de.png"));
}

QTEST_MAIN(TestAccessEditors)
#include "TestAccessEditors.moc"
