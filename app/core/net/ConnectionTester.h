#pragma once

#include "core/net/ServerProfile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ParseClient;
class QNetworkAccessManager;
struct ParseResult;

// "Test connection": tells apart an unreachable server, a URL that is no Parse Server, a wrong
// application id, a wrong key, a master key refused from this address, and success with the version.
// Parse Server answers a wrong app id and a wrong key alike (403 unauthorized), so the app id is
// checked on its own first, through the files route.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    enum class Outcome
    {
        Ok,
        Unreachable,
        UntrustedCertificate,
        Redirected, // the server points elsewhere; suggestedUrl is the profile URL it implies
        NotParseServer,
        WrongApplicationId,
        WrongKey,
        WrongApplicationIdOrKey,
        MasterKeyRefused,
        WrongMasterKey,
        Failed
    };
    Q_ENUM(Outcome)

    struct Report
    {
        Outcome outcome = Outcome::Failed;
        QString message;       // for people
        QString serverVersion; // when the server told it
        qint64 latencyMs = 0;
        QString certificate; // UntrustedCertificate: its SHA-256 fingerprint, for the user to trust or not
        QUrl suggestedUrl;   // Redirected: the server URL the redirect points to, when it can be told
    };

    ConnectionTester(const ServerProfile &profile, QNetworkAccessManager *network, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const ConnectionTester::Report &report);

private:
    void checkHealth();
    void checkApplicationId();
    void checkKeys();
    void checkMasterKey();
    void done(Outcome outcome, const QString &message, const QString &version = {});

    ServerProfile m_profile;
    QNetworkAccessManager *m_network;
    ParseClient *m_client;
    qint64 m_latencyMs = 0;
    QString m_certificate;
    QUrl m_suggestedUrl;
    bool m_appIdKnownGood = false;
};
