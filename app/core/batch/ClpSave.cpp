#include "core/batch/ClpSave.h"

#include "core/net/ParseClient.h"

namespace {
const QString kClassLevelPermissions = QStringLiteral("classLevelPermissions");
}

ClpSave::ClpSave(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ParseRequest ClpSave::request(const QString &className, const ClassPermissions &wanted)
{
    ParseRequest put = ParseRequest::updateSchema(className, {{kClassLevelPermissions, wanted.toJson()}});
    put.origin = QStringLiteral("permissions");
    return put;
}

void ClpSave::save(const QString &className, const ClassPermissions &loaded, const ClassPermissions &wanted,
                   bool overwrite)
{
    if (!m_client)
        return;
    connect(m_client->send(ParseRequest::schema(className)), &ParseReply::finished, this,
            [this, className, loaded, wanted, overwrite](const ParseResult &read) {
                // The server's CLP passed its own checks: nothing in it is refused here either.
                QList<ClassPermissions::Issue> ignored;
                const ClassPermissions server = ClassPermissions::fromJson(
                    read.object().value(kClassLevelPermissions).toObject(), &ignored);
                if (!read.ok()) {
                    Q_EMIT finished(read, server, false, {});
                    return;
                }
                if (server != loaded && server != wanted && !overwrite) {
                    Q_EMIT finished(read, server, true, {});
                    return;
                }
                const QList<ClassPermissions::Issue> issues =
                    wanted.checkFields(read.object().value(QLatin1String("fields")).toObject());
                if (!issues.isEmpty() || !m_client) {
                    Q_EMIT finished(read, server, false, issues);
                    return;
                }
                ParseRequest put = request(className, wanted);
                put.actionId = ParseRequest::newActionId();
                connect(m_client->send(put), &ParseReply::finished, this,
                        [this, server](const ParseResult &r) { Q_EMIT finished(r, server, false, {}); });
            });
}
