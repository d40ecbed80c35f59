#pragma once

#include <QString>

class QObject;

// The application's languages: ParseDesk's own translation and Qt's (message box buttons, file dialogs).
namespace Language {

// Installs the translators for `language` ("" follows the system's UI languages, else a code such as
// "de"), ParseDesk's from `directory` (":/i18n" in the application). English has a translation too: it
// holds only the plural forms ("1 object", "2 objects"), and is the fallback for a language ParseDesk
// lacks. The translators are children of `owner`: deleting it uninstalls them.
void install(QObject *owner, const QString &language, const QString &directory);

} // namespace Language
