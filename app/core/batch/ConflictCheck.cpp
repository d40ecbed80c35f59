#include "core/batch/ConflictCheck.h"

#include "core/batch/OperationBuilder.h"
#include "core/net/ParseClient.h"
#include "core/query/ObjectFetcher.h"

#include <QSet>

#include <algorithm>

namespace {
const QString kUpdatedAt = QStringLiteral("updatedAt");

QString isoOf(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// An operation's own expectation: a Parse date ({"__type":"Date","iso":...}) or its ISO string.
QDateTime ownDate(const QJsonValue &own)
{
    return ConflictCheck::parseDate(own.isObject() ? own.toObject().value(QLatin1String("iso")).toString()
                                                   : own.toString());
}

QString notADate()
{
    return ConflictCheck::tr("%1: not an ISO 8601 date such as 2026-12-07T12:00:00.000Z")
        .arg(ConflictCheck::expectKey());
}
} // namespace

ParseError ConflictCheck::Conflict::error() const
{
    ParseError e = ParseError::config(
        ConflictCheck::tr("%1 %2 changed on the server at %3 (expected %4 or earlier); not sent.")
            .arg(className, objectId, serverUpdatedAt, isoOf(expected)));
    e.code = kCode;
    return e;
}

QJsonObject ConflictCheck::Conflict::toJson() const
{
    return {{QStringLiteral("serverUpdatedAt"), serverUpdatedAt},
            {QStringLiteral("expectedUpdatedAt"), isoOf(expected)},
            {QStringLiteral("fields"), fields}};
}

QString ConflictCheck::expectKey()
{
    return QStringLiteral("_expectUpdatedAt");
}

QString ConflictCheck::loadedKey()
{
    return QStringLiteral("_loaded");
}

QDateTime ConflictCheck::parseDate(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

std::optional<ConflictCheck::Expectation> ConflictCheck::expectationOf(const BatchOperation &op,
                                                                       const ParseRequest &request,
                                                                       const QDateTime &since,
                                                                       QString *problem)
{
    const bool remove = request.method == ParseRequest::Method::Delete;
    if (!remove && request.method != ParseRequest::Method::Put)
        return std::nullopt;
    const OperationBuilder::Target target = OperationBuilder::targetOf(request.path);
    if (!target.isValid() || target.objectId.isEmpty())
        return std::nullopt;
    Expectation e{target.className, target.objectId, since, {}, {}};
    const QJsonValue own = op.extra.value(expectKey());
    if (!own.isUndefined()) {
        e.updatedAt = ownDate(own);
        if (!e.updatedAt.isValid()) {
            if (problem)
                *problem = notADate();
            return std::nullopt;
        }
    }
    if (!e.updatedAt.isValid())
        return std::nullopt;
    if (!remove)
        e.mine = request.body.toObject();
    e.loaded = op.extra.value(loadedKey()).toObject();
    return e;
}

QStringList ConflictCheck::problems(const BatchDocument &document)
{
    QStringList problems;
    for (int i = 0; i < document.operations.size(); ++i) {
        const QJsonValue own = document.operations.at(i).extra.value(expectKey());
        if (!own.isUndefined() && !ownDate(own).isValid())
            problems << QStringLiteral("#%1 %2").arg(i + 1).arg(notADate());
    }
    return problems;
}

std::optional<ConflictCheck::Conflict> ConflictCheck::compare(const Expectation &expectation,
                                                              const QJsonObject &server)
{
    const QString serverUpdatedAt = server.value(kUpdatedAt).toString();
    const QDateTime changed = parseDate(serverUpdatedAt);
    if (!changed.isValid() || changed <= expectation.updatedAt)
        return std::nullopt;
    Conflict c;
    c.className = expectation.className;
    c.objectId = expectation.objectId;
    c.expected = expectation.updatedAt;
    c.serverUpdatedAt = serverUpdatedAt;
    for (auto it = expectation.mine.begin(); it != expectation.mine.end(); ++it) {
        QJsonObject field{{QStringLiteral("mine"), it.value()}};
        if (expectation.loaded.contains(it.key()))
            field.insert(QStringLiteral("loaded"), expectation.loaded.value(it.key()));
        if (server.contains(it.key()))
            field.insert(QStringLiteral("server"), server.value(it.key()));
        c.fields.insert(it.key(), field);
    }
    return c;
}

ConflictCheck::ConflictCheck(ParseClient *client, const ParseRequest &headers, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_headers(headers)
{}

void ConflictCheck::attachTo(QList<ParseRequest> *writes) const
{
    const bool sameHeaders = std::all_of(writes->begin(), writes->end(), [this](const ParseRequest &r) {
        return r.masterKey == m_headers.masterKey && r.sessionToken == m_headers.sessionToken;
    });
    if (!sameHeaders || m_objects.isEmpty())
        return;
    for (ParseRequest &write : *writes)
        write.readBefore = m_objects;
}

void ConflictCheck::check(const QList<Expectation> &expectations, const QJsonObject &justRead)
{
    const bool allRead =
        std::all_of(expectations.begin(), expectations.end(), [&justRead](const Expectation &e) {
            return justRead.value(e.className).toObject().contains(e.objectId);
        });
    if (allRead && !justRead.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, expectations, justRead] { conclude(expectations, justRead, {}); },
            Qt::QueuedConnection);
        return;
    }
    QMap<QString, QStringList> ids;
    // Only the fields written, where that is enough: updatedAt decides, the written fields name the
    // conflict and are all the undo journal restores. 1,000 edits of a 200-field class read 7.5 MB
    // otherwise. A class with a delete is read whole (undo re-creates the object from it), as is one
    // written by dotted name (a nested key) and Parse's own classes (a user's secrets are no keys to ask
    // for).
    QMap<QString, QStringList> keys;
    QSet<QString> whole;
    for (const Expectation &e : expectations) {
        ids[e.className].append(e.objectId);
        const QStringList written = e.mine.keys();
        const bool nested = std::any_of(written.begin(), written.end(), [](const QString &field) {
            return field.contains(QLatin1Char('.'));
        });
        if (written.isEmpty() || nested || e.className.startsWith(QLatin1Char('_')))
            whole.insert(e.className);
        else
            keys[e.className] += written;
    }
    for (const QString &className : whole)
        keys.remove(className);
    auto *fetcher = new ObjectFetcher(m_client, m_headers, this);
    connect(fetcher, &ObjectFetcher::finished, this,
            [this, fetcher, expectations](const QJsonObject &objects, const ParseError &error) {
                fetcher->deleteLater();
                conclude(expectations, objects, error);
            });
    fetcher->fetch(ids, keys);
}

void ConflictCheck::conclude(const QList<Expectation> &expectations, const QJsonObject &objects,
                             const ParseError &error)
{
    m_objects = objects;
    QList<Conflict> conflicts;
    for (int i = 0; i < expectations.size() && !error.isError(); ++i) {
        const Expectation &e = expectations.at(i);
        const QJsonValue server = objects.value(e.className).toObject().value(e.objectId);
        if (std::optional<Conflict> c = compare(e, server.toObject()); c && server.isObject()) {
            c->index = i;
            conflicts.append(*c);
        }
    }
    Q_EMIT finished(conflicts, error);
}
