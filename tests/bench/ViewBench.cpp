// Goal 4 of issue #7: the object table's view with 1,000,000 rows loaded.
//  - the view is a QTableView set up as ObjectBrowser sets up its objectsTableView (ObjectValueDelegate,
//    fixed row heights, 140 px columns), 1280x800, offscreen, on an ObjectTableModel whose pages come from
//    RecordingNetwork (no server: 100 canned pages of 10,000 BenchFixture objects through ParseClient,
//    decoded off the GUI thread as from a server).
//  - event-loop stall while the first 100,000 rows load, with the view attached: a 1 ms probe timer, the
//    longest gap between its ticks.
//  - with all 1M rows: first paint (a new view: setModel, show, until its first paint is done), scroll
//    repaint p95 (300 scrolls, sequential pages and random jumps, each set + synchronous repaint), view
//    overhead per row (mallinfo2 delta of creating and painting that view, divided by the rows).
//  - event-loop stall while a 10,000-op batch (creates) runs through BatchRunner against the test server
//    (PARSEDESK_TEST_*), with the 1M-row view on screen.
// Run alone: QT_QPA_PLATFORM=offscreen build/release/tests/bench/bench_view   (server env as for
// bench_browse)
#include "BenchFixture.h"
#include "LocalParseServer.h"
#include "RecordingNetwork.h"
#include "core/batch/BatchRunner.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/delegates/ObjectValueDelegate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <memory>

namespace {
constexpr int kRows = 1000000;
constexpr int kPage = 10000;
constexpr int kStallRows = 100000;
constexpr int kBatchOps = 10000;
const QString kClass = QStringLiteral("BenchMillion");

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: the work itself, without the waits a busy machine adds to wall-clock time.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The longest the event loop went without running a 1 ms timer, while `done` is false.
template <typename Done> double maxStall(Done &&done)
{
    QElapsedTimer sinceTick;
    double longest = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longest = qMax(longest, ms(sinceTick));
        sinceTick.restart();
    });
    sinceTick.start();
    probe.start();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return qMax(longest, ms(sinceTick));
}

// As ObjectBrowser sets up objectsTableView.
std::unique_ptr<QTableView> makeView(ObjectTableModel *model, ObjectValueDelegate *delegate)
{
    auto view = std::make_unique<QTableView>();
    view->resize(1280, 800);
    view->setItemDelegate(delegate);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setDefaultSectionSize(140);
    view->setModel(model);
    return view;
}

