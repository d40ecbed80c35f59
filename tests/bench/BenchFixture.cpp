#include "BenchFixture.h"

#include "BenchOutput.h"

#include "core/data/ObjectRows.h"
#include "core/net/ParseReply.h"

#include <QEventLoop>
#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>
#include <malloc.h>

namespace BenchFixture {

namespace {
QByteArray objectId(int index)
{
    // Parse's ids are 10 alphanumerics; these sort in index order.
    return QByteArray::number(index).rightJustified(10, '0').replace('0', 'a');
}
} // namespace

QByteArray findReply(int objects, int firstIndex)
{
    QRandomGenerator random(quint32(firstIndex) + 7);
    static const char *const names[] = {"Zürich", "naïve \\\"q\\\"",      "日本語",
                                        "plain",  "emoji \\ud83d\\ude00", "tab\\tx"};
    QByteArray out;
    out.reserve(qsizetype(objects) * 380 + 32);
    out += "{\"results\":[";
    for (int i = 0; i < objects; ++i) {
        const int n = firstIndex + i;
        if (i > 0)
            out += ',';
        const QByteArray id = objectId(n);
        const QByteArray when = QByteArray("2025-") + QByteArray::number(1 + n % 12).rightJustified(2, '0') +
                                '-' + QByteArray::number(1 + n % 28).rightJustified(2, '0') + "T" +
                                QByteArray::number(n % 24).rightJustified(2, '0') + ":" +
                                QByteArray::number(n % 60).rightJustified(2, '0') + ":00.000Z";
        out += "{\"objectId\":\"" + id + "\",\"name\":\"" + names[n % 6] + ' ' + QByteArray::number(n) +
               "\",\"score\":" + QByteArray::number(random.bounded(100000)) + ",\"price\":" +
               QByteArray::number(random.bounded(100000) / 100.0, 'g', QLocale::FloatingPointShortest) +
               ",\"big\":" + QByteArray::number(Q_INT64_C(9007199254740993) + 2 * qint64(n)) +
               ",\"active\":" + (n % 3 ? "true" : "false") + ",\"when\":{\"__type\":\"Date\",\"iso\":\"" +
               when + "\"},\"owner\":{\"__type\":\"Pointer\",\"className\":\"_User\",\"objectId\":\"" +
               objectId(n % 1000) + "\"},\"tags\":[\"t" + QByteArray::number(n % 5) + "\",\"t" +
               QByteArray::number(n % 7) + "\"],\"meta\":{\"level\":" + QByteArray::number(n % 10) +
               "},\"createdAt\":\"" + when + "\",\"updatedAt\":\"" + when +
               "\",\"ACL\":{\"*\":{\"read\":true}}}";
    }
    out += "]}";
    return out;
}

QJsonObject schemaFields()
{
    const auto type = [](const char *t) { return QJsonObject{{QStringLiteral("type"), QLatin1String(t)}}; };
    QJsonObject pointer = type("Pointer");
    pointer.insert(QStringLiteral("targetClass"), QStringLiteral("_User"));
    return {{QStringLiteral("objectId"), type("String")}, {QStringLiteral("createdAt"), type("Date")},
            {QStringLiteral("updatedAt"), type("Date")},  {QStringLiteral("ACL"), type("ACL")},
            {QStringLiteral("name"), type("String")},     {QStringLiteral("description"), type("String")},
            {QStringLiteral("score"), type("Number")},    {QStringLiteral("price"), type("Number")},
            {QStringLiteral("big"), type("Number")},      {QStringLiteral("active"), type("Boolean")},
            {QStringLiteral("when"), type("Date")},       {QStringLiteral("owner"), pointer},
            {QStringLiteral("tags"), type("Array")},      {QStringLiteral("meta"), type("Object")},
            {QStringLiteral("place"), type("GeoPoint")}};
}

QByteArray padded(const QByteArray &body)
{
    QByteArray out;
    out.reserve(body.size() + ObjectRows::padding());
    out.append(body);
    return out;
}

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

ParseResult wait(ParseReply *reply)
{
    ParseResult result;
    QEventLoop loop;
    QObject::connect(reply, &ParseReply::finished, &loop, [&](const ParseResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void report(const QString &goal, const QString &metric, const QString &unit, double baseline,
            const QString &baselineName, double ours, const QString &target, bool met)
{
    BenchOutput::Line line;
    line.goal = goal;
    line.metric = metric;
    line.unit = unit;
    if (baseline >= 0) {
        line.baseline = qRound64(baseline * 10) / 10.0;
        line.baselineName = baselineName;
    }
    line.ours = qRound64(ours * 10) / 10.0;
    line.target = target;
    line.met = met;
    BenchOutput::emitLine(line);
}

} // namespace BenchFixture
