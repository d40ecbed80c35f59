#include "cli/commands/QueryCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "cli/StdoutWriter.h"
#include "core/data/ObjectRows.h"
#include "core/net/ParseClient.h"

#include <QTextStream>

QList<QCommandLineOption> QueryCommand::options()
{
    return CliApp::queryFlags() << CliOutput::csvRawFlag();
}

void QueryCommand::run()
{
    const std::optional<QueryOptions> parsed = m_app.queryOptions(QStringLiteral("query"));
    if (!parsed)
        return;
    const QueryOptions &options = *parsed;
    ParseRequest request = ParseRequest::find(m_app.positional().at(1), options);
    request.sessionToken = m_app.parser().value(QStringLiteral("session-token"));
    // The reply is kept as its text plus 16 bytes a row (ObjectRows) and written out row by row: a reply
    // of a gigabyte needs about twice its size, not the seven times QJsonObjects would.
    request.compactRows = true;
    connect(m_app.client()->send(request), &ParseReply::finished, this, [this](const ParseResult &r) {
        if (!r.ok()) {
            m_app.failWith(r);
            return;
        }
        const QJsonObject rest = r.object();
        const ObjectRows &rows = *r.rows;
        StdoutWriter out;
        if (m_app.format() == CliOutput::Format::Json) {
            out("{\"results\":[");
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (i > 0)
                    out(",");
                out(rows.json(i).toByteArray());
            }
            out("]");
            if (rest.contains(QLatin1String("count")))
                out(",\"count\":" + QByteArray::number(rest.value(QLatin1String("count")).toInteger()));
            out("}\n");
        } else {
            const QStringList columns =
                CliOutput::columnsOf(rows.size(), [&rows](qsizetype i) { return rows.object(i).keys(); });
            CliOutput::writeRows(
                columns, rows.size(),
                [this, &rows, &columns](qsizetype i) {
                    const QJsonObject o = rows.object(i);
                    QStringList cells;
                    for (const QString &c : columns)
                        cells.append(CliOutput::cellText(o.value(c), m_app.format()));
                    return cells;
                },
                m_app.format(), CliOutput::csvFormulas(m_app.parser()),
                [&out](const QByteArray &line) { out(line); });
            if (rest.contains(QLatin1String("count")))
                QTextStream(stderr) << "count: " << rest.value(QLatin1String("count")).toInteger()
                                    << Qt::endl;
        }
        out.flush();
        m_app.succeed({});
    });
}
