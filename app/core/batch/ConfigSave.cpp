#include "core/batch/ConfigSave.h"

#include "core/net/AdminRequest.h"
#include "core/net/ParseClient.h"

ConfigSave::ConfigSave(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ConfigSave::save(const std::optional<ParseConfig> &loaded, const QList<ParseConfig::Change> &changes,
                      bool overwrite)
{
    connect(m_client->send(AdminRequest::config()), &ParseReply::finished, this,
            [this, loaded, changes, overwrite](const ParseResult &read) {
                const ParseConfig server = ParseConfig::fromJson(read.object());
                if (!read.ok()) {
                    Q_EMIT finished(read, server, {});
                    return;
                }
                const QList<ParseConfig::Conflict> conflicts =
                    ParseConfig::conflicts(loaded.value_or(server), server, changes);
                if (!conflicts.isEmpty() && !overwrite) {
                    Q_EMIT finished(read, server, conflicts);
                    return;
                }
                ParseRequest write = AdminRequest::updateConfig(ParseConfig::putBody(changes));
                write.origin = QStringLiteral("config");
                write.actionId = ParseRequest::newActionId();
                connect(m_client->send(write), &ParseReply::finished, this,
                        [this, server](const ParseResult &r) { Q_EMIT finished(r, server, {}); });
            });
}
