// A class shown again (issue #23) on the TEST server, in the real class browser: Back shows the cached
// page at once with "cached from …, checking" in the count, then the checked page with a colleague's
// change marked and the selection kept; a 200-column class opens without a long GUI-thread stall; in
// German at 1024x700 the count line still fits.
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "TemporaryClasses.h"
#include "core/batch/BatchRunner.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/ClassBrowser.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/ObjectBrowser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

using GuiTestSupport::child;

class TestClassRevisit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void back_showsTheCachedPageThenMarksWhatChanged_data();
    void back_showsTheCachedPageThenMarksWhatChanged();
    void wideClass_opensWithoutLongStall();

private:
    QNetworkAccessManager m_network;
    ServerProfile m_profile;
    std::unique_ptr<ParseClient> m_admin;
    std::unique_ptr<TemporaryClasses> m_classes;

    QString newClass(const char *prefix)
    {
        return m_classes->add(QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(8));
    }
    bool create(const QString &cls, const QList<QJsonObject> &objects)
    {
        QList<ParseRequest> requests;
        for (const QJsonObject &o : objects)
            requests << ParseRequest::createObject(cls, o);
        BatchRunner runner(m_admin.get());
        runner.run(requests, false);
        if (!QTest::qWaitFor([&] { return !runner.isRunning(); }, 60000))
            return false;
        const QList<ParseResult> results = runner.results();
        return std::all_of(results.cbegin(), results.cend(), [](const ParseResult &r) { return r.ok(); });
    }
    static bool loaded(ObjectBrowser *browser, const QString &cls, int rows)
    {
        return QTest::qWaitFor(
            [&] {
                const ObjectTableModel *m = browser->model();
                return m->className() == cls && m->rowCount() == rows && !m->isLoading() && m->count();
            },
            30000);
    }
};

void TestClassRevisit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_LOCAL_PARSE_SERVER();
    m_profile = LocalParseServer::profile();
    m_profile.useMasterKey = true;
    m_profile.name = QStringLiteral("Revisit");
    m_admin = std::make_unique<ParseClient>(m_profile, &m_network);
    m_classes = std::make_unique<TemporaryClasses>(m_admin.get());
}

void TestClassRevisit::back_showsTheCachedPageThenMarksWhatChanged_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German at 1024x700") << QStringLiteral("de");
}

