#include "cli/CliCommand.h"

#include "cli/CliApp.h"

CliCommand::CliCommand(CliApp &app)
    : QObject(&app)
    , m_app(app)
{}

bool CliCommand::readsStandardInput() const
{
    return false;
}

bool CliCommand::needsConnection() const
{
    return true;
}

QList<QCommandLineOption> CliCommand::options()
{
    return {};
}
