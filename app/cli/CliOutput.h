#pragma once

#include "core/data/Csv.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <functional>

// How parsedesk-cli writes what it found: rows as a JSON, table or CSV text, objects' columns in the
// core's order, and the two streams (results on stdout, messages on stderr).
namespace CliOutput {
enum class Format
{
    Json,
    Table,
    Csv
};

// Columns for a list of objects, in ParseNames::columnOrder. keysOf(i) gives the fields of row i (decoded
// one at a time, so a large reply is never held as QJsonObjects).
QStringList columnsOf(qsizetype count, const std::function<QStringList(qsizetype)> &keysOf);
// CSV cells keep full fidelity (typed values as compact JSON); table cells are for reading.
QString cellText(const QJsonValue &value, Format format);
// Table or CSV lines, handed to `write` one at a time: a header, then a line per row (rowAt(i) gives row
// i's cells). A table is aligned, so its rows are asked for twice (widths first).
void writeRows(const QStringList &columns, qsizetype count,
               const std::function<QStringList(qsizetype)> &rowAt, Format format, Csv::Formulas formulas,
               const std::function<void(const QByteArray &)> &write);
// writeRows into one text.
QByteArray renderRows(const QStringList &columns, const QList<QStringList> &rows, Format format,
                      Csv::Formulas formulas = Csv::Formulas::Neutralize);
// --csv-raw, and what it asks for: CSV cells as they are, or formulas neutralized.
QCommandLineOption csvRawFlag();
Csv::Formulas csvFormulas(const QCommandLineParser &parser);
// To stdout, flushed at once.
void writeOut(const QByteArray &bytes);
// One message line to stderr, prefixed with the program's name.
void writeErr(const QString &text);
} // namespace CliOutput
