#include "core/data/AppPaths.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace {
// Empty: not portable.
QString &portableDirectory()
{
    static QString directory;
    return directory;
}
} // namespace

namespace AppPaths {

void configure(const QStringList &arguments)
{
    const bool portable = arguments.contains(QStringLiteral("--portable")) ||
                          QProcessEnvironment::systemEnvironment().value(
                              QStringLiteral("PARSEDESK_PORTABLE")) == QLatin1String("1");
    setPortable(portable ? QCoreApplication::applicationDirPath() : QString());
}

void setPortable(const QString &executableDirectory)
{
    portableDirectory() =
        executableDirectory.isEmpty() ? QString() : executableDirectory + QStringLiteral("/parsedesk-data");
}

bool isPortable()
{
    return !portableDirectory().isEmpty();
}

QString dataDirectory()
{
    return isPortable() ? portableDirectory()
                        : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                              QStringLiteral("/ParseDesk");
}

std::unique_ptr<QSettings> openSettings()
{
    if (isPortable())
        return std::make_unique<QSettings>(portableDirectory() + QStringLiteral("/ParseDesk.ini"),
                                           QSettings::IniFormat);
    return std::make_unique<QSettings>(QStringLiteral("ParseDesk"), QStringLiteral("ParseDesk"));
}

} // namespace AppPaths
