#include "cli/commands/ConfigCommand.h"

#include "cli/CliApp.h"
#include "core/batch/ConfigSave.h"
#include "core/data/JsonText.h"
#include "core/net/AdminRequest.h"
#include "core/net/ParseClient.h"

namespace {
// {"params":{...},"masterKeyOnly":{...}} in the contract's order (a QJsonObject would sort the keys).
QByteArray configText(const QJsonObject &config)
{
    return "{\"params\":" + JsonText::compact(config.value(QLatin1String("params"))).toUtf8() +
           ",\"masterKeyOnly\":" + JsonText::compact(config.value(QLatin1String("masterKeyOnly"))).toUtf8() +
           "}\n";
}
} // namespace

QList<QCommandLineOption> ConfigCommand::options()
{
    return {{QStringLiteral("master-only"),
             QStringLiteral("config set: only the master key may read the parameter (masterKeyOnly).")}};
}

void ConfigCommand::run()
{
    const QStringList &args = m_app.positional();
    const QString verb = args.value(1);
    const QString usage = QStringLiteral(
        "config takes: config | config get NAME | config set NAME JSON [--master-only] | config delete NAME");
    const int wanted = verb.isEmpty() ? 1 : verb == QLatin1String("set") ? 4 : 3;
    if (args.size() != wanted || !(verb.isEmpty() || verb == QLatin1String("get") ||
                                   verb == QLatin1String("set") || verb == QLatin1String("delete"))) {
        m_app.fail(CliApp::UsageError, usage);
        return;
    }
    if (verb == QLatin1String("set")) {
        // Any JSON value, scalars included: QJsonDocument holds only arrays and objects, so the value is
        // read inside brackets and a mistake's position told in the text as given.
        const QByteArray text = args.at(3).toUtf8();
        const JsonText::Parsed parsed = JsonText::parse('[' + text + ']');
        const QJsonArray values = parsed.document.array();
        if (!parsed.ok() || values.size() != 1) {
            const QString where =
                JsonText::position(text, qBound(0, parsed.errorOffset - 1, int(text.size())));
            m_app.fail(CliApp::UsageError,
                       QStringLiteral("config set: the value is not one JSON value at %1: %2 (a string needs "
                                      "quotes: '\"text\"')")
                           .arg(where, parsed.ok() ? QStringLiteral("more than one value")
                                                   : parsed.error.section(QStringLiteral(": "), 1)));
            return;
        }
        save(verb, args.at(2), values.at(0));
        return;
    }
    if (verb == QLatin1String("delete")) {
        save(verb, args.at(2), std::nullopt);
        return;
    }
    connect(m_app.client()->send(AdminRequest::config()), &ParseReply::finished, this,
            [this, verb, args](const ParseResult &r) {
                if (!r.ok()) {
                    m_app.failWith(r);
                    return;
                }
                const ParseConfig config = ParseConfig::fromJson(r.object());
                if (verb.isEmpty()) {
                    m_app.succeed(configText(config.toJson()));
                } else if (!config.params.contains(args.at(2))) {
                    m_app.fail(CliApp::ServerError,
                               QStringLiteral("config get: no parameter '%1'").arg(args.at(2)));
                } else {
                    m_app.succeed(JsonText::compact(config.params.value(args.at(2))).toUtf8() + '\n');
                }
            });
}

void ConfigCommand::save(const QString &verb, const QString &name, const std::optional<QJsonValue> &value)
{
    if (m_app.refuseWrites(true, QStringLiteral("config ") + verb))
        return;
    const QList<ParseConfig::Change> changes{
        {name, {value, value && m_app.parser().isSet(QStringLiteral("master-only"))}}};
    auto *saver = new ConfigSave(m_app.client(), this);
    connect(saver, &ConfigSave::finished, this,
            [this, changes](const ParseResult &r, const ParseConfig &, const QList<ParseConfig::Conflict> &) {
                if (!r.ok()) {
                    m_app.failWith(r);
                    return;
                }
                // What was written: the PUT body.
                m_app.succeed(configText(ParseConfig::putBody(changes)));
            });
    saver->save(std::nullopt, changes);
}
