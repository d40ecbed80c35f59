#pragma once

#include "cli/CliCommand.h"

struct ParseRequest;

// call FUNCTION: runs a Cloud Code function and prints its result; with --for-each CLASS, once per object
// matching --where (RowScript), one line per object.
class CallCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallCommand)

public:
    using CliCommand::CliCommand;
    static QList<QCommandLineOption> options();
    void run() override;

private:
    // --form and --session-token.
    void withHeaders(ParseRequest *request) const;
    void runForEach();
};
