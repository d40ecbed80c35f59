#pragma once

#include "core/batch/BatchDocument.h"
#include "core/net/ParseError.h"
#include "core/net/ParseRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <optional>

class ParseClient;

// Never overwrite a newer value silently: right before updates and deletes are sent, reads their objects
// (ObjectFetcher, as the undo journal's snapshot does; only the written fields of updates) and compares each one's updatedAt with what the user
// loaded. An operation whose object changed on the server since is a conflict: it is not sent, and it names,
// per field it writes, the value loaded (when known), the server's now and its own. An object gone from the
// server is no conflict here: its write fails on its own (object not found).
class ConflictCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictCheck)

public:
    // A conflict's error code: ours, outside the range of Parse's codes.
    static constexpr int kCode = 409;

    struct Expectation
    {
        QString className;
        QString objectId;
        QDateTime updatedAt; // as loaded: a later one on the server is a conflict
        QJsonObject mine;    // what an update writes (empty for a delete)
        QJsonObject loaded;  // the same fields as loaded, where the caller knows them
    };
    struct Conflict
    {
        int index = -1; // in the list given to check()
        QString className;
        QString objectId;
        QDateTime expected;
        QString serverUpdatedAt;
        QJsonObject fields; // name -> {"loaded" (when known), "server" (when set), "mine"}

        // Kind::Config (refused before sending) with kCode and a one-line explanation.
        ParseError error() const;
        // {"serverUpdatedAt", "expectedUpdatedAt", "fields"}
        QJsonObject toJson() const;
    };

    // An operation's own expectation, a key beside method, path and body (BatchOperation::extra), which
    // is never sent: "_expectUpdatedAt": ISO.
    static QString expectKey();
    // Beside it, never sent either: the written fields as loaded, {"field": value}, for the three values.
    static QString loadedKey();
    // What an update or delete expects (request: the operation as it is sent): its own expectKey(), else
    // `since` when valid. Nothing for reads, creates and routes that address no object; nothing with
    // *problem set when its expectKey() is not a date.
    static std::optional<Expectation> expectationOf(const BatchOperation &op, const ParseRequest &request,
                                                    const QDateTime &since, QString *problem = nullptr);
    // "#3 _expectUpdatedAt: ..." for each operation whose expectKey() is not a date.
    static QStringList problems(const BatchDocument &document);
    // An ISO 8601 date ("2026-12-07T12:00:00.000Z"); invalid when it is none.
    static QDateTime parseDate(const QString &iso);
    // The conflict the object as the server has it now makes, if any.
    static std::optional<Conflict> compare(const Expectation &expectation, const QJsonObject &server);

    // headers: the reads carry the key and session token of this request (the writes they go with).
    ConflictCheck(ParseClient *client, const ParseRequest &headers, QObject *parent = nullptr);
    // Emits finished() once, never from within this call. justRead: the objects as the caller read them
    // itself a moment ago with this check's key and session token (ObjectFetcher's shape, className ->
    // objectId -> object); compared instead of reading again when it holds every expected object.
    void check(const QList<Expectation> &expectations, const QJsonObject &justRead = {});
    // Once finished() came without an error: hands the objects the check read to the writes that read with
    // its key and session token (ParseRequest::readBefore), so the undo journal need not read them again.
    void attachTo(QList<ParseRequest> *writes) const;

Q_SIGNALS:
    // error: the objects could not be read; then nothing was compared and conflicts is empty.
    void finished(const QList<ConflictCheck::Conflict> &conflicts, const ParseError &error);

private:
    void conclude(const QList<Expectation> &expectations, const QJsonObject &objects,
                  const ParseError &error);

    QPointer<ParseClient> m_client;
    ParseRequest m_headers;
    QJsonObject m_objects;
};
