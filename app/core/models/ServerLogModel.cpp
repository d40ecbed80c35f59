#include "core/models/ServerLogModel.h"

#include "core/data/JsonText.h"
#include "core/models/Tone.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>

namespace {
// The message with the stack trace Parse logs beside it (Cloud Code errors carry one in "stack").
QString messageOf(const QJsonObject &entry)
{
    const QString message = entry.value(QStringLiteral("message")).toString();
    const QString stack = entry.value(QStringLiteral("stack")).toString();
    return stack.isEmpty() ? message : message + QLatin1Char('\n') + stack;
}
} // namespace

ServerLogModel::ServerLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_follower, &LogFollower::arrived, this, &ServerLogModel::append);
    connect(&m_follower, &LogFollower::polled, this, [this](const ParseResult &r) {
        const QString before = m_problem;
        takeFailure(r);
        if (m_problem != before)
            Q_EMIT refreshed();
    });
}

void ServerLogModel::setClient(ParseClient *client)
{
    m_client = client;
    ++m_generation;
    m_follower.setFollowing(false);
    m_follower.restart(client, m_query.level, {});
    m_loading = false;
    m_problem.clear();
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void ServerLogModel::load(const Query &query)
{
    const quint64 generation = ++m_generation;
    m_query = query;
    m_follower.restart(m_client, query.level, QDateTime::currentDateTimeUtc());
    beginResetModel();
    m_entries.clear();
    endResetModel();
    if (!m_client)
        return;
    m_loading = true;
    // The newest entries of the window (the server's order); shown in the order asked for.
    const ParseRequest request =
        AdminRequest::scriptLog(query.level, query.from, query.until, query.size, false);
    connect(m_client->send(request), &ParseReply::finished, this, [this, generation](const ParseResult &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        const QList<QJsonObject> entries = m_follower.firstPage(r.ok() ? r.json.toArray() : QJsonArray());
        if (!takeFailure(r))
            append(entries);
        Q_EMIT refreshed();
    });
}

void ServerLogModel::setFollowing(bool follow)
{
    m_follower.setFollowing(follow);
}

bool ServerLogModel::takeFailure(const ParseResult &result)
{
    m_problem = result.ok() ? QString() : explain(result);
    return !result.ok();
}

QString ServerLogModel::explain(const ParseResult &result)
{
    if (result.httpStatus == 403)
        return tr("This connection's key may not read the server's log (%1). Reading it needs the master "
                  "key, accepted from this address.")
            .arg(result.error.describe());
    if (result.httpStatus >= 500)
        return tr("The server could not read its log (%1). Parse Server reads only its file logger "
                  "(logsFolder); a server without one has no log to show here.")
            .arg(result.error.describe());
    return result.error.describe();
}

void ServerLogModel::append(const QList<QJsonObject> &entries)
{
    if (entries.isEmpty())
        return; // nothing new: no signal, no churn
    const int count = int(entries.size());
    if (m_query.newestFirst) {
        beginInsertRows({}, 0, count - 1);
        for (const QJsonObject &entry : entries)
            m_entries.prepend(entry);
    } else {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size()) + count - 1);
        m_entries.append(entries);
    }
    endInsertRows();
}

int ServerLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ServerLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject &entry = m_entries.at(index.row());
    const QString level = entry.value(QStringLiteral("level")).toString();
    switch (role) {
    case FullTextRole:
        return messageOf(entry);
    case EntryRole:
        return JsonText::compact(entry);
    case ToneRole::Text:
        return int(level == QLatin1String("error") ? Tone::Bad : Tone::None);
    case Qt::ToolTipRole:
        return index.column() == Message ? messageOf(entry) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return LogCursor::timeOf(entry).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case Level:
            return level;
        case Message: {
            const QString message = messageOf(entry);
            const qsizetype lines = message.count(QLatin1Char('\n'));
            if (lines == 0)
                return message;
            return tr("%1 (+%n line(s))", nullptr, int(lines)).arg(message.section(QLatin1Char('\n'), 0, 0));
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant ServerLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Message:
        return tr("Message");
    }
    return {};
}
