#pragma once

#include "BatchDocument.h"
#include "CliOutput.h"
#include "ParseResult.h"
#include "QueryOptions.h"
#include "ServerProfile.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTextStream>
#include <optional>

class ParseClient;

// parsedesk-cli: parses the command line, runs one command over parsedesk_core and ends with the
// contract's exit code (0 ok, 1 server error, 2 usage or bad input, 3 transport failure).
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

Q_SIGNALS:
    void finished(int exitCode);

private:
    using Runner = void (CliApp::*)();
    // Every command by name: dispatch and the messages that list the commands read this one table.
    static const QList<QPair<QString, Runner>> &commands();
    static QString commandNames();
    void runSchema();
    void runQuery();
    void runBatch();
    void runCall();
    void runWatch();
    void runExport();
    void runImport();
    // Sends the operations as batches and prints one outcome per operation; sources, when given, say
    // where each operation came from (an import's "line 7").
    void runDocument(const BatchDocument &document, const QStringList &sources = {});
    // One line per operation (JSON array, table or CSV) and the exit code; checks: what reading the
    // objects back said about writes whose reply was lost.
    void reportRun(const QList<ParseResult> &results, const QStringList &sources,
                   const QHash<int, QString> &checks);
    // Fail (and return nullopt) on bad input, saying which flag and where.
    std::optional<QueryOptions> queryOptions(const QString &command);
    std::optional<QJsonObject> whereOption();
    // A file's content, or standard input's for "-".
    std::optional<QByteArray> readInput(const QString &command, const QString &name);
    std::optional<QJsonObject> jsonObjectOption(const QString &name, const QString &example);
    // A numeric option within [min, max] (finite; whole numbers when `whole`), or fallback when not given.
    std::optional<double> numberOption(const QString &name, double fallback, double min, double max,
                                       bool whole);
    // A key or token from --flag, --flag-file FILE or --flag - (when fromFile), else the environment
    // variable; refused (nullopt) when it holds a control character, naming where it came from, not it.
    std::optional<QString> credential(const QString &flag, const char *variable, bool fromFile);
    void fail(int code, const QString &message);
    // A production profile is read-only unless --allow-writes: fails (true) when `writes` is set then.
    bool refuseWrites(bool writes, const QString &command);
    void failWith(const ParseResult &result);
    void succeed(const QByteArray &output);
    void emitOutput(const QByteArray &output, int code);
    void end(int code);
    static int exitCodeFor(const ParseError &error);

    QCommandLineParser m_parser;
    QStringList m_positional;
    CliOutput::Format m_format = CliOutput::Format::Json;
    ServerProfile m_profile;
    QNetworkAccessManager m_network;
    ParseClient *m_client = nullptr;
    Runner m_run = nullptr;
    bool m_done = false;
    bool m_keyFromStdin = false;
};
