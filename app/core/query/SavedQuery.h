#pragma once

#include "core/data/QueryOptions.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

// A query kept for later: by name (saved queries) or by when it ran (history). The class and every
// option, so loading it gives back exactly what was sent.
struct SavedQuery
{
    QString name; // empty in the history
    QString className;
    QueryOptions options;
    QDateTime at; // saved or run, UTC

    QJsonObject toJson() const;
    // nullopt for anything toJson() did not write (an entry edited by hand is dropped, not guessed at).
    static std::optional<SavedQuery> fromJson(const QJsonObject &json);

    bool operator==(const SavedQuery &) const = default;
};
