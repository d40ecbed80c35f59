#include "cli/CliApp.h"

#include "cli/CliCommand.h"
#include "cli/commands/BatchCommand.h"
#include "cli/commands/CallCommand.h"
#include "cli/commands/ClpCommand.h"
#include "cli/commands/CompleteCommand.h"
#include "cli/commands/ConfigCommand.h"
#include "cli/commands/ExportCommand.h"
#include "cli/commands/HooksCommand.h"
#include "cli/commands/ImportCommand.h"
#include "cli/commands/IndexCommand.h"
#include "cli/commands/JobsCommand.h"
#include "cli/commands/LogsCommand.h"
#include "cli/commands/QueryCommand.h"
#include "cli/commands/SchemaCommand.h"
#include "cli/commands/WatchCommand.h"

#include "core/data/BuildInfo.h"
#include "core/data/JsonText.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestBudget.h"
#include "core/net/TlsTrust.h"
#include "core/query/QueryNode.h"
#include "core/query/QueryValidator.h"
#include "core/session/Connection.h"
#include "core/session/UserSession.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSet>
#include <QTextStream>
#include <cmath>

namespace {
QString env(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

struct Command
{
    QString name;
    // For --help: how it is called and what it does (a line break starts an indented line).
    QString synopsis;
    QString summary;
    CliCommand *(*make)(CliApp &);
    QList<QCommandLineOption> (*options)();
};

template <class T> Command command(const QString &name, const QString &synopsis, const QString &summary)
{
    return {name, synopsis, summary, [](CliApp &app) -> CliCommand * { return new T(app); }, &T::options};
}

// Every command: dispatch, --help and the messages that list the commands read this one table.
const QList<Command> &commands()
{
    static const QList<Command> table{
        command<SchemaCommand>(
            QStringLiteral("schema"), QStringLiteral("schema [CLASS]"),
            QStringLiteral("classes (name, fields, count) or one class's fields and types")),
        command<QueryCommand>(
            QStringLiteral("query"), QStringLiteral("query CLASS"),
            QStringLiteral("find objects (--where, --order, --limit, --skip, --keys, --include, --count)")),
        command<BatchCommand>(
            QStringLiteral("batch"), QStringLiteral("batch FILE|-"),
            QStringLiteral("send a batch document ({\"requests\":[...]}); one result per operation\n"
                           "(--batch-size N, --transaction, --if-unchanged-since ISO)")),
        command<CallCommand>(
            QStringLiteral("call"), QStringLiteral("call FUNCTION"),
            QStringLiteral("run a Cloud Code function (--params JSON, --form); prints its result;\n"
                           "--for-each CLASS [--where JSON] [--param-map JSON]: once per object")),
        command<ExportCommand>(
            QStringLiteral("export"), QStringLiteral("export CLASS FILE|-"),
            QStringLiteral("every object a query matches (--where, --order [-]FIELD) as JSON or CSV\n"
                           "(--format, else by the file's extension); CSV keeps types (field:Type)")),
        command<ImportCommand>(
            QStringLiteral("import"), QStringLiteral("import CLASS FILE|-"),
            QStringLiteral("create an object per item of a JSON array or row of a CSV file, in batches\n"
                           "(--keep-ids, --skip-bad-rows, --batch-size N); one result per object")),
        command<WatchCommand>(
            QStringLiteral("watch"), QStringLiteral("watch CLASS"),
            QStringLiteral("keep a query current (--where, --order, --limit, --interval SEC, --livequery);\n"
                           "JSON lines: a snapshot, then one line per change; runs until interrupted")),
        command<ClpCommand>(
            QStringLiteral("clp"), QStringLiteral("clp CLASS"),
            QStringLiteral("print the class's classLevelPermissions; --set FILE|- replaces them\n"
                           "(checked first: operations, principals, fields) and prints the new ones")),
        command<IndexCommand>(
            QStringLiteral("index"), QStringLiteral("index CLASS"),
            QStringLiteral("print the class's indexes ({} when none); --add NAME --keys F1,-F2 creates\n"
                           "one (- is descending), --drop NAME drops one")),
        command<ConfigCommand>(
            QStringLiteral("config"), QStringLiteral("config [get NAME]"),
            QStringLiteral("Parse Config: every parameter ({\"params\",\"masterKeyOnly\"}) or one's value;\n"
                           "config set NAME JSON [--master-only], config delete NAME")),
        command<LogsCommand>(
            QStringLiteral("logs"), QStringLiteral("logs"),
            QStringLiteral("the server's log, one JSON object per line (--level info|error, --since\n"
                           "ISO|-10m, --until, --size N, --follow)")),
        command<JobsCommand>(
            QStringLiteral("jobs"), QStringLiteral("jobs"),
            QStringLiteral("jobs and schedules; jobs run NAME [--params JSON] [--wait] prints the run's\n"
                           "_JobStatus id; jobs run-due starts every due schedule once (cron, timers)")),
        command<HooksCommand>(QStringLiteral("hooks"), QStringLiteral("hooks"),
                              QStringLiteral("function and trigger webhooks")),
        command<CompleteCommand>(
            QStringLiteral("complete"), QStringLiteral("complete WHAT"),
            QStringLiteral("for shell completion: saved profile names (profiles) or the class names of\n"
                           "the connection (classes), one a line"))};
    return table;
}

QString commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(command.name);
    return names.join(QLatin1String(", "));
}

// The "Commands:" part of --help, one entry a command, its summary aligned after the synopsis.
QString commandHelp()
{
    // Two spaces at least after the longest synopsis (help2man reads one as part of it).
    qsizetype width = 0;
    for (const Command &command : commands())
        width = qMax(width, command.synopsis.size() + 2);
    const QString indent(2 + width, QLatin1Char(' '));
    QString text;
    for (const Command &command : commands()) {
        text += QStringLiteral("  ") + command.synopsis.leftJustified(width) +
                QString(command.summary).replace(QLatin1Char('\n'), QLatin1Char('\n') + indent) +
                QLatin1Char('\n');
    }
    return text;
}
} // namespace

