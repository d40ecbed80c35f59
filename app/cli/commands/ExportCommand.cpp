#include "cli/commands/ExportCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/net/ParseClient.h"
#include "core/query/ObjectExporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <memory>

QList<QCommandLineOption> ExportCommand::options()
{
    // Of the query's options, export reads --where and --order.
    return CliApp::queryFlags() << CliOutput::csvRawFlag();
}

void ExportCommand::run()
{
    if (m_app.positional().size() != 3) {
        m_app.fail(CliApp::UsageError,
                   QStringLiteral("export takes a class name and a file (- for standard output): "
                                  "export CLASS FILE [--where JSON] [--order [-]FIELD]"));
        return;
    }
    const std::optional<QJsonObject> where = m_app.whereOption();
    if (!where)
        return;
    const QStringList order = QueryOptions::listFromText(m_app.parser().value(QStringLiteral("order")));
    if (order.size() > 1) {
        m_app.fail(CliApp::UsageError,
                   QStringLiteral("--order: export pages by one field, e.g. --order -visits"));
        return;
    }
    const QString target = m_app.positional().at(2);
    ObjectExporter::Format format = target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                        ? ObjectExporter::Format::Csv
                                        : ObjectExporter::Format::Json;
    if (m_app.parser().isSet(QStringLiteral("format"))) {
        if (m_app.format() == CliOutput::Format::Table) {
            m_app.fail(CliApp::UsageError, QStringLiteral("--format: export writes json or csv"));
            return;
        }
        format = m_app.format() == CliOutput::Format::Csv ? ObjectExporter::Format::Csv
                                                          : ObjectExporter::Format::Json;
    }
    const QString className = m_app.positional().at(1);
    const bool descending = !order.isEmpty() && order.first().startsWith(QLatin1Char('-'));
    const QString sortField =
        order.isEmpty() ? QStringLiteral("objectId") : order.first().mid(descending ? 1 : 0);
    // The schema types the CSV header and tells how to page by the sort field.
    connect(m_app.client()->send(ParseRequest::schema(className)), &ParseReply::finished, this,
            [this, className, target, format, sortField, descending, where = *where](const ParseResult &r) {
                if (!r.ok() &&
                    (format == ObjectExporter::Format::Csv || r.error.code == ParseError::InvalidClassName ||
                     CliApp::exitCodeFor(r.error) == CliApp::TransportError)) {
                    m_app.fail(CliApp::exitCodeFor(r.error),
                               QStringLiteral("export: the schema of %1 is needed (%2)")
                                   .arg(className, r.error.describe()));
                    return;
                }
                if (!r.ok() && sortField != QLatin1String("objectId"))
                    CliOutput::writeErr(
                        QStringLiteral("export: without the schema (%1) the objects are ordered by objectId")
                            .arg(r.error.describe()));
                // Standard output gets the file once it is complete: an export that fails midway prints
                // nothing.
                auto scratch = std::make_shared<QTemporaryDir>();
                const bool toStdout = target == QLatin1String("-");
                const QString path = toStdout ? scratch->filePath(QStringLiteral("export")) : target;
                auto *exporter = new ObjectExporter(m_app.client(), this);
                connect(
                    exporter, &ObjectExporter::finished, this,
                    [this, exporter, scratch, toStdout, path, className](bool, const QString &error) {
                        if (!error.isEmpty()) {
                            const ParseError &request = exporter->requestError();
                            m_app.fail(request.isError() ? CliApp::exitCodeFor(request) : CliApp::UsageError,
                                       QStringLiteral("export: ") + error);
                            return;
                        }
                        CliOutput::writeErr(
                            QStringLiteral("exported %1 objects of %2%3")
                                .arg(exporter->written())
                                .arg(className, toStdout ? QString() : QStringLiteral(" to ") + path));
                        if (!toStdout) {
                            m_app.succeed({});
                            return;
                        }
                        QFile file(path);
                        if (!file.open(QIODevice::ReadOnly)) {
                            m_app.fail(
                                CliApp::UsageError,
                                QStringLiteral("export: cannot read %1: %2").arg(path, file.errorString()));
                            return;
                        }
                        while (!file.atEnd())
                            CliOutput::writeOut(file.read(1 << 20));
                        m_app.succeed({});
                    });
                exporter->setCsvFormulas(CliOutput::csvFormulas(m_app.parser()));
                exporter->start(className, r.ok() ? r.object() : QJsonObject(), where, sortField, descending,
                                format, path);
            });
}
