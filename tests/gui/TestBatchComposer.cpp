// The batch composer driven like a person would: forms fill the operations, Send runs them against the
// real local Parse Server, and the results table tells per operation what happened.
// With PARSEDESK_SCREENSHOT_DIR set, the window is saved there as PNGs at the interesting moments
// (GuiTestSupport::screenshot).
#include "AdminClient.h"
#include "Await.h"
#include "FaultProxy.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/batch/OperationBuilder.h"
#include "core/data/QueryOptions.h"
#include "core/models/QueryTreeModel.h"
#include "core/net/ParseClient.h"
#include "ui/BatchComposer.h"
#include "ui/ClassBrowser.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/OperationForm.h"
#include "ui/QueryBuilder.h"
#include "ui/widgets/JsonEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

using GuiTestSupport::child;
using GuiTestSupport::screenshot;

namespace {
// Field name -> value as typed into the form's value column.
using Fields = QList<std::pair<QString, QVariant>>;

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestBatchComposer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void empty_explainsWhatToDo();
    void formsThenSend_showEachOutcome();
    void getOperation_editsInTheQueryBuilder();
    void importFromTheClassBrowser_reportsEveryRow();
    void jsonView_staysInSyncAndKeepsTheTableOnErrors();
    void pathParseWouldRouteElsewhere_keepsSendDisabledWithTheReason();
    void copyAsCurl_hidesTheKeys();
    void productionDelete_needsTheClassNameTyped();
    void deleteBatch_asksForTheClassNameOnEveryProfile();
    void fixedFailure_staysFailedAndIsRetriedAlone();
    void lostReply_unknownUntilCheckedOnServer();
    void tenThousandOperations_keepTheWindowResponsive();

private:
    std::unique_ptr<MainWindow> openWindow(const ServerProfile &profile);
    BatchComposer *composerOf(MainWindow *window);
    OperationForm *openForm(BatchComposer *composer, OperationForm::Kind kind, const QString &className);
    void addWithFields(BatchComposer *composer, const QString &className, const Fields &fields,
                       const QString &shot = {});
    static void accept(OperationForm *form);

    std::unique_ptr<GuiSession> m_session;
};

void TestBatchComposer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBatchComposer::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
}

void TestBatchComposer::cleanup()
{
    m_session.reset();
}

std::unique_ptr<MainWindow> TestBatchComposer::openWindow(const ServerProfile &profile)
{
    return m_session->connectedWindow(m_session->saveProfile(profile), QStringLiteral("batchTab"));
}

BatchComposer *TestBatchComposer::composerOf(MainWindow *window)
{
    return child<BatchComposer>(window, QStringLiteral("batchComposer"));
}

OperationForm *TestBatchComposer::openForm(BatchComposer *composer, OperationForm::Kind kind,
                                           const QString &className)
{
    QTest::mouseClick(child<QToolButton>(composer, QStringLiteral("addToolButton")), Qt::LeftButton);
    OperationForm *form = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (form = composer->findChild<OperationForm *>()) && form->isVisible(); }))
        qFatal("the operation form did not open");
    child<QComboBox>(form, QStringLiteral("kindComboBox"))->setCurrentIndex(int(kind));
    child<QComboBox>(form, QStringLiteral("classComboBox"))->setCurrentText(className);
    return form;
}

void TestBatchComposer::addWithFields(BatchComposer *composer, const QString &className, const Fields &fields,
                                      const QString &shot)
{
    OperationForm *form = openForm(composer, OperationForm::Kind::Create, className);
    QAbstractItemModel *model = child<QTableView>(form, QStringLiteral("fieldsTableView"))->model();
    for (const auto &[name, value] : fields) {
        const QModelIndexList found =
            model->match(model->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(name));
        // What the value delegate hands over when an editor closes.
        QVERIFY(model->setData(model->index(found.first().row(), 2), value));
    }
    if (!shot.isEmpty())
        screenshot(form, shot);
    accept(form);
}

void TestBatchComposer::accept(OperationForm *form)
{
    QPushButton *ok =
        child<QDialogButtonBox>(form, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(child<QLabel>(form, QStringLiteral("problemLabel"))->text()));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!form->isVisible());
}

