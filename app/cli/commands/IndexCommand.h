#pragma once

#include "cli/CliCommand.h"

struct ClassIndex;
struct ParseRequest;

// index CLASS [--add NAME --keys F1,-F2 | --drop NAME]: prints a class's indexes, or creates or drops one
// (PUT /schemas/CLASS) and prints the indexes the server then lists. An index is checked before it is
// sent: its name, its fields against the class's, and, since PostgreSQL shares index names across the
// database, against the names other classes' indexes have.
class IndexCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;

private:
    void add(const QString &className, const ClassIndex &index);
    void send(const ParseRequest &request);
};
