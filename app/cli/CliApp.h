#pragma once

#include "cli/CliOutput.h"
#include "core/data/QueryOptions.h"
#include "core/net/ParseResult.h"
#include "core/net/ServerProfile.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QObject>
#include <optional>

class CliCommand;
class Connection;
class ParseClient;
class UserSession;

// parsedesk-cli's dispatcher: parses the command line (options shared by all commands), finds the command
// in its table (commands/<Name>Command), makes the connection from profile, flags and environment, runs the
// command and ends with the contract's exit code (0 ok, 1 server error, 2 usage or bad input, 3 transport
// failure).
class CliApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApp)

public:
    enum ExitCode
    {
        Ok = 0,
        ServerError = 1,
        UsageError = 2,
        TransportError = 3
    };

    explicit CliApp(QObject *parent = nullptr);
    // Starts the command; finished(code) follows (possibly before the event loop runs).
    void start(const QStringList &arguments);

    // What a command reads: the parsed command line and the connection.
    const QCommandLineParser &parser() const;
    // The command's name first, then its arguments.
    const QStringList &positional() const;
    CliOutput::Format format() const;
    // Once connected (when the command runs).
    ParseClient *client() const;
    const ServerProfile &profile() const;

    // Fail (and return nullopt) on bad input, saying which flag and where.
    // CLASS plus --where, --order, --limit, --skip, --keys, --include, --count (queryFlags()).
    std::optional<QueryOptions> queryOptions(const QString &command);
    static QList<QCommandLineOption> queryFlags();
    std::optional<QJsonObject> whereOption();
    // A file's content, or standard input's for "-".
    std::optional<QByteArray> readInput(const QString &command, const QString &name);
    std::optional<QJsonObject> jsonObjectOption(const QString &name, const QString &example);
    // A numeric option within [min, max] (finite; whole numbers when `whole`), or fallback when not given.
    std::optional<double> numberOption(const QString &name, double fallback, double min, double max,
                                       bool whole);
    // A production profile is read-only unless --allow-writes: fails (true) when `writes` is set then.
    bool refuseWrites(bool writes, const QString &command);

    // The end of a run: the first call counts, later ones are ignored.
    void fail(int code, const QString &message);
    void failWith(const ParseResult &result);
    void succeed(const QByteArray &output);
    void emitOutput(const QByteArray &output, int code);
    static int exitCodeFor(const ParseError &error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    // A key or token from --flag, --flag-file FILE or --flag - (when fromFile), else the environment
    // variable; refused (nullopt) when it holds a control character, naming where it came from, not it.
    std::optional<QString> credential(const QString &flag, const char *variable, bool fromFile);
    // Runs the command as --as USERNAME (once its session is there), --as-anonymous or the keys given.
    void runAsPrincipal();
    void end(int code);

    QCommandLineParser m_parser;
    QStringList m_positional;
    CliOutput::Format m_format = CliOutput::Format::Json;
    QNetworkAccessManager m_network;
    Connection *m_connection = nullptr;
    UserSession *m_userSession = nullptr; // --as
    CliCommand *m_command = nullptr;
    bool m_done = false;
    bool m_keyFromStdin = false;
};