void TestBatchComposer::empty_explainsWhatToDo()
{
    MainWindow window(m_session->store(), m_session->settings());
    window.resize(1280, 800);
    window.show();
    child<QTabWidget>(&window, QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(child<QWidget>(&window, QStringLiteral("batchTab")));
    screenshot(&window, QStringLiteral("batch-composer-empty.png"));
    BatchComposer *composer = composerOf(&window);
    QCOMPARE(child<QStackedWidget>(composer, QStringLiteral("operationsStackedWidget"))
                 ->currentWidget()
                 ->objectName(),
             QStringLiteral("emptyStatePage"));
    QVERIFY(!child<QPushButton>(composer, QStringLiteral("sendPushButton"))->isEnabled());
    QCOMPARE(child<QLabel>(composer, QStringLiteral("validationLabel"))->text(),
             QStringLiteral("Not connected: connect to a server to send."));
    // The example opens without a connection; sending still needs one.
    QTest::mouseClick(child<QPushButton>(composer, QStringLiteral("emptyExamplePushButton")), Qt::LeftButton);
    QCOMPARE(composer->model()->rowCount(), 4);
    QCOMPARE(child<QStackedWidget>(composer, QStringLiteral("operationsStackedWidget"))
                 ->currentWidget()
                 ->objectName(),
             QStringLiteral("operationsTablePage"));
    QVERIFY(!child<QPushButton>(composer, QStringLiteral("sendPushButton"))->isEnabled());
}

void TestBatchComposer::formsThenSend_showEachOutcome()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = openWindow(LocalParseServer::profile());
    BatchComposer *composer = composerOf(window.get());
    const QString tag = QStringLiteral("gui") + QUuid::createUuid().toString(QUuid::Id128).left(10);

    addWithFields(composer, QStringLiteral("Room"),
                  {{QStringLiteral("roomName"), tag + QStringLiteral("A")},
                   {QStringLiteral("creatorUsername"), tag},
                   {QStringLiteral("visits"), QStringLiteral("5")},
                   {QStringLiteral("users"), QStringLiteral("\"alice\", \"bob\"")}},
                  QStringLiteral("operation-form.png"));
    // The test server's beforeSave refuses negative visits: code 142 for this operation alone.
    addWithFields(composer, QStringLiteral("Room"),
                  {{QStringLiteral("roomName"), tag + QStringLiteral("B")},
                   {QStringLiteral("creatorUsername"), tag},
                   {QStringLiteral("visits"), QStringLiteral("-3")}});
    OperationForm *query = openForm(composer, OperationForm::Kind::Query, QStringLiteral("Room"));
    // The operations of a batch run concurrently, so the query reads the demo data, not the new Rooms.
    // The GET form is the query builder: its where JSON flows into the tree, its options into the body.
    auto *where = child<JsonEdit>(query, QStringLiteral("whereJsonEdit"));
    where->setFocus();
    where->selectAll();
    QTest::keyClicks(where, QStringLiteral("{\"creatorUsername\": \"alice\"}"));
    auto *builder = child<QueryBuilder>(query, QStringLiteral("queryBuilder"));
    QTRY_COMPARE(builder->model()->rowCount(), 1);
    QTest::keyClicks(child<QComboBox>(query, QStringLiteral("orderFieldComboBox")), QStringLiteral("visits"));
    QTest::mouseClick(child<QToolButton>(query, QStringLiteral("addOrderToolButton")), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(query, QStringLiteral("flipOrderToolButton")), Qt::LeftButton);
    child<QSpinBox>(query, QStringLiteral("limitSpinBox"))->setValue(2);
    child<QComboBox>(query, QStringLiteral("resultsModeComboBox"))->setCurrentIndex(1); // objects and count
    QTRY_VERIFY(!child<QLabel>(query, QStringLiteral("liveCountLabel"))->text().isEmpty());
    accept(query);

    BatchModel *model = composer->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->operation(0).body.toObject().value(QLatin1String("visits")), QJsonValue(5));
    QCOMPARE(model->operation(2).method, QStringLiteral("GET"));
    auto *send = child<QPushButton>(composer, QStringLiteral("sendPushButton"));
    auto *validation = child<QLabel>(composer, QStringLiteral("validationLabel"));
    QTRY_VERIFY2(send->isEnabled(), qPrintable(validation->text()));
    QVERIFY2(validation->text().startsWith(QLatin1String("Ready to send: operations: 3,")),
             qPrintable(validation->text()));
    screenshot(window.get(), QStringLiteral("batch-composer-composed.png"));

    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning() && send->isEnabled(), 30000);

    auto *results = child<QTableView>(composer, QStringLiteral("resultsTableView"));
    const QAbstractItemModel *shown = results->model();
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(cell(shown, 0, BatchModel::Outcome), QStringLiteral("success"));
    QVERIFY(!cell(shown, 0, BatchModel::ObjectId).isEmpty());
    QVERIFY(!cell(shown, 0, BatchModel::Timestamp).isEmpty());
    QCOMPARE(cell(shown, 1, BatchModel::Outcome), QStringLiteral("error"));
    QCOMPARE(cell(shown, 1, BatchModel::Code), QStringLiteral("142"));
    QCOMPARE(cell(shown, 1, BatchModel::Message), QStringLiteral("visits must not be negative"));
    QCOMPARE(cell(shown, 2, BatchModel::Outcome), QStringLiteral("success"));
    const QString found = cell(shown, 2, BatchModel::Message);
    QVERIFY2(found.startsWith(QLatin1String("rows: 2, count: ")), qPrintable(found));
    QCOMPARE(child<QLabel>(composer, QStringLiteral("resultsSummaryLabel"))->text(),
             QStringLiteral("2 succeeded · 1 failed"));

    results->setCurrentIndex(shown->index(2, BatchModel::Outcome));
    QVERIFY(child<QPlainTextEdit>(composer, QStringLiteral("resultDetailJsonEdit"))
                ->toPlainText()
                .contains(QLatin1String("\"creatorUsername\": \"alice\"")));
    GuiTestSupport::screenshotInBothThemes(window.get(), QStringLiteral("batch-composer"));

    QTest::mouseClick(child<QCheckBox>(composer, QStringLiteral("failedOnlyCheckBox")), Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->headerData(0, Qt::Vertical).toInt(), 2);
    screenshot(window.get(), QStringLiteral("batch-composer-failed-only.png"));

    // Retrying sends only the failed operation; the others keep their results.
    const QString firstId = model->index(0, BatchModel::ObjectId).data().toString();
    auto *retry = child<QPushButton>(composer, QStringLiteral("retryFailedPushButton"));
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(model->summary().sending, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning(), 30000);
    QCOMPARE(model->index(0, BatchModel::ObjectId).data().toString(), firstId);
    QCOMPARE(model->summary().success, 2);
    QCOMPARE(model->index(1, BatchModel::Code).data().toInt(), 142);
}

