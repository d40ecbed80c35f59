// The bulk edit dialog on the TEST server (issue #21): opened from the Objects tab's "Edit selected…" on
// selected rows and on all rows matching the filter, previewed (count, first operations, requests), sent,
// verified on the server and journaled as one entry; a colleague's write after loading is a conflict shown
// with its three values and kept as mine or dropped for theirs; several selected rows are duplicated at
// once; a locked production connection offers none of it.
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "TemporaryClasses.h"
#include "core/batch/BatchSession.h"
#include "core/journal/UndoJournal.h"
#include "core/models/BatchModel.h"
#include "core/models/FieldFormModel.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/BulkEditDialog.h"
#include "ui/ClassBrowser.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/ObjectBrowser.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUuid>

using GuiTestSupport::child;

class TestBulkEditDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void selectedAndMatchingRows_previewedSentJournaled();
    void conflict_shownWithThreeValues_keptOrDropped();
    void duplicateMany_andReadOnlyOnProduction();
    void inGerman_fitsAt1024x700();

private:
    QNetworkAccessManager m_network;
    ServerProfile m_profile;
    std::unique_ptr<ParseClient> m_admin;
    std::unique_ptr<TemporaryClasses> m_classes;
    GuiSession *m_session = nullptr;

    // A class of `n` objects {"n": i, "label": "old", "group": "in" for the first `in`}.
    QString makeClass(int n, int in)
    {
        m_profile = LocalParseServer::profile();
        m_profile.useMasterKey = true;
        m_classes.reset(); // drops the last test's classes through the last test's client
        m_admin = std::make_unique<ParseClient>(m_profile, &m_network);
        m_classes = std::make_unique<TemporaryClasses>(m_admin.get());
        const QString cls =
            m_classes->add(QStringLiteral("ItBulk") + QUuid::createUuid().toString(QUuid::Id128).left(8));
        QJsonArray requests;
        for (int i = 0; i < n; ++i)
            requests.append(
                QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                            {QStringLiteral("path"), QStringLiteral("/parse/classes/") + cls},
                            {QStringLiteral("body"),
                             QJsonObject{{QStringLiteral("n"), i},
                                         {QStringLiteral("label"), QStringLiteral("old")},
                                         {QStringLiteral("group"),
                                          i < in ? QStringLiteral("in") : QStringLiteral("out")}}}});
        for (qsizetype i = 0; i < requests.size(); i += 50) {
            QJsonArray chunk;
            for (qsizetype j = i; j < qMin(i + 50, requests.size()); ++j)
                chunk.append(requests.at(j));
            if (!await(m_admin->send(ParseRequest::batch(chunk, false))).ok())
                return {};
        }
        return cls;
    }
    QHash<QString, QJsonObject> serverObjects(const QString &cls)
    {
        QueryOptions q;
        q.limit = 1000;
        QHash<QString, QJsonObject> objects;
        for (const QJsonValue &v : await(m_admin->send(ParseRequest::find(cls, q)))
                                       .object()
                                       .value(QLatin1String("results"))
                                       .toArray())
            objects.insert(v.toObject().value(QLatin1String("objectId")).toString(), v.toObject());
        return objects;
    }
    static void selectRows(QTableView *table, const QList<int> &rows)
    {
        table->clearSelection();
        for (const int row : rows)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    // Opens the class in a new window; its object browser once the first page is there.
    ObjectBrowser *open(MainWindow *window, const QString &cls)
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
    static BulkEditDialog *openDialog(ObjectBrowser *browser)
    {
        auto *button = child<QPushButton>(browser, QStringLiteral("bulkEditPushButton"));
        if (!button->isEnabled())
            return nullptr;
        button->click();
        return browser->window()->findChild<BulkEditDialog *>();
    }
    static bool previewAndSend(BulkEditDialog *dialog, const QString &expected)
    {
        child<QPushButton>(dialog, QStringLiteral("previewPushButton"))->click();
        auto *send = child<QPushButton>(dialog, QStringLiteral("sendPushButton"));
        if (!QTest::qWaitFor([send] { return send->isEnabled(); }, 10000))
            return false;
        const QString preview =
            child<QPlainTextEdit>(dialog, QStringLiteral("previewPlainTextEdit"))->toPlainText();
        if (!preview.contains(expected)) {
            qWarning() << preview;
            return false;
        }
        send->click();
        auto *status = child<QLabel>(dialog, QStringLiteral("statusLabel"));
        return QTest::qWaitFor([status] { return !status->text().isEmpty(); }, 60000);
    }
};

