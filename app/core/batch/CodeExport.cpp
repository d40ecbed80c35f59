#include "core/batch/CodeExport.h"

#include "core/batch/OperationBuilder.h"
#include "core/data/JsonText.h"
#include "core/net/ParseClient.h"
#include "core/net/Redaction.h"
#include "core/query/CurlCommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace {

// The batch request as ParseDesk sends it, with keys replaced by placeholders unless they are wanted.
struct Http
{
    QString url;
    QList<std::pair<QString, QString>> headers;
    QJsonObject body;
    QStringList placeholders;
};

Http httpOf(const BatchDocument &document, const ParseClient &client, bool includeKeys)
{
    const QString mount = client.profile().mountPath();
    QJsonArray items;
    for (const ParseRequest &request : document.toRequests(mount))
        items.append(request.batchItem(mount));
    const ParseRequest batch = ParseRequest::batch(items, document.transaction);
    const QNetworkRequest request = client.networkRequest(batch);
    Http http;
    http.url = request.url().toString();
    http.body = batch.body.toObject();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &raw : names) {
        const QString name = QString::fromLatin1(raw);
        if (name.compare(QLatin1String("User-Agent"), Qt::CaseInsensitive) == 0)
            continue;
        const bool hidden = !includeKeys && Redaction::isSecretName(name);
        if (hidden)
            http.placeholders << CurlCommand::placeholder(name);
        http.headers.append(
            {name, hidden ? CurlCommand::placeholder(name) : QString::fromUtf8(request.rawHeader(raw))});
    }
    return http;
}

// Batch items read method, path, body; a transaction says so first.
const QStringList kKeyOrder{QStringLiteral("transaction"), QStringLiteral("method"), QStringLiteral("path"),
                            QStringLiteral("body")};

QString jsString(const QString &text)
{
    return JsonText::indented(text);
}

// ---- curl

QString curl(const Http &http)
{
    QStringList lines{QStringLiteral("curl -X POST ") + CurlCommand::shellQuote(http.url) +
                      QStringLiteral(" \\")};
    for (const auto &[name, value] : http.headers)
        lines << QStringLiteral("  -H ") + CurlCommand::shellQuote(name + QStringLiteral(": ") + value) +
                     QStringLiteral(" \\");
    // A quoted here-document keeps the JSON readable and needs no escaping.
    lines << QStringLiteral("  --data-binary @- <<'JSON'") << JsonText::indented(http.body, kKeyOrder)
          << QStringLiteral("JSON");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// ---- Lua (Roblox)

struct LuaWriter
{
    bool sawNull = false;
    bool sawEmptyObject = false;

    static QString string(const QString &text)
    {
        QString out = QStringLiteral("\"");
        for (const QChar c : text) {
            if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
                out += QLatin1Char('\\') + c;
            else if (c == QLatin1Char('\n'))
                out += QLatin1String("\\n");
            else if (c == QLatin1Char('\r'))
                out += QLatin1String("\\r");
            else if (c == QLatin1Char('\t'))
                out += QLatin1String("\\t");
            else if (c.unicode() < 0x20)
                out += QStringLiteral("\\%1").arg(c.unicode(), 3, 10, QLatin1Char('0'));
            else
                out += c;
        }
        return out + QLatin1Char('"');
    }

    static QString key(const QString &name)
    {
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        static const QStringList reserved{
            QStringLiteral("and"),    QStringLiteral("break"),  QStringLiteral("do"),
            QStringLiteral("else"),   QStringLiteral("elseif"), QStringLiteral("end"),
            QStringLiteral("false"),  QStringLiteral("for"),    QStringLiteral("function"),
            QStringLiteral("if"),     QStringLiteral("in"),     QStringLiteral("local"),
            QStringLiteral("nil"),    QStringLiteral("not"),    QStringLiteral("or"),
            QStringLiteral("repeat"), QStringLiteral("return"), QStringLiteral("then"),
            QStringLiteral("true"),   QStringLiteral("until"),  QStringLiteral("while")};
        if (identifier.match(name).hasMatch() && !reserved.contains(name))
            return name;
        return QLatin1Char('[') + string(name) + QLatin1Char(']');
    }

    QString value(const QJsonValue &v, int depth)
    {
        const QString inner(depth + 1, QLatin1Char('\t'));
        const QString outer(depth, QLatin1Char('\t'));
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            sawNull = true;
            return QStringLiteral("nil");
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
                return QString::number(qint64(d));
            return QString::number(d, 'g', 17);
        }
        case QJsonValue::String:
            return string(v.toString());
        case QJsonValue::Array: {
            const QJsonArray array = v.toArray();
            if (array.isEmpty())
                return QStringLiteral("{}");
            QString out = QStringLiteral("{\n");
            for (const QJsonValue &item : array)
                out += inner + value(item, depth + 1) + QStringLiteral(",\n");
            return out + outer + QLatin1Char('}');
        }
        case QJsonValue::Object: {
            const QJsonObject object = v.toObject();
            if (object.isEmpty()) {
                sawEmptyObject = true;
                return QStringLiteral("{}");
            }
            QString out = QStringLiteral("{\n");
            for (const QString &name : JsonText::orderedKeys(object, kKeyOrder))
                out += inner + key(name) + QStringLiteral(" = ") + value(object.value(name), depth + 1) +
                       QStringLiteral(",\n");
            return out + outer + QLatin1Char('}');
        }
        }
        return {};
    }
};

