#include "core/net/ConnectionTester.h"

#include "core/net/ParseClient.h"

namespace {
// Parse Server answers a find on a class nobody has with code 119 for non-master keys, and a find on
// _Role with results: any reply but "unauthorized" proves the app id and key passed.
const QString kKeyProbeClass = QStringLiteral("_Role");
// The files route checks the app id in its path and nothing else: 404 for a known app, 403 otherwise.
const QString kFileProbeName = QStringLiteral("parsedesk-connection-probe");
} // namespace

ConnectionTester::ConnectionTester(const ServerProfile &profile, QNetworkAccessManager *network,
                                   QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(network)
    , m_client(new ParseClient(profile, network, this))
{}

void ConnectionTester::start()
{
    checkHealth();
}

void ConnectionTester::checkHealth()
{
    Q_EMIT progress(tr("Reaching the server…"));
    connect(
        m_client->send(ParseRequest::health()), &ParseReply::finished, this, [this](const ParseResult &r) {
            m_latencyMs = r.elapsedMs;
            using Kind = ParseError::Kind;
            if (r.error.kind == Kind::Tls) {
                m_certificate = r.error.certificate;
                done(Outcome::UntrustedCertificate, r.error.describe());
            } else if (!r.error.redirectTo.isEmpty()) {
                m_suggestedUrl = ParseClient::serverUrlFromRedirect(r);
                done(Outcome::Redirected, r.error.describe());
            } else if (r.error.kind == Kind::Transport || r.error.kind == Kind::Timeout) {
                done(Outcome::Unreachable, tr("Server unreachable at %1: %2").arg(r.url, r.error.message));
            } else if (!r.ok() ||
                       r.object().value(QLatin1String("status")).toString() != QLatin1String("ok")) {
                // Only what came back in the brackets: describe() of an HTTP error has advice of its own.
                const QString what = r.ok()                       ? tr("no health status")
                                     : r.error.kind == Kind::Http ? tr("HTTP %1").arg(r.httpStatus)
                                                                  : r.error.describe();
                done(Outcome::NotParseServer,
                     tr("%1 answered, but not as a Parse Server (%2). Check the mount path in the URL, e.g. "
                        "/parse.")
                         .arg(r.url, what));
            } else {
                checkApplicationId();
            }
        });
}

void ConnectionTester::checkApplicationId()
{
    Q_EMIT progress(tr("Checking the application id…"));
    ParseRequest request;
    request.path = QStringLiteral("/files/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(m_profile.applicationId)) + QLatin1Char('/') +
                   kFileProbeName;
    request.masterKey = ParseRequest::MasterKey::Never;
    connect(m_client->send(request), &ParseReply::finished, this, [this](const ParseResult &r) {
        if (r.httpStatus == 403) {
            done(
                Outcome::WrongApplicationId,
                tr("The server does not know the application id \"%1\". Check it against the server's appId.")
                    .arg(m_profile.applicationId));
            return;
        }
        // Anything but 404 (files route disabled, a proxy) leaves the app id undecided; the key check says
        // more.
        m_appIdKnownGood = r.httpStatus == 404;
        checkKeys();
    });
}

void ConnectionTester::checkKeys()
{
    Q_EMIT progress(tr("Checking the keys…"));
    QueryOptions probe;
    probe.limit = 0;
    ParseRequest request = ParseRequest::find(kKeyProbeClass, probe);
    request.masterKey = ParseRequest::MasterKey::Never;
    connect(m_client->send(request), &ParseReply::finished, this, [this](const ParseResult &r) {
        if (r.error.isUnauthorized()) {
            if (m_appIdKnownGood)
                done(Outcome::WrongKey,
                     tr("The application id is right, but the server refused the REST API key "
                        "or client key. Check the keys."));
            else
                done(
                    Outcome::WrongApplicationIdOrKey,
                    tr("The server refused the application id or the key; Parse Server does not say which."));
        } else if (r.ok() || r.error.kind == ParseError::Kind::Parse) {
            if (m_profile.hasMasterKey())
                checkMasterKey();
            else
                done(Outcome::Ok, tr("Connected. Without a master key the class list and the server version "
                                     "are not available."));
        } else {
            done(Outcome::Failed, r.error.describe());
        }
    });
}

void ConnectionTester::checkMasterKey()
{
    Q_EMIT progress(tr("Checking the master key…"));
    connect(m_client->send(ParseRequest::serverInfo()), &ParseReply::finished, this,
            [this](const ParseResult &r) {
                if (r.ok()) {
                    const QString version = r.object().value(QLatin1String("parseServerVersion")).toString();
                    done(Outcome::Ok, tr("Connected to Parse Server %1 with the master key.").arg(version),
                         version);
                } else if (r.error.isUnauthorized()) {
                    done(Outcome::MasterKeyRefused, tr("The application id and key are right, but the server "
                                                       "refused the master key from this "
                                                       "address. Parse Server accepts it only from the "
                                                       "addresses in its masterKeyIps option."));
                } else if (r.error.httpStatus == 403) {
                    done(Outcome::WrongMasterKey,
                         tr("The application id and key are right, but the master key is wrong (%1).")
                             .arg(r.error.describe()));
                } else {
                    done(Outcome::Failed, r.error.describe());
                }
            });
}

void ConnectionTester::done(Outcome outcome, const QString &message, const QString &version)
{
    Report report;
    report.outcome = outcome;
    report.suggestedUrl = m_suggestedUrl;
    report.message = message;
    report.serverVersion = version;
    report.latencyMs = m_latencyMs;
    report.certificate = m_certificate;
    Q_EMIT finished(report);
}
