#include "core/settings/LiveListingConfig.h"

#include "core/data/JsonText.h"

#include <QJsonDocument>
#include <QSettings>

namespace {
QString arrayKey(const QString &profileId)
{
    return QStringLiteral("liveListings/") + profileId;
}
} // namespace

LiveListingConfig LiveListingConfig::rooms()
{
    const QueryOptions preset = LiveListModel::roomsPresetQuery();
    LiveListingConfig config;
    config.className = QStringLiteral("Room");
    config.order = preset.order;
    config.limit = preset.limit.value_or(config.limit);
    config.roomsPreset = true;
    return config;
}

QueryOptions LiveListingConfig::query() const
{
    QueryOptions q;
    q.where = where;
    q.order = order;
    q.limit = limit;
    q.keys = keys;
    return q;
}

QList<LiveListingConfig> LiveListingConfig::load(QSettings *settings, const QString &profileId)
{
    QList<LiveListingConfig> listings;
    const int size = settings->beginReadArray(arrayKey(profileId));
    for (int i = 0; i < size; ++i) {
        settings->setArrayIndex(i);
        LiveListingConfig c;
        c.className = settings->value(QStringLiteral("className")).toString();
        // A where that no longer parses (edited by hand) is dropped rather than guessed at.
        c.where = QJsonDocument::fromJson(settings->value(QStringLiteral("where")).toByteArray()).object();
        c.order = settings->value(QStringLiteral("order")).toStringList();
        c.limit = qMax(1, settings->value(QStringLiteral("limit"), c.limit).toInt());
        c.keys = settings->value(QStringLiteral("keys")).toStringList();
        c.intervalSeconds =
            qMax(1, settings->value(QStringLiteral("intervalSeconds"), c.intervalSeconds).toInt());
        c.mode = settings->value(QStringLiteral("mode")).toString() == QLatin1String("livequery")
                     ? LiveListModel::Mode::LiveQuery
                     : LiveListModel::Mode::Polling;
        c.roomsPreset = settings->value(QStringLiteral("roomsPreset")).toBool();
        c.paused = settings->value(QStringLiteral("paused")).toBool();
        listings.append(c);
    }
    settings->endArray();
    return listings;
}

void LiveListingConfig::save(QSettings *settings, const QString &profileId,
                             const QList<LiveListingConfig> &listings)
{
    // Rewritten whole: a shorter list must not leave the old tail behind.
    settings->remove(arrayKey(profileId));
    settings->beginWriteArray(arrayKey(profileId), int(listings.size()));
    for (int i = 0; i < listings.size(); ++i) {
        const LiveListingConfig &c = listings.at(i);
        settings->setArrayIndex(i);
        settings->setValue(QStringLiteral("className"), c.className);
        settings->setValue(QStringLiteral("where"), JsonText::compact(c.where));
        settings->setValue(QStringLiteral("order"), c.order);
        settings->setValue(QStringLiteral("limit"), c.limit);
        settings->setValue(QStringLiteral("keys"), c.keys);
        settings->setValue(QStringLiteral("intervalSeconds"), c.intervalSeconds);
        settings->setValue(QStringLiteral("mode"), c.mode == LiveListModel::Mode::LiveQuery
                                                       ? QStringLiteral("livequery")
                                                       : QStringLiteral("polling"));
        settings->setValue(QStringLiteral("roomsPreset"), c.roomsPreset);
        settings->setValue(QStringLiteral("paused"), c.paused);
    }
    settings->endArray();
}
