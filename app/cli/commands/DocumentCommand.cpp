#include "cli/commands/DocumentCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/batch/BatchSession.h"

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
    auto *session = new BatchSession(this);
    session->setClient(m_app.client());
    session->setBatchSize(int(*batchSize));
    BatchDocument sent = document;
    sent.transaction = document.transaction || m_app.parser().isSet(QStringLiteral("transaction"));
    session->setDocument(sent);
    connect(session, &BatchSession::runFinished, this, [this, session, sources] {
        // Replies were lost: read the objects those writes target and settle what their state can tell.
        if (!session->checkUnknown())
            report(*session, sources);
    });
    connect(session, &BatchSession::checkFinished, this,
            [this, session, sources] { report(*session, sources); });
    if (!session->sendAll())
        report(*session, sources); // nothing to send: an empty report
}

void DocumentCommand::report(const BatchSession &session, const QStringList &sources)
{
    bool anyFailed = false;
    bool transport = false;
    for (int i = 0; i < session.count(); ++i) {
        const BatchSession::Result &r = session.result(i);
        if (r.outcome == BatchSession::Outcome::Success)
            continue;
        anyFailed = true;
        transport |= CliApp::exitCodeFor(r.error) == CliApp::TransportError;
    }
    const BatchSession::Report report = session.report(BatchSession::ReportLayout::Cli, sources);
    QByteArray out = m_app.format() == CliOutput::Format::Json
                         ? QJsonDocument(report.items).toJson(QJsonDocument::Compact) + '\n'
                         : CliOutput::renderRows(report.columns, report.rows, m_app.format());
    m_app.emitOutput(out, transport ? CliApp::TransportError : anyFailed ? CliApp::ServerError : CliApp::Ok);
}
