#include "AdminClient.h"

AdminClient::AdminClient(const ServerProfile &server)
    : m_client(withMasterKey(server), &m_network)
{}

ServerProfile AdminClient::withMasterKey(ServerProfile profile)
{
    profile.useMasterKey = true;
    return profile;
}
