#include "core/net/ServerProfile.h"

#include "core/net/RequestBudget.h"
#include "core/net/TlsTrust.h"

#include <QUuid>

QString ServerProfile::mountPath() const
{
    QString path = serverUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

QString ServerProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (!serverUrl.isValid() || serverUrl.host().isEmpty())
        return tr("The server URL is not valid; it looks like http://host:1337/parse.");
    if (serverUrl.scheme() != QLatin1String("http") && serverUrl.scheme() != QLatin1String("https"))
        return tr("The server URL must start with http:// or https://.");
    if (applicationId.trimmed().isEmpty())
        return tr("The application id is required.");
    const std::pair<const QString *, const char *> sent[] = {
        {&applicationId, QT_TR_NOOP("The application id contains a control character (a line break, say).")},
        {&restApiKey, QT_TR_NOOP("The REST API key contains a control character (a line break, say).")},
        {&clientKey, QT_TR_NOOP("The client key contains a control character (a line break, say).")},
        {&masterKey, QT_TR_NOOP("The master key contains a control character (a line break, say).")}};
    for (const auto &[value, problem] : sent) {
        if (!isHeaderSafe(*value))
            return tr(problem);
    }
    if (timeoutMs < kMinTimeoutMs || timeoutMs > kMaxTimeoutMs)
        return tr("The timeout must be between %1 and %2 seconds.")
            .arg(kMinTimeoutMs / 1000.0)
            .arg(kMaxTimeoutMs / 1000);
    if (batchSize < 1 || batchSize > 10000)
        return tr("The batch size must be between 1 and 10000.");
    QString budgetProblem;
    if (!budget.isEmpty() && !RequestBudget::parse(budget, &budgetProblem))
        return tr("Request budget: %1").arg(budgetProblem);
    if (!trustedCertificate.isEmpty() && TlsTrust::normalized(trustedCertificate).isEmpty())
        return tr("The trusted certificate must be a SHA-256 fingerprint: 64 hex digits, colons optional.");
    return {};
}

bool ServerProfile::isHeaderSafe(QStringView value)
{
    return std::none_of(value.begin(), value.end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString ServerProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
