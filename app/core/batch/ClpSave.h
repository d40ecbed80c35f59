#pragma once

#include "core/data/ClassPermissions.h"
#include "core/net/ParseRequest.h"
#include "core/net/ParseResult.h"

#include <QObject>
#include <QPointer>

class ParseClient;

// Saves a class's classLevelPermissions without overwriting someone else's change: reads the schema again
// first, and when the server's CLP is neither the one the edit started from nor the one wanted, that is a
// conflict and nothing is sent (unless overwrite). Fields the CLP names are checked against the schema
// just read. The PUT goes through the profile's client, so its undo journal keeps the CLP before (undo puts
// it back) and a read-only production connection refuses it.
class ClpSave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClpSave)

public:
    explicit ClpSave(ParseClient *client, QObject *parent = nullptr);

    // Exactly what is sent: PUT /schemas/CLASS {"classLevelPermissions": ...}.
    static ParseRequest request(const QString &className, const ClassPermissions &wanted);

    void save(const QString &className, const ClassPermissions &loaded, const ClassPermissions &wanted,
              bool overwrite = false);

Q_SIGNALS:
    // result: the PUT's answer, or the schema read when nothing was sent (conflict, issues, read failed).
    // server: the CLP read before the write.
    void finished(const ParseResult &result, const ClassPermissions &server, bool conflict,
                  const QList<ClassPermissions::Issue> &issues);

private:
    QPointer<ParseClient> m_client;
};
