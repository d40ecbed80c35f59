#pragma once

#include "TemporaryClasses.h"
#include "core/net/ParseClient.h"

#include <QNetworkAccessManager>

// A master-key client on a test server, with the classes a test creates there: deleted when this goes.
class AdminClient
{
public:
    explicit AdminClient(const ServerProfile &server);

    ParseClient &client() { return m_client; }
    TemporaryClasses &classes() { return m_classes; }

private:
    static ServerProfile withMasterKey(ServerProfile profile);

    QNetworkAccessManager m_network;
    ParseClient m_client;
    TemporaryClasses m_classes{&m_client};
};