void TestBulkEditDialog::selectedAndMatchingRows_previewedSentJournaled()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const QString cls = makeClass(260, 230);
    QVERIFY(!cls.isEmpty());
    GuiSession session;
    ServerProfile profile = m_profile;
    profile.name = QStringLiteral("Bulk");
    const std::unique_ptr<MainWindow> window = session.connectedWindow(session.saveProfile(profile));
    window->resize(1024, 700);
    ObjectBrowser *browser = open(window.get(), cls);
    auto *table = child<QTableView>(browser, QStringLiteral("objectsTableView"));

    // Five selected rows: n + 1000 each.
    selectRows(table, {0, 1, 2, 3, 4});
    QStringList ids;
    QList<double> ns;
    for (int row = 0; row < 5; ++row) {
        const QJsonObject o =
            browser->model()->index(row, 0).data(ObjectTableModel::ObjectRole).toJsonObject();
        ids << o.value(QLatin1String("objectId")).toString();
        ns << o.value(QLatin1String("n")).toDouble();
    }
    BulkEditDialog *dialog = openDialog(browser);
    QVERIFY(dialog);
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("selectedRowsRadioButton"))->isChecked());
    auto *kind = child<QComboBox>(dialog, QStringLiteral("kindComboBox"));
    kind->setCurrentIndex(kind->findData(int(BulkEdit::Kind::Increment)));
    child<QComboBox>(dialog, QStringLiteral("fieldComboBox"))->setCurrentText(QStringLiteral("n"));
    child<QLineEdit>(dialog, QStringLiteral("amountLineEdit"))->setText(QStringLiteral("1000"));
    QVERIFY(previewAndSend(dialog, QStringLiteral("\"__op\":\"Increment\"")));
    QVERIFY2(
        child<QLabel>(dialog, QStringLiteral("statusLabel"))->text().contains(QStringLiteral("5 object")),
        qPrintable(child<QLabel>(dialog, QStringLiteral("statusLabel"))->text()));
    QHash<QString, QJsonObject> now = serverObjects(cls);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(now.value(ids.at(i)).value(QLatin1String("n")).toDouble(), ns.at(i) + 1000);
    dialog->reject();
    QTRY_VERIFY(!window->findChild<BulkEditDialog *>());

    // All 230 rows matching the filter (more than the table has loaded): label "bulk".
    child<QLineEdit>(browser, QStringLiteral("whereLineEdit"))->setText(QStringLiteral("{\"group\":\"in\"}"));
    child<QPushButton>(browser, QStringLiteral("applyFilterPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(browser->model()->count() && !browser->model()->isLoading(), 20000);
    QCOMPARE(*browser->model()->count(), 230);
    table->clearSelection();
    dialog = openDialog(browser);
    QVERIFY(dialog);
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("matchingRowsRadioButton"))->isChecked());
    auto *values = child<QTableView>(dialog, QStringLiteral("valuesTableView"));
    auto *form = qobject_cast<FieldFormModel *>(values->model());
    int labelRow = -1;
    for (int row = 0; row < form->rowCount(); ++row) {
        if (form->index(row, FieldFormModel::Field).data().toString() == QLatin1String("label"))
            labelRow = row;
    }
    QVERIFY(labelRow >= 0);
    QVERIFY(form->setData(form->index(labelRow, FieldFormModel::Value), QStringLiteral("bulk")));
    QVERIFY(previewAndSend(dialog, QStringLiteral("230 object")));
    GuiTestSupport::screenshot(dialog, QStringLiteral("bulk-edit.png"));
    now = serverObjects(cls);
    int bulk = 0;
    for (const QJsonObject &o : std::as_const(now)) {
        const bool in = o.value(QLatin1String("group")).toString() == QLatin1String("in");
        QCOMPARE(o.value(QLatin1String("label")).toString(),
                 in ? QStringLiteral("bulk") : QStringLiteral("old"));
        bulk += in ? 1 : 0;
    }
    QCOMPARE(bulk, 230);
    // One journal entry per bulk edit.
    auto *journal = window->findChild<UndoJournal *>();
    QVERIFY(journal);
    int bulkEntries = 0;
    for (const UndoEntry &e : journal->entries())
        bulkEntries += e.operations.size() == 230 ? 1 : 0;
    QCOMPARE(bulkEntries, 1);
    dialog->reject();
}