void TestBatchComposer::getOperation_editsInTheQueryBuilder()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = openWindow(LocalParseServer::profile());
    BatchComposer *composer = composerOf(window.get());
    BatchModel *model = composer->model();
    // A GET typed as JSON, with the mount prefix a pasted document carries.
    BatchDocument doc;
    doc.operations.append(OperationBuilder::create(QStringLiteral("Room"), {}));
    BatchOperation get;
    get.method = QStringLiteral("GET");
    get.path = LocalParseServer::profile().mountPath() + QStringLiteral("/classes/Room");
    get.body = QJsonObject{
        {QStringLiteral("where"), QJsonObject{{QStringLiteral("creatorUsername"), QStringLiteral("bob")}}},
        {QStringLiteral("order"), QStringLiteral("-visits")}};
    doc.operations.append(get);
    model->setDocument(doc);
    auto *ops = child<QTableView>(composer, QStringLiteral("operationsTableView"));
    auto *button = child<QPushButton>(composer, QStringLiteral("queryBuilderPushButton"));
    ops->setCurrentIndex(model->index(0, BatchModel::Path));
    QVERIFY(!button->isVisible());
    ops->setCurrentIndex(model->index(1, BatchModel::Path));
    QVERIFY(button->isVisible());

    QTest::mouseClick(button, Qt::LeftButton);
    OperationForm *form = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (form = composer->findChild<OperationForm *>()) && form->isVisible(); }));
    auto *builder = child<QueryBuilder>(form, QStringLiteral("queryBuilder"));
    QCOMPARE(builder->model()->rowCount(), 1);
    QCOMPARE(builder->options().order, QStringList{QStringLiteral("-visits")});
    QTRY_VERIFY(
        child<QLabel>(form, QStringLiteral("liveCountLabel"))->text().startsWith(QLatin1String("Matches: ")));
    child<QSpinBox>(form, QStringLiteral("limitSpinBox"))->setValue(3);
    screenshot(form, QStringLiteral("operation-form-query.png"));
    accept(form);

    const BatchOperation edited = model->operation(1);
    QCOMPARE(edited.path, LocalParseServer::profile().mountPath() + QStringLiteral("/classes/Room"));
    QCOMPARE(edited.body.toObject().value(QLatin1String("limit")), QJsonValue(3));
    QCOMPARE(edited.body.toObject().value(QLatin1String("order")), QJsonValue(QStringLiteral("-visits")));
    QCOMPARE(edited.body.toObject().value(QLatin1String("where")),
             QJsonValue(QJsonObject{{QStringLiteral("creatorUsername"), QStringLiteral("bob")}}));
}

