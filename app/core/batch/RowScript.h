#pragma once

#include "core/net/ParseError.h"
#include "core/net/ParseRequest.h"
#include "core/query/CursorPager.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class ParseClient;

// A row script: a Cloud Code function called once for each object of a class that matches a where, with
// parameters built from the object (a mapping param -> field, or the whole object as {"object": {...}}).
// The objects are read page by page by objectId (CursorPager), never all at once; up to maxInFlight calls
// travel at once (the client's request budget paces them further) and each row's outcome is reported in
// objectId order, as soon as the rows before it have theirs.
class RowScript final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowScript)

public:
    static constexpr int kPageSize = 100;

    struct Row
    {
        QString objectId;
        QJsonValue result; // the function's result
        ParseError error;

        bool ok() const { return !error.isError(); }
        // {"objectId", "result"} or {"objectId", "error": {"code", "error"}}
        QJsonObject toJson() const;
    };

    // headers: the reads and calls carry this request's key, session token and body encoding.
    RowScript(ParseClient *client, const ParseRequest &headers, QObject *parent = nullptr);

    // At most this many calls at once (Qt opens at most 6 connections per host).
    void setMaxInFlight(int calls) { m_maxInFlight = qBound(1, calls, 6); }
    // A function's parameters for an object: paramMap's params set to the object's fields (a field the
    // object lacks leaves its param out); with an empty paramMap, {"object": object}.
    static QJsonObject paramsFor(const QJsonObject &object, const QJsonObject &paramMap);

    // Emits rowFinished() per object, then finished() once.
    void run(const QString &function, const QString &className, const QJsonObject &where,
             const QJsonObject &paramMap = {});
    // Sends no further call and reads no further page: the calls on their way are reported, then
    // finished(). The objects not called yet get no row.
    void cancel();
    bool isRunning() const { return m_pager && !m_finished; }
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void rowFinished(const RowScript::Row &row);
    // failed: rows whose call failed. readError: reading the objects failed; the rows read before ran.
    void finished(int failed, const ParseError &readError);

private:
    struct Slot
    {
        Row row;
        bool done = false;
    };
    void pump();
    void readPage();
    void call(const QJsonObject &object);
    // Reports the finished rows at the front, in order.
    void flush();

    QPointer<ParseClient> m_client;
    ParseRequest m_headers;
    QString m_function;
    QString m_className;
    QJsonObject m_paramMap;
    std::optional<CursorPager> m_pager;
    bool m_reading = false;
    ParseError m_readError;
    QList<QJsonObject> m_unstarted; // read, not called yet
    QList<Slot> m_slots;            // called, in objectId order, until reported
    int m_maxInFlight = 6;
    int m_inFlight = 0;
    int m_failed = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};
