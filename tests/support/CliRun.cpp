#include "CliRun.h"

#include <QProcess>
#include <QTest>

CliRun CliRun::run(const QStringList &args, const QProcessEnvironment &env, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("PARSEDESK_CLI"), args);
    CliRun r;
    // Without the executable nothing ran: a test must not pass on an exit code nobody returned.
    if (!process.waitForStarted()) {
        r.exitCode = -3;
        r.err = "PARSEDESK_CLI (" + qgetenv("PARSEDESK_CLI") +
                ") did not start: " + process.errorString().toUtf8();
        qWarning("%s", r.err.constData());
        return r;
    }
    process.write(input);
    process.closeWriteChannel();
    // Generous: a 500-row `call --for-each` under ASan takes a good part of a minute.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 120000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}