void TestBatchComposer::importFromTheClassBrowser_reportsEveryRow()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = openWindow(LocalParseServer::profile());
    const QString tag = QStringLiteral("imp") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    // Two rows the server takes, one its beforeSave refuses (negative visits), one that isn't a number.
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/rooms-XXXXXX.csv"));
    QVERIFY(file.open());
    file.write(QStringLiteral("roomName,creatorUsername,visits:Number,users:Array\n"
                              "%1 A,%1,5,\"[\"\"alice\"\"]\"\n"
                              "%1 B,%1,-1,[]\n"
                              "%1 C,%1,many,[]\n"
                              "%1 D,%1,7,[]\n")
                   .arg(tag)
                   .toUtf8());
    file.close();

    child<QTabWidget>(window.get(), QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(child<QWidget>(window.get(), QStringLiteral("classesTab")));
    auto *browser = child<ClassBrowser>(window.get(), QStringLiteral("classBrowser"));
    browser->selectClass(QStringLiteral("Room"));
    auto *importButton = child<QToolButton>(window.get(), QStringLiteral("importToolButton"));
    QTRY_VERIFY(importButton->isEnabled());
    bool answered = false;
    QString summary;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setFile(file.fileName());
        QPushButton *ok =
            child<QDialogButtonBox>(dialog, QStringLiteral("importButtonBox"))->button(QDialogButtonBox::Ok);
        if (!QTest::qWaitFor([ok] { return ok->isEnabled(); }, 10000))
            return;
        summary = child<QLabel>(dialog, QStringLiteral("importSummaryLabel"))->text();
        screenshot(dialog, QStringLiteral("import-dialog.png"));
        answered = true;
        ok->click();
    });
    importButton->click();
    QVERIFY(answered);
    QCOMPARE(summary, QStringLiteral("Objects to create: 3. Rows left out: 1."));

    // The composer sends the rows and reports each one.
    BatchComposer *composer = composerOf(window.get());
    QCOMPARE(child<QTabWidget>(window.get(), QStringLiteral("mainTabWidget"))->currentWidget()->objectName(),
             QStringLiteral("batchTab"));
    BatchModel *model = composer->model();
    QCOMPARE(model->rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning() && model->summary().success == 2, 20000);
    const QAbstractItemModel *shown =
        child<QTableView>(composer, QStringLiteral("resultsTableView"))->model();
    QCOMPARE(cell(shown, 1, BatchModel::Outcome), QStringLiteral("error"));
    QCOMPARE(cell(shown, 1, BatchModel::Code), QStringLiteral("142"));
    QCOMPARE(model->operation(0).body.toObject().value(QLatin1String("users")),
             QJsonValue(QJsonArray{QStringLiteral("alice")}));
    screenshot(window.get(), QStringLiteral("import-results.png"));

    // Clean up the two Rooms that were created.
    ServerProfile admin = LocalParseServer::profile();
    admin.useMasterKey = true;
    QNetworkAccessManager network;
    ParseClient client(admin, &network);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = cell(shown, row, BatchModel::ObjectId);
        if (!id.isEmpty())
            QVERIFY(await(client.send(ParseRequest::deleteObject(QStringLiteral("Room"), id))).ok());
    }
}

