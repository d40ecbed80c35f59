#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The line every benchmark prints on stdout, one JSON object per measurement (tests/bench/run.sh collects
// them): what was measured, the baseline measured beside it in the same run (or none), our figure, the
// goal and whether it was met. Logs go to stderr.
namespace BenchOutput {
struct Line
{
    QString goal;   // "batch", "connections", "startup", ...
    QString metric; // "10k creates vs JS SDK saveAll"
    QString unit;   // "ops/s", "ms", "connections"
    QJsonValue baseline = QJsonValue::Null;
    QString baselineName;
    double ours = 0;
    QString target;                    // ">= 2x", "<= 300 ms"
    QJsonValue met = QJsonValue::Null; // true/false, null when informational
    QJsonObject extra;                 // anything else worth keeping (batch size, errors, ...)
};

void emitLine(const Line &line);
// A message on stderr, flushed at once so it interleaves with the node scripts' logs.
void log(const QString &message);
} // namespace BenchOutput
