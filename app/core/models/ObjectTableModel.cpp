#include "core/models/ObjectTableModel.h"

#include "core/batch/BulkEdit.h"
#include "core/batch/ConflictCheck.h"
#include "core/batch/OutcomeCheck.h"
#include "core/data/JsonText.h"
#include "core/data/ParseNames.h"
#include "core/data/ParseValue.h"
#include "core/journal/UndoJournal.h"
#include "core/models/LiveListDiff.h"
#include "core/models/Tone.h"
#include "core/net/ParseClient.h"
#include "core/net/QueuedReply.h"
#include "core/net/RequestQueue.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>
#include <functional>

namespace {
const QString kObjectId = QStringLiteral("objectId");
// Written by the server only.
const QStringList kReadOnly{kObjectId, QStringLiteral("createdAt"), QStringLiteral("updatedAt")};
const QString kUpdatedAt = QStringLiteral("updatedAt");

QString idOf(const ParseRequest &request)
{
    return request.path.section(QLatin1Char('/'), -1);
}

// A value in a conflict's or a changed cell's tooltip, as the table shows it.
QString shown(const QJsonValue &value, const QString &type)
{
    if (value.isUndefined())
        return ObjectTableModel::tr("(not set)");
    if (value.toObject().contains(QLatin1String("__op")))
        return JsonText::compact(value);
    return ParseValue::fromJson(value, type).displayText();
}
} // namespace

ObjectTableModel::ObjectTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_recentTimer.setSingleShot(true);
    connect(&m_recentTimer, &QTimer::timeout, this, [this] {
        m_recent.clear();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               {ToneRole::Fill, RecentlyChangedRole, Qt::ToolTipRole});
    });
}

void ObjectTableModel::setClient(ParseClient *client, RequestQueue *queue)
{
    m_client = client;
    m_queue = queue;
    // Another connection or principal never sees these pages.
    m_cache.setOwner(reader());
}

