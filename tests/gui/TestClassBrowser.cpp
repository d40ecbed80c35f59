// The class browser against the real local server: open a class, edit a cell through its editor, save
// through the request queue and see the value and the outcome; follow a pointer and come back; sort every
// column both ways on a class where some objects lack the field.
#include "AdminClient.h"
#include "Await.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/batch/BatchRunner.h"
#include "core/data/ParseValue.h"
#include "core/models/ClassListModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/models/QueryTreeModel.h"
#include "core/models/SchemaModel.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"
#include "ui/ClassBrowser.h"
#include "ui/ObjectBrowser.h"
#include "ui/QueryBuilder.h"
#include "ui/QueryBuilderDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using GuiTestSupport::child;

namespace {
constexpr int kSortObjects = 40;
constexpr int kSortPageSize = 7; // several pages, and a phase boundary inside them
const QStringList kSortFields{QStringLiteral("score"), QStringLiteral("label"), QStringLiteral("when"),
                              QStringLiteral("flag")};

// A cell's value as the server orders it: dates by their ISO text, missing as undefined.
QJsonValue orderValue(const QJsonValue &v)
{
    return v.isObject() && v.toObject().contains(QLatin1String("iso"))
               ? v.toObject().value(QLatin1String("iso"))
               : v;
}

bool before(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble())
        return a.toDouble() < b.toDouble();
    if (a.isBool())
        return !a.toBool() && b.toBool();
    return a.toString() < b.toString();
}
} // namespace

class TestClassBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void editCell_saveShowsValueAndOutcome();
    void pointer_navigatesAndComesBack();
    void arrayOfPointers_opensThePointedObjects();
    void bytes_editedAsBase64();
    void export_writesEveryMatchingObject();
    void unsortableColumn_isRefused();
    void whereBuilder_appliesBuiltFilter();
    void sortEveryColumn_readsEveryObjectInOrder_data();
    void sortEveryColumn_readsEveryObjectInOrder();
    void createWhileSortedDescending_showsEveryRow();
    void where_keepsTheColumnSort();
    void copyCells_formulasPasteAsText();
    void schemaTab_fitsItsFieldsWhenShown();
    void cleanupTestCase();

private:
    // Scrolls to the end as a user would until the table has read everything.
    bool readToTheEnd();
    bool openClass(const QString &className);
    int columnOf(const QString &field) const;
    int rowWhere(const QString &field, const QString &text) const;
    void screenshot(const QString &name) const;

    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    ParseClient *m_client = nullptr;
    RequestQueue *m_queue = nullptr;
    ClassListModel *m_classes = nullptr;
    std::unique_ptr<ClassBrowser> m_browser;
    ObjectTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    std::unique_ptr<AdminClient> m_admin;
    QString m_sortClass; // kSortObjects objects; some lack each of kSortFields
};

void TestClassBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_LOCAL_PARSE_SERVER();
    m_admin = std::make_unique<AdminClient>(LocalParseServer::profile());
    m_sortClass = m_admin->classes().add(QStringLiteral("GuiSort") +
                                         QUuid::createUuid().toString(QUuid::Id128).left(8));
    const auto type = [](const char *name) {
        return QJsonObject{{QStringLiteral("type"), QLatin1String(name)}};
    };
    const QJsonObject fields{{QStringLiteral("score"), type("Number")},
                             {QStringLiteral("label"), type("String")},
                             {QStringLiteral("when"), type("Date")},
                             {QStringLiteral("flag"), type("Boolean")}};
    QVERIFY(await(m_admin->client().send(
                      ParseRequest::createSchema(m_sortClass, {{QStringLiteral("className"), m_sortClass},
                                                               {QStringLiteral("fields"), fields}})))
                .ok());
    QList<ParseRequest> creates;
    for (int i = 0; i < kSortObjects; ++i) {
        QJsonObject o;
        if (i % 5 != 0)
            o.insert(QStringLiteral("score"), i % 7);
        if (i % 4 != 0)
            o.insert(QStringLiteral("label"), QStringLiteral("l%1").arg(i % 9));
        if (i % 3 != 0)
            o.insert(QStringLiteral("when"),
                     QJsonObject{{QStringLiteral("__type"), QStringLiteral("Date")},
                                 {QStringLiteral("iso"), QStringLiteral("2024-03-%1T10:00:00.000Z")
                                                             .arg(1 + i % 11, 2, 10, QLatin1Char('0'))}});
        if (i % 6 != 0)
            o.insert(QStringLiteral("flag"), i % 2 == 0);
        creates << ParseRequest::createObject(m_sortClass, o);
    }
    BatchRunner runner(&m_admin->client());
    runner.run(creates, false);
    QVERIFY(QTest::qWaitFor([&] { return !runner.isRunning(); }, 60000));
    for (const ParseResult &created : runner.results())
        QVERIFY2(created.ok(), qPrintable(created.error.describe()));
}