void loadUntil(ObjectTableModel &model, int rows)
{
    while (model.rowCount() < rows) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    std::fprintf(stderr, "bench_view: generating %d objects ...\n", kRows);
    QList<QByteArray> pages;
    for (int first = 0; first < kRows; first += kPage)
        pages.append(BenchFixture::findReply(kPage, first));
    RecordingNetwork network;
    int served = 0;
    network.respond = [&](const RecordingNetwork::Sent &sent) {
        RecordingNetwork::Canned canned;
        if (sent.request.url().query().contains(QLatin1String("count=1")))
            canned.body = "{\"results\":[],\"count\":" + QByteArray::number(kRows) + '}';
        else
            canned.body = served < pages.size() ? pages.at(served++) : QByteArray("{\"results\":[]}");
        return canned;
    };
    ServerProfile fake;
    fake.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:1/parse"));
    fake.applicationId = QStringLiteral("bench");
    ParseClient fakeClient(fake, &network);
    ObjectTableModel model;
    model.setClient(&fakeClient, nullptr);
    model.setPageSize(kPage);
    ObjectValueDelegate delegate;

    // Stall while 100k rows load into a model on screen.
    double loadStall = 0;
    {
        std::unique_ptr<QTableView> view = makeView(&model, &delegate);
        view->show();
        model.setClass(kClass, {{QStringLiteral("fields"), BenchFixture::schemaFields()}});
        loadStall = maxStall([&] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return model.rowCount() >= kStallRows;
        });
        std::fprintf(stderr, "100k rows loaded, longest stall %.1f ms; loading the rest ...\n", loadStall);
        loadUntil(model, kRows);
        network.sent.clear();
    }
    pages.clear();

    // First paint, bytes per row, scrolling, on a new view of the 1M rows.
    const qint64 heapBefore = BenchFixture::heapInUse();
    QElapsedTimer t;
    t.start();
    const double cpuBefore = threadCpuMs();
    std::unique_ptr<QTableView> view = makeView(&model, &delegate);
    const double setModelMs = ms(t);
    int paints = 0;
    struct PaintCounter : QObject
    {
        int *paints;
        explicit PaintCounter(int *p)
            : paints(p)
        {}
        bool eventFilter(QObject *, QEvent *e) override
        {
            // Seen as it starts; processEvents() returns once it has been painted.
            if (e->type() == QEvent::Paint)
                ++*paints;
            return false;
        }
    } counter(&paints);
    view->viewport()->installEventFilter(&counter);
    view->show();
    while (paints == 0)
        QCoreApplication::processEvents();
    const double firstPaint = ms(t);
    const double firstPaintCpu = threadCpuMs() - cpuBefore;
    const double bytesPerRow = double(BenchFixture::heapInUse() - heapBefore) / kRows;
    std::fprintf(stderr, "first paint %.1f ms (%.1f ms CPU; setModel %.1f ms), view %.1f bytes/row\n",
                 firstPaint, firstPaintCpu, setModelMs, bytesPerRow);

    QScrollBar *bar = view->verticalScrollBar();
    QRandomGenerator random(42);
    QList<double> scrolls;
    QList<double> scrollCpu;
    for (int i = 0; i < 300; ++i) {
        const int value = i % 2 ? bar->value() + bar->pageStep() : int(random.bounded(bar->maximum()));
        QElapsedTimer s;
        s.start();
        const double cpu = threadCpuMs();
        bar->setValue(value);
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        scrolls.append(ms(s));
        scrollCpu.append(threadCpuMs() - cpu);
    }
    std::sort(scrolls.begin(), scrolls.end());
    std::sort(scrollCpu.begin(), scrollCpu.end());
    const double p95 = scrolls.at(scrolls.size() * 95 / 100);
    std::fprintf(stderr,
                 "scroll repaint median %.2f ms, p95 %.2f ms, max %.2f ms; CPU median %.2f, p95 %.2f ms\n",
                 scrolls.at(scrolls.size() / 2), p95, scrolls.last(), scrollCpu.at(scrollCpu.size() / 2),
                 scrollCpu.at(scrollCpu.size() * 95 / 100));

    // Stall while a 10,000-op batch runs against the real server.
    double batchStall = -1;
    if (LocalParseServer::missingReason().isEmpty()) {
        QNetworkAccessManager realNetwork;
        ServerProfile profile = LocalParseServer::profile();
        profile.useMasterKey = true;
        ParseClient client(profile, &realNetwork);
        BenchFixture::wait(client.send(ParseRequest::purgeClass(QStringLiteral("BenchBatch"))));
        QList<ParseRequest> ops;
        for (int i = 0; i < kBatchOps; ++i)
            ops.append(ParseRequest::createObject(
                QStringLiteral("BenchBatch"),
                {{QStringLiteral("n"), i}, {QStringLiteral("name"), QString::number(i)}}));
        BatchRunner runner(&client);
        bool finished = false;
        QObject::connect(&runner, &BatchRunner::finished, &app, [&] { finished = true; });
        QElapsedTimer b;
        b.start();
        runner.run(ops, false);
        batchStall = maxStall([&] { return finished; });
        int failed = 0;
        for (const ParseResult &r : runner.results())
            failed += r.ok() ? 0 : 1;
        std::fprintf(stderr, "batch of %d ops in %.0f ms (%d failed), longest stall %.1f ms\n", kBatchOps,
                     ms(b), failed, batchStall);
        BenchFixture::wait(client.send(ParseRequest::purgeClass(QStringLiteral("BenchBatch"))));
    } else {
        std::fprintf(stderr, "bench_view: no test server, the batch stall is not measured\n");
    }

    using BenchFixture::report;
    report(QStringLiteral("view"), QStringLiteral("first paint, 1M rows"), QStringLiteral("ms"), -1, {},
           firstPaint, QStringLiteral("<= 30"), firstPaint <= 30);
    report(QStringLiteral("view"), QStringLiteral("scroll repaint p95, 1M rows"), QStringLiteral("ms"), -1,
           {}, p95, QStringLiteral("<= 16.7"), p95 <= 16.7);
    report(QStringLiteral("view"), QStringLiteral("view overhead per row"), QStringLiteral("B/row"), -1, {},
           bytesPerRow, QStringLiteral("<= 16"), bytesPerRow <= 16);
    report(QStringLiteral("view"), QStringLiteral("longest GUI stall while 100k rows load"),
           QStringLiteral("ms"), -1, {}, loadStall, QStringLiteral("<= 50"), loadStall <= 50);
    if (batchStall >= 0)
        report(QStringLiteral("view"), QStringLiteral("longest GUI stall while a 10,000-op batch runs"),
               QStringLiteral("ms"), -1, {}, batchStall, QStringLiteral("<= 50"), batchStall <= 50);
    return 0;
}