void TestClassRevisit::back_showsTheCachedPageThenMarksWhatChanged()
{
    QFETCH(QString, language);
    const QString rooms = newClass("FRoom");
    const QString other = newClass("FOther");
    QList<QJsonObject> objects;
    for (int i = 0; i < 8; ++i)
        objects << QJsonObject{{QStringLiteral("name"), QStringLiteral("Room %1").arg(i)},
                               {QStringLiteral("seats"), 10 + i}};
    QVERIFY(create(rooms, objects));
    QVERIFY(create(other, {QJsonObject{{QStringLiteral("name"), QStringLiteral("elsewhere")}}}));
    QObject translators;
    if (!language.isEmpty())
        Language::install(&translators, language, QStringLiteral(PARSEDESK_QM_DIR));

    GuiSession session;
    const std::unique_ptr<MainWindow> window =
        session.connectedWindow(session.saveProfile(m_profile), QStringLiteral("classesTab"));
    if (!language.isEmpty())
        window->resize(1024, 700);
    auto *classBrowser = window->findChild<ClassBrowser *>();
    ObjectBrowser *browser = classBrowser->objectBrowser();
    ObjectTableModel *model = browser->model();
    classBrowser->selectClass(rooms);
    QVERIFY(loaded(browser, rooms, 8));
    classBrowser->selectClass(other);
    QVERIFY(loaded(browser, other, 1));

    // A colleague renames a room meanwhile.
    ParseResult r = await(m_admin->send(ParseRequest::find(rooms, {})));
    QVERIFY2(r.ok(), qPrintable(r.error.describe()));
    const QString renamed = r.object()
                                .value(QStringLiteral("results"))
                                .toArray()
                                .at(2)
                                .toObject()
                                .value(QStringLiteral("objectId"))
                                .toString();
    QVERIFY(await(m_admin->send(ParseRequest::updateObject(
                      rooms, renamed, {{QStringLiteral("name"), QStringLiteral("Board room")}})))
                .ok());

    child<QToolButton>(browser, QStringLiteral("backToolButton"))->click();
    // At once: the cached rows and where they come from.
    QCOMPARE(model->className(), rooms);
    QCOMPARE(model->rowCount(), 8);
    auto *countLabel = child<QLabel>(browser, QStringLiteral("countLabel"));
    const QString cachedFrom = model->cachedAt().toString(QStringLiteral("HH:mm:ss"));
    QVERIFY2(model->cachedAt().isValid() && countLabel->text().contains(cachedFrom),
             qPrintable(countLabel->text()));
    QTableView *view = browser->objectsView();
    view->selectionModel()->select(model->index(5, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString suffix = language.isEmpty() ? QString() : QLatin1Char('-') + language;
    // As it is now, before the check's reply (GuiTestSupport::screenshot waits, and the check is quick):
    // only the layouts are brought up to date.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY2(countLabel->height() >= countLabel->heightForWidth(countLabel->width()),
             qPrintable(countLabel->text()));
    if (const QString dir = qEnvironmentVariable("PARSEDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(
            window->grab().save(QDir(dir).filePath(QStringLiteral("class-back-cached%1.png").arg(suffix))));

    QVERIFY(loaded(browser, rooms, 8));
    QVERIFY2(!countLabel->text().contains(cachedFrom), qPrintable(countLabel->text()));
    const int column = int(model->fields().indexOf(QStringLiteral("name")));
    int row = 0;
    while (row < 8 && model->index(row, 0).data().toString() != renamed)
        ++row;
    QCOMPARE(model->index(row, column).data().toString(), QStringLiteral("Board room"));
    QVERIFY(model->index(row, column).data(ObjectTableModel::RecentlyChangedRole).toBool());
    QVERIFY(view->selectionModel()->isRowSelected(5, {})); // no reset: the selection stays
    GuiTestSupport::screenshot(window.get(), QStringLiteral("class-back-checked%1.png").arg(suffix));
}

void TestClassRevisit::wideClass_opensWithoutLongStall()
{
    // 200 fields of mixed types, as make-class.sh --wide makes them; 200 rows, a first page.
    const QString wide = newClass("FWide");
    QList<QJsonObject> objects;
    for (int i = 0; i < 200; ++i) {
        QJsonObject o;
        for (int f = 0; f < 200; ++f) {
            const QString field = QStringLiteral("f%1").arg(f, 3, 10, QLatin1Char('0'));
            switch (f % 4) {
            case 0:
                o.insert(field, QStringLiteral("text %1 of row %2, long enough to matter").arg(f).arg(i));
                break;
            case 1:
                o.insert(field, i * 1000 + f);
                break;
            case 2:
                o.insert(field,
                         QJsonObject{{QStringLiteral("__type"), QStringLiteral("Date")},
                                     {QStringLiteral("iso"), QStringLiteral("2026-03-01T10:00:00.000Z")}});
                break;
            default:
                o.insert(field, QJsonArray{f, QStringLiteral("a"), i});
            }
        }
        objects << o;
    }
    QVERIFY(create(wide, objects));

    GuiSession session;
    const std::unique_ptr<MainWindow> window =
        session.connectedWindow(session.saveProfile(m_profile), QStringLiteral("classesTab"));
    auto *classBrowser = window->findChild<ClassBrowser *>();
    ObjectBrowser *browser = classBrowser->objectBrowser();
    // The longest gap between 1 ms ticks, from the click to the first page painted.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer probe;
    probe.setInterval(1);
    connect(&probe, &QTimer::timeout, this, [&] {
        longest = qMax(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    clock.start();
    probe.start();
    classBrowser->selectClass(wide);
    QVERIFY(loaded(browser, wide, 200));
    QTest::qWait(50);
    probe.stop();
    qInfo("wide class (200 columns, 200 rows): longest GUI-thread stall %lld ms", longest);
    // The goal is 50 ms (issue #23, G9); a shared test machine gets some slack.
    QVERIFY2(longest < 150, qPrintable(QString::number(longest)));
    GuiTestSupport::screenshot(window.get(), QStringLiteral("class-wide.png"));
}

QTEST_MAIN(TestClassRevisit)
#include "TestClassRevisit.moc"
