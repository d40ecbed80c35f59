#include "core/data/ParseNames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

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
QStringList columnOrder(const QStringList &fields, const QStringList &unsorted)
{
    static const QString first = QStringLiteral("objectId");
    static const QStringList last{QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
                                  QStringLiteral("ACL")};
    const auto own = [](const QString &name) { return name != first && !last.contains(name); };
    QStringList sorted;
    std::copy_if(fields.begin(), fields.end(), std::back_inserter(sorted), own);
    sorted.removeDuplicates();
    // Case-insensitive first, so "name" and "Notes" stand together; exact case breaks ties, so the order is
    // total.
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    const auto present = [&](const QString &name) {
        return fields.contains(name) || unsorted.contains(name);
    };
    QStringList columns;
    if (present(first))
        columns << first;
    columns << sorted;
    for (const QString &name : unsorted) {
        if (own(name) && !columns.contains(name))
            columns << name;
    }
    for (const QString &name : last) {
        if (present(name))
            columns << name;
    }
    return columns;
}
} // namespace ParseNames
