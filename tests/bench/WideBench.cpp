// bench_wide: issue #23's measurements on the 200-column class (make-class.sh --wide) that are not about
// opening it (bench_dashboard has those), each beside Parse Dashboard or a raw client in the same run:
//  - G8: scroll horizontally across all the columns, step by step with the objects table's scroll bar
//    (triggerAction of a single step), each step's repaint timed as bench_view times its scrolls (set +
//    synchronous repaint of the viewport); p95 against 16.7 ms. Dashboard's figure: its data browser
//    scrolled by a column's width a frame (node/dashboard.js scroll), the frame times p95.
//  - G10: export 100,000 rows (BenchWideExport) to CSV through the far server: ObjectExporter, the exporter
//    behind `parsedesk-cli export`, against node/export.js (a raw cursor-paging client: keep-alive, the
//    same page size, writing CSV), alternating, medians; >= 90 % of the raw client's speed. Dashboard's
//    own "Export all rows" beside it (node/dashboard.js export), with what it did when it did not finish.
//  - G11: save 1,000 pending cell edits through the far server: setData on the objects table's model,
//    then save(), until saved(); against node/edits.js, the same edits as pre-built /batch bodies with
//    RequestQueue's batch size and in-flight window; alternating, medians; <= 1.2x the raw time.
//  - G12: resident memory (VmRSS of this process) with all 50,000 rows of BenchWide loaded in the objects
//    table (fetchMore to the end) against the reply text of those pages (the bytes of every reply of the
//    load); <= 2x. Dashboard's tab (its renderer process) beside it, the class open.
// The load, scroll and memory runs use the local server (latency changes none of them); export and save
// use the far one. Sizes for development: PARSEDESK_BENCH_WIDE_ROWS (50000), PARSEDESK_BENCH_EXPORT_ROWS
// (100000), PARSEDESK_BENCH_EDITS (1000), PARSEDESK_BENCH_ROUNDS (3), PARSEDESK_BENCH_EXPORT_ROUNDS (as
// many), PARSEDESK_BENCH_DASHBOARD_EXPORT_S (600), PARSEDESK_BENCH_CLASS_PREFIX (none: prefixes the class
// names). Needs what bench_dashboard needs (run.sh provides it).
#include "BenchBrowser.h"
#include "BenchFixture.h"
#include "BenchOutput.h"
#include "DashboardDriver.h"
#include "FarSetup.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "core/query/ObjectExporter.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

namespace {
using BenchOutput::log;
using FarSetup::ms;
using FarSetup::waitFor;

const QString kCertificate = QStringLiteral(PARSEDESK_TLS_DIR "/server-a.crt");
constexpr double kFrameMs = 1000.0 / 60;

int envInt(const char *name, int fallback)
{
    const int set = qEnvironmentVariableIntValue(name);
    return set > 0 ? set : fallback;
}

double round1(double v)
{
    return qRound64(v * 10) / 10.0;
}

double percentile95(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() * 95 / 100);
}

QJsonArray rounded(const QList<double> &values)
{
    QJsonArray out;
    for (double v : values)
        out << round1(v);
    return out;
}

// The resident set of this process (VmRSS), in bytes.
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

double megabytes(qint64 bytes)
{
    return round1(double(bytes) / (1024.0 * 1024.0));
}

// A node script of node/ run to its end; its last JSON line, or an empty object when it failed.
QJsonObject runNode(const QStringList &arguments)
{
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(PARSEDESK_BENCH_NODE_DIR));
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(QStringLiteral("node"), arguments);
    if (!node.waitForFinished(-1) || node.exitCode() != 0) {
        log(QStringLiteral("node %1 failed").arg(arguments.join(QLatin1Char(' '))));
        return {};
    }
    const QList<QByteArray> lines = node.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

QStringList serverArguments(const ServerProfile &profile, const QString &cls)
{
    return {QStringLiteral("--url"),        profile.serverUrl.toString(),
            QStringLiteral("--app-id"),     profile.applicationId,
            QStringLiteral("--master-key"), profile.masterKey,
            QStringLiteral("--class"),      cls,
            QStringLiteral("--ca"),         kCertificate};
}

