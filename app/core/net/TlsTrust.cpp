#include "core/net/TlsTrust.h"

#include <QRegularExpression>
#include <QStringList>

QString TlsTrust::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TlsTrust::normalized(const QString &fingerprint)
{
    QString hex = fingerprint.trimmed().toUpper();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-F]{64}$"));
    if (!sha256.match(hex).hasMatch())
        return {};
    return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper());
}

bool TlsTrust::isTrusted(const QSslCertificate &peer, const QString &trusted)
{
    const QString wanted = normalized(trusted);
    return !wanted.isEmpty() && wanted == fingerprint(peer);
}

QString TlsTrust::describe(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    QStringList problems;
    for (const QSslError &error : errors) {
        if (!problems.contains(error.errorString()))
            problems << error.errorString();
    }
    QString text = problems.join(QLatin1String("; ")) + QLatin1Char('.');
    if (peer.isNull())
        return text;
    const auto name = [](const QStringList &parts) {
        return parts.isEmpty() ? tr("(none)") : parts.join(", ");
    };
    text += QLatin1Char(' ') + tr("Certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5.")
                                   .arg(name(peer.subjectInfo(QSslCertificate::CommonName)),
                                        name(peer.issuerInfo(QSslCertificate::CommonName)),
                                        peer.effectiveDate().toString(Qt::ISODate),
                                        peer.expiryDate().toString(Qt::ISODate), fingerprint(peer));
    return text;
}
