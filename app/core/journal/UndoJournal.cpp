#include "core/journal/UndoJournal.h"

#include "core/data/AppPaths.h"
#include "core/journal/SnapshotReader.h"
#include "core/net/ParseClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <optional>

namespace {
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

UndoJournal::UndoJournal(const QString &directory, QObject *parent)
    : WriteGate(parent)
    , m_directory(directory)
{
    load();
}

QString UndoJournal::directoryFor(const QString &profileId)
{
    return AppPaths::dataDirectory() + QStringLiteral("/journal/") + profileId;
}

void UndoJournal::tag(QList<ParseRequest> *requests, const QString &origin, const QString &actionId)
{
    for (ParseRequest &r : *requests) {
        r.origin = origin;
        r.actionId = actionId;
    }
}

void UndoJournal::attach(ParseClient *client)
{
    if (m_client && m_client->writeGate() == this)
        m_client->setWriteGate(nullptr);
    m_client = client;
    if (client)
        client->setWriteGate(this);
}

int UndoJournal::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

QString UndoJournal::fileOf(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".jsonl");
}

void UndoJournal::load()
{
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QString problem;
        std::optional<UndoEntry> entry;
        if (!file.open(QIODevice::ReadOnly))
            problem = file.errorString();
        else
            entry = UndoEntry::fromLines(file.readAll(), &problem);
        if (entry)
            m_entries.append(*entry);
        else
            m_loadProblems.append(tr("%1: %2").arg(name, problem));
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const UndoEntry &a, const UndoEntry &b) { return a.time < b.time; });
}

bool UndoJournal::append(const QString &id, const QJsonObject &line, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = tr("cannot create %1").arg(m_directory);
        return false;
    }
    // The journal holds production data: the owner only.
    QFile::setPermissions(m_directory, kOwnerOnly | QFileDevice::ExeOwner);
    QFile file(fileOf(id));
    const bool created = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = file.errorString();
        return false;
    }
    if (created)
        file.setPermissions(kOwnerOnly);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(text) != text.size() || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool UndoJournal::markUndone(const QString &id, const QString &report)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    UndoEntry &entry = m_entries[index];
    entry.undoneAt = QDateTime::currentDateTimeUtc();
    entry.undoReport = report;
    QString error;
    const bool ok = append(id, entry.undoneLine(), &error);
    Q_EMIT entryChanged(index);
    return ok;
}

bool UndoJournal::remove(const QStringList &ids)
{
    if (std::none_of(ids.begin(), ids.end(), [this](const QString &id) { return indexOf(id) >= 0; }))
        return true;
    bool ok = true;
    QStringList removed;
    Q_EMIT entriesAboutToBeRemoved();
    for (const QString &id : ids) {
        const int index = indexOf(id);
        if (index < 0)
            continue;
        if (QFile::exists(fileOf(id)) && !QFile::remove(fileOf(id))) {
            ok = false;
            continue;
        }
        m_entries.removeAt(index);
        removed.append(id);
    }
    Q_EMIT entriesRemoved(removed);
    return ok;
}

int UndoJournal::removeOlderThan(const QDateTime &time)
{
    QStringList ids;
    for (const UndoEntry &entry : std::as_const(m_entries)) {
        if (entry.time < time)
            ids.append(entry.id);
    }
    remove(ids);
    return int(ids.size());
}

UndoJournal::Parsed UndoJournal::parse(const ParseRequest &request) const
{
    Parsed parsed;
    if (request.path == QLatin1String("/batch")) {
        const QString mount = m_client ? m_client->profile().mountPath() : QString();
        const QJsonArray items = request.body.toObject().value(QLatin1String("requests")).toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            QString path = item.value(QLatin1String("path")).toString();
            if (!mount.isEmpty() && path.startsWith(mount + QLatin1Char('/')))
                path = path.mid(mount.size());
            if (const auto op =
                    UndoOperation::fromRequest(item.value(QLatin1String("method")).toString(), path,
                                               item.value(QLatin1String("body")).toObject())) {
                parsed.operations.append(*op);
                parsed.items.append(i);
            }
        }
    } else if (const auto op = UndoOperation::fromRequest(QString::fromLatin1(request.methodName()),
                                                          request.path, request.body.toObject())) {
        parsed.operations.append(*op);
        parsed.items.append(0);
    }
    return parsed;
}

bool UndoJournal::wants(const ParseRequest &request) const
{
    return !parse(request).operations.isEmpty();
}

namespace {
// What the snapshot reader would read for ids, taken from objects read right before the write; nothing
// when they miss an id (not read, or gone from the server: the reader says which).
std::optional<QJsonObject> snapshotFrom(const QJsonObject &readBefore, const QMap<QString, QStringList> &ids)
{
    if (readBefore.isEmpty() || ids.isEmpty())
        return std::nullopt;
    QJsonObject snapshot;
    for (auto it = ids.begin(); it != ids.end(); ++it) {
        const QJsonObject read = readBefore.value(it.key()).toObject();
        QJsonObject byId;
        for (const QString &id : it.value()) {
            const QJsonValue object = read.value(id);
            if (!object.isObject())
                return std::nullopt;
            byId.insert(id, object);
        }
        snapshot.insert(it.key(), byId);
    }
    return snapshot;
}
} // namespace

