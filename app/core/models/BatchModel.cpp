#include "core/models/BatchModel.h"

#include "core/batch/OperationBuilder.h"
#include "core/data/JsonText.h"
#include "core/models/Tone.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    case BatchModel::OutcomeKind::Conflict:
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
    , m_session(new BatchSession(this))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kResultCoalesceMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BatchModel::flushDirty);
    // What the session's runs and checks do to the outcomes, all heard here.
    connect(m_session, &BatchSession::resultsChanged, this, [this](const QList<int> &rows) {
        for (const int row : rows)
            markDirty(row);
        flushDirty();
    });
    connect(m_session, &BatchSession::operationFinished, this, [this](int row) {
        markDirty(row);
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    });
    connect(m_session, &BatchSession::runningChanged, this, &BatchModel::runningChanged);
}

BatchDocument BatchModel::document() const
{
    return m_session->document();
}

void BatchModel::setDocument(const BatchDocument &document)
{
    if (isRunning())
        return;
    beginResetModel();
    m_session->setDocument(document);
    endResetModel();
    Q_EMIT documentChanged();
    Q_EMIT resultsChanged();
}

QJsonObject BatchModel::state() const
{
    if (rowCount() == 0)
        return {};
    return {{QStringLiteral("document"), QJsonDocument::fromJson(document().toJson()).object()},
            {QStringLiteral("results"), m_session->resultsState()}};
}

bool BatchModel::restoreState(const QJsonObject &state)
{
    QString error;
    const std::optional<BatchDocument> doc = BatchDocument::fromJson(
        QJsonDocument(state.value(QLatin1String("document")).toObject()).toJson(), &error);
    if (isRunning() || !doc)
        return false;
    setDocument(*doc);
    const QJsonArray results = state.value(QLatin1String("results")).toArray();
    m_session->restoreResults(results);
    for (int i = 0; i < qMin(int(results.size()), rowCount()); ++i)
        markDirty(i);
    flushDirty();
    return true;
}

void BatchModel::updateDocument(const BatchDocument &document)
{
    if (isRunning())
        return;
    const bool sameShape = document.operations.size() == rowCount();
    if (!sameShape)
        beginResetModel();
    const QList<int> changed = m_session->updateDocument(document);
    for (const int row : changed)
        markDirty(row);
    if (sameShape)
        flushDirty();
    else
        endResetModel();
    Q_EMIT documentChanged();
    Q_EMIT resultsChanged();
}

void BatchModel::setTransaction(bool transaction)
{
    if (transaction == m_session->transaction())
        return;
    m_session->setTransaction(transaction);
    Q_EMIT documentChanged();
}

void BatchModel::insertOperation(int row, const BatchOperation &op)
{
    if (isRunning())
        return;
    row = qBound(0, row, rowCount());
    beginInsertRows({}, row, row);
    m_session->insertOperations(row, {op});
    endInsertRows();
    Q_EMIT documentChanged();
}

void BatchModel::appendOperations(const QList<BatchOperation> &ops)
{
    if (isRunning() || ops.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(ops.size()) - 1);
    m_session->insertOperations(rowCount(), ops);
    endInsertRows();
    Q_EMIT documentChanged();
}

QStringList BatchModel::resultObjectPaths(int max) const
{
    QStringList paths;
    for (int i = rowCount() - 1; i >= 0 && paths.size() < max; --i) {
        const QString objectId = m_session->result(i).objectId;
        if (objectId.isEmpty())
            continue;
        const OperationBuilder::Target target = OperationBuilder::targetOf(m_session->operation(i).path);
        if (target.isValid())
            paths.append(OperationBuilder::pathOf(target.className, objectId));
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

QString BatchModel::bodyText(const QJsonValue &body)
{
    return body.isUndefined() ? QString() : compact(body);
}

QString BatchModel::detailText(const BatchSession::Result &result)
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
    // A success belonged to the operation as it was sent; a failure still needs sending.
    if (!m_session->setOperation(row, op))
        return;
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
    return parent.isValid() ? 0 : m_session->count();
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BatchOperation &op = m_session->operation(index.row());
    const BatchSession::Result &result = m_session->result(index.row());
    switch (role) {
    case OutcomeRole:
        return int(result.outcome);
    case FailedRole:
        return BatchSession::isFailure(result.outcome);
    case BodyRole:
        return QVariant::fromValue(op.body);
    case ResultJsonRole:
        if (result.outcome == OutcomeKind::Success)
            return QVariant::fromValue(result.payload);
        if (BatchSession::isFailure(result.outcome))
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
            return op.method;
        case Path:
            return op.path;
        case Body:
            return bodyText(op.body);
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
            case OutcomeKind::Conflict:
                return tr("conflict");
            }
            return {};
        case ObjectId:
            return result.objectId;
        case Timestamp:
            return result.timestamp;
        case Code:
            return BatchSession::isFailure(result.outcome) && result.code != 0 ? QVariant(result.code)
                                                                               : QVariant();
        case Message:
            return detailText(result);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Body && !op.body.isUndefined()) {
            const QByteArray text = op.body.isObject()
                                        ? QJsonDocument(op.body.toObject()).toJson(QJsonDocument::Indented)
                                        : compact(op.body).toUtf8();
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
    if (!isRunning() && index.isValid() &&
        (index.column() == Method || index.column() == Path || index.column() == Body))
        f |= Qt::ItemIsEditable;
    return f;
}

bool BatchModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (isRunning() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    BatchOperation op = m_session->operation(index.row());
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
    if (isRunning() || parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    m_session->insertOperations(
        row,
        QList<BatchOperation>(
            count, BatchOperation{QStringLiteral("POST"), QStringLiteral("/classes/"), QJsonObject{}, {}}));
    endInsertRows();
    Q_EMIT documentChanged();
    return true;
}

bool BatchModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (isRunning() || parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_session->removeOperations(row, count);
    endRemoveRows();
    Q_EMIT documentChanged();
    Q_EMIT resultsChanged();
    return true;
}

bool BatchModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                          const QModelIndex &destinationParent, int destinationChild)
{
    if (isRunning() || sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Qt's contract: moving a block onto itself or just past its own end is no move.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    m_session->moveOperations(sourceRow, count, destinationChild);
    endMoveRows();
    Q_EMIT documentChanged();
    return true;
}
