#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

// Parse Config as GET /config gives it, and what a save needs: the changes as a PUT body, the parameters
// a colleague changed on the server since the config was loaded (three values: loaded, server now,
// yours), and the body that puts earlier values back (undo).
struct ParseConfig
{
    QJsonObject params;
    QJsonObject masterKeyOnly; // parameter -> true; Parse keeps stale entries of deleted parameters

    // One parameter as it stands: its value (nullopt: absent) and whether only the master key reads it.
    struct Value
    {
        std::optional<QJsonValue> value;
        bool masterKeyOnly = false;
        bool operator==(const Value &other) const = default;
    };
    // What a save does to one parameter: set it (value) or delete it (nullopt).
    struct Change
    {
        QString name;
        Value to;
    };
    // A changed parameter that is no longer as loaded, and not already what this save wants.
    struct Conflict
    {
        QString name;
        Value loaded;
        Value server;
        Value mine;
    };

    // The undo journal keeps Parse Config as one object of this class and id (where Parse stores it).
    static QString journalClass() { return QStringLiteral("_GlobalConfig"); }
    static QString journalId() { return QStringLiteral("1"); }

    static ParseConfig fromJson(const QJsonObject &reply);
    // {"params":{...},"masterKeyOnly":{...}}, masterKeyOnly for the present parameters only.
    QJsonObject toJson() const;
    Value value(const QString &name) const;

    static QList<Conflict> conflicts(const ParseConfig &loaded, const ParseConfig &server,
                                     const QList<Change> &changes);
    // The PUT /config body of the changes (a deletion is {"__op":"Delete"}).
    static QJsonObject putBody(const QList<Change> &changes);
    // The changes that give the named parameters their values in `before` again.
    QList<Change> restore(const QStringList &names) const;
    // The parameter names a PUT /config body writes.
    static QStringList namesIn(const QJsonObject &putBody);
};