QString ObjectTableModel::reader() const
{
    if (!m_client)
        return {};
    const ServerProfile &profile = m_client->profile();
    const bool master = profile.useMasterKey && profile.hasMasterKey();
    // Hashed: the owner is compared, and secrets need not be kept twice.
    const QString who = QStringList{profile.id, profile.serverUrl.toString(), profile.applicationId,
                                    master ? profile.masterKey : QString(), m_client->sessionToken()}
                            .join(QChar(0));
    return QString::fromLatin1(QCryptographicHash::hash(who.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ParseClient *ObjectTableModel::client() const
{
    return m_client;
}

void ObjectTableModel::setClass(const QString &className, const QJsonObject &schema, const QJsonObject &where)
{
    // Edits belong to their class; the same class again (a changed schema) keeps them.
    if (className != m_className) {
        ++m_classEpoch;
        m_pending.clear();
        m_errors.clear();
        m_baselines.clear();
        m_conflicts.clear();
        m_serverChanged.clear();
    }
    m_className = className;
    m_schemaFields = schema.value(QLatin1String("fields")).toObject();
    // Every object has the read-only fields and an ACL, whether or not the schema lists them.
    m_fields =
        ParseNames::columnOrder(m_schemaFields.keys() + kReadOnly + QStringList{QStringLiteral("ACL")});
    m_types.clear();
    for (const QString &field : std::as_const(m_fields))
        m_types.append(fieldType(field));
    m_where = where;
    m_sortField = QStringLiteral("createdAt");
    m_descending = false;
    m_pointerDisplay.clear();
    reload();
}

void ObjectTableModel::setWhere(const QJsonObject &where)
{
    m_where = where;
    reload();
}

QString ObjectTableModel::fieldType(const QString &field) const
{
    return m_schemaFields.value(field).toObject().value(QLatin1String("type")).toString();
}

QString ObjectTableModel::targetClass(const QString &field) const
{
    return m_schemaFields.value(field).toObject().value(QLatin1String("targetClass")).toString();
}

QString ObjectTableModel::pointerTarget(const QString &field) const
{
    const QString type = fieldType(field);
    if (type == QLatin1String("Pointer"))
        return targetClass(field);
    if (type != QLatin1String("Array"))
        return {};
    // An array's schema names no class: the first loaded page tells.
    for (qsizetype row = 0; row < qMin(m_rows.size(), qsizetype(kPageSize)); ++row) {
        const QString target = PointerDisplay::targetClass(m_rows.object(row).value(field));
        if (!target.isEmpty())
            return target;
    }
    return {};
}

void ObjectTableModel::setPointerDisplay(const PointerDisplay::Choices &choices)
{
    m_pointerDisplay = choices;
    m_cachedRow = -1;
}

bool ObjectTableModel::sortBy(const QString &field, bool descending)
{
    if (field != kObjectId && !CursorPager::isSortableType(fieldType(field)))
        return false;
    m_sortField = field;
    m_descending = descending;
    reload();
    return true;
}

void ObjectTableModel::reload()
{
    ++m_generation;
    // The previous class's, filter's or order's page and count are of no use now: aborted, they free their
    // connections for what comes next, and the count no longer competes with it.
    if (m_pageReply)
        m_pageReply->abort();
    if (m_countReply)
        m_countReply->abort();
    beginResetModel();
    m_rows.clear();
    m_cachedRow = -1;
    // Pending edits (with their errors and conflicts) stay for the objects that come back.
    m_pager.emplace(m_where, m_sortField, m_descending, fieldType(m_sortField) == QLatin1String("Date"),
                    m_pageSize);
    m_count.reset();
    m_error.clear();
    m_loading = false;
    m_recent.clear();
    m_recentTimer.stop();
    // A page seen before shows at once while the same find checks it (onPage); never over pending edits,
    // which cached rows could drop or show against older values.
    m_cache.setOwner(reader());
    m_pageKey = firstPageKey();
    m_firstPage = true;
    const bool editing = !m_pending.isEmpty() || !m_errors.isEmpty() || !m_conflicts.isEmpty();
    const PageCache::Page *cached =
        editing || !m_client || m_className.isEmpty() ? nullptr : m_cache.find(m_pageKey);
    m_revalidating = cached != nullptr;
    if (cached) {
        m_rows = cached->rows;
        m_count = cached->count;
        m_cachedAt = cached->fetchedAt;
    }
    endResetModel();
    m_countSent = false;
    if (m_revalidating)
        fetchMore({});
    Q_EMIT stateChanged();
}

QString ObjectTableModel::firstPageKey() const
{
    const ParseRequest request = pageRequest();
    return request.path + QLatin1Char('?') + request.query.toString(QUrl::FullyEncoded);
}

ParseRequest ObjectTableModel::pageRequest() const
{
    QueryOptions options = m_pager->nextQuery();
    PointerDisplay::addTo(&options, m_fields, m_pointerDisplay);
    ParseRequest request = ParseRequest::find(m_className, options);
    request.compactRows = true;
    return request;
}

void ObjectTableModel::requestCount()
{
    if (!m_client || m_className.isEmpty())
        return;
    const quint64 generation = m_generation;
    if (m_countReply)
        m_countReply->abort();
    ParseRequest request = ParseRequest::count(m_className, m_where);
    // An exact count of a big class is a full scan: it must not delay the pages and actions after it.
    request.priority = ParseRequest::Priority::Background;
    m_countReply = m_client->send(request);
    connect(m_countReply, &ParseReply::finished, this, [this, generation](const ParseResult &r) {
        if (generation != m_generation || !r.ok())
            return;
        m_count = r.object().value(QLatin1String("count")).toInteger();
        m_cache.setCount(m_pageKey, *m_count);
        Q_EMIT stateChanged();
    });
}

void ObjectTableModel::refreshCount()
{
    // Before the first page, its own count is still to come.
    if (m_countSent)
        requestCount();
}

bool ObjectTableModel::canFetchMore(const QModelIndex &parent) const
{
    // No class, nothing to read: without one the find went to /classes/ and came back 404.
    return !parent.isValid() && m_client && !m_className.isEmpty() && m_pager && !m_pager->atEnd() &&
           !m_loading && m_error.isEmpty();
}

void ObjectTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    m_pageReply = m_client->send(pageRequest());
    connect(m_pageReply, &ParseReply::finished, this,
            [this, generation](const ParseResult &r) { onPage(r, generation); });
    Q_EMIT stateChanged();
}

void ObjectTableModel::onPage(const ParseResult &result, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    // The count goes out after the first page: on the server it would compete with the page for the
    // same rows (an exact count of a big class is a full scan).
    if (!m_countSent) {
        m_countSent = true;
        requestCount();
    }
    if (!result.ok()) {
        m_error = result.error.describe();
        // Cached rows the server no longer gives are not shown as if it did.
        if (m_revalidating) {
            m_revalidating = false;
            m_cache.remove(m_pageKey);
            beginResetModel();
            m_rows.clear();
            m_cachedRow = -1;
            endResetModel();
        }
        Q_EMIT stateChanged();
        return;
    }
    const ObjectRows page = result.rows ? *result.rows : ObjectRows();
    const qsizetype n = page.size();
    m_pager->advance(n, n > 0 ? page.object(n - 1) : QJsonObject());
    // An empty page that only ends a phase of the cursor is no first page to show again.
    if (m_firstPage && (n > 0 || m_pager->atEnd()))
        m_cache.insert(m_pageKey, page, QDateTime::currentDateTime());
    m_firstPage = false;
    if (m_revalidating) {
        m_revalidating = false;
        revalidate(page);
    } else if (n > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + n - 1));
        m_rows.append(page);
        endInsertRows();
        markServerChanges(int(m_rows.size() - n), int(m_rows.size() - 1));
    }
    // Every object that comes back is back: the edits of the others (deleted, or no longer matching)
    // have no cell left.
    if (m_pager->atEnd()) {
        for (const QString &id : m_pending.keys()) {
            if (rowOf(id) < 0) {
                m_pending.remove(id);
                m_errors.remove(id);
                m_baselines.remove(id);
                m_conflicts.remove(id);
                m_serverChanged.remove(id);
            }
        }
    }
    Q_EMIT stateChanged();
    // A view asks for more only after rows arrive; an empty page that ends one phase of the cursor (no
    // object lacks the sort key, descending) would leave it waiting forever.
    if (n == 0 && !m_pager->atEnd())
        fetchMore({});
}

