#include "cli/commands/DocumentCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/batch/BatchRunner.h"
#include "core/batch/OutcomeCheck.h"

#include <QJsonArray>
#include <QJsonDocument>

QList<QCommandLineOption> DocumentCommand::options()
{
    return {{QStringLiteral("batch-size"),
             QStringLiteral("batch, import: operations per /batch request, 1 to 10000 (default: the "
                            "profile's, else %1).")
                 .arg(ServerProfile().batchSize),
             QStringLiteral("N")}};
}

bool DocumentCommand::readsStandardInput() const
{
    return m_app.positional().constLast() == QLatin1String("-");
}

void DocumentCommand::runDocument(const BatchDocument &document, const QStringList &sources)
{
    const std::optional<double> batchSize =
        m_app.numberOption(QStringLiteral("batch-size"), m_app.profile().batchSize, 1, 10000, true);
    if (!batchSize)
        return;
    auto *runner = new BatchRunner(m_app.client(), this);
    runner->setBatchSize(int(*batchSize));
    connect(runner, &BatchRunner::finished, this, [this, runner, sources] {
        runner->deleteLater();
        QList<ParseResult> results = runner->results();
        QList<int> unknown;
        QList<ParseRequest> writes;
        for (int i = 0; i < results.size(); ++i) {
            if (results.at(i).error.outcomeUnknown) {
                unknown << i;
                writes << results.at(i).request;
            }
        }
        if (unknown.isEmpty()) {
            report(results, sources, {});
            return;
        }
        // Replies were lost: read the objects those writes target and settle what their state can tell.
        auto *check = new OutcomeCheck(m_app.client(), this);
        connect(
            check, &OutcomeCheck::finished, this,
            [this, check, results, unknown, sources](const QList<OutcomeCheck::Finding> &findings) mutable {
                check->deleteLater();
                QHash<int, QString> notes;
                for (int k = 0; k < unknown.size(); ++k) {
                    ParseResult &r = results[unknown.at(k)];
                    r = OutcomeCheck::settled(r, findings.at(k));
                    notes.insert(unknown.at(k), findings.at(k).reason);
                }
                report(results, sources, notes);
            });
        check->check(writes);
    });
    runner->run(document.toRequests(m_app.profile().mountPath()),
                document.transaction || m_app.parser().isSet(QStringLiteral("transaction")));
}

void DocumentCommand::report(const QList<ParseResult> &results, const QStringList &sources,
                             const QHash<int, QString> &checks)
{
    QJsonArray items;
    bool anyFailed = false;
    bool transport = false;
    QList<QStringList> rows;
    for (int i = 0; i < results.size(); ++i) {
        const ParseResult &r = results.at(i);
        const QString outcome = r.ok()                   ? QStringLiteral("success")
                                : r.error.outcomeUnknown ? QStringLiteral("unknown")
                                                         : QStringLiteral("error");
        QJsonObject item;
        if (i < sources.size())
            item.insert(QStringLiteral("source"), sources.at(i));
        if (r.ok()) {
            item.insert(QStringLiteral("success"), r.json);
        } else {
            anyFailed = true;
            transport |= CliApp::exitCodeFor(r.error) == CliApp::TransportError;
            QJsonObject error{{QStringLiteral("code"), r.error.code},
                              {QStringLiteral("error"), r.error.kind == ParseError::Kind::Parse
                                                            ? r.error.message
                                                            : r.error.describe()}};
            if (r.error.outcomeUnknown)
                error.insert(QStringLiteral("outcomeUnknown"), true);
            item.insert(QStringLiteral("error"), error);
        }
        // What reading the object back after a lost reply showed.
        if (checks.contains(i))
            item.insert(QStringLiteral("checked"), checks.value(i));
        items.append(item);
        const QJsonObject success = r.json.toObject();
        QStringList row{QString::number(i),
                        QString::fromLatin1(r.request.methodName()),
                        r.request.path,
                        outcome,
                        success.value(QLatin1String("objectId")).toString(),
                        r.ok() ? QString() : QString::number(r.error.code),
                        r.ok() ? checks.value(i) : r.error.describe()};
        if (!sources.isEmpty())
            row.insert(1, sources.value(i));
        rows.append(row);
    }
    QStringList columns{QStringLiteral("index"),   QStringLiteral("method"),   QStringLiteral("path"),
                        QStringLiteral("outcome"), QStringLiteral("objectId"), QStringLiteral("code"),
                        QStringLiteral("error")};
    if (!sources.isEmpty())
        columns.insert(1, QStringLiteral("source"));
    QByteArray out = m_app.format() == CliOutput::Format::Json
                         ? QJsonDocument(items).toJson(QJsonDocument::Compact) + '\n'
                         : CliOutput::renderRows(columns, rows, m_app.format());
    m_app.emitOutput(out, transport ? CliApp::TransportError : anyFailed ? CliApp::ServerError : CliApp::Ok);
}
