#include "core/models/CloudCallModel.h"

#include "core/data/JsonText.h"
#include "core/models/Tone.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <QTimer>

namespace {
const QString kJobStatusClass = QStringLiteral("_JobStatus");
const QString kCalls = QStringLiteral("calls");
} // namespace

ParseRequest CloudCallModel::Call::request() const
{
    ParseRequest r =
        kind == Kind::Job ? ParseRequest::runJob(name, params) : ParseRequest::callFunction(name, params);
    r.bodyEncoding = form ? ParseRequest::BodyEncoding::Form : ParseRequest::BodyEncoding::Json;
    if (kind == Kind::Function)
        r.masterKey = masterKey ? ParseRequest::MasterKey::Required : ParseRequest::MasterKey::Never;
    r.sessionToken = sessionToken;
    return r;
}

CloudCallModel::CloudCallModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CloudCallModel::setClient(ParseClient *client)
{
    if (client == m_client)
        return;
    m_client = client;
    clear();
}

void CloudCallModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

void CloudCallModel::run(const Call &call)
{
    if (m_items.size() >= kMaxEntries) {
        const int last = int(m_items.size()) - 1;
        beginRemoveRows({}, last, last);
        m_items.removeLast();
        endRemoveRows();
    }
    const quint64 id = ++m_nextId;
    Entry entry;
    entry.call = call;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    beginInsertRows({}, 0, 0);
    m_items.prepend({id, entry});
    endInsertRows();
    if (!m_client) {
        ParseResult refused;
        refused.error = ParseError::config(tr("Not connected to a server."));
        onReply(id, refused);
        return;
    }
    connect(m_client->send(call.request()), &ParseReply::finished, this,
            [this, id](const ParseResult &result) { onReply(id, result); });
}

QJsonObject CloudCallModel::state() const
{
    if (m_items.isEmpty())
        return {};
    QJsonArray calls;
    for (const Item &item : m_items) {
        const Entry &e = item.entry;
        const QJsonObject error{{QStringLiteral("kind"), int(e.error.kind)},
                                {QStringLiteral("code"), e.error.code},
                                {QStringLiteral("httpStatus"), e.error.httpStatus},
                                {QStringLiteral("message"), e.error.message},
                                {QStringLiteral("outcomeUnknown"), e.error.outcomeUnknown}};
        calls.append(QJsonObject{{QStringLiteral("job"), e.call.kind == Call::Kind::Job},
                                 {QStringLiteral("name"), e.call.name},
                                 {QStringLiteral("params"), e.call.params},
                                 {QStringLiteral("form"), e.call.form},
                                 {QStringLiteral("masterKey"), e.call.masterKey},
                                 {QStringLiteral("state"), int(e.state)},
                                 {QStringLiteral("replied"), e.replied},
                                 {QStringLiteral("startedAt"), e.startedAt.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("elapsedMs"), e.elapsedMs},
                                 {QStringLiteral("result"), e.result.isUndefined() ? QJsonValue() : e.result},
                                 {QStringLiteral("error"), error},
                                 {QStringLiteral("jobStatus"), e.jobStatus},
                                 {QStringLiteral("jobNote"), e.jobNote}});
    }
    return {{kCalls, calls}};
}

