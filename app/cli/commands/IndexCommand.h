#pragma once

#include "cli/CliCommand.h"

class IndexSave;

// index CLASS [--add NAME --keys F1,-F2 | --drop NAME]: prints a class's indexes, or creates or drops one
// (PUT /schemas/CLASS) and prints the indexes the server then lists. IndexSave checks an index before it
// is sent, as for the GUI: its name, its fields against the class's, and, since PostgreSQL shares index
// names across the database, against the names other classes' indexes have.
class IndexCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;

private:
    // Creating and dropping go through IndexSave, which makes the checks the GUI makes; `what` names the
    // option in messages.
    IndexSave *save(const QString &what);
};
