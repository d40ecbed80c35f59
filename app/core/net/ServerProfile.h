#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

// A connection profile. Keys live here only in memory; ProfileStore keeps them in the keychain.
struct ServerProfile
{
    Q_DECLARE_TR_FUNCTIONS(ServerProfile)

public:
    QString id; // stable key for settings and keychain entries
    QString name;
    QUrl serverUrl; // may carry any mount path: http://host:1337/parse, https://x.example
    QString applicationId;
    QString restApiKey;
    QString clientKey;
    QString masterKey;
    bool useMasterKey = false; // for data requests; admin routes (schemas) always need the master key
    bool production = false;
    // Parse Server runs a batch's sub-requests concurrently and has no batch limit by default; 200 per
    // batch measured fastest here (tests/bench: 20-500 swept). A server's lower limit is learned (BatchCall).
    int batchSize = 200;
    int timeoutMs = 30000;
    // An optional request budget, "500/60s" or "500/60s/ops" (see RequestBudget); empty for none.
    QString budget;
    // The SHA-256 fingerprint of the one certificate this server may present despite TLS errors (a
    // self-signed one, say), as the user confirmed it; empty trusts only what the system trusts.
    QString trustedCertificate;

    // The URL's path without a trailing slash ("" when the server is mounted at the root).
    QString mountPath() const;
    bool hasMasterKey() const { return !masterKey.isEmpty(); }
    // Empty when usable; otherwise what to fix, for people (never quoting a key).
    QString validationError() const;

    // False when the value holds a control character: sent as a header, a line break in a key would
    // start a header of its own.
    static bool isHeaderSafe(QStringView value);
    // What the timeout may be: a timeout of zero or of days is no timeout.
    static constexpr int kMinTimeoutMs = 100;
    static constexpr int kMaxTimeoutMs = 3600 * 1000;

    static QString newId();
};

Q_DECLARE_METATYPE(ServerProfile)
