#include "core/models/BatchModel.h"

#include "core/batch/OperationBuilder.h"
#include "core/data/Csv.h"
#include "core/data/JsonText.h"
#include "core/models/Tone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const QString kObjectId = QStringLiteral("objectId");
const QString kCreatedAt = QStringLiteral("createdAt");
const QString kUpdatedAt = QStringLiteral("updatedAt");
const QString kCount = QStringLiteral("count");
const QString kResults = QStringLiteral("results");
constexpr int kTooltipChars = 4000;

bool isRead(const BatchOperation &op)
{
    return op.method.compare(QLatin1String("GET"), Qt::CaseInsensitive) == 0;
}

bool isFailure(BatchModel::OutcomeKind outcome)
{
    return outcome == BatchModel::OutcomeKind::Error || outcome == BatchModel::OutcomeKind::Unknown ||
           outcome == BatchModel::OutcomeKind::NotSent;
}

// Stable spellings for exports, not translated.
QString outcomeKey(BatchModel::OutcomeKind outcome)
{
    switch (outcome) {
    case BatchModel::OutcomeKind::None:
        return {};
    case BatchModel::OutcomeKind::Sending:
        return QStringLiteral("sending");
    case BatchModel::OutcomeKind::Success:
        return QStringLiteral("success");
    case BatchModel::OutcomeKind::Error:
        return QStringLiteral("error");
    case BatchModel::OutcomeKind::Unknown:
        return QStringLiteral("outcomeUnknown");
    case BatchModel::OutcomeKind::NotSent:
        return QStringLiteral("notSent");
    }
    return {};
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

Tone toneOf(BatchModel::OutcomeKind outcome)
{
    switch (outcome) {
    case BatchModel::OutcomeKind::None:
        return Tone::None;
    case BatchModel::OutcomeKind::Success:
        return Tone::Good;
    case BatchModel::OutcomeKind::Error:
        return Tone::Bad;
    case BatchModel::OutcomeKind::Unknown:
        return Tone::Caution;
    case BatchModel::OutcomeKind::Sending:
    case BatchModel::OutcomeKind::NotSent:
        return Tone::Muted;
    }
    return Tone::None;
}

// Where keys that are operators rather than fields.
bool isQueryOperator(const QString &key)
{
    return key.startsWith(QLatin1Char('$'));
}
} // namespace

BatchModel::BatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kResultCoalesceMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BatchModel::flushDirty);
}

BatchDocument BatchModel::document() const
{
    BatchDocument doc;
    doc.transaction = m_transaction;
    doc.extra = m_extra;
    doc.operations.reserve(m_rows.size());
    for (const Row &row : m_rows)
        doc.operations.append(row.op);
    return doc;
}

void BatchModel::setDocument(const BatchDocument &document)
{
    if (m_running)
        return;
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(document.operations.size());
    for (const BatchOperation &op : document.operations)
        m_rows.append(Row{op, {}});
    m_transaction = document.transaction;
    m_extra = document.extra;
    endResetModel();
    Q_EMIT documentChanged();
    Q_EMIT resultsChanged();
}

QJsonObject BatchModel::state() const
{
    if (m_rows.isEmpty())
        return {};
    QJsonArray results;
    for (const Row &row : m_rows) {
        const Result &r = row.result;
        // Still on its way when the app closes: no answer will come to this run.
        const OutcomeKind outcome = r.outcome != OutcomeKind::Sending ? r.outcome
                                    : isRead(row.op)                  ? OutcomeKind::NotSent
                                                                      : OutcomeKind::Unknown;
        QJsonObject item{{QStringLiteral("outcome"), outcomeKey(outcome)},
                         {kObjectId, r.objectId},
                         {QStringLiteral("timestamp"), r.timestamp},
                         {QStringLiteral("code"), r.code},
                         {QStringLiteral("httpStatus"), r.httpStatus},
                         {QStringLiteral("message"), r.message},
                         {QStringLiteral("edited"), r.edited}};
        if (outcome == OutcomeKind::Success && !isRead(row.op))
            item.insert(QStringLiteral("payload"), r.payload);
        results.append(item);
    }
    return {{QStringLiteral("document"), QJsonDocument::fromJson(document().toJson()).object()},
            {QStringLiteral("results"), results}};
}

