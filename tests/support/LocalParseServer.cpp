#include "LocalParseServer.h"

#include <QProcessEnvironment>

namespace LocalParseServer {

namespace {
QString env(const char *which, const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("PARSEDESK_%1_%2").arg(QLatin1String(which), QLatin1String(name)));
}
} // namespace

QString missingReason(const char *which)
{
    if (env(which, "SERVER_URL").isEmpty())
        return QStringLiteral(
                   "No %1 Parse Server: run the suite with tests/run-tests.sh, which starts the test "
                   "servers and sets PARSEDESK_%1_SERVER_URL and the keys.")
            .arg(QLatin1String(which));
    return {};
}

ServerProfile profile(const char *which)
{
    ServerProfile p;
    p.id = QStringLiteral("local-") + QString::fromLatin1(which).toLower();
    p.name = QStringLiteral("Local ") + QString::fromLatin1(which).toLower();
    p.serverUrl = QUrl(env(which, "SERVER_URL"));
    p.applicationId = env(which, "APP_ID");
    p.restApiKey = env(which, "REST_KEY");
    p.clientKey = env(which, "CLIENT_KEY");
    p.masterKey = env(which, "MASTER_KEY");
    return p;
}

} // namespace LocalParseServer