// Copied cells paste into a spreadsheet as tab-separated text: a player's room name starting with = runs
// there as a formula unless it gets the leading ' every CSV of ParseDesk's gives it; numbers stay numbers.
void TestClassBrowser::copyCells_formulasPasteAsText()
{
    const QString formula = QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")");
    const QString cls = m_admin->classes().add(QStringLiteral("GuiCopy") +
                                               QUuid::createUuid().toString(QUuid::Id128).left(8));
    QVERIFY(await(m_admin->client().send(ParseRequest::createObject(
                      cls, {{QStringLiteral("label"), formula}, {QStringLiteral("score"), -5}})))
                .ok());
    m_browser->refreshCounts(); // reads the classes new since the list loaded
    QVERIFY(openClass(cls));
    const int row = rowWhere(QStringLiteral("label"), formula);
    QVERIFY(row >= 0);
    QItemSelection cells;
    for (const char *field : {"score", "label"}) {
        const QModelIndex cell = m_model->index(row, columnOf(QLatin1String(field)));
        cells.select(cell, cell);
    }
    m_view->selectionModel()->select(cells, QItemSelectionModel::ClearAndSelect);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_C, Qt::ControlModifier);
    const QString pasted = QApplication::clipboard()->text();
    QVERIFY2(pasted.contains(QLatin1Char('\'') + formula), qPrintable(pasted));
    QVERIFY2(pasted.split(QLatin1Char('\t')).contains(QStringLiteral("-5")), qPrintable(pasted));
}

void TestClassBrowser::schemaTab_fitsItsFieldsWhenShown()
{
    // Switched to on the Objects tab, the class's field table is measured when its tab is shown.
    QVERIFY(openClass(m_sortClass));
    auto *fields = child<QTableView>(m_browser.get(), QStringLiteral("fieldsTableView"));
    // Fitted: the widest name or the header, with two characters of air.
    const auto fits = [fields] {
        const QAbstractItemView *asItemView = fields;
        const QHeaderView *header = fields->horizontalHeader();
        return header->sectionSize(SchemaModel::Name) ==
               std::max(asItemView->sizeHintForColumn(SchemaModel::Name),
                        header->sectionSizeHint(SchemaModel::Name)) +
                   2 * fields->fontMetrics().averageCharWidth();
    };
    auto *tabs = child<QTabWidget>(m_browser.get(), QStringLiteral("classTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(m_browser.get(), QStringLiteral("fieldListWidget")));
    QTRY_VERIFY(fits());
    screenshot(QStringLiteral("schema-tab.png"));
    // Shown, it fits each class at once.
    m_browser->selectClass(QStringLiteral("_User"));
    QCOMPARE(m_browser->currentClass(), QStringLiteral("_User"));
    QVERIFY(fits());
}

void TestClassBrowser::cleanupTestCase()
{
    m_admin.reset();
}

void TestClassBrowser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ServerProfile profile = LocalParseServer::profile();
    profile.useMasterKey = true;
    m_client = new ParseClient(profile, &m_network, this);
    m_queue = new RequestQueue(m_client, this);
    m_classes = new ClassListModel(this);
    m_browser = std::make_unique<ClassBrowser>();
    m_browser->setClassListModel(m_classes);
    m_browser->setSettings(m_settings.get());
    m_browser->setConnection(m_client, m_queue);
    m_model = m_browser->objectBrowser()->model();
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    m_view = child<QTableView>(m_browser.get(), QStringLiteral("objectsTableView"));
    m_browser->resize(1200, 700);
    m_browser->show();
    m_classes->setClient(m_client);
    m_classes->reload();
    QTRY_COMPARE_WITH_TIMEOUT(m_classes->state(), ClassListModel::State::Loaded, 20000);
}

void TestClassBrowser::cleanup()
{
    m_browser.reset();
    delete m_queue;
    delete m_client;
    delete m_classes;
}

bool TestClassBrowser::openClass(const QString &className)
{
    m_browser->selectClass(className);
    return QTest::qWaitFor(
        [this, className] {
            return m_model->className() == className && m_model->rowCount() > 0 && !m_model->isLoading();
        },
        20000);
}

int TestClassBrowser::columnOf(const QString &field) const
{
    return int(m_model->fields().indexOf(field));
}

int TestClassBrowser::rowWhere(const QString &field, const QString &text) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, columnOf(field)).data().toString() == text)
            return r;
    }
    return -1;
}

