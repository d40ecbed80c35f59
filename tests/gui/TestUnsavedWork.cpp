// Nothing the user did is lost by leaving: closing the window, Ctrl+Q or switching the connection asks
// Save / Discard / Cancel while cells are edited and not saved or the batch composer holds operations not
// sent or settled or Parse Config parameters are changed and not saved, and the composer's operations and the
// Cloud Code history come back on the next start of the same connection. Against the real TEST server.
#include "AdminClient.h"
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/batch/OperationBuilder.h"
#include "core/models/ConfigModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/AdminRequest.h"
#include "core/settings/WorkspaceStore.h"
#include "ui/BatchComposer.h"
#include "ui/ClassBrowser.h"
#include "ui/CloudConsole.h"
#include "ui/MainWindow.h"
#include "ui/ObjectBrowser.h"
#include "ui/ServerConfigPane.h"
#include "ui/widgets/JsonEdit.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUuid>

using GuiTestSupport::child;

class TestUnsavedWork final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void closeAndQuit_withEditedCells_askSaveDiscardCancel();
    void switchingConnection_withUnsentOperations_asks();
    void closeAndSwitch_withEditedConfig_ask();
    void composerAndCloudHistory_comeBackOnTheNextStart();
    void close_notConnected_offersNoSaveItCannotKeep();

private:
    // The object of the test class in the window's class browser, with its "label" cell.
    QModelIndex labelCell(MainWindow *window);
    QString labelOnServer();
    static BatchModel *composerModel(MainWindow *window);
    static QString connectionShown(MainWindow *window);

    std::unique_ptr<GuiSession> m_session;
    std::unique_ptr<AdminClient> m_admin;
    QString m_class;
    QString m_objectId;
};

void TestUnsavedWork::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_LOCAL_PARSE_SERVER();
    m_admin = std::make_unique<AdminClient>(LocalParseServer::profile());
    m_class = m_admin->classes().add(QStringLiteral("GuiUnsaved") +
                                     QUuid::createUuid().toString(QUuid::Id128).left(8));
    const ParseResult created = await(m_admin->client().send(
        ParseRequest::createObject(m_class, {{QStringLiteral("label"), QStringLiteral("before")}})));
    QVERIFY2(created.ok(), qPrintable(created.error.describe()));
    m_objectId = created.object().value(QLatin1String("objectId")).toString();
}

void TestUnsavedWork::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
}

void TestUnsavedWork::cleanup()
{
    m_session.reset();
}

QModelIndex TestUnsavedWork::labelCell(MainWindow *window)
{
    auto *browser = window->findChild<ClassBrowser *>();
    browser->selectClass(m_class);
    ObjectTableModel *model = browser->objectBrowser()->model();
    if (!QTest::qWaitFor([&] { return model->className() == m_class && model->rowCount() == 1; }, 10000))
        return {};
    return model->index(0, int(model->fields().indexOf(QStringLiteral("label"))));
}

QString TestUnsavedWork::labelOnServer()
{
    return await(m_admin->client().send(ParseRequest::getObject(m_class, m_objectId)))
        .object()
        .value(QLatin1String("label"))
        .toString();
}

BatchModel *TestUnsavedWork::composerModel(MainWindow *window)
{
    return child<BatchComposer>(window, QStringLiteral("batchComposer"))->model();
}

QString TestUnsavedWork::connectionShown(MainWindow *window)
{
    return child<QLabel>(window, QStringLiteral("profileStatusLabel"))->text();
}

void TestUnsavedWork::closeAndQuit_withEditedCells_askSaveDiscardCancel()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const QString profileId = m_session->saveProfile(LocalParseServer::profile());
    {
        auto window = m_session->connectedWindow(profileId, QStringLiteral("classesTab"));
        const QModelIndex cell = labelCell(window.get());
        QVERIFY(cell.isValid());
        ObjectTableModel *model = window->findChild<ClassBrowser *>()->objectBrowser()->model();
        QVERIFY(model->setData(cell, QStringLiteral("after")));
        QCOMPARE(model->pendingCount(), 1);

        // Cancel: the window stays, with the edit.
        QString asked;
        GuiTestSupport::answerNextMessageBox(this, QMessageBox::Cancel, &asked);
        QVERIFY(!window->close());
        QVERIFY2(asked.contains(QStringLiteral("1 changed cell(s) of %1 not saved").arg(m_class)),
                 qPrintable(asked));
        QVERIFY(window->isVisible());
        QCOMPARE(model->pendingCount(), 1);

        // Ctrl+Q, Discard: it closes and the server keeps its value.
        GuiTestSupport::answerNextMessageBox(this, QMessageBox::Discard, &asked);
        asked.clear();
        QApplication::setActiveWindow(window.get()); // the message box had it
        QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier);
        QVERIFY2(!asked.isEmpty(), "Ctrl+Q did not ask");
        QTRY_VERIFY(!window->isVisible());
        QCOMPARE(labelOnServer(), QStringLiteral("before"));
    }
    // Save: the edit is written, then the window closes.
    auto window = m_session->connectedWindow(profileId, QStringLiteral("classesTab"));
    const QModelIndex cell = labelCell(window.get());
    QVERIFY(cell.isValid());
    QVERIFY(window->findChild<ClassBrowser *>()->objectBrowser()->model()->setData(cell,
                                                                                   QStringLiteral("after")));
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Save);
    QVERIFY(!window->close()); // not yet: the save is on its way
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 20000);
    QCOMPARE(labelOnServer(), QStringLiteral("after"));
    QVERIFY(await(m_admin->client().send(ParseRequest::updateObject(
                      m_class, m_objectId, {{QStringLiteral("label"), QStringLiteral("before")}})))
                .ok());
}

