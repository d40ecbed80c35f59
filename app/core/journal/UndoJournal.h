#pragma once

#include "core/journal/UndoEntry.h"
#include "core/net/ParseClient.h"
#include "core/net/WriteGate.h"

#include <QHash>
#include <QPointer>

// The undo journal of one profile. As the write gate of its ParseClient it sees every object write
// (create, update, delete; alone or inside a /batch) before it is sent: it reads the objects the write
// changes (ObjectFetcher), stores them with the write in an entry on disk (one file of JSON lines per
// entry, appended to, readable by the owner only), and only then lets the write go; afterwards it records
// each write's outcome. A write whose snapshot cannot be read or stored is not sent. Writes sharing an
// ParseRequest::actionId (one save, one batch run, one import) form one entry. Entries survive a restart;
// they are listed, read, marked undone and pruned here. UndoRunner undoes one.
//
// For an importer: tag every write with origin "import" and one actionId for the whole import
// (UndoJournal::tag), send them through the profile's client or queue as usual; the import becomes one
// entry that can be reviewed and undone.
class UndoJournal final : public WriteGate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoJournal)

public:
    // directory: where this profile's entries live (see directoryFor()); created when missing.
    explicit UndoJournal(const QString &directory, QObject *parent = nullptr);

    // <AppPaths::dataDirectory()>/journal/<profileId> (shared by the app and parsedesk-cli).
    static QString directoryFor(const QString &profileId);
    // Sets origin and actionId on every request: they become one entry.
    static void tag(QList<ParseRequest> *requests, const QString &origin,
                    const QString &actionId = ParseRequest::newActionId());

    // Becomes the client's write gate (nullptr: none); snapshots are read through this client.
    void attach(ParseClient *client);
    ParseClient *client() const { return m_client; }

    QString directory() const { return m_directory; }
    // Newest last.
    const QList<UndoEntry> &entries() const { return m_entries; }
    int indexOf(const QString &id) const;
    // Entries that could not be read at load time, with why, for people.
    QStringList loadProblems() const { return m_loadProblems; }

    bool markUndone(const QString &id, const QString &report);
    bool remove(const QStringList &ids);
    int removeOlderThan(const QDateTime &time);

    bool wants(const ParseRequest &request) const override;
    void admit(const ParseRequest &request, Ready ready) override;
    void settled(quint64 ticket, const ParseResult &result) override;

Q_SIGNALS:
    // Around changes of the list, so models can announce them before they happen. Entries are only ever
    // added at the end.
    void entryAboutToBeAdded();
    void entryAdded(int index);
    void entryChanged(int index);
    void entriesAboutToBeRemoved();
    void entriesRemoved(const QStringList &ids);

private:
    struct Ticket
    {
        QString entryId;
        int first = 0; // its operations in the entry
        int count = 0;
        bool batch = false;
        QList<int> items; // per operation: its item in the /batch
    };
    struct Parsed
    {
        QList<UndoOperation> operations;
        QList<int> items;
    };
    Parsed parse(const ParseRequest &request) const;
    // admit()'s second half, once the snapshot is read (objects) or could not be (error).
    void store(const ParseRequest &request, const Parsed &parsed, const QJsonObject &objects,
               const ParseError &error, const Ready &ready);
    void load();
    // Appends one line to the entry's file (creating it, owner-only, with the first line).
    bool append(const QString &id, const QJsonObject &line, QString *error);
    QString fileOf(const QString &id) const;

    QString m_directory;
    QPointer<ParseClient> m_client;
    QList<UndoEntry> m_entries;
    QStringList m_loadProblems;
    QHash<quint64, Ticket> m_tickets;
    quint64 m_nextTicket = 0;
};