QString robloxLua(const Http &http)
{
    LuaWriter writer;
    const QString body = writer.value(http.body, 0);
    QStringList lines{
        QStringLiteral("-- Needs HTTP requests allowed: Game Settings > Security > Allow HTTP Requests."),
        QStringLiteral("-- Call it from a server Script: keys in a LocalScript reach every player.")};
    if (writer.sawNull)
        lines << QStringLiteral("-- JSON null has no Lua table value: JSONEncode leaves those keys out.");
    if (writer.sawEmptyObject)
        lines << QStringLiteral("-- JSONEncode turns an empty table into [], where the batch had {}.");
    lines << QStringLiteral("local HttpService = game:GetService(\"HttpService\")") << QString()
          << QStringLiteral("local url = ") + LuaWriter::string(http.url)
          << QStringLiteral("local headers = {");
    for (const auto &[name, value] : http.headers) {
        // PostAsync sets the content type from its own argument and refuses it as a header.
        if (name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) != 0)
            lines << QStringLiteral("\t[%1] = %2,").arg(LuaWriter::string(name), LuaWriter::string(value));
    }
    lines << QStringLiteral("}") << QStringLiteral("local body = ") + body << QString()
          << QStringLiteral("local response = HttpService:PostAsync(url, HttpService:JSONEncode(body), "
                            "Enum.HttpContentType.ApplicationJson, false, headers)")
          << QStringLiteral(
                 "-- One result per operation, in order: {success = {...}} or {error = {code, error}}.")
          << QStringLiteral("for i, result in ipairs(HttpService:JSONDecode(response)) do")
          << QStringLiteral("\tif result.error then")
          << QStringLiteral(
                 "\t\twarn((\"operation %d failed: %s (code %s)\"):format(i, tostring(result.error.error), "
                 "tostring(result.error.code)))")
          << QStringLiteral("\tend") << QStringLiteral("end");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// ---- JavaScript (fetch)

