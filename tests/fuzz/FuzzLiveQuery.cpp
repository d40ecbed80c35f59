// LiveQuery messages and /schemas entries as a live listing receives them. The first line is the
// listing's query ({"order": "-visits", "limit": 5, ...}), every further line one message from the
// LiveQuery server. After each event the list holds no row twice, no more rows than the limit and its rows
// in the query's order, and the diff the view is animated with turns the old list into exactly the new
// one. Every message read as a class schema fills the schema table.
#include "core/data/QueryOptions.h"
#include "core/models/LiveListDiff.h"
#include "core/models/LiveListModel.h"
#include "core/models/SchemaModel.h"

#include <QJsonDocument>
#include <QSet>
#include <cstdlib>

namespace {
void check(const QList<QJsonObject> &rows, const QueryOptions &options)
{
    if (options.limit && rows.size() > qMax(0, *options.limit))
        std::abort();
    QSet<QString> keys;
    for (const QJsonObject &row : rows)
        keys.insert(LiveListDiff::keyOf(row));
    if (keys.size() != rows.size())
        std::abort();
    QList<QJsonObject> sorted = rows;
    LiveListModel::sortRows(sorted, options.order);
    if (sorted != rows)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines =
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\n');
    const QueryOptions options = QueryOptions::fromJson(QJsonDocument::fromJson(lines.first()).object())
                                     .value_or(LiveListModel::roomsPresetQuery());
    SchemaModel schema;
    QList<QJsonObject> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QJsonObject message = QJsonDocument::fromJson(lines.at(i)).object();
        schema.setSchema(message);
        const QList<QJsonObject> next =
            LiveListModel::withEvent(rows, message.value(QLatin1String("op")).toString(),
                                     message.value(QLatin1String("object")).toObject(), options);
        check(next, options);
        for (const LiveListDiff::Step &step : LiveListDiff::compute(rows, next))
            LiveListDiff::applyStep(rows, step);
        if (rows != next)
            std::abort();
    }
    LiveListModel::defaultColumns(options.keys, QJsonDocument::fromJson(lines.last()).object(), rows);
    return 0;
}