bool BatchModel::restoreState(const QJsonObject &state)
{
    QString error;
    const std::optional<BatchDocument> doc = BatchDocument::fromJson(
        QJsonDocument(state.value(QLatin1String("document")).toObject()).toJson(), &error);
    if (m_running || !doc)
        return false;
    setDocument(*doc);
    const QJsonArray results = state.value(QLatin1String("results")).toArray();
    for (int i = 0; i < qMin(results.size(), m_rows.size()); ++i) {
        const QJsonObject item = results.at(i).toObject();
        Result &r = m_rows[i].result;
        const QString key = item.value(QLatin1String("outcome")).toString();
        for (const OutcomeKind outcome :
             {OutcomeKind::Success, OutcomeKind::Error, OutcomeKind::Unknown, OutcomeKind::NotSent}) {
            if (key == outcomeKey(outcome))
                r.outcome = outcome;
        }
        r.payload = item.value(QLatin1String("payload"));
        r.objectId = item.value(kObjectId).toString();
        r.timestamp = item.value(QLatin1String("timestamp")).toString();
        r.code = item.value(QLatin1String("code")).toInt();
        r.httpStatus = item.value(QLatin1String("httpStatus")).toInt();
        r.message = item.value(QLatin1String("message")).toString();
        r.edited = item.value(QLatin1String("edited")).toBool();
        markDirty(i);
    }
    flushDirty();
    return true;
}

void BatchModel::updateDocument(const BatchDocument &document)
{
    if (m_running)
        return;
    const bool sameShape = document.operations.size() == m_rows.size();
    if (!sameShape)
        beginResetModel();
    QList<Row> rows;
    rows.reserve(document.operations.size());
    for (int i = 0; i < document.operations.size(); ++i) {
        const BatchOperation &op = document.operations.at(i);
        const bool kept = i < m_rows.size() && m_rows.at(i).op == op;
        // Same shape: an operation changed in place, whose failure stays to be retried.
        rows.append(Row{op, kept        ? m_rows.at(i).result
                            : sameShape ? afterEdit(m_rows.at(i).result)
                                        : Result{}});
        if (sameShape && !kept)
            markDirty(i);
    }
    m_rows = rows;
    m_transaction = document.transaction;
    m_extra = document.extra;
    if (sameShape)
        flushDirty();
    else
        endResetModel();
    Q_EMIT documentChanged();
    Q_EMIT resultsChanged();
}

void BatchModel::setTransaction(bool transaction)
{
    if (transaction == m_transaction)
        return;
    m_transaction = transaction;
    Q_EMIT documentChanged();
}

void BatchModel::insertOperation(int row, const BatchOperation &op)
{
    if (m_running)
        return;
    row = qBound(0, row, rowCount());
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row{op, {}});
    endInsertRows();
    Q_EMIT documentChanged();
}

QStringList BatchModel::resultObjectPaths(int max) const
{
    QStringList paths;
    for (qsizetype i = m_rows.size() - 1; i >= 0 && paths.size() < max; --i) {
        const Row &row = m_rows.at(i);
        if (row.result.objectId.isEmpty())
            continue;
        const OperationBuilder::Target target = OperationBuilder::targetOf(row.op.path);
        if (target.isValid())
            paths.append(OperationBuilder::pathOf(target.className, row.result.objectId));
    }
    paths.removeDuplicates();
    return paths;
}

QStringList BatchModel::problems(const std::optional<QString> &mountPath) const
{
    return document().validate(mountPath);
}

QStringList BatchModel::schemaWarnings(const BatchDocument &document,
                                       const QHash<QString, QJsonObject> &schemas)
{
    QStringList warnings;
    if (schemas.isEmpty())
        return warnings;
    for (int i = 0; i < document.operations.size(); ++i) {
        const BatchOperation &op = document.operations.at(i);
        const OperationBuilder::Target target = OperationBuilder::targetOf(op.path);
        if (!target.isValid())
            continue;
        const auto schema = schemas.constFind(target.className);
        if (schema == schemas.cend()) {
            warnings << tr("#%1 path: the server has no class %2 (a POST would create it)")
                            .arg(i + 1)
                            .arg(target.className);
            continue;
        }
        const QJsonObject fields = schema->value(QLatin1String("fields")).toObject();
        const QJsonObject body = op.body.toObject();
        const bool read = isRead(op);
        const QJsonObject named = read ? body.value(QLatin1String("where")).toObject() : body;
        for (auto it = named.begin(); it != named.end(); ++it) {
            if (!isQueryOperator(it.key()) && !fields.contains(it.key()))
                warnings << tr("#%1 body: %2 has no field \"%3\"%4")
                                .arg(i + 1)
                                .arg(target.className, it.key(),
                                     read ? QString() : tr(" (Parse would add it)"));
        }
    }
    return warnings;
}

