// bench_querymemory: issue 16's bounded memory. The release parsedesk-cli runs `query` against a server of
// this process's own (BigReplyServer) that answers with a generated find reply of 1 GB; its peak RSS, from
// wait4, is reported as a multiple of the reply's size (goal: at most 3x), for --format json and csv
// (stdout to /dev/null), with --max-reply-mb 2048. Then a 600 MB reply with the default cap (512 MB):
// refused with exit 2, having read little of it. PARSEDESK_BENCH_QUERY_MB sets the large reply's size.
#include "BenchOutput.h"
#include "BigReplyServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryFile>
#include <QThread>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using BenchOutput::log;

namespace {

constexpr qint64 kMB = 1024 * 1024;

struct CliRun
{
    int exitCode = -1;
    qint64 peakRssBytes = 0; // the child's own high-water mark (ru_maxrss)
    double wallS = 0;
    double cpuS = 0;
    QByteArray err;
    QJsonArray rssTimeline; // [seconds, MB] every 0.2 s, from /proc/PID/status
};

qint64 residentKB(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Runs parsedesk-cli with stdout on /dev/null, waits for it, and reads its resource use from wait4 (QProcess
// reaps its children itself and keeps no rusage, hence fork and exec).
CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTemporaryFile err;
    if (!err.open())
        return run;
    std::vector<std::string> strings{PARSEDESK_CLI_PATH};
    for (const QString &a : arguments)
        strings.push_back(a.toStdString());
    std::vector<char *> argv;
    for (std::string &s : strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    const int errFd = err.handle();
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(errFd, STDERR_FILENO);
        ::execv(argv.front(), argv.data());
        ::_exit(127);
    }
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    qint64 nextSampleMs = 0;
    while (::wait4(pid, &status, WNOHANG, &usage) == 0) {
        if (clock.elapsed() >= nextSampleMs) {
            run.rssTimeline.append(
                QJsonArray{qRound(clock.elapsed() / 100.0) / 10.0, qRound(residentKB(pid) / 1024.0)});
            nextSampleMs += 200;
        }
        QThread::msleep(10);
    }
    run.wallS = clock.elapsed() / 1000.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.peakRssBytes = qint64(usage.ru_maxrss) * 1024;
    run.cpuS = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
               double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    err.seek(0);
    run.err = err.readAll().trimmed();
    return run;
}

QStringList queryArguments(quint16 port, const QStringList &more)
{
    return QStringList{QStringLiteral("query"),      QStringLiteral("BenchBig"),
                       QStringLiteral("--server"),   QStringLiteral("http://127.0.0.1:%1/parse").arg(port),
                       QStringLiteral("--app-id"),   QStringLiteral("bench"),
                       QStringLiteral("--rest-key"), QStringLiteral("bench"),
                       QStringLiteral("--timeout"),  QStringLiteral("3600")} +
           more;
}

QJsonObject details(const CliRun &run, qint64 replyBytes)
{
    return {{QStringLiteral("replyMB"), qRound(replyBytes * 10.0 / kMB) / 10.0},
            {QStringLiteral("peakRssMB"), qRound(run.peakRssBytes * 10.0 / kMB) / 10.0},
            {QStringLiteral("wallS"), qRound(run.wallS * 10) / 10.0},
            {QStringLiteral("cpuS"), qRound(run.cpuS * 10) / 10.0},
            {QStringLiteral("exitCode"), run.exitCode},
            {QStringLiteral("rssTimeline"), run.rssTimeline}};
}

void logRun(const QString &what, const CliRun &run, qint64 replyBytes)
{
    log(QStringLiteral("%1: exit %2, peak RSS %3 MB (%4x the reply of %5 MB), wall %6 s, CPU %7 s%8")
            .arg(what)
            .arg(run.exitCode)
            .arg(run.peakRssBytes / kMB)
            .arg(double(run.peakRssBytes) / double(replyBytes), 0, 'f', 2)
            .arg(replyBytes / kMB)
            .arg(run.wallS, 0, 'f', 1)
            .arg(run.cpuS, 0, 'f', 1)
            .arg(run.err.isEmpty() ? QString() : QStringLiteral("; stderr: ") + QString::fromUtf8(run.err)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    const int largeMb = qEnvironmentVariableIntValue("PARSEDESK_BENCH_QUERY_MB", &ok);
    BigReplyServer server;
    if (server.port() == 0) {
        log(QStringLiteral("bench_querymemory: cannot listen on 127.0.0.1"));
        return 2;
    }

    const qint64 large = server.setReplyBytes((ok && largeMb > 0 ? largeMb : 1024) * kMB);
    const QString largeText = QStringLiteral("%1 MB").arg(qRound(double(large) / kMB));
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv")}) {
        const CliRun run =
            runCli(queryArguments(server.port(), {QStringLiteral("--format"), format,
                                                  QStringLiteral("--max-reply-mb"), QStringLiteral("2048")}));
        logRun(QStringLiteral("query --format %1").arg(format), run, large);
        if (run.exitCode == 127 || run.exitCode < 0) {
            log(QStringLiteral("bench_querymemory: cannot run %1").arg(QLatin1String(PARSEDESK_CLI_PATH)));
            return 2;
        }
        const double multiple = double(run.peakRssBytes) / double(large);
        BenchOutput::Line peak;
        peak.goal = QStringLiteral("memory");
        peak.metric = QStringLiteral("query of a %1 reply, --format %2: peak RSS").arg(largeText, format);
        peak.unit = QStringLiteral("x reply");
        peak.ours = qRound(multiple * 100) / 100.0;
        peak.target = QStringLiteral("<= 3x");
        peak.met = run.exitCode == 0 && multiple <= 3;
        peak.extra = details(run, large);
        if (run.exitCode != 0)
            peak.extra.insert(QStringLiteral("stderr"), QString::fromUtf8(run.err));
        BenchOutput::emitLine(peak);

        BenchOutput::Line wall;
        wall.goal = peak.goal;
        wall.metric = QStringLiteral("query of a %1 reply, --format %2: wall time").arg(largeText, format);
        wall.unit = QStringLiteral("s");
        wall.ours = qRound(run.wallS * 10) / 10.0;
        wall.extra = peak.extra;
        BenchOutput::emitLine(wall);
    }

    // Refused by its announced length, before the body is read.
    const qint64 refusedSize = server.setReplyBytes(600 * kMB);
    const CliRun refused = runCli(queryArguments(server.port(), {}));
    logRun(QStringLiteral("query of 600 MB, default cap"), refused, refusedSize);
    const bool said = refused.err.contains("larger than the limit of 512 MB");
    BenchOutput::Line line;
    line.goal = QStringLiteral("memory");
    line.metric = QStringLiteral("600 MB reply, default 512 MB cap: refused (exit 2), peak RSS");
    line.unit = QStringLiteral("MB");
    line.ours = qRound(refused.peakRssBytes * 10.0 / kMB) / 10.0;
    line.target = QStringLiteral("<= 60 MB (exit 2)");
    line.met = refused.exitCode == 2 && said && refused.peakRssBytes <= 60 * kMB;
    line.extra = details(refused, refusedSize);
    line.extra.insert(QStringLiteral("stderr"), QString::fromUtf8(refused.err));
    line.extra.insert(QStringLiteral("bodyMBSentBeforeClose"),
                      qRound(server.lastBodyBytesSent() * 10.0 / kMB) / 10.0);
    BenchOutput::emitLine(line);
    return 0;
}
