#include "core/models/PrincipalSearchModel.h"

#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <QRegularExpression>

PrincipalSearchModel::PrincipalSearchModel(ParseClient *client, Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_kind(kind)
{}

QString PrincipalSearchModel::nameField() const
{
    return m_kind == Kind::Users ? QStringLiteral("username") : QStringLiteral("name");
}

void PrincipalSearchModel::search(const QString &text)
{
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    QueryOptions options;
    const QString field = nameField();
    if (!text.trimmed().isEmpty())
        options.where.insert(
            field, QJsonObject{{QStringLiteral("$regex"), QRegularExpression::escape(text.trimmed())},
                               {QStringLiteral("$options"), QStringLiteral("i")}});
    options.keys = QStringList{field};
    options.order = QStringList{field};
    options.limit = kLimit;
    const QString className = m_kind == Kind::Users ? QStringLiteral("_User") : QStringLiteral("_Role");
    connect(
        m_client->send(ParseRequest::find(className, options)), &ParseReply::finished, this,
        [this, generation, field](const ParseResult &r) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_matches.clear();
            const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
            for (const QJsonValue &v : results) {
                const QJsonObject o = v.toObject();
                m_matches.append({o.value(QLatin1String("objectId")).toString(), o.value(field).toString()});
            }
            endResetModel();
            Q_EMIT searched(r.ok() ? QString() : r.error.describe());
        });
}

void PrincipalSearchModel::lookUpUsernames(const QStringList &objectIds)
{
    if (!m_client || objectIds.isEmpty())
        return;
    QueryOptions options;
    options.where.insert(QStringLiteral("objectId"),
                         QJsonObject{{QStringLiteral("$in"), QJsonArray::fromStringList(objectIds)}});
    options.keys = QStringList{QStringLiteral("username")};
    options.limit = int(objectIds.size());
    connect(m_client->send(ParseRequest::find(QStringLiteral("_User"), options)), &ParseReply::finished, this,
            [this](const ParseResult &r) {
                QHash<QString, QString> names;
                const QJsonArray results = r.object().value(QLatin1String("results")).toArray();
                for (const QJsonValue &v : results) {
                    const QJsonObject o = v.toObject();
                    names.insert(o.value(QLatin1String("objectId")).toString(),
                                 o.value(QLatin1String("username")).toString());
                }
                Q_EMIT usernamesFound(names);
            });
}

int PrincipalSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant PrincipalSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Match &match = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Users by name with their id (two users may look alike); role names are unique.
        return m_kind == Kind::Users ? tr("%1 (%2)").arg(match.name, match.objectId) : match.name;
    case ObjectIdRole:
        return match.objectId;
    case NameRole:
        return match.name;
    default:
        return {};
    }
}