void ObjectTableModel::revalidate(const ObjectRows &page)
{
    // A row whose text is unchanged stands in by its objectId alone: only rows that changed are decoded.
    QHash<QString, QByteArrayView> cachedText;
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        cachedText.insert(m_rows.objectId(row), m_rows.json(row));
    QHash<QString, qsizetype> pageRow;
    QList<QJsonObject> after;
    for (qsizetype row = 0; row < page.size(); ++row) {
        const QString id = page.objectId(row);
        pageRow.insert(id, row);
        after.append(cachedText.value(id) == page.json(row) ? QJsonObject{{kObjectId, id}}
                                                            : page.object(row));
    }
    QList<QJsonObject> before;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const QString id = m_rows.objectId(row);
        const auto fresh = pageRow.constFind(id);
        const bool changed = fresh != pageRow.constEnd() && page.json(*fresh) != m_rows.json(row);
        before.append(changed ? m_rows.object(row) : QJsonObject{{kObjectId, id}});
    }
    for (const LiveListDiff::Step &step : LiveListDiff::compute(before, after)) {
        switch (step.kind) {
        case LiveListDiff::Step::Kind::Remove:
            beginRemoveRows({}, step.from, step.from);
            m_rows.remove(step.from);
            m_cachedRow = -1;
            endRemoveRows();
            break;
        case LiveListDiff::Step::Kind::Insert:
            beginInsertRows({}, step.to, step.to);
            m_rows.insert(step.to, page, pageRow.value(step.key));
            m_cachedRow = -1;
            m_recent.insert(step.key, {}); // the whole row
            endInsertRows();
            break;
        case LiveListDiff::Step::Kind::Move:
            // Moves go up only (to < from): the row lands before the one now at `to`.
            beginMoveRows({}, step.from, step.from, {}, step.to);
            m_rows.move(step.from, step.to);
            m_cachedRow = -1;
            endMoveRows();
            break;
        case LiveListDiff::Step::Kind::Update:
            m_rows.set(step.to, page, pageRow.value(step.key));
            m_cachedRow = -1;
            for (const QString &field : step.changedFields)
                m_recent[step.key].insert(field);
            // An edit made on the cached row meanwhile: its field may have changed under it.
            markServerChanges(step.to, step.to);
            Q_EMIT dataChanged(index(step.to, 0), index(step.to, columnCount() - 1));
            break;
        }
    }
    if (!m_recent.isEmpty())
        m_recentTimer.start(kRecentMs);
}

int ObjectTableModel::rowOf(const QString &objectId) const
{
    return int(m_rows.indexOf(objectId));
}