CliApp::CliApp(QObject *parent)
    : QObject(parent)
{
    m_parser.setApplicationDescription(
        QStringLiteral("Headless Parse Server client.\n\nCommands:\n") + commandHelp() +
        QStringLiteral(
            "\nConnection: flags, or --profile NAME, or PARSE_SERVER_URL, PARSE_APP_ID, PARSE_REST_KEY,\n"
            "PARSE_CLIENT_KEY, PARSE_MASTER_KEY. The master key is sent only when given.\n"
            "A key given as --master-key VALUE (or any flag) is visible to other users of this machine in\n"
            "the process list (/proc/PID/cmdline): prefer PARSE_MASTER_KEY, --master-key-file FILE or\n"
            "--master-key - (one line from standard input); --rest-key has the same forms. A key or token\n"
            "containing a control character (a line break, say) is refused.\n"
            "Exit: 0 ok, 1 server error, 2 usage or bad input, 3 transport failure."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    const auto opt = [this](const QString &name, const QString &description, const QString &value = {}) {
        m_parser.addOption(QCommandLineOption(name, description, value));
    };
    opt(QStringLiteral("server"), QStringLiteral("Server URL with its mount path."), QStringLiteral("URL"));
    opt(QStringLiteral("app-id"), QStringLiteral("Application id."), QStringLiteral("ID"));
    opt(QStringLiteral("rest-key"), QStringLiteral("REST API key; - reads it from standard input."),
        QStringLiteral("K"));
    opt(QStringLiteral("rest-key-file"), QStringLiteral("Read the REST API key from the file's first line."),
        QStringLiteral("FILE"));
    opt(QStringLiteral("client-key"), QStringLiteral("Client key."), QStringLiteral("K"));
    opt(QStringLiteral("master-key"),
        QStringLiteral("Master key (sent only when given); - reads it from standard input. Visible to other "
                       "users in the process list: prefer PARSE_MASTER_KEY, - or --master-key-file."),
        QStringLiteral("K"));
    opt(QStringLiteral("master-key-file"), QStringLiteral("Read the master key from the file's first line."),
        QStringLiteral("FILE"));
    opt(QStringLiteral("session-token"), QStringLiteral("Session token."), QStringLiteral("T"));
    opt(QStringLiteral("profile"), QStringLiteral("A saved ParseDesk profile."), QStringLiteral("NAME"));
    opt(QStringLiteral("budget"),
        QStringLiteral(
            "Request budget, e.g. 500/60s (HTTP requests) or 500/60s/ops (operations, as Parse "
            "Server's rateLimit counts them); requests wait rather than exceed it. N: 1 to 1000000, "
            "WINDOW: up to 24h."),
        QStringLiteral("N/WINDOW"));
    opt(QStringLiteral("trust-cert"),
        QStringLiteral(
            "Accept the server's certificate despite TLS errors (self-signed, say) when its SHA-256 "
            "fingerprint is this one; a TLS error message shows the fingerprint."),
        QStringLiteral("SHA256"));
    opt(QStringLiteral("format"), QStringLiteral("json (default), table or csv."), QStringLiteral("FORMAT"));
    opt(QStringLiteral("timeout"),
        QStringLiteral("Seconds to wait without a byte of the reply: 0.1 to 3600 (default 30)."),
        QStringLiteral("SEC"));
    opt(QStringLiteral("max-reply-mb"),
        QStringLiteral("Refuse a reply larger than N MB, 1 to 65536 (default %1: a page of a million rows of "
                       "a wide class). A reply is held in memory while it is read and decoded, so the limit "
                       "bounds the memory a command takes.")
            .arg(ParseClient::kDefaultMaxReplyBytes / (1024 * 1024)),
        QStringLiteral("N"));
    // Read by main() (AppPaths::configure) before anything opens the settings; listed for --help.
    opt(QStringLiteral("portable"),
        QStringLiteral("Keep settings and the undo journal in parsedesk-data next to the executable (also "
                       "PARSEDESK_PORTABLE=1)."));
    opt(QStringLiteral("allow-writes"),
        QStringLiteral("Allow writes (batch operations other than GET, call, and every other command that "
                       "changes the server, including the session --as takes) on a profile marked "
                       "production, which is read-only otherwise."));
    opt(QStringLiteral("as"),
        QStringLiteral("Run the command as this user: a session from POST /loginAs (needs the master key, "
                       "which the command's own requests then do not carry), revoked on exit."),
        QStringLiteral("USERNAME"));
    opt(QStringLiteral("as-anonymous"),
        QStringLiteral(
            "Run the command without the master key or a session token (REST or client key only)."));
    // Then each command's own, in the table's order; an option several commands take is listed once.
    QSet<QString> added;
    for (const Command &command : commands()) {
        for (const QCommandLineOption &option : command.options()) {
            if (!added.contains(option.names().constFirst())) {
                added.insert(option.names().constFirst());
                m_parser.addOption(option);
            }
        }
    }
}

const QCommandLineParser &CliApp::parser() const
{
    return m_parser;
}

const QStringList &CliApp::positional() const
{
    return m_positional;
}

CliOutput::Format CliApp::format() const
{
    return m_format;
}

ParseClient *CliApp::client() const
{
    return m_connection ? m_connection->client() : nullptr;
}

const ServerProfile &CliApp::profile() const
{
    return m_connection->profile();
}

void CliApp::start(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        fail(UsageError, m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << m_parser.helpText();
        m_done = true;
        Q_EMIT finished(Ok);
        return;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "parsedesk-cli " << BuildInfo::version() << Qt::endl;
        m_done = true;
        Q_EMIT finished(Ok);
        return;
    }
    m_positional = m_parser.positionalArguments();
    if (m_positional.isEmpty()) {
        fail(UsageError, QStringLiteral("no command given (%1); see --help").arg(commandNames()));
        return;
    }
    // An unknown command is a usage error before any server is asked.
    for (const Command &command : commands()) {
        if (command.name == m_positional.first())
            m_command = command.make(*this);
    }
    if (!m_command) {
        fail(UsageError, QStringLiteral("unknown command '%1' (%2); see --help")
                             .arg(m_positional.first(), commandNames()));
        return;
    }

    const QString format = m_parser.value(QStringLiteral("format"));
    if (format.isEmpty() || format == QLatin1String("json"))
        m_format = CliOutput::Format::Json;
    else if (format == QLatin1String("table"))
        m_format = CliOutput::Format::Table;
    else if (format == QLatin1String("csv"))
        m_format = CliOutput::Format::Csv;
    else {
        fail(UsageError, QStringLiteral("--format: '%1' is not json, table or csv").arg(format));
        return;
    }
    if (!m_command->needsConnection()) {
        m_command->run();
        return;
    }

    const std::optional<double> seconds =
        numberOption(QStringLiteral("timeout"), 30, ServerProfile::kMinTimeoutMs / 1000.0,
                     ServerProfile::kMaxTimeoutMs / 1000.0, false);
    if (!seconds)
        return;
    const std::optional<double> maxReplyMb =
        numberOption(QStringLiteral("max-reply-mb"),
                     double(ParseClient::kDefaultMaxReplyBytes / (1024 * 1024)), 1, 65536, true);
    if (!maxReplyMb)
        return;

    // Keys are read once, before a server is asked: one may come from standard input, and a bad one
    // stops everything.
    QList<std::pair<QString ServerProfile::*, QString>> keys;
    for (auto [member, flag, variable, fromFile] :
         {std::tuple{&ServerProfile::applicationId, "app-id", "PARSE_APP_ID", false},
          std::tuple{&ServerProfile::restApiKey, "rest-key", "PARSE_REST_KEY", true},
          std::tuple{&ServerProfile::clientKey, "client-key", "PARSE_CLIENT_KEY", false},
          std::tuple{&ServerProfile::masterKey, "master-key", "PARSE_MASTER_KEY", true}}) {
        const std::optional<QString> key = credential(QString::fromLatin1(flag), variable, fromFile);
        if (!key)
            return;
        keys.append({member, *key});
    }
    if (!credential(QStringLiteral("session-token"), nullptr, false))
        return;
    // Whom the requests speak for: one way only.
    if (int(m_parser.isSet(QStringLiteral("as"))) + int(m_parser.isSet(QStringLiteral("as-anonymous"))) +
            int(m_parser.isSet(QStringLiteral("session-token"))) >
        1) {
        fail(UsageError, QStringLiteral("--as, --as-anonymous and --session-token: give one of them"));
        return;
    }

    const auto connectWith = [this, keys, seconds = *seconds,
                              maxReplyBytes = qint64(*maxReplyMb) * 1024 * 1024](ServerProfile base) {
        // Flags and environment fill in what the saved profile lacks or override it.
        const QString url = m_parser.isSet(QStringLiteral("server"))
                                ? m_parser.value(QStringLiteral("server"))
                                : env("PARSE_SERVER_URL");
        if (!url.isEmpty())
            base.serverUrl = QUrl(url, QUrl::StrictMode);
        for (const auto &[member, key] : keys) {
            if (!key.isEmpty())
                base.*member = key;
        }
        base.useMasterKey = base.hasMasterKey();
        if (m_parser.isSet(QStringLiteral("budget"))) {
            QString problem;
            if (!RequestBudget::parse(m_parser.value(QStringLiteral("budget")), &problem)) {
                fail(UsageError, QStringLiteral("--budget: ") + problem);
                return;
            }
            base.budget = m_parser.value(QStringLiteral("budget"));
        }
        if (m_parser.isSet(QStringLiteral("trust-cert"))) {
            base.trustedCertificate = TlsTrust::normalized(m_parser.value(QStringLiteral("trust-cert")));
            if (base.trustedCertificate.isEmpty()) {
                fail(UsageError, QStringLiteral("--trust-cert: not a SHA-256 fingerprint (64 hex digits)"));
                return;
            }
        }
        base.timeoutMs = int(seconds * 1000);
        if (base.name.isEmpty())
            base.name = QStringLiteral("cli");
        if (url.isEmpty() && base.serverUrl.isEmpty()) {
            fail(UsageError,
                 QStringLiteral("no server: give --server URL, --profile NAME or PARSE_SERVER_URL"));
            return;
        }
        if (const QString problem = base.validationError(); !problem.isEmpty()) {
            fail(UsageError, problem);
            return;
        }
        Connection::Options options;
        options.maxReplyBytes = maxReplyBytes;
        options.writesUnlocked = m_parser.isSet(QStringLiteral("allow-writes"));
        m_connection = new Connection(base, &m_network, options, this);
        runAsPrincipal();
    };

    const QString profileName = m_parser.value(QStringLiteral("profile"));
    if (profileName.isEmpty()) {
        connectWith(ServerProfile{});
        return;
    }
    auto *secrets = new SecretStore(SecretStore::Backend::Keychain, this);
    auto *store = new ProfileStore(secrets, nullptr, this);
    const std::optional<ServerProfile> saved = store->findByName(profileName);
    if (!saved) {
        fail(UsageError, QStringLiteral("--profile: no saved profile named '%1'").arg(profileName));
        return;
    }
    store->withSecrets(*saved, this, connectWith);
}

std::optional<QJsonObject> CliApp::jsonObjectOption(const QString &name, const QString &example)
{
    if (!m_parser.isSet(name))
        return QJsonObject();
    const JsonText::Parsed parsed = JsonText::parse(m_parser.value(name).toUtf8());
    if (!parsed.ok()) {
        fail(UsageError, QStringLiteral("--%1: invalid JSON at %2").arg(name, parsed.error));
        return std::nullopt;
    }
    if (!parsed.document.isObject()) {
        fail(UsageError, QStringLiteral("--%1: must be a JSON object, e.g. %2").arg(name, example));
        return std::nullopt;
    }
    return parsed.document.object();
}

std::optional<QJsonObject> CliApp::whereOption()
{
    const std::optional<QJsonObject> where =
        jsonObjectOption(QStringLiteral("where"), QStringLiteral("{\"visits\":{\"$gt\":10}}"));
    if (!where)
        return std::nullopt;
    // The same query model and checks as the GUI's builder: what it would refuse, the CLI refuses too.
    const QueryNode tree = QueryNode::fromWhere(*where);
    QStringList errors;
    for (const QueryValidator::Issue &issue : QueryValidator::validate(tree)) {
        if (issue.severity == QueryValidator::Issue::Severity::Error)
            errors << issue.message;
    }
    if (!errors.isEmpty()) {
        fail(UsageError, QStringLiteral("--where: %1").arg(errors.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    return tree.toWhere();
}

QList<QCommandLineOption> CliApp::queryFlags()
{
    return {
        {QStringLiteral("where"), QStringLiteral("query: where constraint as JSON."), QStringLiteral("JSON")},
        {QStringLiteral("order"), QStringLiteral("query: sort keys, e.g. -visits,name."),
         QStringLiteral("K1,-K2")},
        {QStringLiteral("limit"), QStringLiteral("query: at most N objects, 0 to 1000000."),
         QStringLiteral("N")},
        {QStringLiteral("skip"), QStringLiteral("query: skip N objects, 0 to 100000000."),
         QStringLiteral("N")},
        {QStringLiteral("keys"),
         QStringLiteral(
             "query: only these fields; index --add: the index's fields in order (-F: descending)."),
         QStringLiteral("K,..")},
        {QStringLiteral("include"), QStringLiteral("query: include pointed-to objects."),
         QStringLiteral("K,..")},
        {QStringLiteral("count"), QStringLiteral("query: also count the matching objects.")}};
}

std::optional<QueryOptions> CliApp::queryOptions(const QString &command)
{
    if (m_positional.size() != 2) {
        fail(UsageError,
             QStringLiteral("%1 takes exactly one class name: %1 CLASS [--where JSON] ...").arg(command));
        return std::nullopt;
    }
    QueryOptions options;
    const std::optional<QJsonObject> where = whereOption();
    if (!where)
        return std::nullopt;
    options.where = *where;
    for (auto [target, flag, max] :
         {std::tuple{&options.limit, "limit", 1e6}, std::tuple{&options.skip, "skip", 1e8}}) {
        const QString name = QString::fromLatin1(flag);
        if (!m_parser.isSet(name))
            continue;
        const std::optional<double> n = numberOption(name, 0, 0, max, true);
        if (!n)
            return std::nullopt;
        *target = int(*n);
    }
    options.order = QueryOptions::listFromText(m_parser.value(QStringLiteral("order")));
    options.keys = QueryOptions::listFromText(m_parser.value(QStringLiteral("keys")));
    options.include = QueryOptions::listFromText(m_parser.value(QStringLiteral("include")));
    options.count = m_parser.isSet(QStringLiteral("count"));
    return options;
}

std::optional<QByteArray> CliApp::readInput(const QString &command, const QString &name)
{
    QFile file;
    const bool opened = name == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened) {
        fail(UsageError, QStringLiteral("%1: cannot read %2: %3").arg(command, name, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<double> CliApp::numberOption(const QString &name, double fallback, double min, double max,
                                           bool whole)
{
    if (!m_parser.isSet(name))
        return fallback;
    const QString text = m_parser.value(name);
    bool ok = false;
    // toDouble takes "nan", "inf" and 1e10: none of them is a timeout, an interval or a count.
    const double value = whole ? double(text.toLongLong(&ok)) : text.toDouble(&ok);
    if (ok && std::isfinite(value) && value >= min && value <= max)
        return value;
    fail(UsageError,
         QStringLiteral("--%1: '%2' is not %3 from %4 to %5")
             .arg(name, text, whole ? QStringLiteral("a whole number") : QStringLiteral("a number"),
                  QString::number(min, 'g', 10), QString::number(max, 'g', 10)));
    return std::nullopt;
}

std::optional<QString> CliApp::credential(const QString &flag, const char *variable, bool fromFile)
{
    const QString fileFlag = flag + QStringLiteral("-file");
    const bool fromKeyFile = fromFile && m_parser.isSet(fileFlag);
    const bool fromStdin = fromFile && m_parser.isSet(flag) && m_parser.value(flag) == QLatin1String("-");
    if (fromKeyFile && m_parser.isSet(flag)) {
        fail(UsageError, QStringLiteral("--%1 and --%2: give the key one way").arg(flag, fileFlag));
        return std::nullopt;
    }
    QString source = QStringLiteral("--") + flag;
    QString value;
    if (fromKeyFile || fromStdin) {
        QFile in;
        if (fromStdin) {
            // Standard input carries one thing: a batch or import read from it would start at the key.
            const bool inputFromStdin = m_command->readsStandardInput();
            if (m_keyFromStdin || inputFromStdin) {
                fail(UsageError,
                     QStringLiteral("--%1 -: standard input already carries %2; give this key with --%3 FILE "
                                    "or %4")
                         .arg(flag,
                              inputFromStdin ? QStringLiteral("the %1 input").arg(m_positional.constFirst())
                                             : QStringLiteral("another key"),
                              fileFlag, QString::fromLatin1(variable)));
                return std::nullopt;
            }
            m_keyFromStdin = true;
            source = QStringLiteral("--%1 - (standard input)").arg(flag);
            in.open(stdin, QIODevice::ReadOnly);
        } else {
            source = QStringLiteral("--") + fileFlag;
            in.setFileName(m_parser.value(fileFlag));
            if (!in.open(QIODevice::ReadOnly)) {
                fail(UsageError,
                     QStringLiteral("%1: cannot read %2: %3").arg(source, in.fileName(), in.errorString()));
                return std::nullopt;
            }
        }
        // The first line without its line break (CR LF in a file saved on Windows).
        QByteArray line = in.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            fail(UsageError, QStringLiteral("%1: the first line holds no key").arg(source));
            return std::nullopt;
        }
        value = QString::fromUtf8(line);
    } else if (m_parser.isSet(flag)) {
        value = m_parser.value(flag);
    } else if (variable) {
        source = QString::fromLatin1(variable);
        value = env(variable);
    }
    if (!ServerProfile::isHeaderSafe(value)) {
        // Not shown: it is a secret, and a control character in it would start a header of its own.
        fail(UsageError, QStringLiteral("%1: the value contains a control character (a line break, say), "
                                        "which no key or token has; nothing was sent")
                             .arg(source));
        return std::nullopt;
    }
    return value;
}

bool CliApp::refuseWrites(bool writes, const QString &command)
{
    if (!writes || !client()->writesLocked())
        return false;
    fail(UsageError,
         QStringLiteral("%1: the profile '%2' is marked production and read-only; nothing was sent. "
                        "Add --allow-writes to write (Cloud Code functions count as writes).")
             .arg(command, profile().name));
    return true;
}

int CliApp::exitCodeFor(const ParseError &error)
{
    // A write whose reply was lost or garbled may have been applied: never "the server said no".
    if (error.outcomeUnknown)
        return TransportError;
    switch (error.kind) {
    case ParseError::Kind::Transport:
    case ParseError::Kind::Tls:
    case ParseError::Kind::Timeout:
    case ParseError::Kind::Cancelled:
        return TransportError;
    case ParseError::Kind::Config:
        return UsageError;
    case ParseError::Kind::Http:
        // A redirect is not followed: the address is what is wrong, as with an unreachable server.
        return error.redirectTo.isEmpty() ? ServerError : TransportError;
    default:
        return ServerError;
    }
}

void CliApp::failWith(const ParseResult &result)
{
    fail(exitCodeFor(result.error), result.error.describe());
}

void CliApp::fail(int code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    CliOutput::writeErr(message);
    end(code);
}

void CliApp::succeed(const QByteArray &output)
{
    emitOutput(output, Ok);
}

void CliApp::emitOutput(const QByteArray &output, int code)
{
    if (m_done)
        return;
    m_done = true;
    CliOutput::writeOut(output);
    end(code);
}

void CliApp::runAsPrincipal()
{
    if (m_parser.isSet(QStringLiteral("as-anonymous"))) {
        client()->setProfile(UserSession::withoutMasterKey(client()->profile()));
        m_command->run();
        return;
    }
    if (!m_parser.isSet(QStringLiteral("as"))) {
        m_command->run();
        return;
    }
    if (!client()->profile().hasMasterKey()) {
        fail(UsageError,
             QStringLiteral("--as: taking a user's session (POST /loginAs) needs the master key"));
        return;
    }
    // Logging in creates a session on the server: a write, which a production profile refuses.
    if (client()->writesLocked()) {
        fail(UsageError, QStringLiteral("--as: the profile '%1' is marked production and read-only, and "
                                        "logging in as a user creates a session (POST /loginAs); nothing was "
                                        "sent. Add --allow-writes to allow it.")
                             .arg(profile().name));
        return;
    }
    m_userSession = new UserSession(client(), this);
    connect(m_userSession, &UserSession::started, this, [this](const ParseError &error) {
        if (error.isError()) {
            fail(exitCodeFor(error), QStringLiteral("--as: ") + error.describe());
            return;
        }
        // From here on the requests are the user's: its token, and no master key to see past its rights.
        client()->setProfile(UserSession::withoutMasterKey(client()->profile()));
        client()->setSessionToken(m_userSession->token());
        m_command->run();
    });
    m_userSession->start(m_parser.value(QStringLiteral("as")));
}

void CliApp::end(int code)
{
    // The budget meter goes to stderr, so the output stays machine-readable.
    if (m_connection && m_connection->client()->budget())
        CliOutput::writeErr(m_connection->client()->budget()->meterText());
    if (!m_userSession || m_userSession->token().isEmpty()) {
        Q_EMIT finished(code);
        return;
    }
    // The --as session is revoked before the run ends. If it cannot be, a session that can act as the
    // user is left on the server: a run that succeeded says so with the revocation's exit code.
    connect(m_userSession, &UserSession::ended, this, [this, code](const ParseError &error) {
        if (error.isError())
            CliOutput::writeErr(QStringLiteral("--as: the session of user %1 could not be revoked: %2")
                                    .arg(m_userSession->userId(), error.describe()));
        Q_EMIT finished(error.isError() && code == Ok ? exitCodeFor(error) : code);
    });
    m_userSession->end();
}
