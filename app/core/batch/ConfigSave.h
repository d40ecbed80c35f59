#pragma once

#include "core/data/ParseConfig.h"
#include "core/net/ParseResult.h"

#include <QObject>
#include <QPointer>
#include <optional>

class ParseClient;

// Saves Parse Config changes without overwriting a colleague's: reads /config again first, and a changed
// parameter that is no longer as it was loaded (and not already as wanted) is a conflict: nothing is sent
// unless overwrite is set. The write goes through the profile's client, so its undo journal keeps the
// values before (undo restores them).
class ConfigSave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigSave)

public:
    explicit ConfigSave(ParseClient *client, QObject *parent = nullptr);

    // loaded: the config the changes were made on (nullopt: what the server has now, so no conflict).
    void save(const std::optional<ParseConfig> &loaded, const QList<ParseConfig::Change> &changes,
              bool overwrite = false);

Q_SIGNALS:
    // server: the config read before the write. With conflicts nothing was sent and result is that read.
    void finished(const ParseResult &result, const ParseConfig &server,
                  const QList<ParseConfig::Conflict> &conflicts);

private:
    QPointer<ParseClient> m_client;
};
