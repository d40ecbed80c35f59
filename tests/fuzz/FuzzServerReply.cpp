// Server replies of any shape and status: mapped to one ParseError without crashing, and every value in
// them decodes to a ParseValue that encodes back to the same JSON. Read as a find reply by ObjectRows
// (simdjson), a body either gives an error with its offset or rows equal to what QJsonDocument reads.
#include "core/data/ObjectRows.h"
#include "core/data/ParseValue.h"
#include "core/net/ParseError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstdlib>

namespace {
void walk(const QJsonValue &v, int depth)
{
    if (ParseValue::fromJson(v).toJson() != v)
        std::abort();
    ParseValue::fromJson(v).displayText();
    if (depth > 32)
        return;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            walk(item, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            walk(it.value(), depth + 1);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the status, the rest is the body.
    static const int statuses[] = {200, 201, 400, 403, 404, 429, 500, 502};
    const int status = statuses[data[0] % 8];
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QJsonValue decoded(QJsonValue::Undefined);
    const ParseError e =
        ParseError::fromHttpReply(status, body, QByteArrayLiteral("application/json"), &decoded);
    e.describe();
    if (status < 300 && e.isError() != decoded.isUndefined())
        std::abort(); // a 2xx is an error exactly when it did not decode
    walk(decoded, 0);

    const ObjectRows::Decoded rows = ObjectRows::fromFindReply(body);
    if (rows.rows.has_value() == !rows.error.isEmpty())
        std::abort(); // rows or an error, never both or neither
    if (rows.rows) {
        const QJsonArray results = decoded.toObject().value(QLatin1String("results")).toArray();
        if (results.size() != rows.rows->size())
            std::abort();
        ObjectRows saved = *rows.rows;
        for (qsizetype i = 0; i < results.size(); ++i) {
            QJsonObject object = results.at(i).toObject();
            if (rows.rows->object(i) != object ||
                rows.rows->objectId(i) != object.value(QLatin1String("objectId")).toString())
                std::abort();
            // A save's fields set in the row's text read back as the object with them set, same id.
            const QJsonObject changes{{QStringLiteral("f"), QStringLiteral("saved")},
                                      {QStringLiteral("updatedAt"), i}};
            saved.update(i, changes);
            for (auto it = changes.begin(); it != changes.end(); ++it)
                object.insert(it.key(), it.value());
            if (saved.object(i) != object || saved.objectId(i) != rows.rows->objectId(i))
                std::abort();
        }
    }
    return 0;
}