QString javaScriptFetch(const Http &http)
{
    QStringList lines{QStringLiteral("const response = await fetch(%1, {").arg(jsString(http.url)),
                      QStringLiteral("  method: \"POST\","), QStringLiteral("  headers: {")};
    for (const auto &[name, value] : http.headers)
        lines << QStringLiteral("    %1: %2,").arg(jsString(name), jsString(value));
    lines << QStringLiteral("  },")
          << QStringLiteral("  body: JSON.stringify(%1),")
                 .arg(JsonText::indented(http.body, kKeyOrder, QStringLiteral("  "), 1))
          << QStringLiteral("});")
          << QStringLiteral(
                 "// One result per operation, in order: {success: {...}} or {error: {code, error}}.")
          << QStringLiteral("const results = await response.json();")
          << QStringLiteral("results.forEach((result, i) => {")
          << QStringLiteral("  if (result.error) console.error(`operation ${i}: ${result.error.code} "
                            "${result.error.error}`);")
          << QStringLiteral("});");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// ---- Parse JS SDK

class SdkWriter
{
public:
    QString error;
    bool usesPointer = false;

    // A REST value as SDK code; typed values become SDK objects. Sets error for shapes the SDK can't take.
    QString value(const QJsonValue &v)
    {
        if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items << value(item);
            return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        if (!v.isObject())
            return JsonText::indented(v);
        const QJsonObject o = v.toObject();
        const QString type = o.value(QLatin1String("__type")).toString();
        if (type == QLatin1String("Date"))
            return QStringLiteral("new Date(%1)").arg(jsString(o.value(QLatin1String("iso")).toString()));
        if (type == QLatin1String("Pointer")) {
            usesPointer = true;
            return QStringLiteral("pointer(%1, %2)")
                .arg(jsString(o.value(QLatin1String("className")).toString()),
                     jsString(o.value(QLatin1String("objectId")).toString()));
        }
        if (type == QLatin1String("GeoPoint"))
            return QStringLiteral("new Parse.GeoPoint(%1, %2)")
                .arg(value(o.value(QLatin1String("latitude"))), value(o.value(QLatin1String("longitude"))));
        if (!type.isEmpty() || o.contains(QLatin1String("__op"))) {
            fail(QCoreApplication::translate("CodeExport", "a %1 value")
                     .arg(type.isEmpty() ? o.value(QLatin1String("__op")).toString() : type));
            return {};
        }
        QStringList fields;
        for (auto it = o.begin(); it != o.end(); ++it)
            fields << jsString(it.key()) + QStringLiteral(": ") + value(it.value());
        return fields.isEmpty()
                   ? QStringLiteral("{}")
                   : QStringLiteral("{ ") + fields.join(QStringLiteral(", ")) + QStringLiteral(" }");
    }

    // obj.set(...), obj.increment(...), ... for one field of a create or update.
    QString fieldStatement(const QString &object, const QString &field, const QJsonValue &v)
    {
        const QString name = jsString(field);
        const QJsonObject o = v.toObject();
        const QString op = o.value(QLatin1String("__op")).toString();
        if (op.isEmpty()) {
            if (field == QLatin1String("ACL") && v.isObject())
                return QStringLiteral("%1.setACL(new Parse.ACL(%2));").arg(object, value(v));
            return QStringLiteral("%1.set(%2, %3);").arg(object, name, value(v));
        }
        const QJsonValue objects = o.value(QLatin1String("objects"));
        static const QList<std::pair<QLatin1String, QLatin1String>> listOps{
            {QLatin1String("Add"), QLatin1String("addAll")},
            {QLatin1String("AddUnique"), QLatin1String("addAllUnique")},
            {QLatin1String("Remove"), QLatin1String("removeAll")}};
        for (const auto &[rest, sdk] : listOps) {
            if (op == rest)
                return QStringLiteral("%1.%2(%3, %4);").arg(object, sdk, name, value(objects));
        }
        if (op == QLatin1String("Increment"))
            return QStringLiteral("%1.increment(%2, %3);")
                .arg(object, name, value(o.value(QLatin1String("amount"))));
        if (op == QLatin1String("Delete"))
            return QStringLiteral("%1.unset(%2);").arg(object, name);
        if (op == QLatin1String("AddRelation") || op == QLatin1String("RemoveRelation"))
            return QStringLiteral("%1.relation(%2).%3(%4);")
                .arg(object, name,
                     op == QLatin1String("AddRelation") ? QStringLiteral("add") : QStringLiteral("remove"),
                     value(objects));
        fail(QCoreApplication::translate("CodeExport", "the field operation %1").arg(op));
        return {};
    }

    void fail(const QString &what)
    {
        if (error.isEmpty())
            error = what;
    }
};

CodeExport::Output parseJsSdk(const BatchDocument &document, const ParseClient &client, bool includeKeys)
{
    const ServerProfile &profile = client.profile();
    SdkWriter writer;
    QStringList objects;
    QStringList saves;
    QStringList destroys;
    QStringList reads;
    const QList<ParseRequest> requests = document.toRequests(profile.mountPath());
    for (int i = 0; i < requests.size(); ++i) {
        const ParseRequest &request = requests.at(i);
        const BatchOperation &op = document.operations.at(i);
        const QString var = QStringLiteral("op%1").arg(i + 1);
        const OperationBuilder::Target target = OperationBuilder::targetOf(request.path);
        const QJsonObject body = op.body.toObject();
        const auto unmapped = [&] {
            return CodeExport::Output{
                {},
                QCoreApplication::translate("CodeExport",
                                            "Operation #%1 (%2 %3) has no Parse JS SDK equivalent here; "
                                            "copy it as fetch instead.")
                    .arg(i + 1)
                    .arg(op.method.toUpper(), op.path)};
        };
        if (request.path.startsWith(QLatin1String("/functions/")) &&
            request.method == ParseRequest::Method::Post) {
            reads << QStringLiteral("console.log(%1, await Parse.Cloud.run(%2, %3, options));")
                         .arg(jsString(var), jsString(request.path.mid(int(qstrlen("/functions/")))),
                              writer.value(body));
            continue;
        }
        if (!target.isValid())
            return unmapped();
        const QString className = jsString(target.className);
        switch (request.method) {
        case ParseRequest::Method::Get:
            reads << (target.objectId.isEmpty()
                          ? QStringLiteral(
                                "console.log(%1, await Parse.Query.fromJSON(%2, %3).find(options));")
                                .arg(jsString(var), className, writer.value(body))
                          : QStringLiteral("console.log(%1, await new Parse.Query(%2).get(%3, options));")
                                .arg(jsString(var), className, jsString(target.objectId)));
            break;
        case ParseRequest::Method::Post:
        case ParseRequest::Method::Put: {
            const bool create = request.method == ParseRequest::Method::Post;
            if (create != target.objectId.isEmpty())
                return unmapped();
            objects << QStringLiteral("const %1 = new Parse.Object(%2);").arg(var, className);
            if (!create)
                objects << QStringLiteral("%1.id = %2;").arg(var, jsString(target.objectId));
            for (auto it = body.begin(); it != body.end(); ++it)
                objects << writer.fieldStatement(var, it.key(), it.value());
            saves << var;
            break;
        }
        case ParseRequest::Method::Delete:
            if (target.objectId.isEmpty())
                return unmapped();
            objects << QStringLiteral("const %1 = new Parse.Object(%2);").arg(var, className)
                    << QStringLiteral("%1.id = %2;").arg(var, jsString(target.objectId));
            destroys << var;
            break;
        }
        if (!writer.error.isEmpty())
            return {{},
                    QCoreApplication::translate(
                        "CodeExport",
                        "Operation #%1 uses %2, which has no Parse JS SDK equivalent here; copy it as fetch "
                        "instead.")
                        .arg(i + 1)
                        .arg(writer.error)};
    }
    if (document.transaction && (!reads.isEmpty() || (!saves.isEmpty() && !destroys.isEmpty())))
        return {{},
                QCoreApplication::translate(
                    "CodeExport",
                    "The SDK makes a transaction of saves or of deletes, not of a mix with other "
                    "operations; copy the batch as fetch instead.")};

    const bool master = profile.useMasterKey && profile.hasMasterKey();
    QString init =
        QStringLiteral("Parse.initialize(%1, \"<JAVASCRIPT_KEY>\"").arg(jsString(profile.applicationId));
    if (master)
        init +=
            QStringLiteral(", ") + jsString(includeKeys ? profile.masterKey : QStringLiteral("<MASTER_KEY>"));
    QStringList optionList;
    if (master)
        optionList << QStringLiteral("useMasterKey: true");
    if (document.transaction)
        optionList << QStringLiteral("transaction: true");

    QStringList lines{
        QStringLiteral("// Parse JS SDK (npm install parse). It sends its own batches: saves, then deletes, "
                       "then reads."),
        QStringLiteral("const Parse = require(\"parse/node\");"),
        QStringLiteral("// <JAVASCRIPT_KEY>: the server's javascriptKey, if it has one."),
        init + QStringLiteral(");"),
        QStringLiteral("Parse.serverURL = %1;").arg(jsString(profile.serverUrl.toString())),
        QStringLiteral("const options = {%1};")
            .arg(optionList.isEmpty()
                     ? QString()
                     : QLatin1Char(' ') + optionList.join(QStringLiteral(", ")) + QLatin1Char(' '))};
    if (writer.usesPointer)
        lines << QStringLiteral(
            "const pointer = (className, objectId) => Parse.Object.fromJSON({ className, objectId "
            "});");
    lines << QString() << objects;
    if (!saves.isEmpty())
        lines << QStringLiteral("await Parse.Object.saveAll([%1], options);")
                     .arg(saves.join(QStringLiteral(", ")));
    if (!destroys.isEmpty())
        lines << QStringLiteral("await Parse.Object.destroyAll([%1], options);")
                     .arg(destroys.join(QStringLiteral(", ")));
    lines << reads;
    QStringList placeholders{QStringLiteral("<JAVASCRIPT_KEY>")};
    if (master && !includeKeys)
        placeholders << QStringLiteral("<MASTER_KEY>");
    return {lines.join(QLatin1Char('\n')) + QLatin1Char('\n'), {}, placeholders};
}

} // namespace