const QJsonObject &ObjectTableModel::rowObject(int row) const
{
    if (row != m_cachedRow || !m_cachedDecoded) {
        m_cachedObject = m_rows.object(row);
        m_cachedIncluded = {};
        for (auto it = m_pointerDisplay.begin(); it != m_pointerDisplay.end(); ++it) {
            const auto found = m_cachedObject.find(it.key());
            if (found != m_cachedObject.end()) {
                m_cachedIncluded.insert(it.key(), *found);
                *found = PointerDisplay::asPointer(*found);
            }
        }
        m_cachedRow = row;
        m_cachedDecoded = true;
    }
    return m_cachedObject;
}

QJsonValue ObjectTableModel::rowValue(int row, const QString &field) const
{
    // A pointer shown by a field of its target is rewritten in the decoded row.
    if ((row == m_cachedRow && m_cachedDecoded) || m_pointerDisplay.contains(field))
        return rowObject(row).value(field);
    if (row != m_cachedRow) {
        m_cachedMembers = JsonMembers(m_rows.json(row));
        m_cachedRow = row;
        m_cachedDecoded = false;
    }
    return m_cachedMembers.isValid() ? m_cachedMembers.value(field) : rowObject(row).value(field);
}

int ObjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant ObjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString &field = m_fields.at(index.column());
    const QString &type = m_types.at(index.column());
    // Views ask for many roles per cell; only some need the row decoded.
    switch (role) {
    case FieldRole:
        return field;
    case TypeRole:
        return field == kObjectId ? QStringLiteral("String") : type;
    case Qt::TextAlignmentRole:
        return type == QLatin1String("Number") ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ObjectRole:
        return rowObject(index.row());
    case Qt::DisplayRole:
    case Qt::EditRole:
    case JsonRole:
    case Qt::ToolTipRole:
    case ToneRole::Fill:
    case ToneRole::Text:
    case PendingRole:
    case ErrorRole:
    case ValueRole:
    case ConflictRole:
    case ServerChangedRole:
    case RecentlyChangedRole:
        break;
    default:
        return {};
    }
    // Pending edits, errors and marks are kept by objectId; without any, no id needs reading.
    const QString id = m_pending.isEmpty() && m_errors.isEmpty() && m_recent.isEmpty()
                           ? QString()
                           : m_rows.objectId(index.row());
    const auto pending = m_pending.constFind(id);
    const bool isPending = pending != m_pending.constEnd() && pending->contains(field);
    const QString error = m_errors.isEmpty() ? QString() : m_errors.value(id).value(field);
    const QJsonObject conflict = m_conflicts.isEmpty() ? QJsonObject() : m_conflicts.value(id).value(field);
    const bool serverChanged = isPending && m_serverChanged.value(id).contains(field);
    const auto recent = m_recent.constFind(id);
    const bool isRecent = recent != m_recent.constEnd() && (recent->isEmpty() || recent->contains(field));
    switch (role) {
    case PendingRole:
        return isPending;
    case ErrorRole:
        return error;
    case ConflictRole:
        return conflict;
    case ServerChangedRole:
        return serverChanged;
    case RecentlyChangedRole:
        return isRecent;
    case Qt::ToolTipRole:
        if (!conflict.isEmpty())
            return tr("Not saved: the object changed on the server after it was loaded.\nLoaded: %1\nServer "
                      "now: %2\nMine: %3\nKeep mine writes yours anyway; Take theirs drops it.")
                .arg(shown(conflict.value(QLatin1String("loaded")), type),
                     shown(conflict.value(QLatin1String("server")), type),
                     shown(conflict.value(QLatin1String("mine")), type));
        if (!error.isEmpty())
            return error;
        if (serverChanged)
            return tr("Changed on the server meanwhile: it is %1 there now; yours (%2) is not saved yet, and "
                      "saving it is a conflict.")
                .arg(shown(rowObject(index.row()).value(field), type), shown(pending->value(field), type));
        if (isPending)
            return tr("Changed, not saved yet");
        if (isRecent)
            return tr("Changed on the server since this page was last shown");
        // A pointer shown by its target's field keeps its objectId at hand.
        if (m_pointerDisplay.contains(field)) {
            rowObject(index.row());
            const QString ids = PointerDisplay::objectIds(m_cachedIncluded.value(field));
            return ids.isEmpty() ? QVariant() : ids;
        }
        return {};
    case ToneRole::Fill:
        if (!error.isEmpty() || !conflict.isEmpty())
            return int(Tone::Bad);
        if (isPending)
            return int(Tone::Caution);
        if (isRecent)
            return int(Tone::Good);
        return {};
    case ToneRole::Text:
        return serverChanged ? QVariant(int(Tone::Bad)) : QVariant();
    }
    // The objectId is read from the row's text: views, copies and selections ask for it per row, and
    // decoding a row of 200 fields for it cost more than painting the row.
    const QJsonValue value = isPending            ? pending->value(field)
                             : field == kObjectId ? QJsonValue(m_rows.objectId(index.row()))
                                                  : rowValue(index.row(), field);
    if (role == ValueRole)
        return QVariant::fromValue(value);
    if (role == Qt::DisplayRole) {
        if (value.isUndefined())
            return {};
        if (value.toObject().contains(QLatin1String("__op")))
            return JsonText::compact(value);
        if (!isPending && m_pointerDisplay.contains(field))
            return PointerDisplay::displayText(m_cachedIncluded.value(field), m_pointerDisplay.value(field));
        return ParseValue::fromJson(value, type).displayText();
    }
    return JsonText::compact(value.isUndefined() ? QJsonValue() : value);
}

