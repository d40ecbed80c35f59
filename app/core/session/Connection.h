#pragma once

#include "core/net/ParseClient.h"

#include <QObject>

class QNetworkAccessManager;
class RequestQueue;
class UndoJournal;

// Everything one profile's connection is made of, wired one way for the app and parsedesk-cli: the
// ParseClient (with the profile's request budget, trusted certificate and, for a production profile, its
// write lock), the RequestQueue every panel shares, and, for a saved profile, the undo journal every object
// write passes. Deleting it tears them down in the one safe order.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    struct Options
    {
        qint64 maxReplyBytes = ParseClient::kDefaultMaxReplyBytes;
        // A production profile starts with writes allowed (parsedesk-cli --allow-writes).
        bool writesUnlocked = false;
    };

    // profile: with its keys; an empty id (flags only, no saved profile) has no journal.
    Connection(const ServerProfile &profile, QNetworkAccessManager *network, QObject *parent = nullptr);
    Connection(const ServerProfile &profile, QNetworkAccessManager *network, const Options &options,
               QObject *parent = nullptr);
    // The queue answers what still waits as cancelled; then deleting the client deletes its replies too,
    // so nothing from the server arrives later; the journal goes last, after the writes it gated.
    ~Connection() override;

    const ServerProfile &profile() const { return m_client->profile(); }
    ParseClient *client() const { return m_client; }
    RequestQueue *queue() const { return m_queue; }
    // nullptr for a profile that is not saved.
    UndoJournal *journal() const { return m_journal; }

private:
    ParseClient *m_client;
    UndoJournal *m_journal = nullptr;
    RequestQueue *m_queue;
};
