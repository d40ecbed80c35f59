// Goal 2 of issue #7: a 100,000-object find reply (~35 MB, generated here) decoded into the object table's
// storage (ObjectRows, simdjson) against the old storage (QJsonDocument::fromJson, a QJsonObject per row),
// in the same run. Memory is the heap the stored rows keep (mallinfo2 delta, decoded on the main thread
// because mallinfo2 counts only the main arena), the reply body included for ObjectRows, which keeps it.
// Time is the median of 7 runs, decoded off the GUI thread (QtConcurrent) as ParseClient does.
// Run alone: build/release/tests/bench/bench_decode   (no server needed)
#include "BenchFixture.h"
#include "core/data/ObjectRows.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cstdio>

namespace {
constexpr int kObjects = 100000;
constexpr int kRuns = 7;

QList<QJsonObject> decodeWithQt(const QByteArray &body)
{
    const QJsonArray results =
        QJsonDocument::fromJson(body).object().value(QLatin1String("results")).toArray();
    QList<QJsonObject> rows;
    rows.reserve(results.size());
    for (const QJsonValue &v : results)
        rows.append(v.toObject());
    return rows;
}

template <typename F> double medianMs(F &&run)
{
    QList<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(kRuns / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray body = BenchFixture::padded(BenchFixture::findReply(kObjects));
    std::fprintf(stderr, "fixture: %d objects, %.1f MB\n", kObjects, double(body.size()) / 1e6);

    // Memory, main thread.
    qint64 before = BenchFixture::heapInUse();
    qint64 qtBytes = 0;
    {
        const QList<QJsonObject> rows = decodeWithQt(body);
        qtBytes = BenchFixture::heapInUse() - before;
        if (rows.size() != kObjects)
            return 1;
    }
    before = BenchFixture::heapInUse();
    qint64 ourBytes = 0;
    {
        const ObjectRows::Decoded decoded = ObjectRows::fromFindReply(body);
        if (!decoded.rows || decoded.rows->size() != kObjects) {
            std::fprintf(stderr, "decode failed: %s\n", qPrintable(decoded.error));
            return 1;
        }
        ourBytes = BenchFixture::heapInUse() - before + body.capacity();
    }

    // Time, off the GUI thread as ParseClient decodes, with a probe timer on the GUI thread.
    const double qtMs = medianMs([&] { QtConcurrent::run(decodeWithQt, body).waitForFinished(); });
    const double ourMs =
        medianMs([&] { QtConcurrent::run(ObjectRows::fromFindReply, body).waitForFinished(); });

    QElapsedTimer sinceTick;
    qint64 maxStall = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] { maxStall = qMax(maxStall, sinceTick.restart()); });
    auto future = QtConcurrent::run(ObjectRows::fromFindReply, body);
    sinceTick.start();
    probe.start();
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    maxStall = qMax(maxStall, sinceTick.elapsed());

    using BenchFixture::report;
    report(QStringLiteral("decode"), QStringLiteral("decode 100k rows"), QStringLiteral("ms"), qtMs,
           QStringLiteral("QJsonDocument"), ourMs, QStringLiteral("<= 80"), ourMs <= 80);
    const double qtPerRow = double(qtBytes) / kObjects;
    const double ourPerRow = double(ourBytes) / kObjects;
    report(QStringLiteral("decode"), QStringLiteral("memory per row"), QStringLiteral("B/row"), qtPerRow,
           QStringLiteral("QJsonDocument"), ourPerRow, QStringLiteral("<= 525"), ourPerRow <= 525);
    report(QStringLiteral("decode"), QStringLiteral("GUI-thread stall while 100k rows decode"),
           QStringLiteral("ms"), -1, {}, double(maxStall), QStringLiteral("<= 50"), maxStall <= 50);
    return 0;
}