bool ObjectTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString &field = m_fields.at(index.column());
    QJsonValue json;
    if (role == JsonRole || (role == Qt::EditRole && value.typeId() == QMetaType::QString)) {
        // Typed text: JSON when it parses, else a plain string (for String fields, always the text).
        const QString text = value.toString();
        const JsonText::Parsed parsed = JsonText::parse(QStringLiteral("[%1]").arg(text).toUtf8());
        const bool isJson = parsed.ok() && parsed.document.array().size() == 1;
        json = fieldType(field) == QLatin1String("String") || !isJson ? QJsonValue(text)
                                                                      : parsed.document.array().first();
    } else if (role == Qt::EditRole) {
        json = QJsonValue::fromVariant(value);
    } else {
        return false;
    }
    const QString id = m_rows.objectId(index.row());
    if (rowObject(index.row()).value(field) == json) {
        dropEdit(id, field);
    } else {
        rememberBaseline(index.row(), field);
        m_pending[id].insert(field, json);
    }
    m_errors[id].remove(field);
    Q_EMIT dataChanged(index, index);
    Q_EMIT stateChanged();
    return true;
}

void ObjectTableModel::applyOperation(const QModelIndex &index, const QJsonObject &op)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return;
    const QString id = m_rows.objectId(index.row());
    rememberBaseline(index.row(), m_fields.at(index.column()));
    m_pending[id].insert(m_fields.at(index.column()), op);
    Q_EMIT dataChanged(index, index);
    Q_EMIT stateChanged();
}

Qt::ItemFlags ObjectTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const QString type = fieldType(m_fields.at(index.column()));
    return kReadOnly.contains(m_fields.at(index.column())) || type == QLatin1String("Relation")
               ? f
               : f | Qt::ItemIsEditable;
}

QVariant ObjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_fields.size())
        return {};
    const QString &field = m_fields.at(section);
    if (role == Qt::DisplayRole)
        return field;
    if (role == Qt::ToolTipRole) {
        const QString target = targetClass(field);
        return target.isEmpty() ? fieldType(field) : tr("%1 to %2").arg(fieldType(field), target);
    }
    return {};
}

int ObjectTableModel::pendingCount() const
{
    int n = 0;
    for (const QJsonObject &changes : m_pending)
        n += int(changes.size());
    return n;
}

QList<ParseRequest> ObjectTableModel::pendingRequests() const
{
    // One update per object with all of its changed fields, in the order the rows are shown.
    // Objects not loaded again yet since a refresh come last.
    QList<std::pair<int, QString>> changed;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->isEmpty())
            continue;
        const int row = rowOf(it.key());
        changed.append({row < 0 ? int(m_rows.size()) : row, it.key()});
    }
    std::sort(changed.begin(), changed.end());
    QList<ParseRequest> requests;
    for (const auto &[row, id] : std::as_const(changed))
        requests.append(ParseRequest::updateObject(m_className, id, m_pending.value(id)));
    return requests;
}

void ObjectTableModel::discard()
{
    if (m_pending.isEmpty() && m_errors.isEmpty() && m_conflicts.isEmpty())
        return;
    m_pending.clear();
    m_errors.clear();
    m_baselines.clear();
    m_conflicts.clear();
    m_serverChanged.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT stateChanged();
}

