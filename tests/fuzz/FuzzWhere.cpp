// Where JSON typed by a person or loaded from a file: parsing never crashes, and whatever parses
// round-trips through the query tree unchanged.
#include "core/data/JsonText.h"
#include "core/query/QueryNode.h"
#include "core/query/QueryValidator.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JsonText::Parsed parsed =
        JsonText::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!parsed.ok() || !parsed.document.isObject())
        return 0;
    const QJsonObject where = parsed.document.object();
    const QueryNode tree = QueryNode::fromWhere(where);
    QueryValidator::validate(tree);
    if (tree.toWhere() != where)
        std::abort(); // the builder lost or changed something it was given
    return 0;
}
