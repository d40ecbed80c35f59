#include "core/batch/IndexSave.h"

#include "core/net/ParseClient.h"

#include <algorithm>

IndexSave::IndexSave(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void IndexSave::add(const QString &className, const ClassIndex &index)
{
    if (!m_client)
        return;
    if (const QString problem = ClassIndex::nameProblem(index.name); !problem.isEmpty()) {
        Q_EMIT finished({}, problem);
        return;
    }
    // Every class's schema: this one's fields, and the index names the others use.
    connect(m_client->send(ParseRequest::schemas()), &ParseReply::finished, this,
            [this, className, index](const ParseResult &r) {
                if (!r.ok()) {
                    Q_EMIT finished(r, {});
                    return;
                }
                const QJsonArray schemas = r.object().value(QLatin1String("results")).toArray();
                const auto own = std::find_if(schemas.begin(), schemas.end(), [&](const QJsonValue &s) {
                    return s.toObject().value(QLatin1String("className")).toString() == className;
                });
                if (own != schemas.end()) {
                    const QStringList missing =
                        index.missingFields((*own).toObject().value(QLatin1String("fields")).toObject());
                    if (!missing.isEmpty()) {
                        Q_EMIT finished(
                            r, tr("%1 has no field %2").arg(className, missing.join(QStringLiteral(", "))));
                        return;
                    }
                }
                if (const QString other = ClassIndex::usedElsewhere(schemas, className, index.name);
                    !other.isEmpty()) {
                    Q_EMIT finished(r, tr("%1 is the name of an index of %2. On PostgreSQL index names are "
                                          "shared by every class, and the server would create nothing. "
                                          "Choose another name.")
                                           .arg(index.name, other));
                    return;
                }
                ParseRequest put = ParseRequest::updateSchema(className, index.addBody());
                put.jsonText = index.addBodyText();
                send(put);
            });
}

void IndexSave::drop(const QString &className, const QString &name)
{
    if (ClassIndex::isParseOwn(name)) {
        Q_EMIT finished({}, tr("%1 is one of Parse's own indexes; it is not dropped").arg(name));
        return;
    }
    send(ParseRequest::updateSchema(className, ClassIndex::dropBody(name)));
}

void IndexSave::send(const ParseRequest &request)
{
    if (!m_client)
        return;
    connect(m_client->send(request), &ParseReply::finished, this,
            [this](const ParseResult &r) { Q_EMIT finished(r, {}); });
}