void ObjectTableModel::save()
{
    if (!m_queue)
        return;
    const QList<ParseRequest> requests = pendingRequests();
    if (requests.isEmpty())
        return;
    QStringList expected;
    for (const ParseRequest &request : requests)
        expected.append(m_baselines.value(idOf(request)).updatedAt);
    const quint64 epoch = m_classEpoch;
    checkConflicts(
        requests, expected,
        [this, requests, epoch](const QList<ParseRequest> &left, int conflicts, const ParseError &error) {
            if (epoch != m_classEpoch)
                return;
            if (!error.isError()) {
                sendEdits(left, conflicts);
                return;
            }
            // Unchecked is unsent: nothing may overwrite a newer value unseen.
            // What happened first, then what it means for these edits.
            const QString why =
                tr("%1 Not sent: the objects could not be read to check for changes on the server.")
                    .arg(m_client ? error.describeAt(m_client->profile().serverUrl) : error.describe());
            for (const ParseRequest &request : requests) {
                const QString id = idOf(request);
                for (const QString &field : request.body.toObject().keys())
                    m_errors[id].insert(field, why);
                if (const int row = rowOf(id); row >= 0)
                    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
            Q_EMIT stateChanged();
            Q_EMIT saved(0, int(requests.size()), 0);
        });
}

bool ObjectTableModel::isContested(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString id = m_rows.objectId(index.row());
    const QString &field = m_fields.at(index.column());
    return m_conflicts.value(id).contains(field) ||
           (m_serverChanged.value(id).contains(field) && m_pending.value(id).contains(field));
}

int ObjectTableModel::contestedCount() const
{
    int n = 0;
    for (auto it = m_conflicts.begin(); it != m_conflicts.end(); ++it)
        n += int(it->size());
    for (auto it = m_serverChanged.begin(); it != m_serverChanged.end(); ++it) {
        for (const QString &field : *it)
            n += m_pending.value(it.key()).contains(field) && !m_conflicts.value(it.key()).contains(field);
    }
    return n;
}

void ObjectTableModel::keepMine(const QModelIndexList &cells)
{
    QHash<QString, QJsonObject> mine;
    for (const QModelIndex &cell : cells) {
        if (isContested(cell)) {
            const QString id = m_rows.objectId(cell.row());
            const QString &field = m_fields.at(cell.column());
            mine[id].insert(field, m_pending.value(id).value(field));
        }
    }
    QList<ParseRequest> requests;
    for (auto it = mine.begin(); it != mine.end(); ++it)
        requests.append(ParseRequest::updateObject(m_className, it.key(), it.value()));
    if (!requests.isEmpty())
        sendEdits(requests, 0);
}

void ObjectTableModel::takeTheirs(const QModelIndexList &cells)
{
    for (const QModelIndex &cell : cells) {
        if (!isContested(cell))
            continue;
        const QString id = m_rows.objectId(cell.row());
        const QString &field = m_fields.at(cell.column());
        // A conflict knows the server's value; a cell changed meanwhile shows it already.
        if (const auto conflict = m_conflicts.value(id).constFind(field);
            conflict != m_conflicts.value(id).constEnd()) {
            QJsonObject current = m_rows.object(cell.row());
            const QJsonValue server = conflict->value(QLatin1String("server"));
            if (server.isUndefined())
                current.remove(field);
            else
                current.insert(field, server);
            m_rows.replace(cell.row(), current);
            m_cachedRow = -1;
        }
        dropEdit(id, field);
        Q_EMIT dataChanged(cell, cell);
    }
    Q_EMIT stateChanged();
}

void ObjectTableModel::rememberBaseline(int row, const QString &field)
{
    const QString id = m_rows.objectId(row);
    if (!m_baselines.contains(id))
        m_baselines[id].updatedAt = rowObject(row).value(kUpdatedAt).toString();
    Baseline &baseline = m_baselines[id];
    if (!baseline.fields.contains(field))
        baseline.fields.insert(field, rowObject(row).value(field));
}

void ObjectTableModel::dropEdit(const QString &id, const QString &field)
{
    const auto forget = [&id, &field](auto &byObject) {
        if (const auto it = byObject.find(id); it != byObject.end()) {
            it->remove(field);
            if (it->isEmpty())
                byObject.erase(it);
        }
    };
    forget(m_pending);
    forget(m_errors);
    forget(m_conflicts);
    forget(m_serverChanged);
    if (!m_pending.contains(id))
        m_baselines.remove(id);
    else if (const auto it = m_baselines.find(id); it != m_baselines.end())
        it->fields.remove(field);
}

void ObjectTableModel::markServerChanges(int first, int last)
{
    if (m_pending.isEmpty())
        return;
    for (int row = first; row <= last; ++row) {
        const QString id = m_rows.objectId(row);
        const auto baseline = m_baselines.find(id);
        if (!m_pending.contains(id) || baseline == m_baselines.end())
            continue;
        const QJsonObject &now = rowObject(row);
        for (const QString &field : m_pending.value(id).keys()) {
            if (baseline->fields.contains(field) && baseline->fields.value(field) != now.value(field))
                m_serverChanged[id].insert(field);
        }
        // Changes elsewhere in the object are shown now and are no conflict for these edits; an edit
        // whose own field changed keeps the baseline that makes saving it a conflict.
        if (!m_serverChanged.contains(id) && !m_conflicts.contains(id))
            baseline->updatedAt = now.value(kUpdatedAt).toString();
    }
}

void ObjectTableModel::checkConflicts(
    const QList<ParseRequest> &requests, const QStringList &expected,
    const std::function<void(const QList<ParseRequest> &, int, const ParseError &)> &then)
{
    QList<ConflictCheck::Expectation> expectations;
    QList<int> expecting; // the request of each expectation
    for (int i = 0; i < requests.size(); ++i) {
        const QDateTime updatedAt = ConflictCheck::parseDate(expected.value(i));
        if (!updatedAt.isValid())
            continue;
        const QString id = idOf(requests.at(i));
        ConflictCheck::Expectation e{m_className, id, updatedAt, requests.at(i).body.toObject(), {}};
        const Baseline baseline = m_baselines.value(id);
        for (const QString &field : e.mine.keys()) {
            if (!baseline.fields.value(field).isUndefined())
                e.loaded.insert(field, baseline.fields.value(field));
        }
        expectations.append(e);
        expecting.append(i);
    }
    if (!m_client || expectations.isEmpty()) {
        then(requests, 0, {});
        return;
    }
    auto *check = new ConflictCheck(m_client, ParseRequest(), this);
    connect(check, &ConflictCheck::finished, this,
            [this, check, requests, expecting, then](const QList<ConflictCheck::Conflict> &conflicts,
                                                     const ParseError &error) {
                check->deleteLater();
                QSet<int> held;
                for (const ConflictCheck::Conflict &c : conflicts) {
                    held.insert(expecting.at(c.index));
                    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
                        m_conflicts[c.objectId].insert(it.key(), it.value().toObject());
                        if (const auto errors = m_errors.find(c.objectId); errors != m_errors.end())
                            errors->remove(it.key());
                    }
                    if (const int row = rowOf(c.objectId); row >= 0)
                        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                }
                QList<ParseRequest> left;
                for (int i = 0; i < requests.size(); ++i) {
                    if (!held.contains(i))
                        left.append(requests.at(i));
                }
                if (!error.isError())
                    check->attachTo(&left);
                then(left, int(conflicts.size()), error);
            });
    check->check(expectations);
}

