// Row scripts in the GUI on the TEST server (issue #21): "Run Cloud Code for each…" from the objects
// table's context menu calls createRoom for 500 objects matching the filter with parameters from their
// fields, every seventh failing; each object's outcome is checked, the outcomes exported as CSV and JSON,
// the failed ones run again once fixed; Stop midway leaves the objects not called yet without a call; the
// function and mapping come back for the class; a production connection asks for the class name and a
// locked one offers nothing; the dialog fits 1024x700 in German.
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "TemporaryClasses.h"
#include "core/data/Csv.h"
#include "core/models/ObjectTableModel.h"
#include "core/models/RowScriptModel.h"
#include "core/net/ParseClient.h"
#include "ui/ClassBrowser.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/ObjectBrowser.h"
#include "ui/ObjectContextMenu.h"
#include "ui/RowScriptDialog.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using GuiTestSupport::child;

namespace {
QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

bool badRow(int i)
{
    return i % 7 == 3;
}
} // namespace

class TestRowScriptDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup();
    void matching500_someFail_exported_retried_keptForTheClass();
    void stopMidway_leavesTheRestUncalled();
    void production_asksTheClassName_lockedOffersNothing();
    void inGerman_fitsAt1024x700();

private:
    QNetworkAccessManager m_network;
    ServerProfile m_profile;
    std::unique_ptr<ParseClient> m_admin;
    std::unique_ptr<TemporaryClasses> m_classes;
    QStringList m_owners; // whose rooms createRoom made

    // A class of n objects {"owner", "name", "i"}, a bad name (createRoom refuses it) for every seventh
    // when `withBad`; their ids by i.
    QStringList makeClass(QString *cls, int n, bool withBad, QString *owner)
    {
        m_profile = LocalParseServer::profile();
        m_profile.useMasterKey = true;
        m_classes.reset();
        m_admin = std::make_unique<ParseClient>(m_profile, &m_network);
        m_classes = std::make_unique<TemporaryClasses>(m_admin.get());
        *cls = m_classes->add(unique(QStringLiteral("ARowScript")));
        *owner = unique(QStringLiteral("arowscript"));
        m_owners << *owner;
        QStringList ids;
        for (int from = 0; from < n; from += 50) {
            QJsonArray chunk;
            for (int i = from; i < qMin(from + 50, n); ++i) {
                const QString name = withBad && badRow(i) ? QStringLiteral("bad name %1").arg(i)
                                                          : QStringLiteral("room%1").arg(i);
                chunk.append(
                    QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("path"), QStringLiteral("/parse/classes/") + *cls},
                                {QStringLiteral("body"), QJsonObject{{QStringLiteral("owner"), *owner},
                                                                     {QStringLiteral("name"), name},
                                                                     {QStringLiteral("i"), i}}}});
            }
            const ParseResult r = await(m_admin->send(ParseRequest::batch(chunk, false)));
            if (!r.ok())
                return {};
            for (const QJsonValue &v : r.json.toArray())
                ids << v.toObject()
                           .value(QLatin1String("success"))
                           .toObject()
                           .value(QLatin1String("objectId"))
                           .toString();
        }
        return ids;
    }
    int rooms(const QString &owner)
    {
        const ParseResult r = await(m_admin->send(ParseRequest::count(
            QStringLiteral("Room"), QJsonObject{{QStringLiteral("creatorUsername"), owner}})));
        return r.ok() ? r.object().value(QLatin1String("count")).toInt() : -1;
    }
    // Opens the class in the window; its object browser once the first page and the count are there.
    static ObjectBrowser *open(MainWindow *window, const QString &cls)
    {
        auto *classBrowser = window->findChild<ClassBrowser *>();
        classBrowser->selectClass(cls);
        ObjectBrowser *browser = classBrowser->objectBrowser();
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(browser->model()->className() == cls &&
                                         browser->model()->rowCount() > 0 && !browser->model()->isLoading() &&
                                         browser->model()->count(),
                                     20000);
        }();
        return browser;
    }
    // The context menu of the first cell: whether "Run Cloud Code for each…" is enabled, and when it is,
    // the dialog it opens.
    static RowScriptDialog *openDialog(ObjectBrowser *browser, bool *enabled = nullptr)
    {
        auto *view = child<QTableView>(browser, QStringLiteral("objectsTableView"));
        bool offered = false;
        auto *timer = new QTimer(browser);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, browser, [timer, &offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            timer->stop();
            timer->deleteLater();
            auto *action = menu->findChild<QAction *>(QStringLiteral("rowScriptAction"));
            offered = action && action->isEnabled();
            if (offered) {
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
            } else {
                menu->close();
            }
        });
        timer->start();
        browser->findChild<ObjectContextMenu *>()->show(
            view->visualRect(view->model()->index(0, 0)).center());
        if (enabled)
            *enabled = offered;
        return offered ? browser->findChild<RowScriptDialog *>() : nullptr;
    }
    // createRoom with owner and roomName from the fields of the same names.
    static void mapCreateRoom(RowScriptDialog *dialog)
    {
        child<QComboBox>(dialog, QStringLiteral("functionComboBox"))
            ->setCurrentText(QStringLiteral("createRoom"));
        child<QRadioButton>(dialog, QStringLiteral("paramMapRadioButton"))->click();
        auto *params = child<QTableWidget>(dialog, QStringLiteral("paramMapTableWidget"));
        QCOMPARE(params->rowCount(), 1);
        child<QPushButton>(dialog, QStringLiteral("addParamPushButton"))->click();
        const QList<std::pair<QString, QString>> mapping{
            {QStringLiteral("owner"), QStringLiteral("owner")},
            {QStringLiteral("roomName"), QStringLiteral("name")}};
        for (int row = 0; row < 2; ++row) {
            params->item(row, 0)->setText(mapping.at(row).first);
            qobject_cast<QComboBox *>(params->cellWidget(row, 1))->setCurrentText(mapping.at(row).second);
        }
    }
    static bool runAndWait(RowScriptDialog *dialog, const QString &button = QStringLiteral("runPushButton"))
    {
        auto *run = child<QPushButton>(dialog, button);
        if (!run->isEnabled())
            return false;
        run->click();
        auto *runAgain = child<QPushButton>(dialog, QStringLiteral("runPushButton"));
        return QTest::qWaitFor([runAgain] { return runAgain->isEnabled(); }, 120000);
    }
};

