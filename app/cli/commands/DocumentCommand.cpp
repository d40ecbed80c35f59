#include "cli/commands/DocumentCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/batch/BatchSession.h"
#include "core/batch/ConflictCheck.h"

#include <QJsonDocument>

QList<QCommandLineOption> DocumentCommand::options()
{
    return {{QStringLiteral("batch-size"),
             QStringLiteral("batch, import: operations per /batch request, 1 to 10000 (default: the "
                            "profile's, else %1).")
                 .arg(ServerProfile().batchSize),
             QStringLiteral("N")},
            {QStringLiteral("if-unchanged-since"),
             QStringLiteral("batch, import: an update or delete whose object changed on the server after ISO "
                            "is a conflict (code %1): not sent. An operation's own \"%2\": ISO wins.")
                 .arg(ConflictCheck::kCode)
                 .arg(ConflictCheck::expectKey()),
             QStringLiteral("ISO")}};
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
    QDateTime since;
    if (m_app.parser().isSet(QStringLiteral("if-unchanged-since"))) {
        since = ConflictCheck::parseDate(m_app.parser().value(QStringLiteral("if-unchanged-since")));
        if (!since.isValid()) {
            m_app.fail(
                CliApp::UsageError,
                QStringLiteral("--if-unchanged-since: not an ISO 8601 date such as 2026-12-07T12:00:00Z"));
            return;
        }
    }
    if (const QStringList problems = ConflictCheck::problems(document); !problems.isEmpty()) {
        m_app.fail(CliApp::UsageError, problems.join(QLatin1Char('\n')));
        return;
    }
    auto *session = new BatchSession(this);
    session->setClient(m_app.client());
    session->setBatchSize(int(*batchSize));
    session->setUnchangedSince(since);
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
