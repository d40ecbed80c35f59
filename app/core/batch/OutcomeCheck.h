#pragma once

#include "core/net/ParseResult.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class ParseClient;
struct ParseError;

// Settles writes whose outcome is unknown (their reply was lost) by reading the objects they target: a
// delete whose object is gone was applied; an update whose fields all hold the written values has taken
// effect; a create with its own objectId was applied when that object exists. Whatever the objects'
// state can't tell (increments, creates without an objectId, Cloud Code) stays unknown, with the reason.
class OutcomeCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeCheck)

public:
    enum class Verdict
    {
        Applied,
        NotApplied,
        CannotTell
    };
    struct Finding
    {
        Verdict verdict = Verdict::CannotTell;
        QString reason;     // for people: what was read and what it means
        QJsonObject object; // the object as the server holds it now (empty when absent or not read)
    };

    explicit OutcomeCheck(ParseClient *client, QObject *parent = nullptr);

    // Reads what the writes target and emits finished() once, a finding per write in order.
    void check(const QList<ParseRequest> &writes);
    // Settles one write whose outcome is unknown: then(its settled result), later. The writes handed in
    // before control returns to the event loop are read back together: a lost batch's operations are all
    // answered at once, so its objects cost one query per batch (objectId $in), not one per object.
    void settle(const ParseResult &lost, const std::function<void(const ParseResult &)> &then);

    // The verdict for one write, given the object it targets as read now (nullopt: it does not exist).
    static Finding judge(const ParseRequest &write, const std::optional<QJsonObject> &current);
    // The result a write with an unknown outcome has once its finding is known: a success (with the object's
    // id and timestamps) when applied; an error whose outcome is known, safe to send again, when not
    // applied; still unknown otherwise. The reason is added to the message either way.
    static ParseResult settled(const ParseResult &lost, const Finding &finding);
    // The class and objectId a write targets, if the objects' state can settle it.
    static std::pair<QString, QString> targetOf(const ParseRequest &write);

Q_SIGNALS:
    // error: the reads failed; then every finding is CannotTell, saying so.
    void finished(const QList<OutcomeCheck::Finding> &findings, const ParseError &error);

private:
    struct Waiting
    {
        ParseResult lost;
        std::function<void(const ParseResult &)> then;
    };
    void settleWaiting();

    QPointer<ParseClient> m_client;
    QList<Waiting> m_waiting;
};

Q_DECLARE_METATYPE(OutcomeCheck::Finding)
