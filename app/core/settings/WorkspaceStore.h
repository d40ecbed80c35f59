#pragma once

#include <QJsonObject>
#include <QString>

// What a profile's panels hold between runs of ParseDesk (the batch composer's operations with their
// outcomes, the Cloud Code history): one JSON file per panel in the profile's folder under the app data
// directory, readable by its owner only. Keys and session tokens are never part of it.
namespace WorkspaceStore {

QString directoryFor(const QString &profileId);
// The panel's state, or an empty object when there is none (or it can't be read).
QJsonObject read(const QString &profileId, const QString &panel);
// Replaces the file as a whole; an empty state removes it. False with the reason in error.
bool write(const QString &profileId, const QString &panel, const QJsonObject &state,
           QString *error = nullptr);

} // namespace WorkspaceStore