void TestBulkEditDialog::conflict_shownWithThreeValues_keptOrDropped()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const QString cls = makeClass(5, 5);
    QVERIFY(!cls.isEmpty());
    GuiSession session;
    ServerProfile profile = m_profile;
    profile.name = QStringLiteral("Bulk");
    const std::unique_ptr<MainWindow> window = session.connectedWindow(session.saveProfile(profile));
    ObjectBrowser *browser = open(window.get(), cls);
    selectRows(child<QTableView>(browser, QStringLiteral("objectsTableView")), {0, 1, 2, 3, 4});
    // A colleague changes two of the loaded objects.
    QStringList changed;
    for (int row = 0; row < 2; ++row) {
        changed << browser->model()->index(row, 0).data().toString();
        QVERIFY(await(m_admin->send(ParseRequest::updateObject(
                          cls, changed.last(), {{QStringLiteral("label"), QStringLiteral("colleague")}})))
                    .ok());
    }
    BulkEditDialog *dialog = openDialog(browser);
    QVERIFY(dialog);
    auto *form =
        qobject_cast<FieldFormModel *>(child<QTableView>(dialog, QStringLiteral("valuesTableView"))->model());
    for (int row = 0; row < form->rowCount(); ++row) {
        if (form->index(row, FieldFormModel::Field).data().toString() == QLatin1String("label"))
            QVERIFY(form->setData(form->index(row, FieldFormModel::Value), QStringLiteral("mine")));
    }
    QVERIFY(previewAndSend(dialog, QStringLiteral("conflict")));
    QVERIFY2(
        child<QLabel>(dialog, QStringLiteral("statusLabel"))->text().contains(QStringLiteral("conflicts")),
        qPrintable(child<QLabel>(dialog, QStringLiteral("statusLabel"))->text()));

    auto *results = child<QTableView>(dialog, QStringLiteral("resultsTableView"));
    const auto conflictRowOf = [results](const QString &objectId) {
        for (int row = 0; row < results->model()->rowCount(); ++row) {
            const QModelIndex index = results->model()->index(row, BatchModel::Path);
            if (index.data().toString().endsWith(objectId) &&
                index.data(BatchModel::OutcomeRole).toInt() == int(BatchSession::Outcome::Conflict))
                return row;
        }
        return -1;
    };
    QCOMPARE(results->model()->rowCount(), 5);
    // The three values of the first one; keep mine sends it without the check.
    int row = conflictRowOf(changed.at(0));
    QVERIFY(row >= 0);
    results->selectRow(row);
    auto *conflict = child<QLabel>(dialog, QStringLiteral("conflictLabel"));
    QTRY_VERIFY(conflict->isVisible());
    for (const char *value : {"label", "old", "colleague", "mine"})
        QVERIFY2(conflict->text().contains(QLatin1String(value)), qPrintable(conflict->text()));
    GuiTestSupport::screenshot(dialog, QStringLiteral("bulk-edit-conflict.png"));
    auto *keepMine = child<QPushButton>(dialog, QStringLiteral("keepMinePushButton"));
    QVERIFY(keepMine->isEnabled());
    keepMine->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        serverObjects(cls).value(changed.at(0)).value(QLatin1String("label")).toString(),
        QStringLiteral("mine"), 20000);
    // The second: take theirs drops it; the colleague's value stays.
    QTRY_VERIFY_WITH_TIMEOUT(
        (row = conflictRowOf(changed.at(1))) >= 0 &&
            child<QPushButton>(dialog, QStringLiteral("takeTheirsPushButton"))->isVisible(),
        20000);
    results->selectRow(row);
    auto *takeTheirs = child<QPushButton>(dialog, QStringLiteral("takeTheirsPushButton"));
    QTRY_VERIFY(takeTheirs->isEnabled());
    takeTheirs->click();
    QCOMPARE(results->model()->rowCount(), 4);
    QCOMPARE(conflictRowOf(changed.at(1)), -1);
    const QHash<QString, QJsonObject> now = serverObjects(cls);
    for (auto it = now.begin(); it != now.end(); ++it)
        QCOMPARE(it->value(QLatin1String("label")).toString(),
                 it.key() == changed.at(1) ? QStringLiteral("colleague") : QStringLiteral("mine"));
    dialog->reject();
}

