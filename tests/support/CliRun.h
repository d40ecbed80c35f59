#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// parsedesk-cli (the executable PARSEDESK_CLI names) run as a script would run it, for the tests of its
// contract. The event loop keeps running while it waits, so proxies in the test process keep serving.
struct CliRun
{
    int exitCode = -1; // -1: it did not finish within 120 s; -2: it crashed; -3: it did not start
    QByteArray out;
    QByteArray err;

    // env: the whole environment of the run (the system's, changed by the caller as needed); input: what
    // its standard input reads, which then ends.
    static CliRun run(const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                      const QByteArray &input = {});
};
