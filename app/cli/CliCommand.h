#pragma once

#include <QCommandLineOption>
#include <QObject>

class CliApp;

// One parsedesk-cli command (commands/<Name>Command): made when the command line names it, run once the
// connection is made. It reads its arguments through the app and ends the run with exactly one of the app's
// fail, failWith, succeed or emitOutput.
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    explicit CliCommand(CliApp &app);
    // The options this command takes beyond the shared ones, for the parser and --help (none here; a
    // command that has some declares its own options()).
    static QList<QCommandLineOption> options();
    // True when, as the arguments stand, the command reads its input from standard input (batch -): then
    // no key may come from there.
    virtual bool readsStandardInput() const;
    // False when the command, as the arguments stand, needs no server (it lists what is saved here): then it
    // runs before any key is read or connection made.
    virtual bool needsConnection() const;
    virtual void run() = 0;

protected:
    CliApp &m_app;
};
