#include "CloudCallModel.h"

#include "JsonText.h"
#include "ParseClient.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QTimer>

namespace {
const QString kJobStatusClass = QStringLiteral("_JobStatus");
}

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
    case Qt::ForegroundRole:
        if (e.state == State::Failed)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        break;
    }
    return {};
}