void TestBatchComposer::jsonView_staysInSyncAndKeepsTheTableOnErrors()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = openWindow(LocalParseServer::profile());
    BatchComposer *composer = composerOf(window.get());
    QTest::mouseClick(child<QPushButton>(composer, QStringLiteral("emptyExamplePushButton")), Qt::LeftButton);
    BatchModel *model = composer->model();
    QCOMPARE(model->rowCount(), 4);

    auto *tabs = child<QTabWidget>(composer, QStringLiteral("editorTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(composer, QStringLiteral("documentTab")));
    auto *json = child<QPlainTextEdit>(composer, QStringLiteral("documentJsonEdit"));
    QVERIFY(json->toPlainText().contains(QLatin1String("\"roomName\": \"Lobby\"")));

    // A table edit shows up in the text.
    QVERIFY(model->setData(model->index(3, BatchModel::Method), QStringLiteral("DELETE")));
    QTRY_VERIFY(json->toPlainText().contains(QLatin1String("\"method\": \"DELETE\"")));

    // Broken text: the error is shown, the table keeps its operations, Send waits.
    json->setFocus();
    json->moveCursor(QTextCursor::End);
    QTest::keyClicks(json, QStringLiteral("}"));
    auto *error = child<QLabel>(composer, QStringLiteral("documentErrorLabel"));
    QTRY_VERIFY(!error->text().isEmpty());
    QVERIFY2(error->text().startsWith(QLatin1String("line ")), qPrintable(error->text()));
    screenshot(window.get(), QStringLiteral("batch-composer-json-error.png"));
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(!child<QPushButton>(composer, QStringLiteral("sendPushButton"))->isEnabled());

    // Valid text replaces the operations.
    json->setPlainText(QStringLiteral("{\"requests\":[{\"method\":\"GET\",\"path\":\"/classes/Room\"}]}"));
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(error->text().isEmpty());
    QTRY_VERIFY(child<QPushButton>(composer, QStringLiteral("sendPushButton"))->isEnabled());
}

// Checked against the connected server's mount (/parse here): a path the server would resolve to another
// route, or one with another mount that would fail its whole chunk, is never sent.
void TestBatchComposer::pathParseWouldRouteElsewhere_keepsSendDisabledWithTheReason()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = openWindow(LocalParseServer::profile());
    BatchComposer *composer = composerOf(window.get());
    QTest::mouseClick(child<QPushButton>(composer, QStringLiteral("emptyExamplePushButton")), Qt::LeftButton);
    BatchModel *model = composer->model();
    auto *send = child<QPushButton>(composer, QStringLiteral("sendPushButton"));
    auto *validation = child<QLabel>(composer, QStringLiteral("validationLabel"));
    QTRY_VERIFY2(send->isEnabled(), qPrintable(validation->text()));

    const QModelIndex path = model->index(0, BatchModel::Path);
    for (const auto &[written, reason] :
         {std::pair{QStringLiteral("/classes/Adv2/../Room"),
                    QStringLiteral("#1 path: \"/classes/Adv2/../Room\" has a \"..\" segment")},
          std::pair{QStringLiteral("/v1/parse/classes/Room"),
                    QStringLiteral("#1 path: \"/v1/parse/classes/Room\" starts with /v1/parse, which is not "
                                   "this server's mount (/parse)")},
          std::pair{QStringLiteral("/classes//Room"),
                    QStringLiteral("#1 path: \"/classes//Room\" has an empty segment")}}) {
        QVERIFY(model->setData(path, written));
        QTRY_VERIFY2(validation->text().contains(reason), qPrintable(validation->text()));
        QVERIFY(!send->isEnabled());
    }
    // With this server's own mount, or none, it goes.
    QVERIFY(model->setData(path, QStringLiteral("/parse/classes/Room")));
    QTRY_VERIFY2(send->isEnabled(), qPrintable(validation->text()));
}

void TestBatchComposer::copyAsCurl_hidesTheKeys()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const ServerProfile profile = LocalParseServer::profile();
    auto window = openWindow(profile);
    BatchComposer *composer = composerOf(window.get());
    QTest::mouseClick(child<QPushButton>(composer, QStringLiteral("emptyExamplePushButton")), Qt::LeftButton);
    QMenu *menu = child<QToolButton>(composer, QStringLiteral("copyAsToolButton"))->menu();
    QVERIFY(menu);
    QApplication::clipboard()->clear();
    menu->actions().constFirst()->trigger(); // curl
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(QLatin1String("curl -X POST")), qPrintable(copied));
    QVERIFY(copied.contains(QLatin1String("<REST_API_KEY>")));
    for (const QString &key : {profile.masterKey, profile.restApiKey, profile.clientKey})
        QVERIFY(key.isEmpty() || !copied.contains(key));
    // The status line names the placeholders the command holds, and no other.
    const QString said = window->statusBar()->currentMessage();
    const QRegularExpression placeholder(QStringLiteral("<[A-Z_]+>"));
    QVERIFY2(said.contains(placeholder), qPrintable(said));
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(said))
        QVERIFY2(copied.contains(match.captured()), qPrintable(said));
}

void TestBatchComposer::productionDelete_needsTheClassNameTyped()
{
    ServerProfile p;
    p.name = QStringLiteral("Live shop");
    p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9/parse")); // nothing listens: fails fast
    p.applicationId = QStringLiteral("shop");
    p.production = true;
    auto window = openWindow(p);
    BatchComposer *composer = composerOf(window.get());
    OperationForm *form = openForm(composer, OperationForm::Kind::Delete, QStringLiteral("Order"));
    child<QLineEdit>(form, QStringLiteral("objectIdLineEdit"))->setText(QStringLiteral("o1"));
    accept(form);
    BatchModel *model = composer->model();
    auto *send = child<QPushButton>(composer, QStringLiteral("sendPushButton"));
    // Read-only until writes are unlocked.
    QTest::qWait(50);
    QVERIFY(!send->isEnabled());
    window->findChild<ParseClient *>()->setWritesLocked(false);
    QTRY_VERIFY(send->isEnabled());

    GuiTestSupport::answerNextInputDialog(this, QStringLiteral("Orders"));
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Ok);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(model->summary().error + model->summary().success + model->summary().sending, 0); // not sent

    GuiTestSupport::answerNextInputDialog(this, QStringLiteral("Order"));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning() && model->summary().error == 1, 20000);
}

