#include "cli/commands/CallCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/batch/RowScript.h"
#include "core/data/JsonText.h"
#include "core/net/ParseClient.h"

QList<QCommandLineOption> CallCommand::options()
{
    return {
        {QStringLiteral("params"), QStringLiteral("call: the function's parameters as a JSON object."),
         QStringLiteral("JSON")},
        {QStringLiteral("form"),
         QStringLiteral("call: send the parameters form-urlencoded, as older clients do.")},
        {QStringLiteral("for-each"),
         QStringLiteral("call: once for each object of CLASS matching --where, in parallel; one JSON line "
                        "per object in objectId order, {\"objectId\",\"result\"} or {\"objectId\","
                        "\"error\"}; exit 1 if any failed."),
         QStringLiteral("CLASS")},
        {QStringLiteral("param-map"),
         QStringLiteral("call --for-each: the parameters from each object's fields, {\"param\":"
                        "\"field\",...} (default: the whole object as {\"object\":{...}})."),
         QStringLiteral("JSON")}};
}

void CallCommand::run()
{
    if (m_app.positional().size() != 2) {
        m_app.fail(CliApp::UsageError,
                   QStringLiteral("call takes exactly one function name: call FUNCTION [--params JSON]"));
        return;
    }
    if (m_app.parser().isSet(QStringLiteral("for-each"))) {
        runForEach();
        return;
    }
    if (m_app.parser().isSet(QStringLiteral("param-map"))) {
        m_app.fail(CliApp::UsageError, QStringLiteral("--param-map goes with --for-each CLASS"));
        return;
    }
    const std::optional<QJsonObject> params =
        m_app.jsonObjectOption(QStringLiteral("params"), QStringLiteral("{\"owner\":\"alice\"}"));
    if (!params)
        return;
    if (m_app.refuseWrites(true, QStringLiteral("call")))
        return;
    ParseRequest request = ParseRequest::callFunction(m_app.positional().at(1), *params);
    withHeaders(&request);
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

void CallCommand::withHeaders(ParseRequest *request) const
{
    if (m_app.parser().isSet(QStringLiteral("form")))
        request->bodyEncoding = ParseRequest::BodyEncoding::Form;
    request->sessionToken = m_app.parser().value(QStringLiteral("session-token"));
}

void CallCommand::runForEach()
{
    if (m_app.parser().isSet(QStringLiteral("params"))) {
        m_app.fail(CliApp::UsageError,
                   QStringLiteral("--params and --for-each: each call's parameters come from its object "
                                  "(--param-map)"));
        return;
    }
    const std::optional<QJsonObject> where = m_app.whereOption();
    if (!where)
        return;
    const std::optional<QJsonObject> paramMap = m_app.jsonObjectOption(
        QStringLiteral("param-map"), QStringLiteral("{\"owner\":\"creatorUsername\"}"));
    if (!paramMap)
        return;
    for (auto it = paramMap->begin(); it != paramMap->end(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            m_app.fail(
                CliApp::UsageError,
                QStringLiteral("--param-map: \"%1\" must name a field, e.g. {\"owner\":\"creatorUsername\"}")
                    .arg(it.key()));
            return;
        }
    }
    if (m_app.refuseWrites(true, QStringLiteral("call")))
        return;
    ParseRequest headers;
    withHeaders(&headers);
    auto *script = new RowScript(m_app.client(), headers, this);
    connect(script, &RowScript::rowFinished, this, [](const RowScript::Row &row) {
        CliOutput::writeOut(JsonText::compact(row.toJson()).toUtf8() + '\n');
    });
    const QString className = m_app.parser().value(QStringLiteral("for-each"));
    connect(script, &RowScript::finished, this, [this, className](int failed, const ParseError &readError) {
        if (readError.isError())
            m_app.fail(
                CliApp::exitCodeFor(readError),
                QStringLiteral("call --for-each: reading %1: %2").arg(className, readError.describe()));
        else
            m_app.emitOutput({}, failed > 0 ? CliApp::ServerError : CliApp::Ok);
    });
    script->run(m_app.positional().at(1), className, *where, *paramMap);
}
