#include "cli/commands/HooksCommand.h"

#include "cli/CliApp.h"
#include "core/data/JsonText.h"
#include "core/net/AdminRequest.h"
#include "core/net/ParseClient.h"

#include <memory>

void HooksCommand::run()
{
    if (m_app.positional().size() != 1) {
        m_app.fail(CliApp::UsageError, QStringLiteral("hooks takes no arguments"));
        return;
    }
    // Both lists at once; the answer once both are in.
    auto result = std::make_shared<QJsonObject>();
    auto open = std::make_shared<int>(2);
    for (const auto &[key, request] : {std::pair{QStringLiteral("functions"), AdminRequest::functionHooks()},
                                       std::pair{QStringLiteral("triggers"), AdminRequest::triggerHooks()}}) {
        connect(m_app.client()->send(request), &ParseReply::finished, this,
                [this, result, open, key](const ParseResult &r) {
                    if (!r.ok()) {
                        m_app.failWith(r);
                        return;
                    }
                    result->insert(key, r.json.toArray());
                    if (--*open == 0)
                        m_app.succeed(JsonText::compact(*result).toUtf8() + '\n');
                });
    }
}
