#pragma once

#include "cli/CliCommand.h"

#include "core/batch/BatchDocument.h"
#include "core/net/ParseResult.h"

#include <QHash>

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
    // One line per operation (JSON array, table or CSV) and the exit code; checks: what reading the
    // objects back said about writes whose reply was lost.
    void report(const QList<ParseResult> &results, const QStringList &sources,
                const QHash<int, QString> &checks);
};
