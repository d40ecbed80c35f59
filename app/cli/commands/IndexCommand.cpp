#include "cli/commands/IndexCommand.h"

#include "cli/CliApp.h"
#include "cli/commands/SchemaPart.h"
#include "core/batch/IndexSave.h"
#include "core/data/ClassIndex.h"
#include "core/net/ParseClient.h"

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
            save(QStringLiteral("index --add"))->add(className, *index);
        return;
    }
    if (parser.isSet(kDrop)) {
        if (!m_app.refuseWrites(true, QStringLiteral("index --drop")))
            save(QStringLiteral("index --drop"))->drop(className, parser.value(kDrop));
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

IndexSave *IndexCommand::save(const QString &what)
{
    auto *save = new IndexSave(m_app.client(), this);
    connect(save, &IndexSave::finished, this, [this, what](const ParseResult &r, const QString &problem) {
        if (!problem.isEmpty())
            m_app.fail(CliApp::UsageError, what + QStringLiteral(": ") + problem);
        else if (!r.ok())
            m_app.failWith(r);
        else
            m_app.succeed(SchemaPart::render(QStringLiteral("index"), r.object().value(kIndexes).toObject(),
                                             m_app.format()));
    });
    return save;
}
