#include "ObjectImporter.h"

#include "Csv.h"
#include "JsonText.h"
#include "OperationBuilder.h"
#include "ParseNames.h"
#include "ParseValue.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace {
const QString kObjectId = QStringLiteral("objectId");

// Fields the server sets itself: sending them fails the create.
bool isServerField(const QString &field)
{
    return field == QLatin1String("createdAt") || field == QLatin1String("updatedAt");
}
} // namespace

ObjectImporter::Format ObjectImporter::formatOf(const QString &fileName, const QByteArray &content)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    const QByteArray start = content.left(64).trimmed();
    return start.startsWith('[') || start.startsWith('{') ? Format::Json : Format::Csv;
}

ImportPlan ObjectImporter::plan(const QByteArray &content, Format format, const QString &className,
                                const QJsonObject &targetSchema, bool keepObjectIds)
{
    ImportPlan plan;
    if (const QString problem = ParseNames::classNameProblem(className); !problem.isEmpty()) {
        plan.error = problem;
        return plan;
    }
    if (format == Format::Json)
        planJson(content, className, keepObjectIds, &plan);
    else
        planCsv(content, className, targetSchema, keepObjectIds, &plan);
    if (plan.ok() && plan.document.operations.isEmpty() && plan.problems.isEmpty())
        plan.error = tr("The file holds no objects.");
    return plan;
}

void ObjectImporter::planJson(const QByteArray &content, const QString &className, bool keepObjectIds,
                              ImportPlan *plan)
{
    const JsonText::Parsed parsed = JsonText::parse(content);
    if (!parsed.ok()) {
        plan->error = tr("Not valid JSON: %1").arg(parsed.error);
        return;
    }
    const QJsonArray items = parsed.document.isArray()
                                 ? parsed.document.array()
                                 : parsed.document.object().value(QLatin1String("results")).toArray();
    if (!parsed.document.isArray() && !parsed.document.object().value(QLatin1String("results")).isArray()) {
        plan->error = tr("Expected an array of objects, or {\"results\": [...]} as a query answers.");
        return;
    }
    QSet<QString> relations;
    bool droppedIds = false;
    bool droppedDates = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString source = tr("item %1").arg(i + 1);
        if (!items.at(i).isObject()) {
            plan->problems << tr("%1: not an object").arg(source);
            continue;
        }
        QJsonObject fields = items.at(i).toObject();
        // A JS SDK object's toJSON() names its class; the import names the class.
        if (fields.value(QLatin1String("__type")) == QLatin1String("Object")) {
            fields.remove(QStringLiteral("__type"));
            fields.remove(QStringLiteral("className"));
        }
        for (const QString &key : fields.keys()) {
            if (isServerField(key)) {
                fields.remove(key);
                droppedDates = true;
            } else if (key == kObjectId && !keepObjectIds) {
                fields.remove(key);
                droppedIds = true;
            } else if (ParseValue::fromJson(fields.value(key)).type() == ParseValue::Type::Relation) {
                fields.remove(key);
                relations.insert(key);
            }
        }
        plan->document.operations << OperationBuilder::create(className, fields);
        plan->sources << source;
    }
    if (droppedIds)
        plan->notes << tr("objectIds are not sent: the server gives every object a new one.");
    if (droppedDates)
        plan->notes << tr("createdAt and updatedAt are set by the server and not sent.");
    if (!relations.isEmpty()) {
        QStringList names = relations.values();
        names.sort();
        plan->notes
            << tr("Relations hold no values and are not imported: %1.").arg(names.join(QLatin1String(", ")));
    }
}

void ObjectImporter::planCsv(const QByteArray &content, const QString &className,
                             const QJsonObject &targetSchema, bool keepObjectIds, ImportPlan *plan)
{
    const Csv::Parsed parsed = Csv::parse(content);
    if (!parsed.ok()) {
        plan->error = tr("Not valid CSV: %1").arg(parsed.error);
        return;
    }
    if (parsed.records.isEmpty()) {
        plan->error = tr("The file holds no objects.");
        return;
    }
    const QJsonObject schemaFields = targetSchema.value(QLatin1String("fields")).toObject();
    QStringList names;
    QStringList types;
    for (const std::optional<QString> &cell : parsed.records.first().cells) {
        const QString header = cell.value_or(QString()).trimmed();
        const QString name = header.section(QLatin1Char(':'), 0, 0).trimmed();
        QString type = header.section(QLatin1Char(':'), 1).trimmed();
        if (name.isEmpty()) {
            plan->error = tr("Line 1: column %1 has no field name.").arg(names.size() + 1);
            return;
        }
        if (const QString problem = ParseNames::fieldNameProblem(name); !problem.isEmpty()) {
            plan->error = tr("Line 1, column %1: %2").arg(names.size() + 1).arg(problem);
            return;
        }
        if (names.contains(name)) {
            plan->error = tr("Line 1: the field %1 has two columns.").arg(name);
            return;
        }
        if (type.isEmpty())
            type = schemaFields.value(name)[QLatin1String("type")].toString();
        names << name;
        types << type;
    }
    QStringList skipped;
    for (qsizetype c = 0; c < names.size(); ++c) {
        if (isServerField(names.at(c)) || (names.at(c) == kObjectId && !keepObjectIds) ||
            types.at(c) == QLatin1String("Relation"))
            skipped << names.at(c);
    }
    for (qsizetype r = 1; r < parsed.records.size(); ++r) {
        const Csv::Record &record = parsed.records.at(r);
        const QString source = tr("line %1").arg(record.line);
        if (record.cells.size() > names.size()) {
            plan->problems
                << tr("%1: %2 cells but %3 columns").arg(source).arg(record.cells.size()).arg(names.size());
            continue;
        }
        QJsonObject fields;
        QString problem;
        for (qsizetype c = 0; c < record.cells.size() && problem.isEmpty(); ++c) {
            if (!record.cells.at(c) || skipped.contains(names.at(c)))
                continue;
            QString error;
            if (const auto value = Csv::cellValue(*record.cells.at(c), types.at(c), &error))
                fields.insert(names.at(c), *value);
            else
                problem = tr("%1, %2: %3").arg(source, names.at(c), error);
        }
        if (!problem.isEmpty()) {
            plan->problems << problem;
            continue;
        }
        plan->document.operations << OperationBuilder::create(className, fields);
        plan->sources << source;
    }
    if (!skipped.isEmpty())
        plan->notes << tr("Columns not sent (set by the server, or relations): %1.")
                           .arg(skipped.join(QLatin1String(", ")));
}