// Loads pages as scrolling down does (fetchMore) until `wanted` rows are in or the class ends; the view
// may fetch too, so each page is awaited before asking whether there is more.
bool loadRows(ObjectTableModel *model, int wanted)
{
    for (;;) {
        if (!waitFor([&] { return !model->isLoading(); }, 600000))
            return false;
        if (model->rowCount() >= wanted || !model->canFetchMore({}))
            return model->errorText().isEmpty();
        model->fetchMore({});
    }
}

// What travelled during a measurement, to explain it: each reply as it ended (ms since start), its
// operation, the end of its path and its size; the first 200.
class ReplyTrace final : public QObject
{
public:
    explicit ReplyTrace(QNetworkAccessManager &network)
    {
        m_clock.start();
        connect(&network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *r) {
            if (m_replies.size() < 200)
                m_replies.append(QJsonArray{round1(ms(m_clock)),
                                            r->operation() == QNetworkAccessManager::GetOperation
                                                ? QStringLiteral("GET")
                                                : QStringLiteral("POST"),
                                            r->url().path().section(QLatin1Char('/'), -2),
                                            r->header(QNetworkRequest::ContentLengthHeader).toLongLong()});
        });
    }
    QJsonArray replies() const { return m_replies; }

private:
    QElapsedTimer m_clock;
    QJsonArray m_replies;
};

// G8, ParseDesk: every single step of the horizontal scroll bar from the first column to the last.
QJsonObject scrollOurs(const ServerProfile &profile, const QString &cls)
{
    BenchBrowser bench(profile);
    if (!bench.open(cls))
        qFatal("ParseDesk: %s did not open", qPrintable(cls));
    QTableView *view = bench.table();
    QScrollBar *bar = view->horizontalScrollBar();
    bar->setValue(0);
    view->viewport()->repaint();
    QList<double> repaints;
    while (bar->value() < bar->maximum()) {
        QElapsedTimer t;
        t.start();
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        repaints << ms(t);
    }
    const int lastColumn = view->horizontalHeader()->logicalIndexAt(view->viewport()->width() - 1);
    return {{QStringLiteral("p95"), percentile95(repaints)},
            {QStringLiteral("steps"), int(repaints.size())},
            {QStringLiteral("columns"), bench.model()->columnCount()},
            {QStringLiteral("lastColumnShown"), lastColumn},
            {QStringLiteral("median"), BenchFixture::median(repaints)},
            {QStringLiteral("max"),
             repaints.isEmpty() ? -1 : *std::max_element(repaints.begin(), repaints.end())}};
}

// G12, ParseDesk: the class's every row loaded in the objects table, as scrolling to the end loads them.
QJsonObject memoryOurs(const ServerProfile &profile, const QString &cls, int rows)
{
    BenchBrowser bench(profile);
    qint64 replyBytes = 0;
    int replies = 0;
    QObject::connect(&bench.network(), &QNetworkAccessManager::finished, [&](QNetworkReply *reply) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (reply->url().path().contains(QLatin1String("/classes/")) && length.isValid()) {
            replyBytes += length.toLongLong();
            ++replies;
        }
    });
    const qint64 before = residentBytes();
    QElapsedTimer t;
    t.start();
    if (!bench.open(cls))
        qFatal("ParseDesk: %s did not open", qPrintable(cls));
    ObjectTableModel *model = bench.model();
    if (!loadRows(model, rows))
        log(QStringLiteral("ParseDesk: %1 did not load").arg(cls));
    bench.table()->scrollToBottom();
    QCoreApplication::processEvents();
    const double loadMs = ms(t);
    const qint64 after = residentBytes();
    if (model->rowCount() != rows)
        log(QStringLiteral("ParseDesk: %1 rows loaded, %2 expected (%3)")
                .arg(model->rowCount())
                .arg(rows)
                .arg(model->errorText()));
    return {{QStringLiteral("rss"), after},
            {QStringLiteral("rssBefore"), before},
            {QStringLiteral("replyBytes"), replyBytes},
            {QStringLiteral("replies"), replies},
            {QStringLiteral("rows"), model->rowCount()},
            {QStringLiteral("heap"), BenchFixture::heapInUse()},
            {QStringLiteral("loadMs"), loadMs}};
}