void TestRowScriptDialog::cleanup()
{
    // The rooms createRoom made, page by page.
    for (const QString &owner : std::as_const(m_owners)) {
        for (int round = 0; round < 100 && rooms(owner) > 0; ++round) {
            QueryOptions page;
            page.where = {{QStringLiteral("creatorUsername"), owner}};
            page.keys = {QStringLiteral("objectId")};
            page.limit = 100;
            const ParseResult r = await(m_admin->send(ParseRequest::find(QStringLiteral("Room"), page)));
            for (const QJsonValue &v : r.object().value(QLatin1String("results")).toArray())
                await(m_admin->send(ParseRequest::deleteObject(
                    QStringLiteral("Room"), v.toObject().value(QLatin1String("objectId")).toString())));
        }
    }
    m_owners.clear();
}

void TestRowScriptDialog::matching500_someFail_exported_retried_keptForTheClass()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    QObject translators; // English plurals, as the app shows them
    Language::install(&translators, QStringLiteral("en"), QStringLiteral(PARSEDESK_QM_DIR));
    constexpr int kRows = 500;
    QString cls;
    QString owner;
    const QStringList ids = makeClass(&cls, kRows, true, &owner);
    QCOMPARE(ids.size(), kRows);
    GuiSession session;
    ServerProfile profile = m_profile;
    profile.name = QStringLiteral("Row scripts");
    const std::unique_ptr<MainWindow> window = session.connectedWindow(session.saveProfile(profile));
    window->resize(1024, 700);
    ObjectBrowser *browser = open(window.get(), cls);
    RowScriptDialog *dialog = openDialog(browser);
    QVERIFY(dialog);
    // Nothing selected: all rows matching the filter (the whole class).
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("matchingRowsRadioButton"))->isChecked());
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("matchingRowsRadioButton"))
                ->text()
                .contains(QStringLiteral("500")));
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("runPushButton"))->isEnabled());
    mapCreateRoom(dialog);
    const QString preview =
        child<QPlainTextEdit>(dialog, QStringLiteral("previewPlainTextEdit"))->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("\"roomName\"")) && preview.contains(owner),
             qPrintable(preview));

    QVERIFY(runAndWait(dialog));
    RowScriptModel *outcomes = dialog->outcomes();
    QCOMPARE(outcomes->rowCount(), kRows);
    // objectId order, each object once, the bad names failed with createRoom's error and no other.
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    int bad = 0;
    for (int row = 0; row < kRows; ++row) {
        const RowScript::Row &r = outcomes->row(row);
        QCOMPARE(r.objectId, sorted.at(row));
        const bool expectBad = badRow(int(ids.indexOf(r.objectId)));
        bad += expectBad ? 1 : 0;
        QCOMPARE(!r.ok(), expectBad);
        if (expectBad) {
            QCOMPARE(r.error.code, 142);
            QVERIFY(r.error.message.contains(QLatin1String("letters and digits")));
        } else {
            QVERIFY(!r.result.toObject().value(QLatin1String("objectId")).toString().isEmpty());
        }
    }
    QCOMPARE(outcomes->failedCount(), bad);
    QCOMPARE(rooms(owner), kRows - bad);
    const QString status = child<QLabel>(dialog, QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(QString::number(kRows - bad)) && status.contains(QString::number(bad)),
             qPrintable(status));
    dialog->resize(1024, 700);
    // The picture shows a failure among the results.
    auto *results = child<QTableView>(dialog, QStringLiteral("resultsTableView"));
    results->scrollTo(
        outcomes->index(
            int(outcomes->failedIds().size() > 0 ? sorted.indexOf(outcomes->failedIds().first()) : 0), 0),
        QAbstractItemView::PositionAtCenter);
    GuiTestSupport::screenshot(dialog, QStringLiteral("row-script.png"));

    // Both exports, failures included.
    QTemporaryDir dir;
    QVERIFY(
        dialog->exportOutcomes(RowScriptDialog::ExportFormat::Json, dir.filePath(QStringLiteral("o.json"))));
    QVERIFY(
        dialog->exportOutcomes(RowScriptDialog::ExportFormat::Csv, dir.filePath(QStringLiteral("o.csv"))));
    QFile json(dir.filePath(QStringLiteral("o.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray exported = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(exported, outcomes->toJson());
    QCOMPARE(exported.size(), kRows);
    QFile csv(dir.filePath(QStringLiteral("o.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const Csv::Parsed parsed = Csv::parse(csv.readAll());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.records.size(), kRows + 1);
    QCOMPARE(parsed.records.first().cells.at(1).value_or(QString()), QStringLiteral("outcome"));
    for (int row = 0; row < kRows; ++row) {
        const QList<std::optional<QString>> &cells = parsed.records.at(row + 1).cells;
        QCOMPARE(cells.at(0).value_or(QString()), outcomes->row(row).objectId);
        QCOMPARE(cells.at(1).value_or(QString()),
                 outcomes->row(row).ok() ? QStringLiteral("ok") : QStringLiteral("error"));
        QCOMPARE(cells.at(3).value_or(QString()),
                 outcomes->row(row).ok() ? QString() : QStringLiteral("142"));
    }

    // The bad names fixed on the server; Retry failed calls exactly those again, in their rows.
    QJsonArray fixes;
    for (int i = 0; i < kRows; ++i) {
        if (badRow(i))
            fixes.append(QJsonObject{
                {QStringLiteral("method"), QStringLiteral("PUT")},
                {QStringLiteral("path"), QStringLiteral("/parse/classes/%1/%2").arg(cls, ids.at(i))},
                {QStringLiteral("body"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("fixed%1").arg(i)}}}});
    }
    QVERIFY(await(m_admin->send(ParseRequest::batch(fixes, false))).ok());
    QSignalSpy inserted(outcomes, &QAbstractItemModel::rowsInserted);
    QVERIFY(runAndWait(dialog, QStringLiteral("retryFailedPushButton")));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(outcomes->rowCount(), kRows);
    QCOMPARE(outcomes->failedCount(), 0);
    for (int row = 0; row < kRows; ++row)
        QCOMPARE(outcomes->row(row).objectId, sorted.at(row));
    QCOMPARE(rooms(owner), kRows);
    QVERIFY(!child<QPushButton>(dialog, QStringLiteral("retryFailedPushButton"))->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!browser->findChild<RowScriptDialog *>());

    // The function and mapping come back for the class.
    dialog = openDialog(browser);
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(dialog, QStringLiteral("functionComboBox"))->currentText(),
             QStringLiteral("createRoom"));
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("paramMapRadioButton"))->isChecked());
    auto *params = child<QTableWidget>(dialog, QStringLiteral("paramMapTableWidget"));
    QCOMPARE(params->rowCount(), 2);
    QCOMPARE(params->item(1, 0)->text(), QStringLiteral("roomName"));
    QCOMPARE(qobject_cast<QComboBox *>(params->cellWidget(1, 1))->currentText(), QStringLiteral("name"));
    dialog->reject();
}

void TestRowScriptDialog::stopMidway_leavesTheRestUncalled()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    constexpr int kRows = 300;
    QString cls;
    QString owner;
    QCOMPARE(makeClass(&cls, kRows, false, &owner).size(), kRows);
    GuiSession session;
    const std::unique_ptr<MainWindow> window = session.connectedWindow(session.saveProfile(m_profile));
    ObjectBrowser *browser = open(window.get(), cls);
    // Rows selected: the dialog offers them first; all matching is chosen here.
    child<QTableView>(browser, QStringLiteral("objectsTableView"))->selectAll();
    RowScriptDialog *dialog = openDialog(browser);
    QVERIFY(dialog);
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("selectedRowsRadioButton"))->isChecked());
    child<QRadioButton>(dialog, QStringLiteral("matchingRowsRadioButton"))->click();
    mapCreateRoom(dialog);
    // Stop as the 20th outcome comes in.
    auto *stop = child<QPushButton>(dialog, QStringLiteral("stopPushButton"));
    RowScriptModel *outcomes = dialog->outcomes();
    connect(outcomes, &QAbstractItemModel::rowsInserted, stop, [outcomes, stop] {
        if (outcomes->rowCount() == 20)
            stop->click();
    });
    QVERIFY(runAndWait(dialog));
    const int called = outcomes->rowCount();
    QVERIFY2(called >= 20 && called < 40, qPrintable(QString::number(called)));
    QCOMPARE(outcomes->failedCount(), 0);
    QVERIFY2(
        child<QLabel>(dialog, QStringLiteral("statusLabel"))->text().startsWith(QStringLiteral("Stopped")),
        qPrintable(child<QLabel>(dialog, QStringLiteral("statusLabel"))->text()));
    // Exactly the objects listed were called; nothing arrives later.
    QCOMPARE(rooms(owner), called);
    QTest::qWait(1000);
    QCOMPARE(rooms(owner), called);
    dialog->reject();
}

