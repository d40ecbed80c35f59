#include "ParseNames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace ParseNames {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ParseNames", text);
}

bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    return plain.match(name).hasMatch();
}
} // namespace

QString classNameProblem(const QString &name)
{
    static const QStringList system{
        QStringLiteral("_User"),        QStringLiteral("_Installation"), QStringLiteral("_Role"),
        QStringLiteral("_Session"),     QStringLiteral("_Product"),      QStringLiteral("_PushStatus"),
        QStringLiteral("_JobStatus"),   QStringLiteral("_JobSchedule"),  QStringLiteral("_Audience"),
        QStringLiteral("_Idempotency"), QStringLiteral("_GraphQLConfig")};
    if (name.isEmpty())
        return tr("A class needs a name.");
    if (system.contains(name) || isPlainName(name))
        return {};
    if (name.startsWith(QLatin1Char('_')))
        return tr("\"%1\" is not a Parse system class; other class names start with a letter.").arg(name);
    return tr("\"%1\" is not a valid class name: start with a letter, then use only letters, digits and _.")
        .arg(name);
}

QString fieldNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("A field needs a name.");
    if (!isPlainName(name))
        return tr("\"%1\" is not a valid field name: start with a letter, then use only letters, digits and "
                  "_.")
            .arg(name);
    return {};
}

QString routeProblem(const QString &path)
{
    // The first segment of every route Parse Server mounts (its PromiseRouter routers).
    static const QStringList routes{QStringLiteral("classes"),
                                    QStringLiteral("users"),
                                    QStringLiteral("login"),
                                    QStringLiteral("loginAs"),
                                    QStringLiteral("logout"),
                                    QStringLiteral("upgradeToRevocableSession"),
                                    QStringLiteral("requestPasswordReset"),
                                    QStringLiteral("verificationEmailRequest"),
                                    QStringLiteral("verifyPassword"),
                                    QStringLiteral("challenge"),
                                    QStringLiteral("roles"),
                                    QStringLiteral("sessions"),
                                    QStringLiteral("installations"),
                                    QStringLiteral("files"),
                                    QStringLiteral("functions"),
                                    QStringLiteral("jobs"),
                                    QStringLiteral("schemas"),
                                    QStringLiteral("config"),
                                    QStringLiteral("push"),
                                    QStringLiteral("push_audiences"),
                                    QStringLiteral("hooks"),
                                    QStringLiteral("aggregate"),
                                    QStringLiteral("purge"),
                                    QStringLiteral("serverInfo"),
                                    QStringLiteral("health"),
                                    QStringLiteral("graphql-config"),
                                    QStringLiteral("cloud_code"),
                                    QStringLiteral("scriptlog"),
                                    QStringLiteral("security"),
                                    QStringLiteral("batch"),
                                    QStringLiteral("events"),
                                    QStringLiteral("apps")};
    const QString first = path.section(QLatin1Char('/'), 1, 1);
    if (routes.contains(first))
        return {};
    return tr("\"%1\" is not a Parse Server route (e.g. /classes/Room, /users, /functions/name).").arg(path);
}
} // namespace ParseNames
