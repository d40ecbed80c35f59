// bench_batch: issue #7 goal 1 (batch writes) and goal 5 (connections). Against the local Parse Server of
// PARSEDESK_TEST_*, side by side in one run: the Parse JS SDK's saveAll/destroyAll (node/sdk.js), the raw
// ceiling (node/raw.js: pre-built /batch bodies, best batch size x concurrency) and BatchRunner as the
// product runs it (the profile's batch size, BatchRunner's in-flight window), each on the same 10,000
// objects (node/fixture.js), in 5 rounds (PARSEDESK_BENCH_REPEAT) in which each client runs once: each
// figure is the median of its rounds, so ours and the ceiling are measured alike. Then the same through
// node/proxy.js, which adds 20 ms to every request and counts the TCP connections of our bulk job.
#include "BenchOutput.h"
#include "LocalParseServer.h"
#include "core/batch/BatchRunner.h"
#include "core/net/ParseClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryFile>
#include <QTest>

using BenchOutput::log;

namespace {

const QString kClass = QStringLiteral("BenchItem");

struct Timing
{
    double ms = 0;
    int n = 0;
    int errors = 0;
    QString how; // the raw ceiling: batch size x concurrency; ours: batch size and the window reached
    bool valid() const { return ms > 0 && n > 0; }
    double opsPerSecond() const { return n * 1000.0 / ms; }
};

QString nodeDir()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("PARSEDESK_BENCH_NODE_DIR"),
                                                          QStringLiteral(PARSEDESK_BENCH_NODE_DIR));
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