void TestRowScriptDialog::production_asksTheClassName_lockedOffersNothing()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    QString cls;
    QString owner;
    QCOMPARE(makeClass(&cls, 3, false, &owner).size(), 3);
    GuiSession session;
    ServerProfile profile = m_profile;
    profile.production = true;
    const std::unique_ptr<MainWindow> window = session.connectedWindow(session.saveProfile(profile));
    ObjectBrowser *browser = open(window.get(), cls);
    bool offered = true;
    QVERIFY(!openDialog(browser, &offered));
    QVERIFY(!offered);

    window->findChild<ParseClient *>()->setWritesLocked(false);
    RowScriptDialog *dialog = openDialog(browser);
    QVERIFY(dialog);
    mapCreateRoom(dialog);
    // A wrong name calls nothing; the class name runs it.
    QString asked;
    GuiTestSupport::answerNextInputDialog(dialog, QStringLiteral("nope"), &asked);
    child<QPushButton>(dialog, QStringLiteral("runPushButton"))->click();
    QVERIFY2(asked.contains(cls), qPrintable(asked));
    QTest::qWait(300);
    QCOMPARE(dialog->outcomes()->rowCount(), 0);
    QCOMPARE(rooms(owner), 0);
    GuiTestSupport::answerNextInputDialog(dialog, cls);
    QVERIFY(runAndWait(dialog));
    QCOMPARE(dialog->outcomes()->rowCount(), 3);
    QCOMPARE(rooms(owner), 3);
    dialog->reject();
}