void ObjectTableModel::sendEdits(QList<ParseRequest> requests, int conflicts)
{
    if (requests.isEmpty()) {
        Q_EMIT stateChanged();
        Q_EMIT saved(0, 0, conflicts);
        return;
    }
    UndoJournal::tag(&requests, QStringLiteral("browser"));
    auto outcome = std::make_shared<std::pair<int, int>>(0, 0);
    auto open = std::make_shared<int>(int(requests.size()));
    const quint64 epoch = m_classEpoch;
    // A lost reply is first settled by reading the object back: a save that took effect is not shown as
    // failed, and one that did not is safe to send again. A lost batch is read back with one query.
    QPointer<OutcomeCheck> outcomes = new OutcomeCheck(m_client, this);
    for (const ParseRequest &request : requests) {
        const QString id = idOf(request);
        const QJsonObject sent = request.body.toObject();
        const auto settle = [this, outcomes](const ParseResult &r,
                                             const std::function<void(const ParseResult &)> &then) {
            if (r.ok() || !r.error.outcomeUnknown || !m_client || !outcomes)
                then(r);
            else
                outcomes->settle(r, then);
        };
        connect(m_queue->enqueue(request), &QueuedReply::finished, this,
                [settle, this, id, sent, outcome, open, conflicts, epoch, outcomes](const ParseResult &lost) {
                    settle(lost, [this, id, sent, outcome, open, conflicts, epoch,
                                  outcomes](const ParseResult &r) {
                        ++(r.ok() ? outcome->first : outcome->second);
                        // The edits of a class no longer shown are gone; after a refresh the object is
                        // found again by its id.
                        const bool sameClass = epoch == m_classEpoch;
                        const int row = sameClass ? rowOf(id) : -1;
                        const QJsonObject answer = r.object();
                        if (row >= 0 && r.ok()) {
                            // The server's answer for __op fields is the new value; plain sets are what we
                            // sent.
                            QJsonObject changes;
                            for (auto it = sent.begin(); it != sent.end(); ++it)
                                changes.insert(it.key(), answer.contains(it.key()) ? answer.value(it.key())
                                                                                   : it.value());
                            if (answer.contains(kUpdatedAt))
                                changes.insert(kUpdatedAt, answer.value(kUpdatedAt));
                            m_rows.update(row, changes);
                            m_cachedRow = -1;
                        }
                        if (sameClass && r.ok()) {
                            // Only what was sent is settled; edits made meanwhile stay pending, and this
                            // write of ours is no change to them unless they are contested already.
                            for (auto it = sent.begin(); it != sent.end(); ++it) {
                                if (m_pending.value(id).value(it.key()) == it.value())
                                    dropEdit(id, it.key());
                            }
                            m_errors.remove(id);
                            if (m_pending.contains(id) && !m_conflicts.contains(id) &&
                                !m_serverChanged.contains(id) && answer.contains(kUpdatedAt))
                                m_baselines[id].updatedAt = answer.value(kUpdatedAt).toString();
                        } else if (sameClass) {
                            for (auto it = sent.begin(); it != sent.end(); ++it)
                                m_errors[id].insert(it.key(), r.error.describe());
                        }
                        if (row >= 0)
                            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                        if (--*open == 0) {
                            if (outcomes)
                                outcomes->deleteLater();
                            Q_EMIT stateChanged();
                            Q_EMIT saved(outcome->first, outcome->second, conflicts);
                        }
                    });
                });
    }
    m_queue->flushNow();
}

