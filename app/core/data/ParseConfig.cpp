#include "core/data/ParseConfig.h"

namespace {
const QString kParams = QStringLiteral("params");
const QString kMasterKeyOnly = QStringLiteral("masterKeyOnly");
} // namespace

ParseConfig ParseConfig::fromJson(const QJsonObject &reply)
{
    return {reply.value(kParams).toObject(), reply.value(kMasterKeyOnly).toObject()};
}

QJsonObject ParseConfig::toJson() const
{
    QJsonObject flags;
    for (auto it = params.begin(); it != params.end(); ++it)
        flags.insert(it.key(), masterKeyOnly.value(it.key()).toBool());
    return {{kParams, params}, {kMasterKeyOnly, flags}};
}

ParseConfig::Value ParseConfig::value(const QString &name) const
{
    if (!params.contains(name))
        return {};
    return {params.value(name), masterKeyOnly.value(name).toBool()};
}

QList<ParseConfig::Conflict> ParseConfig::conflicts(const ParseConfig &loaded, const ParseConfig &server,
                                                    const QList<Change> &changes)
{
    QList<Conflict> found;
    for (const Change &change : changes) {
        const Value then = loaded.value(change.name);
        const Value now = server.value(change.name);
        if (now != then && now != change.to)
            found.append({change.name, then, now, change.to});
    }
    return found;
}

QJsonObject ParseConfig::putBody(const QList<Change> &changes)
{
    QJsonObject values;
    QJsonObject flags;
    for (const Change &change : changes) {
        values.insert(change.name, change.to.value
                                       ? *change.to.value
                                       : QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}});
        flags.insert(change.name, change.to.value && change.to.masterKeyOnly);
    }
    return {{kParams, values}, {kMasterKeyOnly, flags}};
}

QList<ParseConfig::Change> ParseConfig::restore(const QStringList &names) const
{
    QList<Change> changes;
    for (const QString &name : names)
        changes.append({name, value(name)});
    return changes;
}

QStringList ParseConfig::namesIn(const QJsonObject &putBody)
{
    return putBody.value(kParams).toObject().keys();
}
