#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

// Certificate errors are never ignored silently: they fail the request with the details. A profile may
// trust exactly one certificate, by the SHA-256 fingerprint the user confirmed; then the errors of that
// certificate, and only of it, are ignored.
class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)

public:
    // "C2:AE:6F:…", as browsers and `openssl x509 -fingerprint -sha256` show it.
    static QString fingerprint(const QSslCertificate &certificate);
    // The same spelling from what a user typed or pasted (any case, with or without colons); empty when it
    // is no SHA-256 fingerprint.
    static QString normalized(const QString &fingerprint);
    // True when trusted names the server's own (leaf) certificate.
    static bool isTrusted(const QSslCertificate &peer, const QString &trusted);
    // What is wrong and what the certificate is: errors, subject, issuer, validity, fingerprint.
    static QString describe(const QList<QSslError> &errors, const QSslCertificate &peer);
};
