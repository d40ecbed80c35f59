#include "ui/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Language {

void install(QObject *owner, const QString &language, const QString &directory)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString prefix = QStringLiteral("parsedesk_");
    auto *ours = new QTranslator(owner);
    const bool loaded = language.isEmpty()
                            ? ours->load(locale, QStringLiteral("parsedesk"), QStringLiteral("_"), directory)
                            : ours->load(prefix + language, directory);
    // Without a translation the sources' English would read "1 object(s)".
    if (loaded || ours->load(prefix + QStringLiteral("en"), directory))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(owner);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Language