void TestUnsavedWork::switchingConnection_withUnsentOperations_asks()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    ServerProfile first = LocalParseServer::profile();
    first.name = QStringLiteral("First");
    ServerProfile second = first;
    second.name = QStringLiteral("Second");
    const QString firstId = m_session->saveProfile(first);
    const QString secondId = m_session->saveProfile(second);
    auto window = m_session->connectedWindow(firstId, QStringLiteral("batchTab"));
    BatchModel *batch = composerModel(window.get());
    batch->appendOperation(
        OperationBuilder::create(m_class, {{QStringLiteral("label"), QStringLiteral("unsent")}}));

    QString asked;
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Cancel, &asked);
    window->connectToProfile(secondId);
    QVERIFY2(asked.contains(QStringLiteral("1 operation(s) in the batch composer not sent")),
             qPrintable(asked));
    QCOMPARE(connectionShown(window.get()), QStringLiteral("Connection: First"));
    QCOMPARE(child<QComboBox>(window.get(), QStringLiteral("profileComboBox"))->currentText(),
             QStringLiteral("First"));
    QCOMPARE(batch->rowCount(), 1);

    // Save keeps the operations with their connection: the other one starts empty, and they come back.
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Save);
    window->connectToProfile(secondId);
    QVERIFY(GuiSession::waitSettled(window.get()));
    QCOMPARE(connectionShown(window.get()), QStringLiteral("Connection: Second"));
    QCOMPARE(batch->rowCount(), 0);
    window->connectToProfile(firstId); // nothing to lose: no question
    QVERIFY(GuiSession::waitSettled(window.get()));
    QCOMPARE(connectionShown(window.get()), QStringLiteral("Connection: First"));
    QCOMPARE(batch->rowCount(), 1);
    QCOMPARE(batch->operation(0).body.toObject().value(QLatin1String("label")),
             QJsonValue(QStringLiteral("unsent")));

    // Discard drops them for good.
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Discard);
    window->connectToProfile(secondId);
    QVERIFY(GuiSession::waitSettled(window.get()));
    window->connectToProfile(firstId);
    QVERIFY(GuiSession::waitSettled(window.get()));
    QCOMPARE(batch->rowCount(), 0);
}

void TestUnsavedWork::closeAndSwitch_withEditedConfig_ask()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const QString name = QStringLiteral("guiUnsaved") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const auto onServer = [this, &name] {
        return await(m_admin->client().send(AdminRequest::config()))
            .object()
            .value(QLatin1String("params"))
            .toObject()
            .value(name);
    };
    ServerProfile first = LocalParseServer::profile();
    first.name = QStringLiteral("First");
    ServerProfile second = first;
    second.name = QStringLiteral("Second");
    const QString firstId = m_session->saveProfile(first);
    const QString secondId = m_session->saveProfile(second);
    auto window = m_session->connectedWindow(firstId, QStringLiteral("serverTab"));
    ConfigModel *config = child<ServerConfigPane>(window.get(), QStringLiteral("serverConfigPane"))->model();
    QTRY_VERIFY_WITH_TIMEOUT(config->rowCount() > 0 && !config->isLoading(), 10000);
    QVERIFY(config->addParameter(name, QStringLiteral("String")) >= 0);

    // Cancel keeps the connection and the edit, for switching as for closing.
    QString asked;
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Cancel, &asked);
    window->connectToProfile(secondId);
    QVERIFY2(asked.contains(QStringLiteral("1 Parse Config parameter(s) changed and not saved")),
             qPrintable(asked));
    QCOMPARE(connectionShown(window.get()), QStringLiteral("Connection: First"));
    asked.clear();
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Cancel, &asked);
    QVERIFY(!window->close());
    QVERIFY(!asked.isEmpty());
    QVERIFY(window->isVisible());
    QVERIFY(config->isModified());

    // Discard on switching: the other connection starts without it, and the server never had it.
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Discard);
    window->connectToProfile(secondId);
    QVERIFY(GuiSession::waitSettled(window.get()));
    QCOMPARE(connectionShown(window.get()), QStringLiteral("Connection: Second"));
    QTRY_VERIFY_WITH_TIMEOUT(config->rowCount() > 0 && !config->isLoading(), 10000);
    QVERIFY(!config->isModified());
    QCOMPARE(onServer(), QJsonValue(QJsonValue::Undefined));

    // Save on closing: the parameter is written, then the window closes.
    QVERIFY(config->addParameter(name, QStringLiteral("String")) >= 0);
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Save);
    QVERIFY(!window->close()); // not yet: the save is on its way
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 20000);
    QCOMPARE(onServer(), QJsonValue(QString()));
    const QJsonObject remove{{name, QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}}}};
    QVERIFY(
        await(m_admin->client().send(AdminRequest::updateConfig({{QStringLiteral("params"), remove}}))).ok());
}

