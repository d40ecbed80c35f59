#pragma once

#include "core/batch/BatchDocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>
#include <optional>

// What an import file becomes: one create operation per object, for the batch composer to send and
// report on, plus the rows left out and why. The server still checks every value against the class.
struct ImportPlan
{
    BatchDocument document;
    QStringList sources;  // per operation: where its data came from ("line 7", "item 3")
    QStringList problems; // rows left out: "line 9, visits: "abc" is not a number"
    QStringList notes;    // what was dropped from every row: relations, createdAt/updatedAt, ...
    QString error;        // the file as a whole can't be read (not JSON / CSV); nothing is planned
    bool ok() const { return error.isEmpty(); }
};

// Reads JSON (an array of objects, or a find reply's {"results": [...]}, as ObjectExporter and Parse
// Dashboard write them) or CSV (a header of "field" or "field:Type" names, as ObjectExporter writes it;
// without a type the target class's schema types the column, else all the column's cells do). A UTF-8
// byte order mark is skipped. No value is changed on the way: a row whose value Parse would not store as
// written (NaN, an integer it would round, a date without a time zone) is left out with the reason.
// "field:String" cells are read as ObjectExporter neutralized them against spreadsheet formulas (one
// leading ' taken off, see Csv::neutralized); "field:String:raw" (an export with --csv-raw) as they are.
class ObjectImporter
{
    Q_DECLARE_TR_FUNCTIONS(ObjectImporter)

public:
    enum class Format
    {
        Json,
        Csv
    };
    // By the file name's extension; otherwise JSON when the text starts like JSON.
    static Format formatOf(const QString &fileName, const QByteArray &content);
    // targetSchema: the class's /schemas entry, empty for a class the import creates. keepObjectIds sends
    // the file's objectIds (the server must allow custom object ids); otherwise the server assigns new ones.
    // timeZone: the zone of dates written without one; without it such dates are refused.
    static ImportPlan plan(const QByteArray &content, Format format, const QString &className,
                           const QJsonObject &targetSchema, bool keepObjectIds,
                           const std::optional<QTimeZone> &timeZone = std::nullopt);

private:
    static void planJson(const QByteArray &content, const QString &className, bool keepObjectIds,
                         const std::optional<QTimeZone> &timeZone, ImportPlan *plan);
    static void planCsv(const QByteArray &content, const QString &className, const QJsonObject &targetSchema,
                        bool keepObjectIds, const std::optional<QTimeZone> &timeZone, ImportPlan *plan);
};
