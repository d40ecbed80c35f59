// Undo journal files (read back from disk, where anything can happen to them): reading never crashes, a
// refusal says why, an entry read saves and reads back identical, and its undo plan builds.
#include "core/journal/UndoEntry.h"
#include "core/journal/UndoPlan.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<UndoEntry> entry =
        UndoEntry::fromLines(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!entry) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const std::optional<UndoEntry> again = UndoEntry::fromJson(entry->toJson(), &error);
    if (!again || again->toJson() != entry->toJson())
        std::abort();
    entry->summary();
    UndoPlan::build(*entry, {}, true);
    UndoPlan::build(*entry, entry->toJson().value(QLatin1String("snapshots")).toObject(), false);
    return 0;
}
