#include "core/batch/ObjectImporter.h"

#include "core/batch/OperationBuilder.h"
#include "core/data/Csv.h"
#include "core/data/JsonText.h"
#include "core/data/ParseNames.h"
#include "core/data/ParseValue.h"

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

QByteArray withoutByteOrderMark(const QByteArray &content)
{
    return content.startsWith("\xef\xbb\xbf") ? content.mid(3) : content;
}

// The type of a column that neither header nor schema types, from all its cells: a Number only when every
// cell is a plain number (01234, +4917612345 or 1,000 keep their text as Strings), a Boolean when every
// cell is true or false, JSON when every cell is an object or array, else a String.
QString inferredType(const QList<Csv::Record> &records, qsizetype column, qsizetype columns)
{
    bool numbers = true;
    bool booleans = true;
    bool json = true;
    for (qsizetype r = 1; r < records.size() && (numbers || booleans || json); ++r) {
        const QList<std::optional<QString>> &cells = records.at(r).cells;
        if (cells.size() > columns || column >= cells.size() || !cells.at(column))
            continue;
        const QString &text = *cells.at(column);
        numbers = numbers && Csv::isPlainNumber(text);
        booleans = booleans && (text == QLatin1String("true") || text == QLatin1String("false"));
        QString ignored;
        json = json && (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) &&
               Csv::cellValue(text, {}, &ignored);
    }
    if (numbers)
        return QStringLiteral("Number");
    if (booleans)
        return QStringLiteral("Boolean");
    return json ? QString() : QStringLiteral("String");
}

// A field of a JSON item as Parse would store it, or why it would not be stored as written.
std::optional<QJsonValue> storable(const QJsonValue &value, const std::optional<QTimeZone> &timeZone,
                                   QString *error)
{
    *error = Csv::numberProblem(value);
    if (!error->isEmpty())
        return std::nullopt;
    // A Date whose iso has no zone: read in timeZone, else refused (ParseValue reads only zoned dates).
    if (value[QLatin1String("__type")] == QLatin1String("Date") &&
        ParseValue::fromJson(value).type() != ParseValue::Type::Date)
        return Csv::date(value[QLatin1String("iso")].toString(), timeZone, error);
    return value;
}
} // namespace

ObjectImporter::Format ObjectImporter::formatOf(const QString &fileName, const QByteArray &content)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    const QByteArray start = withoutByteOrderMark(content.left(64).trimmed()).trimmed();
    return start.startsWith('[') || start.startsWith('{') ? Format::Json : Format::Csv;
}

ImportPlan ObjectImporter::plan(const QByteArray &content, Format format, const QString &className,
                                const QJsonObject &targetSchema, bool keepObjectIds,
                                const std::optional<QTimeZone> &timeZone)
{
    ImportPlan plan;
    if (const QString problem = ParseNames::classNameProblem(className); !problem.isEmpty()) {
        plan.error = problem;
        return plan;
    }
    if (format == Format::Json)
        planJson(withoutByteOrderMark(content), className, keepObjectIds, timeZone, &plan);
    else
        planCsv(content, className, targetSchema, keepObjectIds, timeZone, &plan);
    if (plan.ok() && plan.document.operations.isEmpty() && plan.problems.isEmpty())
        plan.error = tr("The file holds no objects.");
    return plan;
}

void ObjectImporter::planJson(const QByteArray &content, const QString &className, bool keepObjectIds,
                              const std::optional<QTimeZone> &timeZone, ImportPlan *plan)
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
        QString problem;
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
            } else if (problem.isEmpty()) {
                QString error;
                if (const auto value = storable(fields.value(key), timeZone, &error))
                    fields.insert(key, *value);
                else
                    problem = tr("%1, %2: %3").arg(source, key, error);
            }
        }
        if (!problem.isEmpty()) {
            plan->problems << problem;
            continue;
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
                             const QJsonObject &targetSchema, bool keepObjectIds,
                             const std::optional<QTimeZone> &timeZone, ImportPlan *plan)
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
    QList<bool> neutralized; // "field:String", as ObjectExporter writes String columns unless raw
    for (const std::optional<QString> &cell : parsed.records.first().cells) {
        const QString header = cell.value_or(QString()).trimmed();
        const QString name = header.section(QLatin1Char(':'), 0, 0).trimmed();
        QString type = header.section(QLatin1Char(':'), 1).trimmed();
        neutralized << (type == QLatin1String("String"));
        if (type == QLatin1String("String:raw"))
            type = QStringLiteral("String");
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
        if (type.isEmpty())
            type = inferredType(parsed.records, names.size(), parsed.records.first().cells.size());
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
            const QString &cell = *record.cells.at(c);
            QString error;
            if (const auto value = Csv::cellValue(neutralized.at(c) ? Csv::unneutralized(cell) : cell,
                                                  types.at(c), &error, timeZone))
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
