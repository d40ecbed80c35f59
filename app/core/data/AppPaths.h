#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <memory>

// Where ParseDesk keeps what it remembers: settings (profiles, saved queries, window state), the undo
// journal and the workspaces. Normally the platform's places (the native settings store, QStandardPaths'
// data location); in portable mode (--portable or PARSEDESK_PORTABLE=1) one folder next to the executable,
// for a USB stick or a shared tools folder. Keys stay in the system keychain either way. It lives in data/
// because the journal and the settings both ask it.
namespace AppPaths {

// Portable mode when arguments hold --portable or the environment PARSEDESK_PORTABLE=1, next to
// QCoreApplication::applicationDirPath(). Call it before anything opens settings or files.
void configure(const QStringList &arguments);
// Portable mode with the folder next to executableDirectory; an empty one turns it off.
void setPortable(const QString &executableDirectory);
bool isPortable();

// The folder holding journal/ and workspace/: <data location>/ParseDesk, or <executable dir>/parsedesk-data.
QString dataDirectory();
// The application's settings: the native store of organisation and application "ParseDesk", or
// parsedesk-data/ParseDesk.ini in portable mode.
std::unique_ptr<QSettings> openSettings();

} // namespace AppPaths