void TestBatchComposer::deleteBatch_asksForTheClassNameOnEveryProfile()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    AdminClient admin(LocalParseServer::profile());
    const ParseResult created = await(admin.client().send(ParseRequest::createObject(
        QStringLiteral("Room"), {{QStringLiteral("roomName"), QStringLiteral("doomed")}})));
    QVERIFY(created.ok());
    const QString id = created.object().value(QLatin1String("objectId")).toString();
    auto window = openWindow(LocalParseServer::profile()); // not a production profile
    BatchComposer *composer = composerOf(window.get());

    // The form says what undo can do, not that it is final.
    OperationForm *form = openForm(composer, OperationForm::Kind::Delete, QStringLiteral("Room"));
    const QString hint = child<QLabel>(form, QStringLiteral("deleteHintLabel"))->text();
    QVERIFY2(hint.contains(QStringLiteral("Undo journal")) &&
                 !hint.contains(QStringLiteral("cannot be brought back")),
             qPrintable(hint));
    child<QLineEdit>(form, QStringLiteral("objectIdLineEdit"))->setText(id);
    accept(form);
    BatchModel *model = composer->model();
    auto *send = child<QPushButton>(composer, QStringLiteral("sendPushButton"));
    QTRY_VERIFY(send->isEnabled());

    QString asked;
    GuiTestSupport::answerNextInputDialog(this, QStringLiteral("Rooms"), &asked);
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Ok);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("Type Room to send")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("Undo journal can re-create deleted objects")), qPrintable(asked));
    QCOMPARE(model->summary().success + model->summary().error + model->summary().sending, 0); // not sent
    QVERIFY(await(admin.client().send(ParseRequest::getObject(QStringLiteral("Room"), id))).ok());

    GuiTestSupport::answerNextInputDialog(this, QStringLiteral("Room"));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning() && model->summary().success == 1, 20000);
}

