#include "core/models/WebhookModel.h"

#include "core/net/AdminRequest.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <algorithm>
#include <tuple>
#include <utility>

WebhookModel::WebhookModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void WebhookModel::setClient(ParseClient *client)
{
    m_client = client;
    reload();
}

void WebhookModel::reload()
{
    const quint64 generation = ++m_generation;
    m_problem.clear();
    m_arriving.clear();
    m_open = 0;
    beginResetModel();
    m_hooks.clear();
    endResetModel();
    if (!m_client)
        return;
    m_open = 2;
    // Shown once both lists are in, so the rows arrive in their order at once.
    const auto take = [this, generation](const ParseResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok() && m_problem.isEmpty())
            m_problem = r.error.describe();
        for (const QJsonValue &v : r.json.toArray())
            m_arriving.append(Webhook::fromJson(v.toObject()));
        if (--m_open > 0)
            return;
        std::sort(m_arriving.begin(), m_arriving.end(), [](const Webhook &a, const Webhook &b) {
            return std::tuple(!a.isFunction(), a.functionName, a.className, a.triggerName) <
                   std::tuple(!b.isFunction(), b.functionName, b.className, b.triggerName);
        });
        if (!m_arriving.isEmpty()) {
            beginInsertRows({}, 0, int(m_arriving.size()) - 1);
            m_hooks = std::exchange(m_arriving, {});
            endInsertRows();
        }
        Q_EMIT refreshed();
    };
    connect(m_client->send(AdminRequest::functionHooks()), &ParseReply::finished, this, take);
    connect(m_client->send(AdminRequest::triggerHooks()), &ParseReply::finished, this, take);
}

bool WebhookModel::save(const Webhook &hook, bool existing, QString *problem)
{
    *problem = hook.problem();
    if (!problem->isEmpty() || !m_client)
        return false;
    if (!existing) {
        write(AdminRequest::createHook(hook.toJson()));
        return true;
    }
    // Parse Server 9 (PostgreSQL) answers a PUT of a new URL with it but keeps the old row beside a new
    // one, and reads the old one back; a delete removes every row. So a new URL is a delete, then a create.
    connect(m_client->send(AdminRequest::deleteHook(hook.toJson())), &ParseReply::finished, this,
            [this, hook](const ParseResult &r) {
                if (r.ok())
                    write(AdminRequest::createHook(hook.toJson()));
                else
                    Q_EMIT saved(r);
            });
    return true;
}

void WebhookModel::remove(int row)
{
    if (row >= 0 && row < m_hooks.size())
        write(AdminRequest::deleteHook(m_hooks.at(row).toJson()));
}

void WebhookModel::write(const ParseRequest &request)
{
    connect(m_client->send(request), &ParseReply::finished, this, [this](const ParseResult &r) {
        if (r.ok())
            reload();
        Q_EMIT saved(r);
    });
}

int WebhookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hooks.size());
}

int WebhookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Webhook &hook = m_hooks.at(index.row());
    switch (index.column()) {
    case Kind:
        return hook.isFunction() ? tr("Function") : tr("Trigger");
    case Name:
        return hook.isFunction() ? hook.functionName : hook.className;
    case Trigger:
        return hook.triggerName;
    case Url:
        return hook.url;
    }
    return {};
}

QVariant WebhookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Function or class");
    case Trigger:
        return tr("Trigger");
    case Url:
        return tr("URL");
    }
    return {};
}