void TestRowScriptDialog::inGerman_fitsAt1024x700()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    QObject translators;
    Language::install(&translators, QStringLiteral("de"), QStringLiteral(PARSEDESK_QM_DIR));
    QString cls;
    QString owner;
    QCOMPARE(makeClass(&cls, 30, true, &owner).size(), 30);
    GuiSession session;
    const std::unique_ptr<MainWindow> window = session.connectedWindow(session.saveProfile(m_profile));
    window->resize(1024, 700);
    ObjectBrowser *browser = open(window.get(), cls);
    RowScriptDialog *dialog = openDialog(browser);
    QVERIFY(dialog);
    mapCreateRoom(dialog);
    QVERIFY(runAndWait(dialog));
    QCOMPARE(dialog->outcomes()->failedCount(), 4);
    QVERIFY2(dialog->minimumSizeHint().width() <= 1024 && dialog->minimumSizeHint().height() <= 700,
             qPrintable(QStringLiteral("%1 x %2")
                            .arg(dialog->minimumSizeHint().width())
                            .arg(dialog->minimumSizeHint().height())));
    dialog->resize(1024, 700);
    QTest::qWait(100);
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isVisible())
            QVERIFY2(button->width() >= button->minimumSizeHint().width(), qPrintable(button->text()));
    }
    child<QTableView>(dialog, QStringLiteral("resultsTableView"))
        ->scrollTo(dialog->outcomes()->index(dialog->outcomes()->rowCount() - 1, 0));
    GuiTestSupport::screenshot(dialog, QStringLiteral("row-script-de.png"));
    dialog->reject();
}

QTEST_MAIN(TestRowScriptDialog)
#include "TestRowScriptDialog.moc"
