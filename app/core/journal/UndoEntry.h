#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

struct ParseRequest;

// One object write as the undo journal records it.
struct UndoOperation
{
    enum class Kind
    {
        Create,
        Update,
        Delete
    };
    // Pending: sent, no answer recorded yet (after a crash: treated as Unknown).
    enum class Outcome
    {
        Pending,
        Applied,
        Failed,
        Unknown
    };

    Kind kind = Kind::Update;
    QString className;
    QString objectId; // for Create: the id the server gave, once applied
    QJsonObject body; // what was sent (Create, Update)
    Outcome outcome = Outcome::Pending;
    QString error;     // why it failed
    QString updatedAt; // the server's updatedAt after an applied Update (ISO text)
    // Secrets the write set that were left out of `body` (a user's password, authData): the entry
    // says they were set, and undo cannot restore them.
    QStringList withheld;

    // May have changed the server: what undo must invert.
    bool mayHaveApplied() const { return outcome != Outcome::Failed; }

    // The object write this request (or /batch item, with its path already without the mount) makes;
    // nothing for anything else (schemas, functions, reads).
    static std::optional<UndoOperation> fromRequest(const QString &method, const QString &path,
                                                    const QJsonObject &body);

    QJsonObject toJson() const;
    static UndoOperation fromJson(const QJsonObject &json);
};

// What ParseDesk did in one user action (a browser save, a batch, an import): the objects as they were
// right before (snapshots) and the writes sent. Stored one file per entry by UndoJournal.
struct UndoEntry
{
    Q_DECLARE_TR_FUNCTIONS(UndoEntry)

public:
    QString id;
    QDateTime time;
    QString source;   // "browser", "batch", "import", "undo", ...
    QString actionId; // the writes of one action share it
    QList<UndoOperation> operations;
    // className -> objectId -> the object before the first write to it: whole, or the fields the action
    // writes as far as they were read (ObjectFetcher::readKeysKey() lists them). Not a QJsonObject: a bulk
    // edit's entry grows by thousands of objects, and each insert into one moves every key after it. Not
    // a hash either: growing one past 65,536 objects moved them all at once (a 100 ms stall).
    QMap<QString, QMap<QString, QJsonObject>> snapshots;
    QDateTime undoneAt;
    QString undoReport;

    QStringList classNames() const;
    int count(UndoOperation::Kind kind) const;
    // Writes that may or may not have been applied (no answer, or one that did not say).
    int unknownCount() const;
    // "3 updated, 1 deleted in Room" for lists.
    QString summary() const;
    // The object as it was (without the list of fields read).
    QJsonObject snapshot(const QString &className, const QString &objectId) const;
    // Keeps the first snapshot of an object, completed by later ones where it was read in part; drops what
    // must never reach a file (session tokens, a user's password and authData).
    void addSnapshots(const QJsonObject &byClass);

    QJsonObject toJson() const;
    static std::optional<UndoEntry> fromJson(const QJsonObject &json, QString *error);

    // The journal file of an entry is JSON lines: the entry as it began (toJson), then one change per line,
    // appended as it happens, so a large action costs O(size) to write and a crash loses at most the
    // last line. These build those lines and replay them.
    static QJsonObject addedLine(const QList<UndoOperation> &operations, const QJsonObject &snapshots);
    // Outcomes of operations [first, first + count).
    QJsonObject outcomesLine(int first, int count) const;
    QJsonObject undoneLine() const;
    void apply(const QJsonObject &line);
    // A whole journal file: the first line must be an entry; a later line that is cut short or not
    // JSON ends the replay (a crash while appending loses at most that line).
    static std::optional<UndoEntry> fromLines(const QByteArray &text, QString *error);
};
