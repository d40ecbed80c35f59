#include "cli/commands/IndexCommand.h"

#include "cli/CliApp.h"
#include "cli/commands/SchemaPart.h"
#include "core/data/ClassIndex.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>

namespace {
const QString kAdd = QStringLiteral("add");
const QString kDrop = QStringLiteral("drop");
const QString kKeys = QStringLiteral("keys");
const QString kIndexes = QStringLiteral("indexes");
} // namespace

QList<QCommandLineOption> IndexCommand::options()
{
    // --keys is the query flags' option (CliApp::queryFlags), read here as the index's fields.
    return {{kAdd,
             QStringLiteral("index: create an index of this name (with --keys F1,-F2; - is descending)."),
             QStringLiteral("NAME")},
            {kDrop, QStringLiteral("index: drop the index of this name."), QStringLiteral("NAME")}};
}

void IndexCommand::run()
{
    const QCommandLineParser &parser = m_app.parser();
    if (m_app.positional().size() != 2) {
        m_app.fail(CliApp::UsageError, QStringLiteral("index takes exactly one class name: index CLASS "
                                                      "[--add NAME --keys F1,-F2 | --drop NAME]"));
        return;
    }
    const QString className = m_app.positional().at(1);
    if (parser.isSet(kAdd) && parser.isSet(kDrop)) {
        m_app.fail(CliApp::UsageError, QStringLiteral("index: give --add or --drop, not both"));
        return;
    }
    if (parser.isSet(kAdd) != parser.isSet(kKeys)) {
        m_app.fail(CliApp::UsageError,
                   QStringLiteral("index: --add NAME needs --keys F1[,-F2...], and --keys "
                                  "goes with --add"));
        return;
    }
    if (parser.isSet(kAdd)) {
        QString problem;
        const std::optional<ClassIndex> index =
            ClassIndex::fromText(parser.value(kAdd), parser.value(kKeys), &problem);
        if (!index) {
            m_app.fail(CliApp::UsageError, QStringLiteral("index --add: ") + problem);
            return;
        }
        if (!m_app.refuseWrites(true, QStringLiteral("index --add")))
            add(className, *index);
        return;
    }
    if (parser.isSet(kDrop)) {
        const QString name = parser.value(kDrop);
        if (ClassIndex::isParseOwn(name)) {
            m_app.fail(CliApp::UsageError,
                       QStringLiteral("index --drop: '%1' is one of Parse's own indexes; it is not dropped")
                           .arg(name));
            return;
        }
        if (!m_app.refuseWrites(true, QStringLiteral("index --drop")))
            send(ParseRequest::updateSchema(className, ClassIndex::dropBody(name)));
        return;
    }
    connect(m_app.client()->send(ParseRequest::schema(className)), &ParseReply::finished, this,
            [this](const ParseResult &r) {
                if (!r.ok())
                    m_app.failWith(r);
                else
                    m_app.succeed(SchemaPart::render(QStringLiteral("index"),
                                                     r.object().value(kIndexes).toObject(), m_app.format()));
            });
}

void IndexCommand::add(const QString &className, const ClassIndex &index)
{
    // Every class's schema: this one's fields, and the index names the others use.
    connect(m_app.client()->send(ParseRequest::schemas()), &ParseReply::finished, this,
            [this, className, index](const ParseResult &r) {
                if (!r.ok()) {
                    m_app.failWith(r);
                    return;
                }
                const QJsonArray schemas = r.object().value(QLatin1String("results")).toArray();
                const auto own = std::find_if(schemas.begin(), schemas.end(), [&](const QJsonValue &s) {
                    return s.toObject().value(QLatin1String("className")).toString() == className;
                });
                ParseRequest put = ParseRequest::updateSchema(className, index.addBody());
                put.jsonText = index.addBodyText();
                // No such class: the server says so (103), as it does for every other command.
                if (own == schemas.end()) {
                    send(put);
                    return;
                }
                const QStringList missing =
                    index.missingFields((*own).toObject().value(QLatin1String("fields")).toObject());
                if (!missing.isEmpty()) {
                    m_app.fail(CliApp::UsageError, QStringLiteral("index --add: --keys: %1 has no field %2")
                                                       .arg(className, missing.join(QStringLiteral(", "))));
                    return;
                }
                if (const QString other = ClassIndex::usedElsewhere(schemas, className, index.name);
                    !other.isEmpty()) {
                    m_app.fail(
                        CliApp::UsageError,
                        QStringLiteral("index --add: '%1' is the name of an index of %2; on PostgreSQL index "
                                       "names are shared by every class, and the server would create "
                                       "nothing. Choose another name.")
                            .arg(index.name, other));
                    return;
                }
                send(put);
            });
}

void IndexCommand::send(const ParseRequest &request)
{
    connect(m_app.client()->send(request), &ParseReply::finished, this, [this](const ParseResult &r) {
        if (!r.ok())
            m_app.failWith(r);
        else
            m_app.succeed(SchemaPart::render(QStringLiteral("index"), r.object().value(kIndexes).toObject(),
                                             m_app.format()));
    });
}