void UndoJournal::admit(const ParseRequest &request, Ready ready)
{
    const Parsed parsed = parse(request);
    QMap<QString, QStringList> ids;
    for (const UndoOperation &op : parsed.operations) {
        if (op.kind != UndoOperation::Kind::Create)
            ids[op.className].append(op.objectId);
    }
    // One read per write: the objects a conflict check has just read are the snapshot.
    if (const std::optional<QJsonObject> snapshot = snapshotFrom(request.readBefore, ids)) {
        QMetaObject::invokeMethod(
            this,
            [this, request, parsed, ready, objects = *snapshot] {
                store(request, parsed, objects, {}, ready);
            },
            Qt::QueuedConnection);
        return;
    }
    auto *fetcher = new SnapshotReader(m_client, request, this);
    connect(fetcher, &SnapshotReader::finished, this,
            [this, fetcher, request, parsed, ready](const QJsonObject &objects, const ParseError &error) {
                fetcher->deleteLater();
                store(request, parsed, objects, error, ready);
            });
    fetcher->fetch(ids);
}

void UndoJournal::store(const ParseRequest &request, const Parsed &parsed, const QJsonObject &objects,
                        const ParseError &error, const Ready &ready)
{
    if (error.isError()) {
        // What happened first, then what it means for this write.
        const QString what = m_client ? error.describeAt(m_client->profile().serverUrl) : error.describe();
        ready(ParseError::config(tr("%1 Not sent: the undo journal keeps a copy of the objects a "
                                    "write changes, and could not read them.")
                                     .arg(what)),
              0);
        return;
    }
    // Writes of one action join its entry while it is being written.
    int index = -1;
    if (!request.actionId.isEmpty()) {
        for (int i = int(m_entries.size()) - 1; i >= 0 && index < 0; --i) {
            if (m_entries.at(i).actionId == request.actionId && !m_entries.at(i).undoneAt.isValid())
                index = i;
        }
    }
    // A new entry's first line is the whole entry; later writes of the action add a line each.
    UndoEntry created;
    if (index < 0) {
        created.time = QDateTime::currentDateTimeUtc();
        created.id = created.time.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-")) +
                     QUuid::createUuid().toString(QUuid::Id128).left(8);
        created.source = request.origin.isEmpty() ? QStringLiteral("other") : request.origin;
        created.actionId = request.actionId;
        created.operations = parsed.operations;
        created.addSnapshots(objects);
    }
    const QString entryId = index >= 0 ? m_entries.at(index).id : created.id;
    const QJsonObject line = index >= 0 ? UndoEntry::addedLine(parsed.operations, objects) : created.toJson();
    QString problem;
    if (!append(entryId, line, &problem)) {
        ready(ParseError::config(
                  tr("Not sent: the undo journal could not store the snapshot (%1).").arg(problem)),
              0);
        return;
    }
    Ticket ticket;
    ticket.entryId = entryId;
    ticket.count = int(parsed.operations.size());
    ticket.batch = request.path == QLatin1String("/batch");
    ticket.items = parsed.items;
    if (index >= 0) {
        UndoEntry &entry = m_entries[index]; // in place: an action's entry can be large
        ticket.first = int(entry.operations.size());
        entry.operations.append(parsed.operations);
        entry.addSnapshots(objects);
        Q_EMIT entryChanged(index);
    } else {
        Q_EMIT entryAboutToBeAdded();
        m_entries.append(created);
        Q_EMIT entryAdded(int(m_entries.size()) - 1);
    }
    const quint64 id = ++m_nextTicket;
    m_tickets.insert(id, ticket);
    ready({}, id);
}

void UndoJournal::settled(quint64 ticketId, const ParseResult &result)
{
    const Ticket ticket = m_tickets.take(ticketId);
    const int index = indexOf(ticket.entryId);
    if (index < 0)
        return;
    UndoEntry &entry = m_entries[index];
    const QJsonArray items = result.json.toArray();
    const bool perItem = ticket.batch && result.ok() && result.json.isArray();
    for (int i = 0; i < ticket.count && ticket.first + i < entry.operations.size(); ++i) {
        UndoOperation &op = entry.operations[ticket.first + i];
        QJsonObject success;
        QString failure;
        bool applied = false;
        if (perItem) {
            const QJsonObject item = items.at(ticket.items.value(i)).toObject();
            applied = item.contains(QLatin1String("success"));
            success = item.value(QLatin1String("success")).toObject();
            const QJsonObject error = item.value(QLatin1String("error")).toObject();
            failure = tr("%1 (code %2)")
                          .arg(error.value(QLatin1String("error")).toString())
                          .arg(error.value(QLatin1String("code")).toInt());
        } else {
            applied = result.ok();
            success = result.object();
            failure = result.error.describe();
        }
        if (applied) {
            op.outcome = UndoOperation::Outcome::Applied;
            if (op.kind == UndoOperation::Kind::Create)
                op.objectId = success.value(QLatin1String("objectId")).toString();
            op.updatedAt = success.value(QLatin1String("updatedAt")).toString();
        } else {
            op.outcome = !perItem && result.error.outcomeUnknown ? UndoOperation::Outcome::Unknown
                                                                 : UndoOperation::Outcome::Failed;
            op.error = failure;
        }
    }
    // An entry whose writes all failed changed nothing: nothing to undo, nothing to keep.
    const bool open = std::any_of(m_tickets.begin(), m_tickets.end(),
                                  [&](const Ticket &t) { return t.entryId == entry.id; });
    const bool nothingApplied = std::none_of(entry.operations.begin(), entry.operations.end(),
                                             [](const UndoOperation &op) { return op.mayHaveApplied(); });
    if (!open && nothingApplied) {
        remove({entry.id});
        return;
    }
    QString problem;
    // The snapshot is on disk already; an outcome that could not be written reads back as "unknown".
    append(entry.id, entry.outcomesLine(ticket.first, ticket.count), &problem);
    Q_EMIT entryChanged(index);
}