bool BatchModel::isMethodName(const QString &method)
{
    ParseRequest::Method parsed;
    return ParseRequest::methodFromName(method, &parsed);
}

QList<ParseRequest> BatchModel::beginRun(const QList<int> &rows, const QString &mountPath)
{
    Q_ASSERT(!m_running);
    BatchDocument doc;
    for (const int row : rows) {
        doc.operations.append(m_rows.at(row).op);
        m_rows[row].result = Result{};
        m_rows[row].result.outcome = OutcomeKind::Sending;
        markDirty(row);
    }
    m_runRows = rows;
    m_running = true;
    flushDirty();
    Q_EMIT runningChanged(true);
    return doc.toRequests(mountPath);
}

void BatchModel::applyResult(int runIndex, const ParseResult &result)
{
    if (runIndex < 0 || runIndex >= m_runRows.size())
        return;
    const int row = m_runRows.at(runIndex);
    m_rows[row].result = resultFrom(m_rows.at(row).op, result);
    markDirty(row);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

QList<ParseRequest> BatchModel::requestsFor(const QList<int> &rows, const QString &mountPath) const
{
    BatchDocument doc;
    for (const int row : rows)
        doc.operations.append(m_rows.at(row).op);
    return doc.toRequests(mountPath);
}

void BatchModel::settleUnknown(int row, const OutcomeCheck::Finding &finding)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).result.outcome != OutcomeKind::Unknown)
        return;
    ParseResult lost;
    lost.error.kind = ParseError::Kind::Transport;
    lost.error.outcomeUnknown = true;
    lost.error.code = m_rows.at(row).result.code;
    lost.error.message = tr("the reply was lost");
    m_rows[row].result = resultFrom(m_rows.at(row).op, OutcomeCheck::settled(lost, finding));
    markDirty(row);
    flushDirty();
}

void BatchModel::endRun()
{
    if (!m_running)
        return;
    // A run stopped before every answer came (the connection went away) leaves nothing "sending".
    for (const int row : std::as_const(m_runRows)) {
        Result &r = m_rows[row].result;
        if (r.outcome != OutcomeKind::Sending)
            continue;
        const bool read = isRead(m_rows.at(row).op);
        r.outcome = read ? OutcomeKind::NotSent : OutcomeKind::Unknown;
        r.message = read ? tr("No reply: the send was stopped.")
                         : tr("No reply: the send was stopped; the server may have applied this write.");
        markDirty(row);
    }
    m_running = false;
    m_runRows.clear();
    flushDirty();
    Q_EMIT runningChanged(false);
}

QList<int> BatchModel::rowsWith(const QList<OutcomeKind> &outcomes) const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (outcomes.contains(m_rows.at(i).result.outcome))
            rows.append(i);
    }
    return rows;
}

int BatchModel::unsettledCount() const
{
    int count = 0;
    for (const Row &row : m_rows) {
        const OutcomeKind outcome = row.result.outcome;
        if (outcome != OutcomeKind::Success && (outcome != OutcomeKind::Error || row.result.edited))
            ++count;
    }
    return count;
}

BatchModel::Summary BatchModel::summary() const
{
    Summary s;
    s.total = int(m_rows.size());
    for (const Row &row : m_rows) {
        switch (row.result.outcome) {
        case OutcomeKind::None:
            break;
        case OutcomeKind::Sending:
            ++s.sending;
            break;
        case OutcomeKind::Success:
            ++s.success;
            break;
        case OutcomeKind::Error:
            ++s.error;
            break;
        case OutcomeKind::Unknown:
            ++s.unknown;
            break;
        case OutcomeKind::NotSent:
            ++s.notSent;
            break;
        }
    }
    return s;
}

QFuture<QByteArray> BatchModel::exportResults(ExportFormat format) const
{
    // QList is implicitly shared: the worker reads a snapshot that later edits don't touch.
    return QtConcurrent::run(&BatchModel::exportRows, m_rows, format);
}