void TestBatchComposer::fixedFailure_staysFailedAndIsRetriedAlone()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    AdminClient admin(LocalParseServer::profile());
    const QString tag = QStringLiteral("fix") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const auto room = [&](const QString &name) {
        const ParseResult r = await(admin.client().send(
            ParseRequest::createObject(QStringLiteral("Room"), {{QStringLiteral("roomName"), tag + name},
                                                                {QStringLiteral("creatorUsername"), tag}})));
        return r.object().value(QLatin1String("objectId")).toString();
    };
    const QString updated = room(QStringLiteral("U"));
    const QString deleted = room(QStringLiteral("D"));
    const QString refused = room(QStringLiteral("R"));
    QVERIFY(!updated.isEmpty() && !deleted.isEmpty() && !refused.isEmpty());
    const auto roomsOfTag = [&] {
        QueryOptions q;
        q.where = {{QStringLiteral("creatorUsername"), tag}};
        q.count = true;
        q.limit = 0;
        return await(admin.client().send(ParseRequest::find(QStringLiteral("Room"), q)))
            .object()
            .value(QLatin1String("count"))
            .toInt(-1);
    };

    auto window = openWindow(LocalParseServer::profile());
    BatchComposer *composer = composerOf(window.get());
    BatchModel *model = composer->model();
    BatchDocument doc;
    doc.operations << OperationBuilder::create(QStringLiteral("Room"),
                                               {{QStringLiteral("roomName"), tag + QStringLiteral("N")},
                                                {QStringLiteral("creatorUsername"), tag}})
                   << BatchOperation{QStringLiteral("PUT"),
                                     OperationBuilder::pathOf(QStringLiteral("Room"), updated),
                                     QJsonObject{{QStringLiteral("visits"), 3}},
                                     {}}
                   << BatchOperation{QStringLiteral("DELETE"),
                                     OperationBuilder::pathOf(QStringLiteral("Room"), deleted),
                                     QJsonValue::Undefined,
                                     {}} // The test server's beforeSave refuses negative visits: code 142.
                   << BatchOperation{QStringLiteral("PUT"),
                                     OperationBuilder::pathOf(QStringLiteral("Room"), refused),
                                     QJsonObject{{QStringLiteral("visits"), -1}},
                                     {}};
    model->setDocument(doc);
    auto *send = child<QPushButton>(composer, QStringLiteral("sendPushButton"));
    QTRY_VERIFY(send->isEnabled());
    GuiTestSupport::answerNextInputDialog(this, QStringLiteral("Room")); // the DELETE
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning() && model->summary().success == 3, 20000);
    QCOMPARE(model->index(3, BatchModel::Code).data().toInt(), 142);
    const QString createdId = model->index(0, BatchModel::ObjectId).data().toString();
    QCOMPARE(roomsOfTag(), 3); // U, R and the new one

    // Fixed in the body editor: still failed, marked edited, and Retry failed sends it alone.
    auto *ops = child<QTableView>(composer, QStringLiteral("operationsTableView"));
    ops->setCurrentIndex(model->index(3, BatchModel::Path));
    auto *body = child<JsonEdit>(composer, QStringLiteral("bodyJsonEdit"));
    body->setFocus();
    body->setPlainText(QStringLiteral("{\"visits\": 1}"));
    QTRY_COMPARE(model->operation(3).body, QJsonValue(QJsonObject{{QStringLiteral("visits"), 1}}));
    QCOMPARE(model->index(3, BatchModel::Outcome).data().toString(), QStringLiteral("failed (edited)"));
    QVERIFY(model->index(3, 0).data(BatchModel::FailedRole).toBool());
    auto *retry = child<QPushButton>(composer, QStringLiteral("retryFailedPushButton"));
    QVERIFY(retry->isEnabled());
    screenshot(window.get(), QStringLiteral("batch-composer-failed-edited.png"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(model->summary().sending, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning(), 20000);
    QCOMPARE(model->summary().success, 4);
    QCOMPARE(model->index(0, BatchModel::ObjectId).data().toString(), createdId);
    QCOMPARE(roomsOfTag(), 3);

    // Send on operations that succeeded already asks first, with how many would run again.
    QString asked;
    QTRY_VERIFY(send->isEnabled()); // once the edited document has been checked
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Cancel, &asked);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY2(asked.startsWith(QStringLiteral("4 of these operations succeeded already")), qPrintable(asked));
    QCOMPARE(model->summary().sending, 0);
    QCOMPARE(roomsOfTag(), 3);

    // Send selected: only the chosen operation goes.
    model->appendOperation(BatchOperation{QStringLiteral("GET"),
                                          OperationBuilder::pathOf(QStringLiteral("Room"), updated),
                                          QJsonValue::Undefined,
                                          {}});
    ops->selectRow(4);
    auto *sendSelected = child<QPushButton>(composer, QStringLiteral("sendSelectedPushButton"));
    QTRY_VERIFY(sendSelected->isEnabled());
    QTest::mouseClick(sendSelected, Qt::LeftButton);
    QCOMPARE(model->summary().sending, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning(), 20000);
    QCOMPARE(model->summary().success, 5);
    QCOMPARE(model->index(4, BatchModel::Outcome)
                 .data(BatchModel::ResultJsonRole)
                 .value<QJsonValue>()
                 .toObject()
                 .value(QLatin1String("visits")),
             QJsonValue(3));
    QCOMPARE(roomsOfTag(), 3);

    for (const QString &id : {updated, refused, createdId})
        QVERIFY(await(admin.client().send(ParseRequest::deleteObject(QStringLiteral("Room"), id))).ok());
}

