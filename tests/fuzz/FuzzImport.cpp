// Import files, JSON or CSV, with or without a target schema: planned without crashing, every planned
// operation a valid create of the target class with its source named, and nothing planned when the file
// as a whole is refused. The first byte picks the format, the schema, whether objectIds are kept and
// whether dates without a zone are read in one.
#include "core/batch/ObjectImporter.h"
#include "core/data/Csv.h"

#include <QJsonArray>
#include <cstdlib>

namespace {
QJsonObject schemaOfEveryType()
{
    QJsonObject fields;
    const QStringList types{
        QStringLiteral("String"),   QStringLiteral("Number"),  QStringLiteral("Boolean"),
        QStringLiteral("Date"),     QStringLiteral("Object"),  QStringLiteral("Array"),
        QStringLiteral("GeoPoint"), QStringLiteral("Polygon"), QStringLiteral("File"),
        QStringLiteral("Bytes"),    QStringLiteral("Pointer"), QStringLiteral("Relation")};
    for (const QString &type : types)
        fields.insert(type.toLower(), QJsonObject{{QStringLiteral("type"), type},
                                                  {QStringLiteral("targetClass"), QStringLiteral("Room")}});
    return QJsonObject{{QStringLiteral("className"), QStringLiteral("Imported")},
                       {QStringLiteral("fields"), fields}};
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    const QByteArray content(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    static const QJsonObject schema = schemaOfEveryType();
    const bool keepObjectIds = flags & 4;
    const ObjectImporter::Format format =
        flags & 1 ? ObjectImporter::Format::Csv : ObjectImporter::Format::Json;
    ObjectImporter::formatOf(QStringLiteral("import"), content);
    Csv::parse(content);

    static const QTimeZone berlin("Europe/Berlin");
    const ImportPlan plan =
        ObjectImporter::plan(content, format, QStringLiteral("Imported"), flags & 2 ? schema : QJsonObject(),
                             keepObjectIds, flags & 8 ? std::optional<QTimeZone>(berlin) : std::nullopt);
    if (!plan.ok() && !plan.document.operations.isEmpty())
        std::abort(); // a refused file plans nothing
    if (plan.document.operations.size() != plan.sources.size())
        std::abort(); // every operation says where its data came from
    if (!plan.document.validate().isEmpty())
        std::abort();
    for (const BatchOperation &op : plan.document.operations) {
        if (op.method != QLatin1String("POST") || op.path != QLatin1String("/classes/Imported") ||
            !op.body.isObject())
            std::abort();
        if (!keepObjectIds && op.body.toObject().contains(QLatin1String("objectId")))
            std::abort();
        for (const QJsonValue &value : op.body.toObject()) {
            if (!Csv::numberProblem(value).isEmpty())
                std::abort(); // NaN, Infinity or an integer the server would round is never sent
        }
    }
    return 0;
}
