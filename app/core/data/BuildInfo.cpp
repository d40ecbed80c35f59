#include "core/data/BuildInfo.h"

namespace BuildInfo {

// PARSEDESK_REVISION and PARSEDESK_HOMEPAGE are set on this file alone, so a new revision recompiles one
// file, not the project.
QString version()
{
    const QString revision = QStringLiteral(PARSEDESK_REVISION);
    return revision.isEmpty() ? QStringLiteral(PARSEDESK_VERSION)
                              : QStringLiteral(PARSEDESK_VERSION " (git %1)").arg(revision);
}

QString homepage()
{
    return QStringLiteral(PARSEDESK_HOMEPAGE);
}

} // namespace BuildInfo
