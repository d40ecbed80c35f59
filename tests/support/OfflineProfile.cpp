#include "OfflineProfile.h"

ServerProfile offlineProfile()
{
    ServerProfile p;
    p.name = QStringLiteral("t");
    p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:1337/parse"));
    p.applicationId = QStringLiteral("app");
    return p;
}