void CloudCallModel::restoreState(const QJsonObject &state)
{
    beginResetModel();
    m_items.clear();
    const QJsonArray calls = state.value(kCalls).toArray();
    for (const QJsonValue &value : calls) {
        if (m_items.size() >= kMaxEntries)
            break;
        const QJsonObject o = value.toObject();
        Entry e;
        e.call.kind = o.value(QLatin1String("job")).toBool() ? Call::Kind::Job : Call::Kind::Function;
        e.call.name = o.value(QLatin1String("name")).toString();
        e.call.params = o.value(QLatin1String("params")).toObject();
        e.call.form = o.value(QLatin1String("form")).toBool();
        e.call.masterKey = o.value(QLatin1String("masterKey")).toBool();
        e.state = State(qBound(0, o.value(QLatin1String("state")).toInt(), int(State::Failed)));
        e.replied = o.value(QLatin1String("replied")).toBool();
        e.startedAt =
            QDateTime::fromString(o.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
        e.elapsedMs = o.value(QLatin1String("elapsedMs")).toInteger();
        e.result = o.value(QLatin1String("result"));
        const QJsonObject error = o.value(QLatin1String("error")).toObject();
        e.error.kind = ParseError::Kind(
            qBound(0, error.value(QLatin1String("kind")).toInt(), int(ParseError::Kind::Tls)));
        e.error.code = error.value(QLatin1String("code")).toInt();
        e.error.httpStatus = error.value(QLatin1String("httpStatus")).toInt();
        e.error.message = error.value(QLatin1String("message")).toString();
        e.error.outcomeUnknown = error.value(QLatin1String("outcomeUnknown")).toBool();
        e.jobStatus = o.value(QLatin1String("jobStatus")).toObject();
        e.jobNote = o.value(QLatin1String("jobNote")).toString();
        if (e.state == State::Running && !e.replied) {
            // The reply was still on its way when the history was kept: it never arrived here.
            e.state = State::Failed;
            e.replied = true;
            e.error = ParseError::config(tr("No reply before ParseDesk closed: the server may have run it."));
        } else if (e.state == State::Running) {
            e.state = State::Succeeded;
            e.jobNote = tr("Started; its status was no longer checked after ParseDesk closed.");
        }
        if (!e.call.name.isEmpty())
            m_items.append({++m_nextId, e});
    }
    endResetModel();
}

int CloudCallModel::rowOf(quint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

void CloudCallModel::changed(quint64 id)
{
    const QModelIndex at = index(rowOf(id));
    Q_EMIT dataChanged(at, at);
}

void CloudCallModel::onReply(quint64 id, const ParseResult &result)
{
    const int row = rowOf(id);
    if (row < 0) // cleared meanwhile
        return;
    Entry &e = m_items[row].entry;
    e.replied = true;
    e.elapsedMs = result.elapsedMs;
    if (!result.ok()) {
        e.state = State::Failed;
        e.error = result.error;
        e.result = result.json; // the error reply as the server sent it
    } else if (e.call.kind == Call::Kind::Function) {
        e.state = State::Succeeded;
        e.result = result.object().value(QLatin1String("result"));
    } else {
        e.result = result.json;
        e.jobNote = tr("Started; reading its status from _JobStatus…");
        readJobStatus(id, 0);
    }
    changed(id);
}

void CloudCallModel::readJobStatus(quint64 id, int attempt)
{
    const int row = rowOf(id);
    if (row < 0 || !m_client)
        return;
    // The job's status id comes only as a reply header; the newest status row of the job is the one
    // just started unless the same job was started again meanwhile.
    QueryOptions q;
    q.where = {{QStringLiteral("jobName"), m_items.at(row).entry.call.name}};
    q.order = {QStringLiteral("-createdAt")};
    q.limit = 1;
    ParseRequest request = ParseRequest::find(kJobStatusClass, q);
    request.masterKey = ParseRequest::MasterKey::Required;
    request.priority = ParseRequest::Priority::Background;
    connect(m_client->send(request), &ParseReply::finished, this, [this, id, attempt](const ParseResult &r) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        Entry &e = m_items[row].entry;
        const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
        const QJsonObject status = results.isEmpty() ? QJsonObject() : results.first().toObject();
        const QString state = status.value(QLatin1String("status")).toString();
        if (!r.ok()) {
            e.state = State::Succeeded;
            e.jobNote = tr("Started, but its status could not be read: %1").arg(r.error.describe());
        } else if (state.isEmpty() || state == QLatin1String("running")) {
            e.jobStatus = status;
            const bool again = attempt + 1 < kJobPollTries;
            e.jobNote = again ? tr("Running; checking its status every %1 s.").arg(kJobPollMs / 1000)
                              : tr("Still running after %1 s; no longer checking.")
                                    .arg(kJobPollTries * kJobPollMs / 1000);
            if (again)
                QTimer::singleShot(kJobPollMs, this, [this, id, attempt] { readJobStatus(id, attempt + 1); });
        } else {
            e.jobStatus = status;
            e.state = state == QLatin1String("failed") ? State::Failed : State::Succeeded;
            e.jobNote.clear();
        }
        changed(id);
    });
}

int CloudCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString CloudCallModel::summary(const Entry &e) const
{
    const bool job = e.call.kind == Call::Kind::Job;
    const QString name = job ? tr("job %1").arg(e.call.name) : e.call.name;
    switch (e.state) {
    case State::Running:
        return tr("… %1 — running").arg(name);
    case State::Succeeded:
        return tr("✓ %1 — %2 ms").arg(name).arg(e.elapsedMs);
    case State::Failed:
        if (job && e.error.kind == ParseError::Kind::None)
            return tr("✗ %1 — job failed").arg(name);
        return e.error.code != 0 ? tr("✗ %1 — error %2").arg(name).arg(e.error.code)
                                 : tr("✗ %1 — failed").arg(name);
    }
    return name;
}

QVariant CloudCallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_items.at(index.row()).entry;
    switch (role) {
    case Qt::DisplayRole:
        return e.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss  ")) + summary(e);
    case Qt::ToolTipRole: {
        QStringList lines{JsonText::compact(e.call.params)};
        if (e.call.form)
            lines << tr("Sent form-urlencoded");
        if (e.call.masterKey || e.call.kind == Call::Kind::Job)
            lines << tr("With the master key");
        if (!e.call.sessionToken.isEmpty())
            lines << tr("As a user (session token)");
        return lines.join(QLatin1Char('\n'));
    }
    case ToneRole::Text:
        if (e.state == State::Failed)
            return int(Tone::Bad);
        break;
    }
    return {};
}