QByteArray BatchModel::exportRows(const QList<Row> &rows, ExportFormat format)
{
    if (format == ExportFormat::Json) {
        QJsonArray items;
        for (int i = 0; i < rows.size(); ++i) {
            const Row &row = rows.at(i);
            QJsonObject item{{QStringLiteral("index"), i},
                             {QStringLiteral("method"), row.op.method},
                             {QStringLiteral("path"), row.op.path},
                             {QStringLiteral("outcome"), outcomeKey(row.result.outcome)}};
            if (row.result.outcome == OutcomeKind::Success)
                item.insert(QStringLiteral("success"), row.result.payload);
            else if (isFailure(row.result.outcome))
                item.insert(QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("code"), row.result.code},
                                        {QStringLiteral("error"), row.result.message}});
            items.append(item);
        }
        return QJsonDocument(items).toJson(QJsonDocument::Indented);
    }
    QList<QStringList> lines;
    lines.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const bool failed = isFailure(row.result.outcome);
        lines.append({QString::number(i), row.op.method, row.op.path, outcomeKey(row.result.outcome),
                      row.result.objectId, row.result.timestamp,
                      failed && row.result.code != 0 ? QString::number(row.result.code) : QString(),
                      failed ? row.result.message : QString()});
    }
    return Csv::table({QStringLiteral("index"), QStringLiteral("method"), QStringLiteral("path"),
                       QStringLiteral("outcome"), QStringLiteral("objectId"),
                       QStringLiteral("createdAt/updatedAt"), QStringLiteral("code"),
                       QStringLiteral("error")},
                      lines);
}

BatchModel::Result BatchModel::afterEdit(const Result &result)
{
    if (!isFailure(result.outcome))
        return {};
    Result kept = result;
    kept.edited = true;
    return kept;
}

BatchModel::Result BatchModel::resultFrom(const BatchOperation &op, const ParseResult &result)
{
    Result r;
    r.httpStatus = result.httpStatus;
    if (result.ok()) {
        r.outcome = OutcomeKind::Success;
        r.payload = result.json;
        const QJsonObject o = result.json.toObject();
        // An update or delete answers without the objectId; the path names it.
        r.objectId = o.value(kObjectId).toString();
        if (r.objectId.isEmpty())
            r.objectId = OperationBuilder::targetOf(op.path).objectId;
        r.timestamp =
            o.contains(kCreatedAt) ? o.value(kCreatedAt).toString() : o.value(kUpdatedAt).toString();
        return r;
    }
    const ParseError &e = result.error;
    r.outcome = e.outcomeUnknown                        ? OutcomeKind::Unknown
                : e.kind == ParseError::Kind::Cancelled ? OutcomeKind::NotSent
                                                        : OutcomeKind::Error;
    r.code = e.code;
    // The server's own words where it gave some (the code is a column of its own); ours otherwise.
    r.message = e.kind == ParseError::Kind::Parse && !e.isUnauthorized() ? e.message : e.describe();
    return r;
}

QString BatchModel::bodyText(const QJsonValue &body)
{
    return body.isUndefined() ? QString() : compact(body);
}

QString BatchModel::detailText(const Result &result)
{
    if (result.outcome != OutcomeKind::Success)
        return result.message;
    const QJsonObject o = result.payload.toObject();
    if (!o.contains(kResults))
        return {};
    const int rows = int(o.value(kResults).toArray().size());
    // Worded to read right for any number: there is no English plural catalogue.
    return o.contains(kCount) ? tr("rows: %1, count: %2").arg(rows).arg(o.value(kCount).toInteger())
                              : tr("rows: %1").arg(rows);
}

void BatchModel::setOperation(int row, const BatchOperation &op)
{
    if (m_rows.at(row).op == op)
        return;
    // A success belonged to the operation as it was sent; a failure still needs sending.
    m_rows[row] = Row{op, afterEdit(m_rows.at(row).result)};
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT documentChanged();
    Q_EMIT resultsChanged();
}

void BatchModel::markDirty(int row)
{
    m_dirtyFirst = m_dirtyFirst < 0 ? row : qMin(m_dirtyFirst, row);
    m_dirtyLast = qMax(m_dirtyLast, row);
}

