#include "core/models/SessionListModel.h"

#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <memory>

namespace {
QDateTime dateOf(const QJsonValue &value)
{
    // createdAt is an ISO string, expiresAt a Parse Date object.
    const QString iso =
        value.isObject() ? value.toObject().value(QLatin1String("iso")).toString() : value.toString();
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}
} // namespace

SessionListModel::SessionListModel(ParseClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

void SessionListModel::setClient(ParseClient *client)
{
    m_client = client;
    load(QString());
}

void SessionListModel::load(const QString &userId)
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_userId = userId;
    m_sessions.clear();
    endResetModel();
    if (!m_client || userId.isEmpty())
        return;
    QueryOptions options;
    options.where = {
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                             {QStringLiteral("className"), QStringLiteral("_User")},
                                             {QStringLiteral("objectId"), userId}}}};
    options.keys = {QStringLiteral("installationId"), QStringLiteral("createdWith"),
                    QStringLiteral("expiresAt")};
    options.order = {QStringLiteral("-createdAt")};
    options.limit = kLimit;
    ParseRequest find = ParseRequest::find(QStringLiteral("_Session"), options);
    find.masterKey = ParseRequest::MasterKey::Required;
    connect(m_client->send(find), &ParseReply::finished, this, [this, generation](const ParseResult &r) {
        if (generation != m_generation)
            return;
        beginResetModel();
        const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            const QJsonObject with = o.value(QLatin1String("createdWith")).toObject();
            QString how = with.value(QLatin1String("action")).toString();
            const QString provider = with.value(QLatin1String("authProvider")).toString();
            if (!provider.isEmpty())
                how += QStringLiteral(" (%1)").arg(provider);
            m_sessions.append({o.value(QLatin1String("objectId")).toString(),
                               o.value(QLatin1String("installationId")).toString(), how,
                               dateOf(o.value(QLatin1String("createdAt"))),
                               dateOf(o.value(QLatin1String("expiresAt")))});
        }
        endResetModel();
        Q_EMIT loaded(r.ok() ? QString() : r.error.describe());
    });
}

void SessionListModel::revokeAll()
{
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row)
        rows.append(row);
    revoke(rows);
}

void SessionListModel::revoke(const QList<int> &rows)
{
    if (!m_client || rows.isEmpty())
        return;
    struct Tally
    {
        int pending = 0;
        int revoked = 0;
        ParseError error;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(rows.size());
    const QString actionId = ParseRequest::newActionId();
    const QString userId = m_userId;
    for (const int row : rows) {
        ParseRequest del =
            ParseRequest::deleteObject(QStringLiteral("_Session"), m_sessions.at(row).objectId);
        del.masterKey = ParseRequest::MasterKey::Required;
        del.origin = QStringLiteral("sessions");
        del.actionId = actionId;
        connect(m_client->send(del), &ParseReply::finished, this,
                [this, tally, userId](const ParseResult &r) {
                    if (r.ok())
                        ++tally->revoked;
                    else if (!tally->error.isError())
                        tally->error = r.error;
                    if (--tally->pending > 0)
                        return;
                    if (userId == m_userId)
                        load(userId);
                    Q_EMIT revoked(tally->revoked, tally->error);
                });
    }
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &s = m_sessions.at(index.row());
    if (role == ObjectIdRole)
        return s.objectId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Device:
        return s.installationId.isEmpty() ? tr("(no installation)") : s.installationId;
    case CreatedWith:
        return s.createdWith;
    case Created:
        return QLocale().toString(s.created.toLocalTime(), QLocale::ShortFormat);
    case Expires:
        return s.expires.isValid() ? QLocale().toString(s.expires.toLocalTime(), QLocale::ShortFormat)
                                   : tr("never");
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Device:
        return tr("Device");
    case CreatedWith:
        return tr("Created with");
    case Created:
        return tr("Created");
    case Expires:
        return tr("Expires");
    default:
        return {};
    }
}
