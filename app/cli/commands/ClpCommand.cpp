#include "cli/commands/ClpCommand.h"

#include "cli/CliApp.h"
#include "cli/commands/SchemaPart.h"
#include "core/data/ClassPermissions.h"
#include "core/data/JsonText.h"
#include "core/net/ParseClient.h"

namespace {
const QString kSet = QStringLiteral("set");
const QString kClassLevelPermissions = QStringLiteral("classLevelPermissions");

QString issuesText(const QString &source, const QList<ClassPermissions::Issue> &issues)
{
    QStringList lines;
    for (const ClassPermissions::Issue &issue : issues)
        lines.append(QStringLiteral("clp --set %1: %2: %3").arg(source, issue.key, issue.message));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QList<QCommandLineOption> ClpCommand::options()
{
    return {{kSet,
             QStringLiteral("clp: replace the class's classLevelPermissions with this file's JSON object "
                            "(- reads standard input)."),
             QStringLiteral("FILE")}};
}

bool ClpCommand::readsStandardInput() const
{
    return m_app.parser().value(kSet) == QLatin1String("-");
}

void ClpCommand::run()
{
    if (m_app.positional().size() != 2) {
        m_app.fail(CliApp::UsageError,
                   QStringLiteral("clp takes exactly one class name: clp CLASS [--set FILE|-]"));
        return;
    }
    const QString className = m_app.positional().at(1);
    if (!m_app.parser().isSet(kSet)) {
        connect(m_app.client()->send(ParseRequest::schema(className)), &ParseReply::finished, this,
                [this](const ParseResult &r) {
                    if (!r.ok())
                        m_app.failWith(r);
                    else
                        m_app.succeed(SchemaPart::render(QStringLiteral("permission"),
                                                         r.object().value(kClassLevelPermissions).toObject(),
                                                         m_app.format()));
                });
        return;
    }
    const QString source = m_app.parser().value(kSet);
    const std::optional<QByteArray> text = m_app.readInput(QStringLiteral("clp --set"), source);
    if (!text)
        return;
    const JsonText::Parsed parsed = JsonText::parse(*text);
    if (!parsed.ok() || !parsed.document.isObject()) {
        m_app.fail(CliApp::UsageError,
                   QStringLiteral("clp --set %1: %2")
                       .arg(source, parsed.ok()
                                        ? QStringLiteral("must be a JSON object, e.g. "
                                                         "{\"find\":{\"requiresAuthentication\":true}}")
                                        : QStringLiteral("invalid JSON at ") + parsed.error));
        return;
    }
    QList<ClassPermissions::Issue> issues;
    const ClassPermissions permissions = ClassPermissions::fromJson(parsed.document.object(), &issues);
    if (!issues.isEmpty()) {
        m_app.fail(CliApp::UsageError, issuesText(source, issues));
        return;
    }
    if (m_app.refuseWrites(true, QStringLiteral("clp --set")))
        return;
    // The fields the permissions name must exist with the right type: read them first.
    connect(m_app.client()->send(ParseRequest::schema(className)), &ParseReply::finished, this,
            [this, className, source, permissions](const ParseResult &r) {
                if (!r.ok()) {
                    m_app.failWith(r);
                    return;
                }
                const QList<ClassPermissions::Issue> fieldIssues =
                    permissions.checkFields(r.object().value(QLatin1String("fields")).toObject());
                if (!fieldIssues.isEmpty()) {
                    m_app.fail(CliApp::UsageError, issuesText(source, fieldIssues));
                    return;
                }
                replace(className, permissions);
            });
}

void ClpCommand::replace(const QString &className, const ClassPermissions &permissions)
{
    const ParseRequest put =
        ParseRequest::updateSchema(className, {{kClassLevelPermissions, permissions.toJson()}});
    connect(m_app.client()->send(put), &ParseReply::finished, this, [this](const ParseResult &r) {
        if (!r.ok())
            m_app.failWith(r);
        else
            m_app.succeed(SchemaPart::render(QStringLiteral("permission"),
                                             r.object().value(kClassLevelPermissions).toObject(),
                                             m_app.format()));
    });
}
