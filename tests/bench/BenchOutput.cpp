#include "BenchOutput.h"

#include <QJsonDocument>
#include <cstdio>

namespace BenchOutput {

void emitLine(const Line &line)
{
    QJsonObject o = line.extra;
    o.insert(QStringLiteral("goal"), line.goal);
    o.insert(QStringLiteral("metric"), line.metric);
    o.insert(QStringLiteral("unit"), line.unit);
    o.insert(QStringLiteral("baseline"), line.baseline);
    o.insert(QStringLiteral("baselineName"),
             line.baselineName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(line.baselineName));
    o.insert(QStringLiteral("ours"), line.ours);
    o.insert(QStringLiteral("target"), line.target);
    o.insert(QStringLiteral("met"), line.met);
    std::fprintf(stdout, "%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void log(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::fflush(stderr);
}

} // namespace BenchOutput
