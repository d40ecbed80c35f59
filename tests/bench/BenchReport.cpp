// bench_report RESULTS --markdown FILE --png FILE: turns the JSON lines collected by run.sh into the README's
// table and a chart (one row per measurement: the baseline's bar beside ours, or ours against the target
// when there is no baseline). Goals without a result, and benches that could not run, show as "not run".
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <cstdio>

namespace {

// The goals of issue #7, in its order; their rows appear even when no bench reported them.
const QList<std::pair<QString, QString>> kGoals = {
    {QStringLiteral("batch"), QStringLiteral("1. Batch writes")},
    {QStringLiteral("decode"), QStringLiteral("2. Decoding")},
    {QStringLiteral("browse"), QStringLiteral("3. Browsing 1M rows")},
    {QStringLiteral("view"), QStringLiteral("4. Table view")},
    {QStringLiteral("connections"), QStringLiteral("5. Connections")},
    {QStringLiteral("startup"), QStringLiteral("6. Start-up")},
    {QStringLiteral("memory"), QStringLiteral("8. Bounded memory")}, // issue 16
    // Issue 23, against Parse Dashboard (bench_dashboard): its goals' numbers.
    {QStringLiteral("far-open"), QStringLiteral("G5. Open a class, far")},
    {QStringLiteral("far-back"), QStringLiteral("G6. Back to a class, far")},
    {QStringLiteral("far-filter"), QStringLiteral("G7. Filter, far")},
    {QStringLiteral("wide-scroll"), QStringLiteral("G8. Horizontal scroll, wide class")}, // bench_wide
    {QStringLiteral("wide-stall"), QStringLiteral("G9. GUI stall, wide class")},
    {QStringLiteral("wide-export"), QStringLiteral("G10. Export 100k rows, far")},
    {QStringLiteral("far-save"), QStringLiteral("G11. Save 1,000 edits, far")},
    {QStringLiteral("wide-memory"), QStringLiteral("G12. Memory, 50k wide rows")},
    {QStringLiteral("local-dashboard"), QStringLiteral("Local server vs Dashboard")},
};

QString goalTitle(const QString &goal)
{
    for (const auto &[key, title] : kGoals) {
        if (key == goal)
            return title;
    }
    return goal;
}

bool lowerIsBetter(const QString &unit)
{
    static const QStringList units{QStringLiteral("ms"), QStringLiteral("s"), QStringLiteral("connections"),
                                   QStringLiteral("MB"), QStringLiteral("bytes")};
    return units.contains(unit);
}

QString number(double v)
{
    return QLocale::c()
        .toString(v, 'f', v >= 100 || v == qRound(v) ? 0 : 1)
        .replace(QLatin1Char(','), QString());
}

QString withUnit(double v, const QString &unit)
{
    return number(v) + QLatin1Char(' ') + unit;
}

// ours/baseline when more is better, baseline/ours when less is: above 1 means we are better.
double ratio(const QJsonObject &o)
{
    if (o.contains(QLatin1String("ratio")))
        return o.value(QLatin1String("ratio")).toDouble();
    const double base = o.value(QLatin1String("baseline")).toDouble();
    const double ours = o.value(QLatin1String("ours")).toDouble();
    if (!o.value(QLatin1String("baseline")).isDouble() || base <= 0 || ours <= 0)
        return 0;
    return lowerIsBetter(o.value(QLatin1String("unit")).toString()) ? base / ours : ours / base;
}

// As the target states it: "294 %" against ">= 90%", "2.94x" against ">= 2x".
QString ratioText(const QJsonObject &o)
{
    const double r = ratio(o);
    if (r <= 0)
        return QStringLiteral("–");
    return o.value(QLatin1String("target")).toString().contains(QLatin1Char('%'))
               ? number(r * 100) + QStringLiteral(" %")
               : QLocale::c().toString(r, 'f', 2) + QLatin1Char('x');
}

QString verdict(const QJsonObject &o)
{
    if (o.value(QLatin1String("notRun")).toBool())
        return QStringLiteral("not run");
    const QJsonValue met = o.value(QLatin1String("met"));
    return met.isBool() ? (met.toBool() ? QStringLiteral("met") : QStringLiteral("**missed**"))
                        : QStringLiteral("info");
}

QString markdown(const QList<QJsonObject> &rows)
{
    QString out = QStringLiteral("| Goal | Measurement | Baseline | Ours | Ratio | Target | Result |\n"
                                 "|---|---|---|---|---|---|---|\n");
    for (const QJsonObject &o : rows) {
        const QString unit = o.value(QLatin1String("unit")).toString();
        QString baseline = QStringLiteral("–");
        if (o.value(QLatin1String("baseline")).isDouble())
            baseline = withUnit(o.value(QLatin1String("baseline")).toDouble(), unit);
        if (o.value(QLatin1String("baselineName")).isString())
            baseline += QStringLiteral(" (%1)").arg(o.value(QLatin1String("baselineName")).toString());
        const bool notRun = o.value(QLatin1String("notRun")).toBool();
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(goalTitle(o.value(QLatin1String("goal")).toString()),
                        o.value(QLatin1String("metric")).toString(), notRun ? QStringLiteral("–") : baseline,
                        notRun ? QStringLiteral("not run")
                               : withUnit(o.value(QLatin1String("ours")).toDouble(), unit),
                        ratioText(o), o.value(QLatin1String("target")).toString(), verdict(o));
    }
    return out;
}

QImage chart(const QList<QJsonObject> &rows)
{
    constexpr int kWidth = 1200, kRowHeight = 46, kTop = 60, kLabelWidth = 470, kBarsWidth = 560;
    QImage image(kWidth, kTop + kRowHeight * int(rows.size()) + 20, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(13);
    p.setFont(font);
    QFont title = font;
    title.setPixelSize(18);
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRect(16, 8, kWidth - 32, 26), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("ParseDesk benchmarks (issue #7): baseline (grey) and ours in the same run"));
    p.setFont(font);
    p.setPen(QColor(90, 90, 90));
    p.drawText(QRect(16, 34, kWidth - 32, 20), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("green: goal met   red: missed   blue: for reference   dashed line: target "
                              "without a baseline; bars scaled per row"));

    static const QRegularExpression targetNumber(QStringLiteral("([0-9]+(?:\\.[0-9]+)?)"));
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject &o = rows.at(i);
        const int y = kTop + i * kRowHeight;
        if (i % 2)
            p.fillRect(0, y, kWidth, kRowHeight, QColor(246, 246, 246));
        p.setPen(Qt::black);
        const QString label =
            goalTitle(o.value(QLatin1String("goal")).toString()).section(QLatin1Char(' '), 0, 0) +
            QLatin1Char(' ') + o.value(QLatin1String("metric")).toString();
        p.drawText(QRect(16, y, kLabelWidth - 24, kRowHeight), Qt::AlignVCenter | Qt::TextWordWrap, label);
        const QString unit = o.value(QLatin1String("unit")).toString();
        if (o.value(QLatin1String("notRun")).toBool() || !o.value(QLatin1String("ours")).isDouble()) {
            p.setPen(QColor(150, 150, 150));
            p.drawText(QRect(kLabelWidth, y, kBarsWidth, kRowHeight), Qt::AlignVCenter,
                       QStringLiteral("not run"));
            continue;
        }
        const double ours = o.value(QLatin1String("ours")).toDouble();
        const QJsonValue baseline = o.value(QLatin1String("baseline"));
        double target = 0;
        const QRegularExpressionMatch m = targetNumber.match(o.value(QLatin1String("target")).toString());
        if (!baseline.isDouble() && m.hasMatch())
            target = m.captured(1).toDouble();
        const double scale = qMax(1e-9, qMax(ours, qMax(baseline.toDouble(), target)) * 1.05);
        const QJsonValue met = o.value(QLatin1String("met"));
        const QColor ourColor =
            met.isBool() ? (met.toBool() ? QColor(46, 160, 67) : QColor(215, 58, 73)) : QColor(3, 102, 214);
        const auto bar = [&](int top, int height, double value, const QColor &color, const QString &text) {
            const int w = qMax(1, int(kBarsWidth * value / scale));
            p.fillRect(kLabelWidth, top, w, height, color);
            p.setPen(Qt::black);
            p.drawText(QRect(kLabelWidth + w + 6, top - 2, kWidth - kLabelWidth - w - 10, height + 4),
                       Qt::AlignVCenter, text);
        };
        if (baseline.isDouble()) {
            bar(y + 6, 15, baseline.toDouble(), QColor(170, 170, 170), withUnit(baseline.toDouble(), unit));
            bar(y + 24, 15, ours, ourColor,
                withUnit(ours, unit) + QStringLiteral("  (%1)").arg(ratioText(o)));
        } else {
            bar(y + 14, 18, ours, ourColor, withUnit(ours, unit));
            if (target > 0) {
                const int x = kLabelWidth + int(kBarsWidth * target / scale);
                p.setPen(QPen(Qt::black, 1.5, Qt::DashLine));
                p.drawLine(x, y + 6, x, y + kRowHeight - 6);
            }
        }
    }
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts need a QGuiApplication, not a display
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("results"), QStringLiteral("JSON lines collected by run.sh"));
    const QCommandLineOption markdownOption(QStringLiteral("markdown"), QStringLiteral("table to write"),
                                            QStringLiteral("file"));
    const QCommandLineOption pngOption(QStringLiteral("png"), QStringLiteral("chart to write"),
                                       QStringLiteral("file"));
    parser.addOption(markdownOption);
    parser.addOption(pngOption);
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    QFile in(parser.positionalArguments().constFirst());
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_report: cannot read %s\n", qPrintable(in.fileName()));
        return 2;
    }
    QList<QJsonObject> lines;
    for (const QByteArray &raw : in.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        if (o.contains(QLatin1String("goal")) || o.value(QLatin1String("notRun")).toBool())
            lines << o;
    }
    // In the order; a goal nobody reported gets a "not run" row.
    QList<QJsonObject> rows;
    for (const auto &[goal, title] : kGoals) {
        const qsizetype before = rows.size();
        for (const QJsonObject &o : std::as_const(lines)) {
            if (o.value(QLatin1String("goal")).toString() == goal)
                rows << o;
        }
        if (rows.size() == before)
            rows << QJsonObject{{QStringLiteral("goal"), goal},
                                {QStringLiteral("notRun"), true},
                                {QStringLiteral("metric"), QStringLiteral("(no result)")}};
    }
    for (const QJsonObject &o : std::as_const(lines)) {
        const QString goal = o.value(QLatin1String("goal")).toString();
        if (std::none_of(kGoals.begin(), kGoals.end(), [&](const auto &g) { return g.first == goal; }))
            rows << o; // benches that could not run, and goals beyond the issue's
    }

    if (parser.isSet(markdownOption)) {
        QFile out(parser.value(markdownOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(markdown(rows).toUtf8()) < 0) {
            std::fprintf(stderr, "bench_report: cannot write %s\n", qPrintable(out.fileName()));
            return 2;
        }
    }
    if (parser.isSet(pngOption) && !chart(rows).save(parser.value(pngOption), "PNG")) {
        std::fprintf(stderr, "bench_report: cannot write %s\n", qPrintable(parser.value(pngOption)));
        return 2;
    }
    return 0;
}