void ObjectTableModel::createObject(const QJsonObject &fields)
{
    writeAndReload({ParseRequest::createObject(m_className, fields)});
}

void ObjectTableModel::duplicateRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    createObject(BulkEdit::copyOf(rowObject(row), m_schemaFields));
}

void ObjectTableModel::deleteRows(const QList<int> &rows)
{
    QList<ParseRequest> requests;
    QStringList expected; // a delete of an object changed since it was loaded is a conflict
    for (const int row : rows) {
        if (row >= 0 && row < m_rows.size()) {
            requests.append(ParseRequest::deleteObject(m_className, m_rows.objectId(row)));
            expected.append(rowObject(row).value(kUpdatedAt).toString());
        }
    }
    if (!m_queue || requests.isEmpty())
        return;
    const quint64 epoch = m_classEpoch;
    checkConflicts(requests, expected,
                   [this, epoch](const QList<ParseRequest> &left, int conflicts, const ParseError &error) {
                       if (epoch != m_classEpoch)
                           return;
                       if (error.isError())
                           Q_EMIT written(0, int(left.size()), error.describe(), 0);
                       else
                           writeAndReload(left, conflicts);
                   });
}

void ObjectTableModel::writeAndReload(QList<ParseRequest> requests, int conflicts)
{
    if (!m_queue)
        return;
    // Nothing left to send: the table still loads again, to show what the conflicts changed.
    if (requests.isEmpty()) {
        reload();
        Q_EMIT written(0, 0, {}, conflicts);
        return;
    }
    UndoJournal::tag(&requests, QStringLiteral("browser"));
    struct Outcome
    {
        int succeeded = 0;
        int failed = 0;
        int open = 0;
        QString firstError;
    };
    auto outcome = std::make_shared<Outcome>();
    outcome->open = int(requests.size());
    for (const ParseRequest &request : requests) {
        connect(m_queue->enqueue(request), &QueuedReply::finished, this,
                [this, outcome, conflicts](const ParseResult &r) {
                    if (r.ok()) {
                        ++outcome->succeeded;
                    } else {
                        ++outcome->failed;
                        if (outcome->firstError.isEmpty())
                            outcome->firstError = r.error.describe();
                    }
                    if (--outcome->open == 0) {
                        reload();
                        Q_EMIT written(outcome->succeeded, outcome->failed, outcome->firstError, conflicts);
                    }
                });
    }
    m_queue->flushNow();
}
