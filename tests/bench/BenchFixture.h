#pragma once

#include "core/net/ParseResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class ParseReply;

// What the decode and view benches measure against: a find reply of generated objects shaped like a real
// class (every Parse type, 64-bit integers beyond 2^53, unicode and escapes), about 350 bytes an object,
// as Parse Server writes it (minified). The browse bench's 1M-row class has the same fields.
namespace BenchFixture {
// Seeded, so every run decodes the same bytes. firstIndex numbers the objects (objectIds stay unique
// across pages).
QByteArray findReply(int objects, int firstIndex = 0);
// The class's /schemas fields.
QJsonObject schemaFields();
// Read into a buffer with simdjson's padding spare, as ParseClient reads a reply.
QByteArray padded(const QByteArray &body);
// Heap bytes in use now (mallinfo2: arena plus mmapped blocks).
qint64 heapInUse();
// Runs the event loop until the reply's result comes.
ParseResult wait(ParseReply *reply);
// Median of the values (sorted copy).
double median(QList<double> values);
// One JSON line of the output contract on stdout. baseline < 0: none.
void report(const QString &goal, const QString &metric, const QString &unit, double baseline,
            const QString &baselineName, double ours, const QString &target, bool met);
} // namespace BenchFixture
