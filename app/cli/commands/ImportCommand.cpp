#include "cli/commands/ImportCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/batch/ObjectImporter.h"
#include "core/data/ParseNames.h"
#include "core/net/ParseClient.h"

#include <QTimeZone>

QList<QCommandLineOption> ImportCommand::options()
{
    return DocumentCommand::options()
           << QCommandLineOption(
                  QStringLiteral("timezone"),
                  QStringLiteral("import: the time zone (IANA name, or UTC) of dates written without one; "
                                 "without it such dates are refused."),
                  QStringLiteral("ZONE"))
           << QCommandLineOption(
                  QStringLiteral("keep-ids"),
                  QStringLiteral(
                      "import: keep the file's objectIds (the server must allow custom object ids)."))
           << QCommandLineOption(
                  QStringLiteral("skip-bad-rows"),
                  QStringLiteral("import: send the rows that convert and list the others; without it, a row "
                                 "that can't be converted stops the import before anything is sent."));
}

void ImportCommand::run()
{
    if (m_app.positional().size() != 3) {
        m_app.fail(CliApp::UsageError,
                   QStringLiteral("import takes a class name and a file (- for standard input): "
                                  "import CLASS FILE [--keep-ids] [--skip-bad-rows]"));
        return;
    }
    const QString className = m_app.positional().at(1);
    const QString name = m_app.positional().at(2);
    if (const QString problem = ParseNames::classNameProblem(className); !problem.isEmpty()) {
        m_app.fail(CliApp::UsageError, QStringLiteral("import: ") + problem);
        return;
    }
    std::optional<QTimeZone> timeZone;
    if (m_app.parser().isSet(QStringLiteral("timezone"))) {
        const QString zone = m_app.parser().value(QStringLiteral("timezone"));
        timeZone = zone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ? QTimeZone::utc()
                                                                                : QTimeZone(zone.toUtf8());
        if (!timeZone->isValid()) {
            m_app.fail(CliApp::UsageError,
                       QStringLiteral("--timezone: '%1' is not a time zone (an IANA name such as "
                                      "Europe/Berlin, or UTC)")
                           .arg(zone));
            return;
        }
    }
    const std::optional<QByteArray> content = m_app.readInput(QStringLiteral("import"), name);
    if (!content || m_app.refuseWrites(true, QStringLiteral("import")))
        return;
    // The class's schema types CSV columns that carry no type; a class the import creates has none.
    connect(m_app.client()->send(ParseRequest::schema(className)), &ParseReply::finished, this,
            [this, className, name, timeZone, content = *content](const ParseResult &r) {
                if (!r.ok() && CliApp::exitCodeFor(r.error) == CliApp::TransportError) {
                    m_app.failWith(r);
                    return;
                }
                if (!r.ok() && r.error.code != ParseError::InvalidClassName)
                    CliOutput::writeErr(
                        QStringLiteral("import: without the schema of %1 (%2), CSV columns without a type "
                                       "are typed by their text")
                            .arg(className, r.error.describe()));
                const QJsonObject schema = r.ok() ? r.object() : QJsonObject();
                const ImportPlan plan =
                    ObjectImporter::plan(content, ObjectImporter::formatOf(name, content), className, schema,
                                         m_app.parser().isSet(QStringLiteral("keep-ids")), timeZone);
                if (!plan.ok()) {
                    m_app.fail(CliApp::UsageError, QStringLiteral("import: %1: %2").arg(name, plan.error));
                    return;
                }
                for (const QString &note : plan.notes)
                    CliOutput::writeErr(QStringLiteral("import: ") + note);
                const bool skip = m_app.parser().isSet(QStringLiteral("skip-bad-rows"));
                if (!plan.problems.isEmpty()) {
                    // Scripts would rather stop than import part of a file by surprise.
                    const QString list =
                        plan.problems.mid(0, 20).join(QStringLiteral("\n  ")) +
                        (plan.problems.size() > 20
                             ? QStringLiteral("\n  ... and %1 more").arg(plan.problems.size() - 20)
                             : QString());
                    if (!skip) {
                        m_app.fail(
                            CliApp::UsageError,
                            QStringLiteral("import: %1: %2 of its rows can't be imported, so nothing was "
                                           "sent (add --skip-bad-rows to import the others):\n  %3")
                                .arg(name)
                                .arg(plan.problems.size())
                                .arg(list));
                        return;
                    }
                    CliOutput::writeErr(QStringLiteral("import: left out:\n  ") + list);
                }
                if (plan.document.operations.isEmpty()) {
                    m_app.fail(CliApp::UsageError,
                               QStringLiteral("import: %1 holds no objects to import").arg(name));
                    return;
                }
                runDocument(plan.document, plan.sources);
            });
}
