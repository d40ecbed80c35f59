// "Copy as" code for a batch document: each language's output against a reviewed file, and keys kept out
// unless asked for. Set PARSEDESK_UPDATE_EXPECTED=1 to rewrite the expected files after a deliberate change.
#include "OfflineProfile.h"
#include "core/batch/CodeExport.h"
#include "core/net/ParseClient.h"

#include <QFile>
#include <QTest>

namespace {
const QString kData = QStringLiteral(PARSEDESK_FIXTURES "/");

ServerProfile profile()
{
    ServerProfile p = offlineProfile();
    p.applicationId = QStringLiteral("app-id");
    p.restApiKey = QStringLiteral("rest-secret-1");
    p.clientKey = QStringLiteral("client-secret-2");
    p.masterKey = QStringLiteral("master-secret-3");
    p.useMasterKey = true;
    return p;
}

BatchDocument load(const QString &name)
{
    QFile file(kData + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QString error;
    const std::optional<BatchDocument> doc = BatchDocument::fromJson(file.readAll(), &error);
    if (!doc)
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return *doc;
}

BatchDocument single(const QString &method, const QString &path,
                     const QJsonValue &body = QJsonValue::Undefined)
{
    BatchDocument doc;
    doc.operations.append(BatchOperation{method, path, body, {}});
    return doc;
}
} // namespace

Q_DECLARE_METATYPE(CodeExport::Language)

class TestCodeExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_matchesExpected_data()
    {
        QTest::addColumn<CodeExport::Language>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("curl") << CodeExport::Language::Curl << QStringLiteral("codeexport-expected.sh");
        QTest::newRow("roblox lua") << CodeExport::Language::RobloxLua
                                    << QStringLiteral("codeexport-expected.lua");
        QTest::newRow("fetch") << CodeExport::Language::JavaScriptFetch
                               << QStringLiteral("codeexport-expected-fetch.js");
        QTest::newRow("parse sdk") << CodeExport::Language::ParseJsSdk
                                   << QStringLiteral("codeexport-expected-sdk.js");
    }
    void render_matchesExpected()
    {
        QFETCH(CodeExport::Language, language);
        QFETCH(QString, expected);
        ParseClient client(profile(), nullptr);
        const CodeExport::Output out =
            CodeExport::render(language, load(QStringLiteral("codeexport-batch.json")), client);
        QVERIFY2(out.ok(), qPrintable(out.error));
        QFile file(kData + expected);
        if (qEnvironmentVariableIsSet("PARSEDESK_UPDATE_EXPECTED")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(out.code.toUtf8());
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(out.code, QString::fromUtf8(file.readAll()));
    }

    void keys_arePlaceholdersUnlessAskedFor_data()
    {
        QTest::addColumn<CodeExport::Language>("language");
        for (const CodeExport::Language language : CodeExport::languages())
            QTest::newRow(qPrintable(CodeExport::languageName(language))) << language;
    }
    void keys_arePlaceholdersUnlessAskedFor()
    {
        QFETCH(CodeExport::Language, language);
        const ServerProfile p = profile();
        ParseClient client(p, nullptr);
        const BatchDocument doc = load(QStringLiteral("codeexport-batch.json"));

        const QString redacted = CodeExport::render(language, doc, client).code;
        QVERIFY(!redacted.isEmpty());
        for (const QString &key : {p.masterKey, p.restApiKey, p.clientKey})
            QVERIFY2(!redacted.contains(key), qPrintable(redacted));
        QVERIFY2(redacted.contains(QLatin1String("<MASTER_KEY>")), qPrintable(redacted));
        QVERIFY(redacted.contains(p.applicationId));

        const QString withKeys = CodeExport::render(language, doc, client, true).code;
        QVERIFY2(withKeys.contains(p.masterKey), qPrintable(withKeys));
        QVERIFY(!withKeys.contains(QLatin1String("<MASTER_KEY>")));
    }

    void withoutMasterKeyUse_noMasterKeyHeader()
    {
        ServerProfile p = profile();
        p.useMasterKey = false;
        ParseClient client(p, nullptr);
        const QString code = CodeExport::render(CodeExport::Language::Curl,
                                                load(QStringLiteral("codeexport-batch.json")), client)
                                 .code;
        QVERIFY(!code.contains(QLatin1String("Master")));
        QVERIFY(code.contains(QLatin1String("'X-Parse-REST-API-Key: <REST_API_KEY>'")));
    }

    void transaction_travelsInTheBody()
    {
        BatchDocument doc = single(QStringLiteral("DELETE"), QStringLiteral("/classes/Room/x"));
        doc.transaction = true;
        ParseClient client(profile(), nullptr);
        QVERIFY(CodeExport::render(CodeExport::Language::Curl, doc, client)
                    .code.contains(QLatin1String("\"transaction\": true")));
        QVERIFY(CodeExport::render(CodeExport::Language::RobloxLua, doc, client)
                    .code.contains(QLatin1String("transaction = true")));
        QVERIFY(CodeExport::render(CodeExport::Language::ParseJsSdk, doc, client)
                    .code.contains(QLatin1String("transaction: true")));
    }

    void curl_quotesForTheShell()
    {
        ParseClient client(profile(), nullptr);
        const QString code =
            CodeExport::render(CodeExport::Language::Curl,
                               single(QStringLiteral("POST"), QStringLiteral("/classes/Note"),
                                      QJsonObject{{QStringLiteral("text"), QStringLiteral("it's")}}),
                               client)
                .code;
        // Inside a quoted here-document nothing is expanded or unquoted: the JSON stays as it is.
        QVERIFY2(code.contains(QLatin1String("\"text\": \"it's\"")), qPrintable(code));
        QVERIFY(code.startsWith(QLatin1String("curl -X POST 'http://127.0.0.1:1337/parse/batch' \\\n")));
    }

    void lua_escapesStringsAndKeys()
    {
        ParseClient client(profile(), nullptr);
        const QJsonObject body{{QStringLiteral("two words"), QStringLiteral("line\nbreak \\ \"q\"")},
                               {QStringLiteral("nothing"), QJsonValue::Null}};
        const QString code =
            CodeExport::render(CodeExport::Language::RobloxLua,
                               single(QStringLiteral("POST"), QStringLiteral("/classes/Note"), body), client)
                .code;
        QVERIFY2(code.contains(QLatin1String("[\"two words\"] = \"line\\nbreak \\\\ \\\"q\\\"\",")),
                 qPrintable(code));
        QVERIFY(code.contains(QLatin1String("nothing = nil,")));
        QVERIFY(code.contains(QLatin1String("-- JSON null has no Lua table value")));
    }

    void sdk_mapsFunctionsButNotEverything()
    {
        ParseClient client(profile(), nullptr);
        const CodeExport::Output function =
            CodeExport::render(CodeExport::Language::ParseJsSdk,
                               single(QStringLiteral("POST"), QStringLiteral("/functions/echo"),
                                      QJsonObject{{QStringLiteral("a"), 1}}),
                               client);
        QVERIFY2(
            function.code.contains(QLatin1String("await Parse.Cloud.run(\"echo\", { \"a\": 1 }, options)")),
            qPrintable(function.code));

        const CodeExport::Output file = CodeExport::render(
            CodeExport::Language::ParseJsSdk,
            single(QStringLiteral("POST"), QStringLiteral("/classes/Doc"),
                   QJsonObject{{QStringLiteral("f"),
                                QJsonObject{{QStringLiteral("__type"), QStringLiteral("File")}}}}),
            client);
        QVERIFY(!file.ok());
        QVERIFY2(file.error.contains(QLatin1String("File")), qPrintable(file.error));

        const CodeExport::Output route = CodeExport::render(
            CodeExport::Language::ParseJsSdk,
            single(QStringLiteral("POST"), QStringLiteral("/logout"), QJsonObject{}), client);
        QVERIFY(!route.ok());
        QVERIFY2(route.error.contains(QLatin1String("#1 (POST /logout)")), qPrintable(route.error));
    }

    void invalidDocument_saysWhatToFix()
    {
        ParseClient client(profile(), nullptr);
        const CodeExport::Output out = CodeExport::render(
            CodeExport::Language::Curl, single(QStringLiteral("FETCH"), QStringLiteral("/x")), client);
        QVERIFY(!out.ok());
        QVERIFY2(out.error.contains(QLatin1String("#1 method")), qPrintable(out.error));
    }
};

QTEST_GUILESS_MAIN(TestCodeExport)
#include "TestCodeExport.moc"
