#include "cli/commands/CallCommand.h"

#include "cli/CliApp.h"
#include "core/data/JsonText.h"
#include "core/net/ParseClient.h"

QList<QCommandLineOption> CallCommand::options()
{
    return {{QStringLiteral("params"), QStringLiteral("call: the function's parameters as a JSON object."),
             QStringLiteral("JSON")},
            {QStringLiteral("form"),
             QStringLiteral("call: send the parameters form-urlencoded, as older clients do.")}};
}

void CallCommand::run()
{
    if (m_app.positional().size() != 2) {
        m_app.fail(CliApp::UsageError,
                   QStringLiteral("call takes exactly one function name: call FUNCTION [--params JSON]"));
        return;
    }
    const std::optional<QJsonObject> params =
        m_app.jsonObjectOption(QStringLiteral("params"), QStringLiteral("{\"owner\":\"alice\"}"));
    if (!params)
        return;
    if (m_app.refuseWrites(true, QStringLiteral("call")))
        return;
    ParseRequest request = ParseRequest::callFunction(m_app.positional().at(1), *params);
    if (m_app.parser().isSet(QStringLiteral("form")))
        request.bodyEncoding = ParseRequest::BodyEncoding::Form;
    request.sessionToken = m_app.parser().value(QStringLiteral("session-token"));
    connect(m_app.client()->send(request), &ParseReply::finished, this, [this](const ParseResult &r) {
        if (!r.ok()) {
            m_app.failWith(r);
            return;
        }
        const QJsonValue result = r.object().value(QLatin1String("result"));
        const QByteArray out = JsonText::compact(result).toUtf8();
        m_app.succeed(out + '\n');
    });
}
