#pragma once

#include "cli/CliCommand.h"

#include "core/batch/BatchDocument.h"

class BatchSession;

// What batch and import share: their input may come from standard input ("-"), and they send a document
// as batches and print one outcome per operation.
class DocumentCommand : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    bool readsStandardInput() const override;

protected:
    // Sends the operations as batches and prints one outcome per operation; sources, when given, say
    // where each operation came from (an import's "line 7").
    void runDocument(const BatchDocument &document, const QStringList &sources = {});

private:
    // One line per operation (JSON array, table or CSV) from the session's report, and the exit code.
    void report(const BatchSession &session, const QStringList &sources);
};
