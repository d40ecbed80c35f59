#include "cli/commands/BatchCommand.h"

#include "cli/CliApp.h"

#include <algorithm>

QList<QCommandLineOption> BatchCommand::options()
{
    return DocumentCommand::options() << QCommandLineOption(
               QStringLiteral("transaction"), QStringLiteral("batch: all or nothing, as one batch."));
}

void BatchCommand::run()
{
    if (m_app.positional().size() != 2) {
        m_app.fail(CliApp::UsageError, QStringLiteral("batch takes one file name, or - for standard input"));
        return;
    }
    const QString name = m_app.positional().at(1);
    const std::optional<QByteArray> content = m_app.readInput(QStringLiteral("batch"), name);
    if (!content)
        return;
    QString error;
    std::optional<BatchDocument> doc = BatchDocument::fromJson(*content, &error);
    if (!doc) {
        m_app.fail(CliApp::UsageError, QStringLiteral("batch: %1: %2").arg(name, error));
        return;
    }
    if (const QStringList problems = doc->validate(m_app.profile().mountPath()); !problems.isEmpty()) {
        m_app.fail(CliApp::UsageError,
                   QStringLiteral("batch: %1:\n  %2").arg(name, problems.join(QStringLiteral("\n  "))));
        return;
    }
    const bool writes =
        std::any_of(doc->operations.begin(), doc->operations.end(), [](const BatchOperation &op) {
            return op.method.compare(QLatin1String("GET"), Qt::CaseInsensitive) != 0;
        });
    if (m_app.refuseWrites(writes, QStringLiteral("batch")))
        return;
    runDocument(*doc);
}