void BatchModel::flushDirty()
{
    m_flushTimer.stop();
    if (m_dirtyFirst < 0)
        return;
    const int first = m_dirtyFirst;
    const int last = qMin(m_dirtyLast, rowCount() - 1);
    m_dirtyFirst = m_dirtyLast = -1;
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT resultsChanged();
}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Result &result = row.result;
    switch (role) {
    case OutcomeRole:
        return int(result.outcome);
    case FailedRole:
        return isFailure(result.outcome);
    case BodyRole:
        return QVariant::fromValue(row.op.body);
    case ResultJsonRole:
        if (result.outcome == OutcomeKind::Success)
            return QVariant::fromValue(result.payload);
        if (isFailure(result.outcome))
            return QVariant::fromValue(QJsonValue(QJsonObject{{QStringLiteral("code"), result.code},
                                                              {QStringLiteral("error"), result.message}}));
        return {};
    case ResultCountRole: {
        const QJsonObject o = result.payload.toObject();
        return o.contains(kCount) ? QVariant(o.value(kCount).toInteger()) : QVariant();
    }
    case ResultRowsRole:
        return QVariant::fromValue(result.payload.toObject().value(kResults).toArray());
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Method:
            return row.op.method;
        case Path:
            return row.op.path;
        case Body:
            return bodyText(row.op.body);
        case Outcome:
            switch (result.outcome) {
            case OutcomeKind::None:
                return QString();
            case OutcomeKind::Sending:
                return tr("sending…");
            case OutcomeKind::Success:
                return tr("success");
            case OutcomeKind::Error:
                return result.edited ? tr("failed (edited)") : tr("error");
            case OutcomeKind::Unknown:
                return result.edited ? tr("outcome unknown (edited)") : tr("outcome unknown");
            case OutcomeKind::NotSent:
                return tr("not sent");
            }
            return {};
        case ObjectId:
            return result.objectId;
        case Timestamp:
            return result.timestamp;
        case Code:
            return isFailure(result.outcome) && result.code != 0 ? QVariant(result.code) : QVariant();
        case Message:
            return detailText(result);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Body && !row.op.body.isUndefined()) {
            const QByteArray text =
                row.op.body.isObject() ? QJsonDocument(row.op.body.toObject()).toJson(QJsonDocument::Indented)
                                       : compact(row.op.body).toUtf8();
            return QString::fromUtf8(text.left(kTooltipChars));
        }
        if (index.column() == Message || index.column() == Outcome)
            return detailText(result);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Code)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ToneRole::Text: {
        // The outcome in its tone; an error's code and message too, a success's detail stays plain.
        const bool toned =
            index.column() == Outcome ||
            ((index.column() == Code || index.column() == Message) && result.outcome != OutcomeKind::Success);
        return toned ? int(toneOf(result.outcome)) : int(Tone::None);
    }
    case ToneRole::Fill:
        return index.column() == Outcome ? int(toneOf(result.outcome)) : int(Tone::None);
    default:
        return {};
    }
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Body:
        return tr("Body");
    case Outcome:
        return tr("Outcome");
    case ObjectId:
        return tr("objectId");
    case Timestamp:
        return tr("createdAt / updatedAt");
    case Code:
        return tr("Code");
    case Message:
        return tr("Message");
    }
    return {};
}

Qt::ItemFlags BatchModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_running && index.isValid() &&
        (index.column() == Method || index.column() == Path || index.column() == Body))
        f |= Qt::ItemIsEditable;
    return f;
}

bool BatchModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_running || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    BatchOperation op = m_rows.at(index.row()).op;
    if (role == BodyRole) {
        const QJsonValue body = value.value<QJsonValue>();
        if (!body.isUndefined() && !body.isObject())
            return false;
        op.body = body;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == Method) {
        const QString method = value.toString().trimmed().toUpper();
        if (!isMethodName(method))
            return false;
        op.method = method;
    } else if (index.column() == Path) {
        const QString path = value.toString().trimmed();
        if (!path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('?')) ||
            path.contains(QLatin1Char(' ')))
            return false;
        op.path = path;
    } else if (index.column() == Body) {
        const QByteArray text = value.toString().trimmed().toUtf8();
        if (text.isEmpty()) {
            op.body = QJsonValue::Undefined;
        } else {
            const JsonText::Parsed parsed = JsonText::parse(text);
            if (!parsed.ok() || !parsed.document.isObject())
                return false;
            op.body = parsed.document.object();
        }
    } else {
        return false;
    }
    setOperation(index.row(), op);
    return true;
}

bool BatchModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (m_running || parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(
            row + i,
            Row{BatchOperation{QStringLiteral("POST"), QStringLiteral("/classes/"), QJsonObject{}, {}}, {}});
    endInsertRows();
    Q_EMIT documentChanged();
    return true;
}

bool BatchModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (m_running || parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    Q_EMIT documentChanged();
    Q_EMIT resultsChanged();
    return true;
}

bool BatchModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                          const QModelIndex &destinationParent, int destinationChild)
{
    if (m_running || sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Qt's contract: moving a block onto itself or just past its own end is no move.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<Row> moved = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rows.insert(insertAt + i, moved.at(i));
    endMoveRows();
    Q_EMIT documentChanged();
    return true;
}