void TestBulkEditDialog::duplicateMany_andReadOnlyOnProduction()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    const QString cls = makeClass(6, 6);
    QVERIFY(!cls.isEmpty());
    GuiSession session;
    ServerProfile profile = m_profile;
    profile.name = QStringLiteral("Bulk");
    const std::unique_ptr<MainWindow> window = session.connectedWindow(session.saveProfile(profile));
    ObjectBrowser *browser = open(window.get(), cls);
    auto *table = child<QTableView>(browser, QStringLiteral("objectsTableView"));
    selectRows(table, {0, 2, 4});
    auto *duplicate = child<QPushButton>(browser, QStringLiteral("duplicateRowPushButton"));
    QTRY_COMPARE(duplicate->text(), QStringLiteral("Duplicate 3"));
    duplicate->click();
    auto *dialog = window->findChild<BulkEditDialog *>();
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(dialog, QStringLiteral("kindComboBox"))->currentData().toInt(),
             int(BulkEdit::Kind::Duplicate));
    QVERIFY(previewAndSend(dialog, QStringLiteral("POST /classes/") + cls));
    QCOMPARE(serverObjects(cls).size(), 9);
    dialog->reject();
    QTRY_COMPARE_WITH_TIMEOUT(browser->model()->rowCount(), 9, 20000);

    // A locked production connection: no bulk edit, no duplicates.
    GuiSession production;
    profile.production = true;
    const std::unique_ptr<MainWindow> locked = production.connectedWindow(production.saveProfile(profile));
    browser = open(locked.get(), cls);
    selectRows(child<QTableView>(browser, QStringLiteral("objectsTableView")), {0, 1});
    QVERIFY(!child<QPushButton>(browser, QStringLiteral("bulkEditPushButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(browser, QStringLiteral("duplicateRowPushButton"))->isEnabled());
}

// German, the longest texts: the dialog with a conflict fits 1024 x 700 and no button's text is cut.
void TestBulkEditDialog::inGerman_fitsAt1024x700()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    QObject translators;
    Language::install(&translators, QStringLiteral("de"), QStringLiteral(PARSEDESK_QM_DIR));
    const QString cls = makeClass(3, 3);
    QVERIFY(!cls.isEmpty());
    GuiSession session;
    ServerProfile profile = m_profile;
    profile.name = QStringLiteral("Bulk");
    const std::unique_ptr<MainWindow> window = session.connectedWindow(session.saveProfile(profile));
    window->resize(1024, 700);
    ObjectBrowser *browser = open(window.get(), cls);
    selectRows(child<QTableView>(browser, QStringLiteral("objectsTableView")), {0, 1, 2});
    const QString changed = browser->model()->index(0, 0).data().toString();
    QVERIFY(await(m_admin->send(ParseRequest::updateObject(
                      cls, changed, {{QStringLiteral("label"), QStringLiteral("Kollegin")}})))
                .ok());
    BulkEditDialog *dialog = openDialog(browser);
    QVERIFY(dialog);
    auto *form =
        qobject_cast<FieldFormModel *>(child<QTableView>(dialog, QStringLiteral("valuesTableView"))->model());
    for (int row = 0; row < form->rowCount(); ++row) {
        if (form->index(row, FieldFormModel::Field).data().toString() == QLatin1String("label"))
            QVERIFY(form->setData(form->index(row, FieldFormModel::Value), QStringLiteral("meins")));
    }
    QVERIFY(previewAndSend(dialog, QStringLiteral("Konflikt")));
    auto *results = child<QTableView>(dialog, QStringLiteral("resultsTableView"));
    for (int row = 0; row < results->model()->rowCount(); ++row) {
        if (results->model()->index(row, 0).data(BatchModel::OutcomeRole).toInt() ==
            int(BatchSession::Outcome::Conflict))
            results->selectRow(row);
    }
    QTRY_VERIFY(child<QLabel>(dialog, QStringLiteral("conflictLabel"))->isVisible());
    QVERIFY2(dialog->minimumSizeHint().width() <= 1024 && dialog->minimumSizeHint().height() <= 700,
             qPrintable(QStringLiteral("%1 x %2")
                            .arg(dialog->minimumSizeHint().width())
                            .arg(dialog->minimumSizeHint().height())));
    QTest::qWait(100);
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isVisible())
            QVERIFY2(button->width() >= button->minimumSizeHint().width(), qPrintable(button->text()));
    }
    GuiTestSupport::screenshot(dialog, QStringLiteral("bulk-edit-conflict-de.png"));
    dialog->reject();
}

QTEST_MAIN(TestBulkEditDialog)
#include "TestBulkEditDialog.moc"