// PARSEDESK_SCREENSHOT_DIR set: the browser as the test sees it, for people to look at.
void TestClassBrowser::screenshot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("PARSEDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_browser->grab().save(dir + QLatin1Char('/') + name, "PNG"));
}

void TestClassBrowser::editCell_saveShowsValueAndOutcome()
{
    QVERIFY(openClass(QStringLiteral("TypeZoo")));
    const int row = rowWhere(QStringLiteral("text"), QStringLiteral("every type"));
    QVERIFY(row >= 0);
    const QModelIndex cell = m_model->index(row, columnOf(QStringLiteral("text")));
    const QString objectId = m_model->index(row, 0).data().toString();

    // Through the delegate's editor, as a user types it.
    m_view->setCurrentIndex(cell);
    m_view->edit(cell);
    auto *editor = m_view->viewport()->findChild<QLineEdit *>(QStringLiteral("cellLineEdit"));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("edited by the GUI test"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_VERIFY(cell.data(ObjectTableModel::PendingRole).toBool());
    auto *save = child<QPushButton>(m_browser.get(), QStringLiteral("savePushButton"));
    QVERIFY(save->isEnabled());
    m_view->clearSelection(); // the pending highlight shows when not selected
    screenshot(QStringLiteral("class-browser.png"));

    save->click();
    auto *outcome = child<QLabel>(m_browser.get(), QStringLiteral("outcomeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->text().startsWith(QStringLiteral("Saved")), 20000);
    QCOMPARE(outcome->text(), QStringLiteral("Saved: 1 object(s) updated."));
    QCOMPARE(cell.data().toString(), QStringLiteral("edited by the GUI test"));
    QVERIFY(!cell.data(ObjectTableModel::PendingRole).toBool());
    QVERIFY(!save->isEnabled());

    const ParseResult back =
        await(m_client->send(ParseRequest::getObject(QStringLiteral("TypeZoo"), objectId)));
    QVERIFY(back.ok());
    QCOMPARE(back.object().value(QLatin1String("text")).toString(), QStringLiteral("edited by the GUI test"));
    // The demo data stays as seeded for the next test run.
    QVERIFY(await(m_client->send(
                      ParseRequest::updateObject(QStringLiteral("TypeZoo"), objectId,
                                                 {{QStringLiteral("text"), QStringLiteral("every type")}})))
                .ok());
}

void TestClassBrowser::pointer_navigatesAndComesBack()
{
    QVERIFY(openClass(QStringLiteral("TypeZoo")));
    const int row = rowWhere(QStringLiteral("text"), QStringLiteral("every type"));
    QVERIFY(row >= 0);
    const QModelIndex room = m_model->index(row, columnOf(QStringLiteral("room")));
    const QString target = room.data().toString();
    QVERIFY(target.startsWith(QStringLiteral("Room:")));

    Q_EMIT m_view->doubleClicked(room);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->className() == QStringLiteral("Room") && m_model->rowCount() == 1,
                             20000);
    QCOMPARE(m_model->index(0, 0).data().toString(), target.section(QLatin1Char(':'), 1));
    QCOMPARE(m_browser->currentClass(), QStringLiteral("Room"));
    screenshot(QStringLiteral("class-browser-room.png"));
    auto *back = child<QToolButton>(m_browser.get(), QStringLiteral("backToolButton"));
    auto *forward = child<QToolButton>(m_browser.get(), QStringLiteral("forwardToolButton"));
    QVERIFY(back->isEnabled());
    QVERIFY(!forward->isEnabled());

    back->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->className() == QStringLiteral("TypeZoo") && m_model->rowCount() > 1,
                             20000);
    QCOMPARE(m_browser->currentClass(), QStringLiteral("TypeZoo"));
    QVERIFY(child<QLineEdit>(m_browser.get(), QStringLiteral("whereLineEdit"))->text().isEmpty());
    QVERIFY(forward->isEnabled());

    forward->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->className() == QStringLiteral("Room") && m_model->rowCount() == 1,
                             20000);
}

