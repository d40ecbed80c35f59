#include "core/models/ServerInfoModel.h"

#include "core/models/Tone.h"
#include "core/net/ParseClient.h"

ServerInfoModel::ServerInfoModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServerInfoModel::setClient(ParseClient *client)
{
    m_client = client;
    refresh();
}

void ServerInfoModel::refresh()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_features = {};
    m_version.clear();
    m_failure.clear();
    m_health.clear();
    m_healthy = false;
    endResetModel();
    if (!m_client) {
        m_state = State::NotConnected;
        Q_EMIT changed();
        return;
    }
    m_health = tr("asking…");
    connect(m_client->send(ParseRequest::health()), &ParseReply::finished, this,
            [this, generation](const ParseResult &r) {
                if (generation == m_generation)
                    takeHealth(r);
            });
    if (!m_client->profile().hasMasterKey()) {
        m_state = State::Failed;
        m_failure = tr("These need the master key, and this connection has none.");
        Q_EMIT changed();
        return;
    }
    m_state = State::Asking;
    connect(m_client->send(ParseRequest::serverInfo()), &ParseReply::finished, this,
            [this, generation](const ParseResult &r) {
                if (generation == m_generation)
                    takeInfo(r);
            });
    Q_EMIT changed();
}

void ServerInfoModel::takeInfo(const ParseResult &result)
{
    if (!result.ok()) {
        m_state = State::Failed;
        m_failure =
            result.httpStatus == 403
                ? tr("The server refuses this connection's master key (%1); it may accept it only "
                     "from some addresses (masterKeyIps).")
                      .arg(result.error.describe())
                : tr("The server did not say what it allows (/serverInfo): %1").arg(result.error.describe());
        Q_EMIT changed();
        return;
    }
    const QJsonObject info = result.object();
    beginResetModel();
    m_version = info.value(QStringLiteral("parseServerVersion")).toString();
    m_features = info.value(QStringLiteral("features")).toObject();
    for (auto area = m_features.begin(); area != m_features.end(); ++area) {
        const QJsonObject features = area.value().toObject();
        for (auto feature = features.begin(); feature != features.end(); ++feature)
            m_rows.append({area.key(), feature.key(), feature.value().toBool()});
    }
    endResetModel();
    m_state = State::Known;
    Q_EMIT changed();
}

void ServerInfoModel::takeHealth(const ParseResult &result)
{
    m_healthy =
        result.ok() && result.object().value(QStringLiteral("status")).toString() == QLatin1String("ok");
    m_health =
        result.ok() ? result.object().value(QStringLiteral("status")).toString() : result.error.describe();
    Q_EMIT changed();
}

bool ServerInfoModel::allows(const QString &area, const QString &feature) const
{
    return m_features.value(area).toObject().value(feature).toBool();
}

QString ServerInfoModel::unavailableReason(Panel panel) const
{
    switch (m_state) {
    case State::NotConnected:
        return tr("Not connected.");
    case State::Asking:
        return tr("Asking the server what it allows…");
    case State::Failed:
        return m_failure;
    case State::Known:
        break;
    }
    switch (panel) {
    case Panel::Config:
        return allows(QStringLiteral("globalConfig"), QStringLiteral("read"))
                   ? QString()
                   : tr("This server does not offer Parse Config (globalConfig).");
    case Panel::Logs:
        return allows(QStringLiteral("logs"), QStringLiteral("level"))
                   ? QString()
                   : tr("This server does not offer its logs (/scriptlog).");
    case Panel::Jobs:
        return allows(QStringLiteral("cloudCode"), QStringLiteral("jobs"))
                   ? QString()
                   : tr("This server does not offer Cloud Code jobs.");
    case Panel::Hooks:
        return allows(QStringLiteral("hooks"), QStringLiteral("read"))
                   ? QString()
                   : tr("This server does not offer webhooks (hooks).");
    }
    return {};
}

int ServerInfoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServerInfoModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerInfoModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ToneRole::Text && index.column() == Allowed)
        return int(row.allowed ? Tone::Good : Tone::Muted);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Area:
        return row.area;
    case Feature:
        return row.feature;
    case Allowed:
        return row.allowed ? tr("yes") : tr("no");
    }
    return {};
}

QVariant ServerInfoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Area:
        return tr("Area");
    case Feature:
        return tr("Feature");
    case Allowed:
        return tr("Allowed");
    }
    return {};
}
