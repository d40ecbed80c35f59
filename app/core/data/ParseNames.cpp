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

// Names Parse Server refuses for classes and fields alike (fieldNameIsValid: invalidColumns, "className").
const QStringList &reserved()
{
    static const QStringList names{QStringLiteral("className"), QStringLiteral("length")};
    return names;
}
} // namespace

QString classNameProblem(const QString &name)
{
    // Parse Server's classNameIsValid: a system class, a relation's join table, or a plain name that is not
    // one of the names it reserves.
    static const QStringList system{QStringLiteral("_User"),      QStringLiteral("_Installation"),
                                    QStringLiteral("_Role"),      QStringLiteral("_Session"),
                                    QStringLiteral("_Product"),   QStringLiteral("_PushStatus"),
                                    QStringLiteral("_JobStatus"), QStringLiteral("_JobSchedule"),
                                    QStringLiteral("_Audience"),  QStringLiteral("_Idempotency")};
    static const QRegularExpression join(QStringLiteral("^_Join:[A-Za-z0-9_]+:[A-Za-z0-9_]+$"));
    if (name.isEmpty())
        return tr("A class needs a name.");
    if (system.contains(name) || join.match(name).hasMatch())
        return {};
    if (reserved().contains(name))
        return tr("\"%1\" is reserved by Parse and can't name a class.").arg(name);
    if (isPlainName(name))
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
    if (reserved().contains(name))
        return tr("\"%1\" is reserved by Parse and can't name a field.").arg(name);
    if (!isPlainName(name))
        return tr("\"%1\" is not a valid field name: start with a letter, then use only letters, digits and "
                  "_.")
            .arg(name);
    return {};
}
} // namespace ParseNames