// G10, ParseDesk: as `parsedesk-cli export CLASS file.csv` does it: the schema, then ObjectExporter by
// objectId, on a new connection.
QJsonObject exportOurs(const ServerProfile &profile, const QString &cls, const QString &path)
{
    QNetworkAccessManager network;
    ParseClient client(profile, &network);
    ObjectExporter exporter(&client);
    ReplyTrace trace(network);
    QElapsedTimer t;
    t.start();
    const ParseResult schema = BenchFixture::wait(client.send(ParseRequest::schema(cls)));
    QString error = QStringLiteral("not finished");
    bool done = false;
    QObject::connect(&exporter, &ObjectExporter::finished, [&](bool, const QString &why) {
        error = why;
        done = true;
    });
    exporter.start(cls, schema.object(), {}, QStringLiteral("objectId"), false, ObjectExporter::Format::Csv,
                   path);
    waitFor([&] { return done; }, 3600000);
    const double elapsed = ms(t);
    if (!error.isEmpty())
        log(QStringLiteral("ParseDesk's export failed: ") + error);
    return {{QStringLiteral("ms"), error.isEmpty() ? elapsed : -1},
            {QStringLiteral("rows"), exporter.written()},
            {QStringLiteral("bytes"), QFileInfo(path).size()},
            {QStringLiteral("replies"), trace.replies()}};
}

// G11, ParseDesk: edits pending on the first `edits` rows of the objects table's model, then its save.
QJsonObject saveOurs(const ServerProfile &profile, const QString &cls, int edits, int round)
{
    QNetworkAccessManager network;
    ParseClient client(profile, &network);
    RequestQueue queue(&client);
    ObjectTableModel model;
    model.setClient(&client, &queue);
    model.setPageSize(edits);
    const ParseResult schema = BenchFixture::wait(client.send(ParseRequest::schema(cls)));
    model.setClass(cls, schema.object());
    if (!loadRows(&model, edits) || model.rowCount() < edits)
        qFatal("ParseDesk: %s did not load %d rows: %d (%s)", qPrintable(cls), edits, model.rowCount(),
               qPrintable(model.errorText()));
    // As a user's save comes long after the class was opened: its count (read after the first page) is
    // done, not still holding the warm connection when the clock starts.
    waitFor([&] { return model.count().has_value(); }, 60000);
    const int column = int(model.fields().indexOf(QStringLiteral("str0")));
    for (int row = 0; row < edits; ++row)
        model.setData(model.index(row, column), QStringLiteral("ours %1 %2").arg(round).arg(row));
    if (model.pendingCount() != edits)
        log(QStringLiteral("ParseDesk: %1 edits pending, %2 made").arg(model.pendingCount()).arg(edits));
    ReplyTrace trace(network);
    int succeeded = -1, failed = -1;
    QObject::connect(&model, &ObjectTableModel::saved, [&](int ok, int notOk, int) {
        succeeded = ok;
        failed = notOk;
    });
    QElapsedTimer t;
    t.start();
    model.save();
    waitFor([&] { return succeeded >= 0; }, 600000);
    return {{QStringLiteral("ms"), failed == 0 ? ms(t) : -1},
            {QStringLiteral("succeeded"), succeeded},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("batchSize"), queue.batchSize()},
            {QStringLiteral("maxInFlight"), queue.maxInFlight()},
            {QStringLiteral("replies"), trace.replies()}};
}

