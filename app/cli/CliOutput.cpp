#include "cli/CliOutput.h"

#include "core/data/JsonText.h"
#include "core/data/ParseNames.h"
#include "core/data/ParseValue.h"

#include <QSet>
#include <QTextStream>
#include <cstdio>

namespace CliOutput {
QStringList columnsOf(qsizetype count, const std::function<QStringList(qsizetype)> &keysOf)
{
    QSet<QString> names;
    for (qsizetype i = 0; i < count; ++i) {
        const QStringList keys = keysOf(i);
        for (const QString &key : keys)
            names.insert(key);
    }
    return ParseNames::columnOrder(names.values());
}

QString cellText(const QJsonValue &value, Format format)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (format == Format::Csv)
        return JsonText::text(value);
    return ParseValue::fromJson(value).displayText();
}

void writeRows(const QStringList &columns, qsizetype count,
               const std::function<QStringList(qsizetype)> &rowAt, Format format, Csv::Formulas formulas,
               const std::function<void(const QByteArray &)> &write)
{
    if (format == Format::Csv) {
        write(Csv::textRow(columns, formulas).toUtf8());
        for (qsizetype i = 0; i < count; ++i)
            write(Csv::textRow(rowAt(i), formulas).toUtf8());
        return;
    }
    QList<qsizetype> widths;
    for (const QString &c : columns)
        widths.append(c.size());
    for (qsizetype r = 0; r < count; ++r) {
        const QStringList row = rowAt(r);
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded.append(cells.at(i).leftJustified(widths[i]));
        return (padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n')).toUtf8();
    };
    write(line(columns));
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    write(line(rule));
    for (qsizetype r = 0; r < count; ++r)
        write(line(rowAt(r)));
}

QByteArray renderRows(const QStringList &columns, const QList<QStringList> &rows, Format format,
                      Csv::Formulas formulas)
{
    QByteArray out;
    writeRows(
        columns, rows.size(), [&rows](qsizetype i) { return rows.at(i); }, format, formulas,
        [&out](const QByteArray &line) { out += line; });
    return out;
}

QCommandLineOption csvRawFlag()
{
    return {
        QStringLiteral("csv-raw"),
        QStringLiteral("query, export: CSV cells as they are, for programs; otherwise text that a "
                       "spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading '.")};
}

Csv::Formulas csvFormulas(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("csv-raw")) ? Csv::Formulas::Raw : Csv::Formulas::Neutralize;
}

void writeOut(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

void writeErr(const QString &text)
{
    QTextStream(stderr) << "parsedesk-cli: " << text << Qt::endl;
}
} // namespace CliOutput