// The connection resets after the server applied the batch: every operation is "outcome unknown" (never
// "failed", never sent twice); Check on server reads the objects back and settles the update and the delete
// as applied, while the increment stays unknown with the reason.
void TestBatchComposer::lostReply_unknownUntilCheckedOnServer()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    AdminClient admin(LocalParseServer::profile());
    const QString cls =
        admin.classes().add(QStringLiteral("Lost") + QUuid::createUuid().toString(QUuid::Id128).left(10));
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << await(admin.client().send(
                         ParseRequest::createObject(cls, {{QStringLiteral("name"), QStringLiteral("before")},
                                                          {QStringLiteral("visits"), 1}})))
                   .object()
                   .value(QLatin1String("objectId"))
                   .toString();
    FaultProxy proxy(LocalParseServer::profile().serverUrl);
    ServerProfile profile = LocalParseServer::profile();
    profile.serverUrl = proxy.url();
    profile.useMasterKey = true;
    auto window = openWindow(profile);
    BatchComposer *composer = composerOf(window.get());
    BatchModel *model = composer->model();
    BatchDocument doc;
    doc.operations << BatchOperation{QStringLiteral("PUT"),
                                     OperationBuilder::pathOf(cls, ids.at(0)),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("after")}},
                                     {}}
                   << BatchOperation{QStringLiteral("DELETE"),
                                     OperationBuilder::pathOf(cls, ids.at(1)),
                                     QJsonValue::Undefined,
                                     {}}
                   << BatchOperation{
                          QStringLiteral("PUT"),
                          OperationBuilder::pathOf(cls, ids.at(2)),
                          QJsonObject{{QStringLiteral("visits"),
                                       QJsonObject{{QStringLiteral("__op"), QStringLiteral("Increment")},
                                                   {QStringLiteral("amount"), 1}}}},
                          {}};
    model->setDocument(doc);
    auto *send = child<QPushButton>(composer, QStringLiteral("sendPushButton"));
    auto *check = child<QPushButton>(composer, QStringLiteral("checkOnServerPushButton"));
    QTRY_VERIFY(send->isEnabled());
    QVERIFY(!check->isEnabled());
    // The journal's snapshot read goes first and passes; the batch meets the fault.
    proxy.setFaultOnly("POST /parse/batch");
    proxy.setFault(FaultProxy::Fault::ResetAfterUpstream, 1);
    GuiTestSupport::answerNextInputDialog(this, cls); // the DELETE
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning() && model->summary().unknown == 3, 20000);
    QCOMPARE(model->summary().error, 0);
    screenshot(window.get(), QStringLiteral("batch-composer-outcome-unknown.png"));

    QTRY_VERIFY(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->summary().unknown == 1, 20000);
    QCOMPARE(model->summary().success, 2);
    QCOMPARE(model->index(0, BatchModel::Outcome).data().toString(), QStringLiteral("success"));
    const QString why = model->index(2, BatchModel::Message).data().toString();
    QVERIFY2(why.contains(QStringLiteral("Increment")), qPrintable(why));
    // The increment was applied once, not twice.
    const ParseResult now = await(admin.client().send(ParseRequest::getObject(cls, ids.at(2))));
    QCOMPARE(now.object().value(QLatin1String("visits")).toInt(), 2);
}

void TestBatchComposer::tenThousandOperations_keepTheWindowResponsive()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto window = openWindow(LocalParseServer::profile());
    BatchComposer *composer = composerOf(window.get());
    // Reads of an object that doesn't exist: cheap for the server, and every one answers (code 101).
    BatchDocument doc;
    for (int i = 0; i < 10000; ++i)
        doc.operations.append(BatchOperation{
            QStringLiteral("GET"), QStringLiteral("/classes/Room/none%1").arg(i), QJsonValue::Undefined, {}});
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(doc.toJson());
    file.close();
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(composer->loadFile(file.fileName(), &error), qPrintable(error));
    const qint64 loadMs = clock.elapsed();
    // The raw JSON view is written (and highlighted) when it is shown: 50,000 lines at once.
    clock.restart();
    auto *tabs = child<QTabWidget>(composer, QStringLiteral("editorTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(composer, QStringLiteral("documentTab")));
    const qint64 jsonMs = clock.elapsed();
    tabs->setCurrentIndex(0);
    auto *send = child<QPushButton>(composer, QStringLiteral("sendPushButton"));
    QTRY_VERIFY(send->isEnabled());

    // The longest time the event loop went without serving a 10 ms timer, while the batch ran.
    QElapsedTimer tick;
    qint64 longestGap = 0;
    QTimer probe;
    probe.setInterval(10);
    connect(&probe, &QTimer::timeout, this, [&] { longestGap = qMax(longestGap, tick.restart()); });
    clock.restart();
    QTest::mouseClick(send, Qt::LeftButton);
    tick.start();
    probe.start();
    QTRY_VERIFY_WITH_TIMEOUT(!composer->model()->isRunning(), 120000);
    probe.stop();
    qInfo(
        "10,000 operations: load %lld ms, JSON view %lld ms, send %lld ms, longest event-loop stall %lld ms",
        loadMs, jsonMs, clock.elapsed(), longestGap);
    QVERIFY2(loadMs + jsonMs < 3000, qPrintable(QString::number(loadMs + jsonMs)));
    QCOMPARE(composer->model()->summary().error, 10000);
    QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));

    // Cancel stops what has not left yet; what is on its way still reports.
    QTest::mouseClick(child<QPushButton>(composer, QStringLiteral("rerunAllPushButton")), Qt::LeftButton);
    QTRY_VERIFY(composer->model()->summary().error > 0);
    QTest::mouseClick(child<QPushButton>(composer, QStringLiteral("cancelPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!composer->model()->isRunning(), 60000);
    const BatchModel::Summary cancelled = composer->model()->summary();
    QVERIFY2(cancelled.notSent > 0 && cancelled.error > 0 && cancelled.error + cancelled.notSent == 10000,
             qPrintable(QStringLiteral("%1 + %2").arg(cancelled.error).arg(cancelled.notSent)));
}

QTEST_MAIN(TestBatchComposer)
#include "TestBatchComposer.moc"