double medianMs(const QList<QJsonObject> &runs)
{
    QList<double> values;
    for (const QJsonObject &o : runs) {
        if (o.value(QLatin1String("ms")).toDouble(-1) > 0)
            values << o.value(QLatin1String("ms")).toDouble();
    }
    return values.isEmpty() ? -1 : BenchFixture::median(values);
}

QJsonArray samplesMs(const QList<QJsonObject> &runs)
{
    QList<double> values;
    for (const QJsonObject &o : runs)
        values << o.value(QLatin1String("ms")).toDouble(-1);
    return rounded(values);
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (const QString missing = FarSetup::missingReason(); !missing.isEmpty()) {
        std::fprintf(stderr, "bench_wide: %s\n", qPrintable(missing));
        return 1;
    }
    const QString prefix = qEnvironmentVariable("PARSEDESK_BENCH_CLASS_PREFIX");
    const QString wide = prefix + QStringLiteral("BenchWide");
    const QString exported = prefix + QStringLiteral("BenchWideExport");
    const int wideRows = envInt("PARSEDESK_BENCH_WIDE_ROWS", 50000);
    const int exportRows = envInt("PARSEDESK_BENCH_EXPORT_ROWS", 100000);
    const int edits = envInt("PARSEDESK_BENCH_EDITS", 1000);
    const int rounds = envInt("PARSEDESK_BENCH_ROUNDS", 3);
    // PARSEDESK_BENCH_ONLY=g8,g12,... runs only those (for profiling one).
    const QStringList only =
        qEnvironmentVariable("PARSEDESK_BENCH_ONLY").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&](const char *goal) {
        return only.isEmpty() || only.contains(QLatin1String(goal));
    };
    const int exportRounds = envInt("PARSEDESK_BENCH_EXPORT_ROUNDS", rounds);
    // Dashboard's export is given up after this long (it may never end: see node/dashboard.js).
    const int dashboardExportMs = envInt("PARSEDESK_BENCH_DASHBOARD_EXPORT_S", 600) * 1000;
    const QString wideArgs = QStringLiteral("--rows %1 --wide").arg(wideRows);
    if (!FarSetup::makeClass(wide, wideArgs.split(QLatin1Char(' '))) ||
        !FarSetup::makeClass(exported,
                             QStringLiteral("--rows %1 --wide").arg(exportRows).split(QLatin1Char(' '))))
        return 1;
    const FarSetup::Servers servers = FarSetup::start(&app);
    DashboardDriver dashboard(servers.dashboardUrl, servers.spki);
    const auto dashboardCommand = [&](const QString &op, const QString &app, const QString &cls,
                                      int timeoutMs) {
        const std::optional<QJsonObject> answer =
            dashboard.send({{QStringLiteral("op"), op},
                            {QStringLiteral("app"), app},
                            {QStringLiteral("cls"), cls},
                            {QStringLiteral("neutral"), BenchBrowser::kNeutral},
                            {QStringLiteral("prefix"), QStringLiteral("w")},
                            {QStringLiteral("timeoutMs"), timeoutMs}},
                           timeoutMs + 120000);
        return answer.value_or(QJsonObject());
    };

    if (wanted("g8")) {
        log(QStringLiteral("G8: horizontal scroll, ParseDesk ..."));
        const QJsonObject ourScroll = scrollOurs(servers.local, wide);
        log(QStringLiteral("G8: horizontal scroll, Parse Dashboard ..."));
        const QJsonObject theirScroll =
            dashboardCommand(QStringLiteral("scroll"), QStringLiteral("local"), wide, 180000);
        {
            BenchOutput::Line line;
            line.goal = QStringLiteral("wide-scroll");
            line.metric =
                QStringLiteral("200-column class: scroll horizontally across every column, repaint p95");
            line.unit = QStringLiteral("ms");
            line.ours = round1(ourScroll.value(QLatin1String("p95")).toDouble());
            if (theirScroll.contains(QLatin1String("p95"))) {
                line.baseline = round1(theirScroll.value(QLatin1String("p95")).toDouble());
                line.baselineName = QStringLiteral("Parse Dashboard 9.2, frame time");
            }
            line.target = QStringLiteral("<= 16.7 ms");
            line.met = line.ours <= kFrameMs;
            line.extra = {{QStringLiteral("ours"), ourScroll}, {QStringLiteral("dashboard"), theirScroll}};
            BenchOutput::emitLine(line);
        }
    }
    if (wanted("g12")) {
        log(QStringLiteral("G12: memory with every row loaded, ParseDesk ..."));
        const QJsonObject ourMemory = memoryOurs(servers.local, wide, wideRows);
        log(QStringLiteral("G12: memory, Parse Dashboard ..."));
        const QJsonObject theirMemory =
            dashboardCommand(QStringLiteral("memory"), QStringLiteral("local"), wide, 180000);
        {
            const qint64 rss = ourMemory.value(QLatin1String("rss")).toInteger();
            const qint64 reply = ourMemory.value(QLatin1String("replyBytes")).toInteger();
            BenchOutput::Line line;
            line.goal = QStringLiteral("wide-memory");
            line.metric =
                QStringLiteral("200-column class, all %1 rows loaded: resident memory (reply text %2 MB)")
                    .arg(ourMemory.value(QLatin1String("rows")).toInt())
                    .arg(megabytes(reply));
            line.unit = QStringLiteral("MB");
            line.ours = megabytes(rss);
            if (theirMemory.contains(QLatin1String("tabRss"))) {
                line.baseline = megabytes(theirMemory.value(QLatin1String("tabRss")).toInteger());
                line.baselineName = QStringLiteral("Parse Dashboard 9.2 tab, %1 rows loaded")
                                        .arg(theirMemory.value(QLatin1String("rows")).toInt());
            }
            line.target = QStringLiteral("<= 2x reply text");
            line.met = reply > 0 && rss <= 2 * reply;
            line.extra = {
                {QStringLiteral("rssOverReply"), reply > 0 ? round1(double(rss) / double(reply)) : -1},
                {QStringLiteral("ours"), ourMemory},
                {QStringLiteral("dashboard"), theirMemory}};
            BenchOutput::emitLine(line);
        }
    }
    // G11 and G10 through the far server, ours and the raw client alternating.
    QList<QJsonObject> ourSaves, rawSaves, ourExports, rawExports;
    QTemporaryDir scratch;
    for (int round = 0; wanted("g11") && round < rounds; ++round) {
        log(QStringLiteral("G11 round %1: ParseDesk ...").arg(round + 1));
        const QJsonObject ours = saveOurs(servers.far, wide, edits, round);
        ourSaves << ours;
        log(QStringLiteral("G11 round %1: raw /batch ...").arg(round + 1));
        rawSaves << runNode(QStringList{QStringLiteral("edits.js")} + serverArguments(servers.far, wide) +
                            QStringList{QStringLiteral("--n"), QString::number(edits),
                                        QStringLiteral("--batch"),
                                        QString::number(ours.value(QLatin1String("batchSize")).toInt()),
                                        QStringLiteral("--concurrency"),
                                        QString::number(ours.value(QLatin1String("maxInFlight")).toInt()),
                                        QStringLiteral("--value"), QStringLiteral("raw %1").arg(round)});
    }
    if (wanted("g11")) {
        const double mine = medianMs(ourSaves);
        const double raw = medianMs(rawSaves);
        BenchOutput::Line line;
        line.goal = QStringLiteral("far-save");
        line.metric = QStringLiteral("80 ms TLS: save %1 pending cell edits of the objects table").arg(edits);
        line.unit = QStringLiteral("ms");
        line.ours = round1(mine);
        line.baseline = round1(raw);
        line.baselineName = QStringLiteral("raw /batch, %1 per batch x %2")
                                .arg(ourSaves.first().value(QLatin1String("batchSize")).toInt())
                                .arg(ourSaves.first().value(QLatin1String("maxInFlight")).toInt());
        line.target = QStringLiteral("<= 1.2x raw time");
        line.met = mine > 0 && raw > 0 && mine <= 1.2 * raw;
        line.extra = {{QStringLiteral("rounds"), rounds},
                      {QStringLiteral("oursReplies"), ourSaves.first().value(QLatin1String("replies"))},
                      {QStringLiteral("oursSamples"), samplesMs(ourSaves)},
                      {QStringLiteral("baselineSamples"), samplesMs(rawSaves)}};
        BenchOutput::emitLine(line);
    }

    if (!wanted("g10"))
        return 0;
    for (int round = 0; round < exportRounds; ++round) {
        log(QStringLiteral("G10 round %1: ParseDesk ...").arg(round + 1));
        ourExports << exportOurs(servers.far, exported, scratch.filePath(QStringLiteral("ours.csv")));
        log(QStringLiteral("G10 round %1: raw client ...").arg(round + 1));
        rawExports << runNode(
            QStringList{QStringLiteral("export.js")} + serverArguments(servers.far, exported) +
            QStringList{QStringLiteral("--page"), QString::number(ObjectExporter::kPageSize),
                        QStringLiteral("--out"), scratch.filePath(QStringLiteral("raw.csv"))});
    }
    // PARSEDESK_BENCH_DASHBOARD_EXPORT_S=-1 leaves Dashboard's export out (for profiling ours).
    const bool dashboardExport = qEnvironmentVariableIntValue("PARSEDESK_BENCH_DASHBOARD_EXPORT_S") >= 0;
    if (dashboardExport)
        log(QStringLiteral("G10: Parse Dashboard's Export all rows ..."));
    const QJsonObject theirExport =
        dashboardExport
            ? dashboardCommand(QStringLiteral("export"), QStringLiteral("far"), exported, dashboardExportMs)
            : QJsonObject();
    {
        const double mine = medianMs(ourExports);
        const double raw = medianMs(rawExports);
        BenchOutput::Line line;
        line.goal = QStringLiteral("wide-export");
        line.metric =
            QStringLiteral("80 ms TLS: export %1 rows of the 200-column class to CSV").arg(exportRows);
        line.unit = QStringLiteral("s");
        line.ours = round1(mine / 1000);
        line.baseline = round1(raw / 1000);
        line.baselineName =
            QStringLiteral("raw cursor-paging Node client, %1 a page").arg(ObjectExporter::kPageSize);
        line.target = QStringLiteral(">= 90%");
        line.met = mine > 0 && raw > 0 && raw / mine >= 0.9;
        line.extra = {{QStringLiteral("rounds"), exportRounds},
                      {QStringLiteral("oursSamples"), samplesMs(ourExports)},
                      {QStringLiteral("baselineSamples"), samplesMs(rawExports)},
                      {QStringLiteral("oursRows"), ourExports.first().value(QLatin1String("rows"))},
                      {QStringLiteral("oursReplies"), ourExports.first().value(QLatin1String("replies"))},
                      {QStringLiteral("oursBytes"), ourExports.first().value(QLatin1String("bytes"))},
                      {QStringLiteral("baselineBytes"), rawExports.first().value(QLatin1String("bytes"))},
                      {QStringLiteral("dashboard"), theirExport}};
        BenchOutput::emitLine(line);

        BenchOutput::Line beside;
        beside.goal = QStringLiteral("wide-export");
        beside.metric =
            QStringLiteral("80 ms TLS: export %1 rows to CSV vs Dashboard's Export all rows (%2)")
                .arg(exportRows)
                .arg(theirExport.value(QLatin1String("outcome")).toString(QStringLiteral("failed")));
        beside.unit = QStringLiteral("s");
        beside.ours = line.ours;
        if (theirExport.value(QLatin1String("completed")).toBool()) {
            beside.baseline = round1(theirExport.value(QLatin1String("ms")).toDouble() / 1000);
            beside.baselineName = QStringLiteral("Parse Dashboard 9.2");
        }
        beside.extra = {{QStringLiteral("dashboard"), theirExport}};
        BenchOutput::emitLine(beside);
    }
    return 0;
}
