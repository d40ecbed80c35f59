#pragma once

#include "core/net/ServerProfile.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>
#include <functional>

class QNetworkAccessManager;
class QObject;
class QProcess;

// What issue #23's benches share (bench_dashboard, bench_wide): the bench Parse Server of PARSEDESK_TEST_*
// twice, local and far (node/far-proxy.js: TLS with the test certificate of tests/support/tls, 40 ms each
// way, counting connections and handshakes), Parse Dashboard with both as apps, classes made straight in
// PostgreSQL by make-class.sh, and waits that keep the event loop running.
namespace FarSetup {
struct Servers
{
    ServerProfile local; // with the master key, as the baselines send it
    ServerProfile far;   // trusts the far certificate by its fingerprint, as a user would
    QString spki;        // the far certificate's public key hash: how Chromium trusts it
    QString statsUrl;    // the far proxy's counts
    QString dashboardUrl;
};

// Why the benches cannot run here (no server, no chromium, no node modules, no PARSEDESK_TEST_STATE), or
// empty.
QString missingReason();
double ms(const QElapsedTimer &t);
void idle(int millis);
bool waitFor(const std::function<bool()> &done, int timeoutMs = 120000);
QJsonObject getJson(QNetworkAccessManager &network, const QString &url);
// make-class.sh --class cls args on PARSEDESK_TEST_STATE's server; false (logged) when it failed.
bool makeClass(const QString &cls, const QStringList &args);
// The process gets SIGTERM when the bench ends, even by qFatal: no proxy or browser is left holding a port.
void endWithBench(QProcess &process);
// A node script of node/, running until parent goes; returns once it printed readyLine.
QProcess *startNode(const QStringList &arguments, const QByteArray &readyLine, QObject *parent);
// The far proxy (PARSEDESK_BENCH_FAR_PORT, 1427, stats on the next port) and Parse Dashboard
// (PARSEDESK_BENCH_DASHBOARD_PORT, 4040) with the apps "local" and "far"; both live as long as parent.
Servers start(QObject *parent);
} // namespace FarSetup
