#include "cli/commands/SchemaPart.h"

#include "core/data/JsonText.h"

QByteArray SchemaPart::render(const QString &keyColumn, const QJsonObject &part, CliOutput::Format format)
{
    if (format == CliOutput::Format::Json)
        return JsonText::compact(part).toUtf8() + '\n';
    QList<QStringList> rows;
    for (auto it = part.begin(); it != part.end(); ++it)
        rows.append({it.key(), JsonText::compact(it.value())});
    return CliOutput::renderRows({keyColumn, QStringLiteral("value")}, rows, format);
}