void TestClassBrowser::arrayOfPointers_opensThePointedObjects()
{
    QVERIFY(openClass(QStringLiteral("TypeZoo")));
    const int row = rowWhere(QStringLiteral("text"), QStringLiteral("every type"));
    QVERIFY(row >= 0);
    const QModelIndex rooms = m_model->index(row, columnOf(QStringLiteral("rooms")));
    const QJsonArray pointers = m_model->index(row, 0)
                                    .data(ObjectTableModel::ObjectRole)
                                    .toJsonObject()
                                    .value(QLatin1String("rooms"))
                                    .toArray();
    QCOMPARE(pointers.size(), 2);

    Q_EMIT m_view->doubleClicked(rooms);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->className() == QStringLiteral("Room") && m_model->rowCount() == 2 &&
                                 !m_model->isLoading(),
                             20000);
    QStringList shown{m_model->index(0, 0).data().toString(), m_model->index(1, 0).data().toString()};
    QStringList expected{pointers.at(0)[QLatin1String("objectId")].toString(),
                         pointers.at(1)[QLatin1String("objectId")].toString()};
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
    QVERIFY(child<QLineEdit>(m_browser.get(), QStringLiteral("whereLineEdit"))->text().contains(u"$in"));
    child<QToolButton>(m_browser.get(), QStringLiteral("backToolButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->className() == QStringLiteral("TypeZoo"), 20000);
}

void TestClassBrowser::bytes_editedAsBase64()
{
    QVERIFY(openClass(QStringLiteral("TypeZoo")));
    const int row = rowWhere(QStringLiteral("text"), QStringLiteral("every type"));
    QVERIFY(row >= 0);
    const QModelIndex cell = m_model->index(row, columnOf(QStringLiteral("bytes")));
    const QString objectId = m_model->index(row, 0).data().toString();
    // Seeded as the bytes of "ParseDesk"; the cell shows their count and first bytes in hex.
    QCOMPARE(cell.data().toString(), QStringLiteral("9 bytes: 50 61 72 73 65 44 65 73…"));

    m_view->setCurrentIndex(cell);
    m_view->edit(cell);
    auto *editor = m_view->viewport()->findChild<QLineEdit *>(QStringLiteral("cellLineEdit"));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("UGFyc2VEZXNr"));
    // Not base64: nothing becomes pending.
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("not base64!"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(50);
    QVERIFY(!cell.data(ObjectTableModel::PendingRole).toBool());

    m_view->edit(cell);
    editor = m_view->viewport()->findChild<QLineEdit *>(QStringLiteral("cellLineEdit"));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("AAH/"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(cell.data(ObjectTableModel::PendingRole).toBool());
    QCOMPARE(cell.data().toString(), QStringLiteral("3 bytes: 00 01 ff"));
    child<QPushButton>(m_browser.get(), QStringLiteral("savePushButton"))->click();
    // Parse Server on Postgres stores Bytes on create but refuses to update them (code 119): the
    // failed change stays pending with the server's reason.
    auto *outcome = child<QLabel>(m_browser.get(), QStringLiteral("outcomeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->text().contains(QStringLiteral("failed")), 20000);
    QVERIFY(cell.data(ObjectTableModel::PendingRole).toBool());
    const QString error = cell.data(ObjectTableModel::ErrorRole).toString();
    QVERIFY2(error.contains(QStringLiteral("Postgres doesn't support update")), qPrintable(error));
    child<QPushButton>(m_browser.get(), QStringLiteral("discardPushButton"))->click();
    QCOMPARE(cell.data().toString(), QStringLiteral("9 bytes: 50 61 72 73 65 44 65 73…"));
    const ParseResult back =
        await(m_client->send(ParseRequest::getObject(QStringLiteral("TypeZoo"), objectId)));
    QCOMPARE(back.object().value(QLatin1String("bytes")), ParseValue::fromBytes("ParseDesk").toJson());
}

void TestClassBrowser::export_writesEveryMatchingObject()
{
    QVERIFY(openClass(QStringLiteral("Room")));
    auto *where = child<QLineEdit>(m_browser.get(), QStringLiteral("whereLineEdit"));
    where->setText(QStringLiteral("{\"creatorUsername\": \"carol\"}"));
    QTest::keyClick(where, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->count().has_value(), 20000);
    const qint64 matching = *m_model->count();
    QVERIFY(matching > 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("carol.csv"));
    m_browser->objectBrowser()->startExport(ObjectExporter::Format::Csv, path);
    auto *outcome = child<QLabel>(m_browser.get(), QStringLiteral("outcomeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome->text().startsWith(QStringLiteral("Exported")), 20000);
    QCOMPARE(outcome->text(), QStringLiteral("Exported %1 objects of Room to %2.")
                                  .arg(matching)
                                  .arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY2(lines.first().startsWith("objectId:String,createdAt:Date,updatedAt:Date,ACL:ACL,"),
             lines.first());
    QCOMPARE(lines.size(), int(matching) + 2); // header, rows, and the empty rest after the last CRLF
    for (qsizetype i = 1; i <= matching; ++i)
        QVERIFY2(lines.at(i).contains(",carol,"), lines.at(i));
}

void TestClassBrowser::unsortableColumn_isRefused()
{
    QVERIFY(openClass(QStringLiteral("TypeZoo")));
    QSignalSpy messages(m_browser.get(), &ClassBrowser::statusMessage);
    Q_EMIT m_view->horizontalHeader()->sectionClicked(columnOf(QStringLiteral("location")));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(m_model->sortField(), QStringLiteral("createdAt"));

    Q_EMIT m_view->horizontalHeader()->sectionClicked(columnOf(QStringLiteral("number")));
    QCOMPARE(m_model->sortField(), QStringLiteral("number"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 1 && !m_model->isLoading(), 20000);
}

void TestClassBrowser::whereBuilder_appliesBuiltFilter()
{
    QVERIFY(openClass(QStringLiteral("TypeZoo")));
    const int all = m_model->rowCount();
    QVERIFY(all > 1);
    auto *where = child<QLineEdit>(m_browser.get(), QStringLiteral("whereLineEdit"));
    child<QPushButton>(m_browser.get(), QStringLiteral("whereBuilderPushButton"))->click();
    // The dialog is opened window-modal with open(), so it is there to drive right after the click.
    auto *dialog = child<QueryBuilderDialog>(m_browser.get(), QStringLiteral("queryBuilderDialog"));
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->builder()->className(), QStringLiteral("TypeZoo"));
    QPushButton *ok = child<QDialogButtonBox>(dialog, QStringLiteral("queryBuilderButtonBox"))
                          ->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    const QJsonObject condition{{QStringLiteral("text"), QStringLiteral("every type")}};
    dialog->builder()->model()->setWhere(condition);
    QVERIFY(ok->isEnabled());
    const QPointer<QueryBuilderDialog> first = dialog;
    ok->click();

    QCOMPARE(where->text(), QStringLiteral(R"({"text":"every type"})"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->where() == condition && !m_model->isLoading(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, 20000);
    QCOMPARE(m_model->index(0, columnOf(QStringLiteral("text"))).data().toString(),
             QStringLiteral("every type"));
    // Applied as a typed filter is: a place of its own, so Back returns to the unfiltered table.
    QVERIFY(child<QToolButton>(m_browser.get(), QStringLiteral("backToolButton"))->isEnabled());

    QTRY_VERIFY(!first); // closed dialogs delete themselves, so the next lookup finds the new one
    // Opened again, the builder starts from the where in the line.
    child<QPushButton>(m_browser.get(), QStringLiteral("whereBuilderPushButton"))->click();
    auto *again = child<QueryBuilderDialog>(m_browser.get(), QStringLiteral("queryBuilderDialog"));
    QTRY_VERIFY(again->isVisible());
    QCOMPARE(again->builder()->options().where, condition);
    again->reject();
}

bool TestClassBrowser::readToTheEnd()
{
    return QTest::qWaitFor(
        [this] {
            m_view->scrollToBottom();
            return !m_model->isLoading() && !m_model->canFetchMore({});
        },
        20000);
}

void TestClassBrowser::sortEveryColumn_readsEveryObjectInOrder_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("clicks");
    for (const QString &field :
         kSortFields + QStringList{QStringLiteral("objectId"), QStringLiteral("createdAt"),
                                   QStringLiteral("updatedAt")}) {
        QTest::addRow("%s, one click", qPrintable(field)) << field << 1;
        QTest::addRow("%s, two clicks", qPrintable(field)) << field << 2;
    }
}

// Descending, the objects without the field come first: a first page of none of them (every object has
// it) must not stop the table (it showed "0 of 40"). Numbers and dates sort largest first on one click.
void TestClassBrowser::sortEveryColumn_readsEveryObjectInOrder()
{
    QFETCH(QString, field);
    QFETCH(int, clicks);
    m_model->setPageSize(kSortPageSize);
    QVERIFY(openClass(m_sortClass));
    const int column = columnOf(field);
    QVERIFY(column >= 0);
    for (int i = 0; i < clicks; ++i)
        Q_EMIT m_view->horizontalHeader()->sectionClicked(column);
    const QString type = m_model->fieldType(field);
    const bool largestFirst = type == QLatin1String("Number") || type == QLatin1String("Date");
    // createdAt is the order a class opens with, so its first click already turns it round.
    const bool descending = (field == QLatin1String("createdAt") ? true : largestFirst) == (clicks == 1);
    QCOMPARE(m_model->sortField(), field);
    QCOMPARE(m_model->sortDescending(), descending);
    QCOMPARE(m_view->horizontalHeader()->sortIndicatorSection(), column);
    QVERIFY(readToTheEnd());
    QCOMPARE(m_model->errorText(), QString());
    QCOMPARE(m_model->rowCount(), kSortObjects);

    QSet<QString> ids;
    QList<QJsonValue> values;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        ids.insert(m_model->index(r, 0).data().toString());
        values << orderValue(m_model->index(r, column).data(ObjectTableModel::ValueRole).toJsonValue());
    }
    QCOMPARE(ids.size(), kSortObjects);
    if (field == QLatin1String("objectId"))
        return; // the database's collation orders mixed case its own way
    // Missing values first descending, last ascending (Postgres); the others in order.
    const auto firstPresent =
        std::find_if(values.cbegin(), values.cend(), [](const QJsonValue &v) { return !v.isUndefined(); });
    const auto lastPresent =
        std::find_if(values.crbegin(), values.crend(), [](const QJsonValue &v) { return !v.isUndefined(); });
    QVERIFY(descending ? lastPresent == values.crbegin() : firstPresent == values.cbegin());
    for (auto it = firstPresent; it != lastPresent.base(); ++it) {
        QVERIFY2(!it->isUndefined(), "a missing value between present ones");
        if (it != firstPresent)
            QVERIFY2(descending ? !before(*(it - 1), *it) : !before(*it, *(it - 1)),
                     qPrintable(QStringLiteral("row %1 out of order").arg(it - values.cbegin())));
    }
}

// "Add row… → Create" reloads the table in the same order: it must fill again, even when its first page
// (objects without the sort field, descending) is empty.
void TestClassBrowser::createWhileSortedDescending_showsEveryRow()
{
    QVERIFY(openClass(m_sortClass));
    auto *where = child<QLineEdit>(m_browser.get(), QStringLiteral("whereLineEdit"));
    where->setText(QStringLiteral(R"({"score":{"$exists":true}})"));
    QTest::keyClick(where, Qt::Key_Return);
    Q_EMIT m_view->horizontalHeader()->sectionClicked(columnOf(QStringLiteral("score")));
    QVERIFY(m_model->sortDescending());
    QVERIFY(readToTheEnd());
    const int scored = m_model->rowCount();
    QVERIFY(scored > 0);

    QSignalSpy written(m_model, &ObjectTableModel::written);
    m_model->createObject({{QStringLiteral("score"), 1000}});
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 20000);
    QVERIFY(readToTheEnd());
    QCOMPARE(m_model->rowCount(), scored + 1);
    QCOMPARE(
        m_model->index(0, columnOf(QStringLiteral("score"))).data(ObjectTableModel::ValueRole).toJsonValue(),
        QJsonValue(1000));
    QVERIFY(await(m_admin->client().send(
                      ParseRequest::deleteObject(m_sortClass, m_model->index(0, 0).data().toString())))
                .ok());
}

void TestClassBrowser::where_keepsTheColumnSort()
{
    QVERIFY(openClass(m_sortClass));
    const int column = columnOf(QStringLiteral("label"));
    Q_EMIT m_view->horizontalHeader()->sectionClicked(column);
    Q_EMIT m_view->horizontalHeader()->sectionClicked(column);
    QVERIFY(m_model->sortDescending());
    auto *where = child<QLineEdit>(m_browser.get(), QStringLiteral("whereLineEdit"));
    where->setText(QStringLiteral(R"({"flag":true})"));
    QTest::keyClick(where, Qt::Key_Return);
    QCOMPARE(m_model->where(), QJsonObject({{QStringLiteral("flag"), true}}));
    QCOMPARE(m_model->sortField(), QStringLiteral("label"));
    QVERIFY(m_model->sortDescending());
    QCOMPARE(m_view->horizontalHeader()->sortIndicatorSection(), column);
    QCOMPARE(m_view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(readToTheEnd());
    QVERIFY(m_model->rowCount() > 0);
}

QTEST_MAIN(TestClassBrowser)
#include "TestClassBrowser.moc"
