#include "cli/CliApp.h"
#include "core/data/AppPaths.h"
#include "core/data/BuildInfo.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ParseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("parsedesk-cli"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    AppPaths::configure(QCoreApplication::arguments());

    CliApp cli;
    int exitCode = -1;
    QObject::connect(&cli, &CliApp::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    cli.start(QCoreApplication::arguments());
    // The command may have finished before the loop starts (usage errors); then there is nothing to wait for.
    return exitCode >= 0 ? exitCode : app.exec();
}