void TestUnsavedWork::composerAndCloudHistory_comeBackOnTheNextStart()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const ServerProfile profile = LocalParseServer::profile();
    const QString profileId = m_session->saveProfile(profile);
    QString createdId;
    {
        auto window = m_session->connectedWindow(profileId, QStringLiteral("cloudTab"));
        auto *console = window->findChild<CloudConsole *>();
        child<QComboBox>(console, QStringLiteral("nameComboBox"))->setCurrentText(QStringLiteral("echo"));
        child<JsonEdit>(console, QStringLiteral("paramsJsonEdit"))
            ->setPlainText(QStringLiteral("{\"n\": 7}"));
        QTest::mouseClick(child<QPushButton>(console, QStringLiteral("runPushButton")), Qt::LeftButton);
        auto *status = child<QLabel>(console, QStringLiteral("resultStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("echo returned")), 10000);

        // One operation that succeeds, one the server refuses (negative visits, 142), one not sent.
        BatchModel *batch = composerModel(window.get());
        BatchDocument doc;
        doc.operations << OperationBuilder::create(m_class,
                                                   {{QStringLiteral("label"), QStringLiteral("kept")}})
                       << OperationBuilder::create(QStringLiteral("Room"), {{QStringLiteral("visits"), -1}});
        batch->setDocument(doc);
        auto *composer = child<BatchComposer>(window.get(), QStringLiteral("batchComposer"));
        auto *send = child<QPushButton>(composer, QStringLiteral("sendPushButton"));
        QTRY_VERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!batch->isRunning() && batch->summary().error == 1, 20000);
        createdId = batch->index(0, BatchModel::ObjectId).data().toString();
        batch->appendOperation(
            OperationBuilder::create(m_class, {{QStringLiteral("label"), QStringLiteral("later")}}));

        GuiTestSupport::answerNextMessageBox(this, QMessageBox::Save);
        QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window->isVisible());
    }
    // Kept in the profile's folder, without its keys.
    QFile kept(WorkspaceStore::directoryFor(profileId) + QStringLiteral("/batch.json"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    const QByteArray text = kept.readAll();
    for (const QString &key : {profile.masterKey, profile.restApiKey, profile.clientKey})
        QVERIFY(key.isEmpty() || !text.contains(key.toUtf8()));
    QCOMPARE(kept.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    auto window = m_session->connectedWindow(profileId, QStringLiteral("batchTab"));
    BatchModel *batch = composerModel(window.get());
    QCOMPARE(batch->rowCount(), 3);
    QCOMPARE(batch->index(0, BatchModel::Outcome).data().toString(), QStringLiteral("success"));
    QCOMPARE(batch->index(0, BatchModel::ObjectId).data().toString(), createdId);
    QCOMPARE(batch->index(1, BatchModel::Outcome).data().toString(), QStringLiteral("error"));
    QCOMPARE(batch->index(1, BatchModel::Code).data().toInt(), 142);
    QCOMPARE(batch->index(2, BatchModel::Outcome).data().toString(), QString());
    const QAbstractItemModel *history =
        child<QListView>(window->findChild<CloudConsole *>(), QStringLiteral("historyListView"))->model();
    QCOMPARE(history->rowCount(), 1);
    QVERIFY(history->index(0, 0).data().toString().contains(QStringLiteral("echo")));
    QVERIFY(await(m_admin->client().send(ParseRequest::deleteObject(m_class, createdId))).ok());
}

void TestUnsavedWork::close_notConnected_offersNoSaveItCannotKeep()
{
    auto window = m_session->openWindow();
    auto *composer = child<BatchComposer>(window.get(), QStringLiteral("batchComposer"));
    QTest::mouseClick(child<QPushButton>(composer, QStringLiteral("emptyExamplePushButton")), Qt::LeftButton);
    QCOMPARE(composer->model()->rowCount(), 4);
    bool offeredSave = true;
    QString told;
    GuiTestSupport::onNextModal<QMessageBox>(this, [&](QMessageBox *box) {
        offeredSave = box->button(QMessageBox::Save) != nullptr;
        told = box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window->close());
    QVERIFY(!offeredSave);
    QVERIFY2(told.contains(QStringLiteral("save them to a file")), qPrintable(told));
    QCOMPARE(composer->model()->rowCount(), 4);
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Discard);
    QVERIFY(window->close());
}

QTEST_MAIN(TestUnsavedWork)
#include "TestUnsavedWork.moc"
