#pragma once

#include "core/models/LiveListModel.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

class QSettings;

// What one live listing shows and how it refreshes. The open listings of a profile are saved as a list
// of these, so they come back after a restart.
struct LiveListingConfig
{
    QString className;
    QJsonObject where;
    QStringList order;
    int limit = 100;
    QStringList keys;
    int intervalSeconds = 30;
    LiveListModel::Mode mode = LiveListModel::Mode::Polling;
    bool roomsPreset = false; // the Rooms preset's columns; otherwise they follow the class
    bool paused = false;

    // Class Room by -visits with the preset's columns.
    static LiveListingConfig rooms();
    QueryOptions query() const;

    static QList<LiveListingConfig> load(QSettings *settings, const QString &profileId);
    static void save(QSettings *settings, const QString &profileId, const QList<LiveListingConfig> &listings);

    bool operator==(const LiveListingConfig &) const = default;
};