// Runs a node script to its end (a bench may block: nothing else runs meanwhile) and returns its JSON lines.
QList<QJsonObject> runNode(const QStringList &arguments)
{
    QProcess node;
    node.setWorkingDirectory(nodeDir());
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(QStringLiteral("node"), arguments);
    if (!node.waitForFinished(-1) || node.exitCode() != 0) {
        log(QStringLiteral("node %1 failed (exit %2)")
                .arg(arguments.join(QLatin1Char(' ')))
                .arg(node.exitCode()));
        return {};
    }
    QList<QJsonObject> lines;
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

Timing timingFrom(const QJsonObject &o)
{
    Timing t;
    t.ms = o.value(QLatin1String("ms")).toDouble();
    t.n = o.value(QLatin1String("n")).toInt();
    t.errors = o.value(QLatin1String("errors")).toInt();
    if (o.contains(QLatin1String("batchSize")))
        t.how = QStringLiteral("%1 per batch x %2 connections")
                    .arg(o.value(QLatin1String("batchSize")).toInt())
                    .arg(o.value(QLatin1String("concurrency")).toInt());
    return t;
}

// The fastest error-free line of `op` (the SDK reports an error and stops: such a run never counts).
Timing best(const QList<QJsonObject> &lines, const QString &op)
{
    Timing out;
    for (const QJsonObject &o : lines) {
        if (o.value(QLatin1String("op")).toString() != op)
            continue;
        const Timing t = timingFrom(o);
        if (t.errors == 0 && t.valid() && (!out.valid() || t.ms < out.ms))
            out = t;
    }
    return out;
}

// The round of median time among the error-free ones (the lower middle of an even count).
Timing median(QList<Timing> rounds)
{
    rounds.removeIf([](const Timing &t) { return !t.valid() || t.errors > 0; });
    if (rounds.isEmpty())
        return {};
    std::sort(rounds.begin(), rounds.end(), [](const Timing &a, const Timing &b) { return a.ms < b.ms; });
    return rounds.at((rounds.size() - 1) / 2);
}

// The raw client's arguments for the batch size and concurrency of the sweep's fastest `op`.
QStringList rawSetting(const QList<QJsonObject> &sweep, const QString &op)
{
    const QJsonObject *fastest = nullptr;
    for (const QJsonObject &o : sweep) {
        if (o.value(QLatin1String("op")).toString() == op && o.value(QLatin1String("errors")).toInt() == 0 &&
            (!fastest ||
             o.value(QLatin1String("ms")).toDouble() < fastest->value(QLatin1String("ms")).toDouble()))
            fastest = &o;
    }
    if (!fastest)
        return {};
    return {QStringLiteral("--sizes"),
            QString::number(fastest->value(QLatin1String("batchSize")).toInt()),
            QStringLiteral("--concurrency"),
            QString::number(fastest->value(QLatin1String("concurrency")).toInt()),
            QStringLiteral("--repeat"),
            QStringLiteral("0")};
}

ServerProfile profileAt(const QUrl &url)
{
    ServerProfile p = LocalParseServer::profile();
    p.serverUrl = url;
    p.useMasterKey = true; // the baselines send the master key too
    return p;
}

// One BatchRunner job as the product runs it: the profile's batch size (as the CLI and the batch composer
// set it), BatchRunner's own in-flight window. Every operation's result is kept in `results`.
Timing runOurs(ParseClient *client, const QList<ParseRequest> &ops, QList<ParseResult> *results)
{
    BatchRunner runner(client);
    runner.setBatchSize(client->profile().batchSize);
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.run(ops, false);
    if (runner.isRunning())
        loop.exec();
    Timing t;
    t.ms = double(clock.nsecsElapsed()) / 1e6;
    t.n = int(ops.size());
    *results = runner.results();
    t.how =
        QStringLiteral("%1 per batch, up to %2 in flight").arg(runner.batchSize()).arg(runner.peakInFlight());
    for (const ParseResult &r : std::as_const(*results))
        t.errors += r.ok() ? 0 : 1;
    return t;
}

QList<ParseRequest> creates(const QJsonArray &fixture)
{
    QList<ParseRequest> ops;
    ops.reserve(fixture.size());
    for (const QJsonValue &v : fixture)
        ops << ParseRequest::createObject(kClass, v.toObject());
    return ops;
}

QList<ParseRequest> deletes(const QList<ParseResult> &created)
{
    QList<ParseRequest> ops;
    for (const ParseResult &r : created) {
        if (r.ok())
            ops << ParseRequest::deleteObject(kClass, r.object().value(QLatin1String("objectId")).toString());
    }
    return ops;
}

QJsonObject getJson(QNetworkAccessManager *network, const QUrl &url)
{
    QNetworkReply *reply = network->get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

struct Ours
{
    Timing create;
    Timing remove;
    int connections = -1; // accepted by the proxy during the job, when there is one
};

// One job of 10k creates then 10k deletes on a fresh QNetworkAccessManager, so the job opens its own
// connections (counted by the proxy at `statsUrl`, when there is one).
Ours measureOurs(const QUrl &url, const QJsonArray &fixture, const QUrl &statsUrl)
{
    Ours out;
    QNetworkAccessManager statsNetwork;
    if (statsUrl.isValid())
        getJson(&statsNetwork, statsUrl.resolved(QUrl(QStringLiteral("reset"))));
    QNetworkAccessManager network;
    ParseClient client(profileAt(url), &network);
    QList<ParseResult> results;
    // Untimed warm-up, as the SDK gets one: the class exists and a connection is open.
    runOurs(&client, creates(QJsonArray{fixture.first()}), &results);
    runOurs(&client, deletes(results), &results);

    out.create = runOurs(&client, creates(fixture), &results);
    out.remove = runOurs(&client, deletes(results), &results);
    log(QStringLiteral("ours %1: create %2 ms (%3 errors; %4), delete %5 ms (%6 errors; %7)")
            .arg(url.toString())
            .arg(out.create.ms, 0, 'f', 0)
            .arg(out.create.errors)
            .arg(out.create.how)
            .arg(out.remove.ms, 0, 'f', 0)
            .arg(out.remove.errors)
            .arg(out.remove.how));
    if (statsUrl.isValid())
        out.connections = getJson(&statsNetwork, statsUrl).value(QLatin1String("accepted")).toInt(-1);
    return out;
}

void compare(const QString &label, const QString &metric, const Timing &baseline, const QString &baselineName,
             const Timing &ours, double factor, const QString &target, int rounds)
{
    BenchOutput::Line line;
    line.goal = QStringLiteral("batch");
    line.metric = metric + label;
    line.unit = QStringLiteral("ops/s");
    line.target = target;
    line.baselineName = baselineName;
    if (baseline.valid()) {
        line.baseline = qRound(baseline.opsPerSecond());
        line.baselineName += baseline.how.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(baseline.how);
    }
    line.ours = ours.valid() ? qRound(ours.opsPerSecond()) : 0;
    if (baseline.valid() && ours.valid()) {
        const double ratio = ours.opsPerSecond() / baseline.opsPerSecond();
        line.extra.insert(QStringLiteral("ratio"), qRound(ratio * 100) / 100.0);
        if (factor > 0)
            line.met = ratio >= factor;
    }
    line.extra.insert(QStringLiteral("rounds"), rounds); // each figure is the median of as many
    line.extra.insert(QStringLiteral("oursMs"), qRound(ours.ms));
    line.extra.insert(QStringLiteral("baselineMs"), qRound(baseline.ms));
    BenchOutput::emitLine(line);
}

// Side by side against `url`: the JS SDK, ours and the raw ceiling, `repeat` rounds.
void measure(const QUrl &url, const QString &label, const QString &fixtureFile, const QJsonArray &fixture,
             int repeat, const QStringList &rawSweep, double sdkFactor, const QUrl &statsUrl)
{
    const QStringList common{QStringLiteral("--url"),     url.toString(),
                             QStringLiteral("--fixture"), fixtureFile,
                             QStringLiteral("--class"),   kClass};
    // PARSEDESK_BENCH_ONLY_OURS=1 skips the baselines: for profiling ours (perf record bench_batch).
    const bool baselines = !qEnvironmentVariableIsSet("PARSEDESK_BENCH_ONLY_OURS");
    // The sweep finds the raw ceiling's best setting of each operation (and warms the fresh server up).
    const QList<QJsonObject> sweep =
        baselines
            ? runNode(QStringList{QStringLiteral("raw.js"), QStringLiteral("--repeat"), QStringLiteral("0")} +
                      common + rawSweep)
            : QList<QJsonObject>();
    const QStringList rawCreate = rawSetting(sweep, QStringLiteral("create"));
    const QStringList rawDelete = rawSetting(sweep, QStringLiteral("delete"));

    // Then rounds in which every client runs once, so a drift of the machine's load hits all alike; each
    // client's median round counts.
    QList<Timing> sdkCreates, sdkDeletes, rawCreates, rawDeletes, ourCreates, ourDeletes;
    int connections = -1;
    for (int round = 0; round < repeat; ++round) {
        if (baselines) {
            const QList<QJsonObject> sdk = runNode(QStringList{QStringLiteral("sdk.js")} + common);
            sdkCreates << best(sdk, QStringLiteral("create"));
            sdkDeletes << best(sdk, QStringLiteral("delete"));
        }
        const Ours o = measureOurs(url, fixture, statsUrl);
        ourCreates << o.create;
        ourDeletes << o.remove;
        connections = qMax(connections, o.connections);
        if (!rawCreate.isEmpty()) {
            const QList<QJsonObject> raw =
                runNode(QStringList{QStringLiteral("raw.js")} + common + rawCreate);
            rawCreates << best(raw, QStringLiteral("create"));
            if (rawDelete == rawCreate)
                rawDeletes << best(raw, QStringLiteral("delete"));
        }
        if (!rawDelete.isEmpty() && rawDelete != rawCreate) {
            const QList<QJsonObject> raw =
                runNode(QStringList{QStringLiteral("raw.js")} + common + rawDelete);
            rawDeletes << best(raw, QStringLiteral("delete"));
        }
    }
    const Timing sdkCreate = median(sdkCreates), sdkDelete = median(sdkDeletes);
    const Timing rawCreateTime = median(rawCreates), rawDeleteTime = median(rawDeletes);
    Ours ours{median(ourCreates), median(ourDeletes), connections};
    log(QStringLiteral("rounds%1: ours delete %2 ms, raw delete %3 ms (medians of %4)")
            .arg(label)
            .arg(ours.remove.ms, 0, 'f', 0)
            .arg(rawDeleteTime.ms, 0, 'f', 0)
            .arg(repeat));

    const QString sdkFactorText = QStringLiteral(">= %1x").arg(sdkFactor);
    compare(label, QStringLiteral("10k creates vs saveAll"), sdkCreate, QStringLiteral("JS SDK saveAll"),
            ours.create, sdkFactor, sdkFactorText, repeat);
    compare(label, QStringLiteral("10k deletes vs destroyAll"), sdkDelete,
            QStringLiteral("JS SDK destroyAll"), ours.remove, sdkFactor, sdkFactorText, repeat);
    // The 90 % goal is set for the direct case; behind the proxy the ceiling is shown for reference.
    const bool direct = !statsUrl.isValid();
    compare(label, QStringLiteral("10k creates vs raw ceiling"), rawCreateTime, QStringLiteral("raw /batch"),
            ours.create, direct ? 0.9 : 0, direct ? QStringLiteral(">= 90%") : QString(), repeat);
    compare(label, QStringLiteral("10k deletes vs raw ceiling"), rawDeleteTime, QStringLiteral("raw /batch"),
            ours.remove, direct ? 0.9 : 0, direct ? QStringLiteral(">= 90%") : QString(), repeat);

    if (ours.connections >= 0) {
        BenchOutput::Line line;
        line.goal = QStringLiteral("connections");
        line.metric = QStringLiteral("TCP connections opened by a 10k create + delete job") + label;
        line.unit = QStringLiteral("connections");
        line.ours = ours.connections;
        line.target = QStringLiteral("<= 6");
        line.met = ours.connections <= 6;
        BenchOutput::emitLine(line);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString missing = LocalParseServer::missingReason();
    if (!missing.isEmpty()) {
        log(missing);
        return 2;
    }
    const int count = envInt("PARSEDESK_BENCH_OBJECTS", 10000);
    const int repeat = envInt("PARSEDESK_BENCH_REPEAT", 5);
    const int proxyPort = envInt("PARSEDESK_BENCH_PROXY_PORT", 1425);
    const int delayMs = envInt("PARSEDESK_BENCH_DELAY_MS", 20);

    // The fixture: generated once, the same file for every client.
    QProcess generator;
    generator.setWorkingDirectory(nodeDir());
    generator.start(QStringLiteral("node"), {QStringLiteral("fixture.js"), QString::number(count)});
    generator.waitForFinished(-1);
    const QByteArray fixtureJson = generator.readAllStandardOutput();
    const QJsonArray fixture = QJsonDocument::fromJson(fixtureJson).array();
    QTemporaryFile fixtureFile;
    if (fixture.size() != count || !fixtureFile.open() ||
        fixtureFile.write(fixtureJson) != fixtureJson.size()) {
        log(QStringLiteral("cannot generate the fixture with node %1/fixture.js (npm ci there first)")
                .arg(nodeDir()));
        return 2;
    }
    fixtureFile.flush();

    const QUrl direct = LocalParseServer::profile().serverUrl;
    measure(direct, QString(), fixtureFile.fileName(), fixture, repeat,
            {QStringLiteral("--sizes"), QStringLiteral("20,50,100,200,500"), QStringLiteral("--concurrency"),
             QStringLiteral("1,2,4,6")},
            2.0, QUrl());

    // The same behind the delaying proxy (it counts the connections too).
    QProcess proxy;
    proxy.setWorkingDirectory(nodeDir());
    proxy.setProcessChannelMode(QProcess::ForwardedChannels);
    proxy.start(QStringLiteral("node"),
                {QStringLiteral("proxy.js"), QStringLiteral("--listen"), QString::number(proxyPort),
                 QStringLiteral("--upstream"), QStringLiteral("%1:%2").arg(direct.host()).arg(direct.port()),
                 QStringLiteral("--delay"), QString::number(delayMs), QStringLiteral("--stats"),
                 QString::number(proxyPort + 1)});
    QUrl delayed = direct;
    delayed.setPort(proxyPort);
    const QUrl stats(QStringLiteral("http://127.0.0.1:%1/").arg(proxyPort + 1));
    QNetworkAccessManager probe;
    if (!QTest::qWaitFor([&] { return !getJson(&probe, stats).isEmpty(); }, 10000)) {
        log(QStringLiteral("the delaying proxy did not start on port %1").arg(proxyPort));
        return 2;
    }
    measure(delayed, QStringLiteral(" (+%1 ms per request)").arg(delayMs), fixtureFile.fileName(), fixture, 1,
            {QStringLiteral("--sizes"), QStringLiteral("50,100,200,500"), QStringLiteral("--concurrency"),
             QStringLiteral("2,4,6")},
            5.0, stats);
    proxy.terminate();
    proxy.waitForFinished();
    return 0;
}
