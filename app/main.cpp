// parsedesk: the GUI. Builds the stores and the main window; everything else lives in parsedesk_ui/core.

#include "core/data/AppPaths.h"
#include "core/data/BuildInfo.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "parsedesk: %s\n", qPrintable(message));
}

// --connect-env NAME: the profile NAME, created or updated from PARSE_SERVER_URL, PARSE_APP_ID and the
// PARSE_*_KEY variables. Returns its id, or an empty string after reporting what is missing.
QString profileFromEnvironment(ProfileStore &profiles, const QString &name)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ServerProfile profile = profiles.findByName(name).value_or(ServerProfile{});
    profile.name = name;
    profile.serverUrl = QUrl(env.value(QStringLiteral("PARSE_SERVER_URL")));
    profile.applicationId = env.value(QStringLiteral("PARSE_APP_ID"));
    profile.restApiKey = env.value(QStringLiteral("PARSE_REST_KEY"));
    profile.clientKey = env.value(QStringLiteral("PARSE_CLIENT_KEY"));
    profile.masterKey = env.value(QStringLiteral("PARSE_MASTER_KEY"));
    const QString problem = profile.validationError();
    if (!problem.isEmpty()) {
        fail(QCoreApplication::translate("main", "--connect-env: %1 (set PARSE_SERVER_URL and PARSE_APP_ID)")
                 .arg(problem));
        return {};
    }
    return profiles.save(profile);
}

// --screenshot FILE: grabs the window once the connection has settled (or after a deadline) and quits.
void scheduleScreenshot(MainWindow &window, const QString &file)
{
    constexpr int kDeadlineMs = 8000;
    constexpr int kPollMs = 100;
    constexpr int kSettleFrames = 3; // settled for this many polls in a row: views have laid out
    auto *poll = new QTimer(&window);
    auto clock = std::make_shared<QElapsedTimer>();
    auto settledPolls = std::make_shared<int>(0);
    clock->start();
    QObject::connect(poll, &QTimer::timeout, &window, [&window, file, poll, clock, settledPolls] {
        *settledPolls = window.isSettled() ? *settledPolls + 1 : 0;
        if (*settledPolls < kSettleFrames && clock->elapsed() < kDeadlineMs)
            return;
        poll->stop();
        if (!window.grab().save(file, "PNG")) {
            fail(QCoreApplication::translate("main", "could not write the screenshot to %1").arg(file));
            QCoreApplication::exit(1);
            return;
        }
        QCoreApplication::exit(0);
    });
    poll->start(kPollMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ParseDesk"));
    QApplication::setApplicationName(QStringLiteral("ParseDesk"));
    QApplication::setApplicationVersion(BuildInfo::version());
    QApplication::setDesktopFileName(QStringLiteral("parsedesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/parsedesk.svg")));

    // --portable is read here, before the parser: the settings it moves are needed to set up the parser's
    // language.
    AppPaths::configure(QCoreApplication::arguments());
    const std::unique_ptr<QSettings> ownedSettings = AppPaths::openSettings();
    QSettings &settings = *ownedSettings;
    Theme::applySaved(settings);
    Language::install(&app, settings.value(QStringLiteral("language")).toString(), QStringLiteral(":/i18n"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop admin client for Parse Server"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectEnv(
        QStringLiteral("connect-env"),
        QCoreApplication::translate("main", "Create or update the connection <name> from PARSE_SERVER_URL, "
                                            "PARSE_APP_ID, PARSE_REST_KEY, PARSE_CLIENT_KEY and "
                                            "PARSE_MASTER_KEY, and connect to it."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the main window to <file> once the class list "
                                            "has loaded (at most 8 s), then quit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption portable(
        QStringLiteral("portable"),
        QCoreApplication::translate("main",
                                    "Keep settings, the undo journal and saved queries in parsedesk-data "
                                    "next to the executable (also PARSEDESK_PORTABLE=1)."));
    parser.addOption(connectEnv);
    parser.addOption(screenshot);
    parser.addOption(portable);
    parser.process(app);

    SecretStore secrets;
    ProfileStore profiles(&secrets, &settings);
    MainWindow window(&profiles, &settings);
    QObject::connect(&window, &MainWindow::restartRequested, &app, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
        QCoreApplication::quit();
    });

    if (parser.isSet(connectEnv)) {
        const QString id = profileFromEnvironment(profiles, parser.value(connectEnv));
        if (id.isEmpty())
            return 2;
        window.connectToProfile(id);
    } else {
        window.connectToLastUsed();
    }

    if (parser.isSet(screenshot)) {
        // A fixed size, so screenshots compare between runs whatever geometry was saved last.
        window.resize(1280, 800);
        scheduleScreenshot(window, parser.value(screenshot));
    }
    window.show();
    return app.exec();
}
