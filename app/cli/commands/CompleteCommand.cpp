#include "cli/commands/CompleteCommand.h"

#include "cli/CliApp.h"
#include "core/net/ParseClient.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"

#include <QJsonArray>

namespace {
QByteArray lines(QStringList words)
{
    words.sort();
    return words.isEmpty() ? QByteArray() : words.join(QLatin1Char('\n')).toUtf8() + '\n';
}
} // namespace

bool CompleteCommand::needsConnection() const
{
    return m_app.positional().value(1) == QLatin1String("classes");
}

void CompleteCommand::run()
{
    const QString what = m_app.positional().value(1);
    if (m_app.positional().size() != 2 ||
        (what != QLatin1String("profiles") && what != QLatin1String("classes"))) {
        m_app.fail(CliApp::UsageError, QStringLiteral("complete takes one word: profiles or classes"));
        return;
    }
    if (what == QLatin1String("profiles")) {
        // Names only: no key is read from the keychain.
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        const ProfileStore store(&secrets);
        QStringList names;
        for (const ServerProfile &profile : store.profiles())
            names.append(profile.name);
        m_app.succeed(lines(names));
        return;
    }
    connect(m_app.client()->send(ParseRequest::schemas()), &ParseReply::finished, this,
            [this](const ParseResult &r) {
                if (!r.ok()) {
                    m_app.failWith(r);
                    return;
                }
                QStringList names;
                for (const QJsonValue &c : r.object().value(QLatin1String("results")).toArray())
                    names.append(c.toObject().value(QLatin1String("className")).toString());
                m_app.succeed(lines(names));
            });
}