namespace CodeExport {

QList<Language> languages()
{
    return {Language::Curl, Language::RobloxLua, Language::JavaScriptFetch, Language::ParseJsSdk};
}

QString languageName(Language language)
{
    switch (language) {
    case Language::Curl:
        return QCoreApplication::translate("CodeExport", "curl");
    case Language::RobloxLua:
        return QCoreApplication::translate("CodeExport", "Lua (Roblox HttpService)");
    case Language::JavaScriptFetch:
        return QCoreApplication::translate("CodeExport", "JavaScript (fetch)");
    case Language::ParseJsSdk:
        return QCoreApplication::translate("CodeExport", "JavaScript (Parse SDK)");
    }
    return {};
}

Output render(Language language, const BatchDocument &document, const ParseClient &client, bool includeKeys)
{
    if (const QStringList problems = document.validate(client.profile().mountPath()); !problems.isEmpty())
        return {{},
                QCoreApplication::translate("CodeExport", "Fix the operations first: %1")
                    .arg(problems.constFirst())};
    if (language == Language::ParseJsSdk)
        return parseJsSdk(document, client, includeKeys);
    const Http http = httpOf(document, client, includeKeys);
    switch (language) {
    case Language::Curl:
        return {curl(http), {}, http.placeholders};
    case Language::RobloxLua:
        return {robloxLua(http), {}, http.placeholders};
    case Language::JavaScriptFetch:
        return {javaScriptFetch(http), {}, http.placeholders};
    case Language::ParseJsSdk:
        break;
    }
    return {};
}

} // namespace CodeExport
