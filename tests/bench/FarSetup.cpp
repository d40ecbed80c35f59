#include "FarSetup.h"

#include "BenchOutput.h"
#include "LocalParseServer.h"
#include "core/net/TlsTrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTimer>
#include <csignal>
#include <sys/prctl.h>

namespace FarSetup {
namespace {
const QString kNodeDir = QStringLiteral(PARSEDESK_BENCH_NODE_DIR);
const QString kCertificate = QStringLiteral(PARSEDESK_TLS_DIR "/server-a.crt");

int port(const char *variable, int fallback)
{
    const int set = qEnvironmentVariableIntValue(variable);
    return set > 0 ? set : fallback;
}
} // namespace

QString missingReason()
{
    if (const QString missing = LocalParseServer::missingReason(); !missing.isEmpty())
        return missing;
    if (!QFile::exists(QStringLiteral("/usr/bin/chromium")) ||
        !QFile::exists(kNodeDir + QStringLiteral("/node_modules/parse-dashboard/bin/parse-dashboard")))
        return QStringLiteral("needs /usr/bin/chromium and the node modules: run tests/bench/run.sh");
    if (qEnvironmentVariableIsEmpty("PARSEDESK_TEST_STATE"))
        return QStringLiteral("needs PARSEDESK_TEST_STATE (the server's state directory) for make-class.sh");
    return {};
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void idle(int millis)
{
    QEventLoop loop;
    QTimer::singleShot(millis, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    // Sleeps until the next event; a timer wakes it for the deadline. processEvents with a time limit
    // never sleeps (Qt drops WaitForMoreEvents there), and calling it in a loop took a whole core from the
    // Parse Server and the proxy on this 2-core machine: whatever ParseDesk waited for was slowed, the
    // raw node clients (which wait in their own process) were not.
    QElapsedTimer t;
    t.start();
    QTimer wake;
    wake.start(20);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QJsonObject getJson(QNetworkAccessManager &network, const QString &url)
{
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
    waitFor([reply] { return reply->isFinished(); }, 10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool makeClass(const QString &cls, const QStringList &args)
{
    const QString state = qEnvironmentVariable("PARSEDESK_TEST_STATE");
    QProcess make;
    make.setProcessChannelMode(QProcess::ForwardedChannels);
    make.start(QStringLiteral("bash"),
               QStringList{QStringLiteral(PARSEDESK_BENCH_DIR "/make-class.sh"), QStringLiteral("--state"),
                           state, QStringLiteral("--class"), cls} +
                   args);
    if (state.isEmpty() || !make.waitForFinished(900000) || make.exitCode() != 0) {
        BenchOutput::log(QStringLiteral("could not make %1 (PARSEDESK_TEST_STATE: %2)").arg(cls, state));
        return false;
    }
    return true;
}

void endWithBench(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

QProcess *startNode(const QStringList &arguments, const QByteArray &readyLine, QObject *parent)
{
    auto *process = new QProcess(parent);
    endWithBench(*process);
    process->setWorkingDirectory(kNodeDir);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral("node"), arguments);
    QByteArray seen;
    if (!waitFor(
            [&] {
                seen += process->readAll();
                return seen.contains(readyLine) || process->state() == QProcess::NotRunning;
            },
            60000) ||
        !seen.contains(readyLine))
        qFatal("node %s did not start: %s", qPrintable(arguments.join(QLatin1Char(' '))), seen.constData());
    return process;
}

Servers start(QObject *parent)
{
    Servers out;
    out.local = LocalParseServer::profile();
    out.local.useMasterKey = true;
    const int farPort = port("PARSEDESK_BENCH_FAR_PORT", 1427);
    const int dashboardPort = port("PARSEDESK_BENCH_DASHBOARD_PORT", 4040);
    QUrl farUrl = out.local.serverUrl;
    farUrl.setScheme(QStringLiteral("https"));
    farUrl.setPort(farPort);
    QFile certificateFile(kCertificate);
    if (!certificateFile.open(QIODevice::ReadOnly))
        qFatal("no %s", qPrintable(kCertificate));
    const QSslCertificate certificate(&certificateFile, QSsl::Pem);
    out.far = out.local;
    out.far.serverUrl = farUrl;
    out.far.trustedCertificate = TlsTrust::fingerprint(certificate);
    out.spki = QString::fromLatin1(
        QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64());
    out.statsUrl = QStringLiteral("http://127.0.0.1:%1").arg(farPort + 1);
    startNode({QStringLiteral("far-proxy.js"), QStringLiteral("--listen"), QString::number(farPort),
               QStringLiteral("--upstream"),
               QStringLiteral("%1:%2").arg(out.local.serverUrl.host()).arg(out.local.serverUrl.port()),
               QStringLiteral("--delay"), QStringLiteral("40"), QStringLiteral("--stats"),
               QString::number(farPort + 1)},
              "far proxy", parent);

    // Dashboard reads its apps from a file that must outlive its start only.
    QTemporaryDir dir;
    const auto dashboardApp = [&](const QString &name, const QUrl &url) {
        return QJsonObject{{QStringLiteral("serverURL"), url.toString()},
                           {QStringLiteral("appId"), out.local.applicationId},
                           {QStringLiteral("masterKey"), out.local.masterKey},
                           {QStringLiteral("appName"), name}};
    };
    QFile config(dir.filePath(QStringLiteral("dashboard.json")));
    if (!config.open(QIODevice::WriteOnly) ||
        config.write(
            QJsonDocument(QJsonObject{{QStringLiteral("apps"),
                                       QJsonArray{dashboardApp(QStringLiteral("local"), out.local.serverUrl),
                                                  dashboardApp(QStringLiteral("far"), farUrl)}}})
                .toJson()) < 0)
        qFatal("cannot write %s", qPrintable(config.fileName()));
    config.close();
    startNode({QStringLiteral("node_modules/parse-dashboard/bin/parse-dashboard"), QStringLiteral("--dev"),
               QStringLiteral("--config"), config.fileName(), QStringLiteral("--host"),
               QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(dashboardPort)},
              "dashboard is now available", parent);
    out.dashboardUrl = QStringLiteral("http://127.0.0.1:%1").arg(dashboardPort);
    return out;
}
} // namespace FarSetup
