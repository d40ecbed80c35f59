#include "core/session/Connection.h"

#include "core/journal/UndoJournal.h"
#include "core/net/RequestQueue.h"

Connection::Connection(const ServerProfile &profile, QNetworkAccessManager *network, QObject *parent)
    : Connection(profile, network, Options(), parent)
{}

Connection::Connection(const ServerProfile &profile, QNetworkAccessManager *network, const Options &options,
                       QObject *parent)
    : QObject(parent)
    , m_client(new ParseClient(profile, network, this))
{
    m_client->setMaxReplyBytes(options.maxReplyBytes);
    if (options.writesUnlocked)
        m_client->setWritesLocked(false);
    // A saved profile's journal is shared by the app and parsedesk-cli: writes from either can be reviewed
    // and undone in the app.
    if (!profile.id.isEmpty()) {
        m_journal = new UndoJournal(UndoJournal::directoryFor(profile.id), this);
        m_journal->attach(m_client);
    }
    m_queue = new RequestQueue(m_client, this);
}

Connection::~Connection()
{
    delete m_queue;
    delete m_client;
    delete m_journal;
}
