#pragma once

#include <QString>
#include <QUrl>

// Keeps keys, session tokens and passwords out of anything shown, logged, exported or copied.
namespace Redaction {
// Query values of secret-looking parameters (sessionToken, password, masterKey, ...) become "***".
QUrl url(const QUrl &url);
// "r:abc...xyz" -> "r:ab…(redacted)"; empty stays empty.
QString secret(const QString &value);
// True for header or parameter names that carry a secret.
bool isSecretName(QStringView name);
// Replaces every occurrence of each given secret in text (for exports and error messages and whatever a
// server or proxy echoes): as it is, URL-encoded or escaped in a JSON string. Secrets shorter than 4
// characters are left alone (they would blank out ordinary words).
QString scrub(QString text, const QStringList &secrets);
} // namespace Redaction
