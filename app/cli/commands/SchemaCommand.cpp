#include "cli/commands/SchemaCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <memory>

void SchemaCommand::run()
{
    if (m_app.positional().size() > 2) {
        m_app.fail(CliApp::UsageError, QStringLiteral("schema takes at most one class name"));
        return;
    }
    const QString className = m_app.positional().value(1);
    const ParseRequest request =
        className.isEmpty() ? ParseRequest::schemas() : ParseRequest::schema(className);
    connect(
        m_app.client()->send(request), &ParseReply::finished, this, [this, className](const ParseResult &r) {
            if (!r.ok()) {
                m_app.failWith(r);
                return;
            }
            if (m_app.format() == CliOutput::Format::Json) {
                m_app.succeed(r.rawBody.trimmed() + '\n');
                return;
            }
            if (!className.isEmpty()) {
                QList<QStringList> rows;
                const QJsonObject fields = r.object().value(QLatin1String("fields")).toObject();
                for (auto it = fields.begin(); it != fields.end(); ++it) {
                    const QJsonObject f = it.value().toObject();
                    rows.append(
                        {it.key(), f.value(QLatin1String("type")).toString(),
                         f.value(QLatin1String("targetClass")).toString(),
                         f.value(QLatin1String("required")).toBool() ? QStringLiteral("yes") : QString()});
                }
                m_app.succeed(
                    CliOutput::renderRows({QStringLiteral("field"), QStringLiteral("type"),
                                           QStringLiteral("targetClass"), QStringLiteral("required")},
                                          rows, m_app.format()));
                return;
            }
            // name, fields, count: one exact count per class, all in flight at once.
            const QJsonArray classes = r.object().value(QLatin1String("results")).toArray();
            auto rows = std::make_shared<QList<QStringList>>();
            auto pending = std::make_shared<int>(int(classes.size()));
            if (classes.isEmpty())
                m_app.succeed(CliOutput::renderRows(
                    {QStringLiteral("class"), QStringLiteral("fields"), QStringLiteral("count")}, {},
                    m_app.format()));
            for (const QJsonValue &c : classes) {
                const QString name = c.toObject().value(QLatin1String("className")).toString();
                const int fieldCount = int(c.toObject().value(QLatin1String("fields")).toObject().size());
                const int row = int(rows->size());
                rows->append({name, QString::number(fieldCount), QString()});
                ParseRequest count = ParseRequest::count(name);
                count.masterKey = ParseRequest::MasterKey::Required;
                connect(
                    m_app.client()->send(count), &ParseReply::finished, this,
                    [this, rows, pending, row](const ParseResult &cr) {
                        (*rows)[row][2] =
                            cr.ok() ? QString::number(cr.object().value(QLatin1String("count")).toInteger())
                                    : QStringLiteral("? (%1)").arg(cr.error.describe());
                        if (--*pending == 0)
                            m_app.succeed(CliOutput::renderRows(
                                {QStringLiteral("class"), QStringLiteral("fields"), QStringLiteral("count")},
                                *rows, m_app.format()));
                    });
            }
        });
}
