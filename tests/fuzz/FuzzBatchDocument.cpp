// Batch files: loading never crashes, and a loaded document saves and loads back identical.
#include "core/batch/BatchDocument.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<BatchDocument> doc =
        BatchDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!doc) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    doc->validate();
    doc->toRequests(QStringLiteral("/parse"));
    const std::optional<BatchDocument> again = BatchDocument::fromJson(doc->toJson(), &error);
    if (!again || !(*again == *doc))
        std::abort();
    return 0;
}
