#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <optional>

// RFC 4180 text for exports people open in spreadsheets (CRLF line ends, fields quoted only when needed),
// and the reader for imports.
namespace Csv {
// Spreadsheets run a cell that begins with =, +, -, @, tab or CR as a formula. Neutralize (the default for
// every CSV the product writes) prefixes such text with ' so it shows as text; Raw is for programs.
enum class Formulas
{
    Neutralize,
    Raw
};
// Text beginning with one of those characters, or with quotes before one, gets one more leading '; so
// unneutralized(neutralized(text)) == text for every text, and other text is left alone.
QString neutralized(const QString &text);
QString unneutralized(const QString &text);
// -5, 0.25, 1e+20: what a spreadsheet and the importer take for a number (no leading zeros, no +, no
// separators, no NaN or Infinity); surrounding spaces allowed.
bool isPlainNumber(const QString &text);

QString field(const QString &text);
// One line with its CRLF. A cell without a value is left empty; an empty string is written "" so the two
// read back apart.
QString row(const QList<std::optional<QString>> &cells);
// One line of text cells; with Neutralize every cell but a plain number (-5) is neutralized.
QString textRow(const QStringList &texts, Formulas formulas = Formulas::Neutralize);
// A table of text cells, a textRow() each.
QByteArray table(const QStringList &header, const QList<QStringList> &rows,
                 Formulas formulas = Formulas::Neutralize);

struct Record
{
    QList<std::optional<QString>> cells; // nullopt: an empty, unquoted cell (no value)
    int line = 0;                        // 1-based line the record starts on
};
struct Parsed
{
    QList<Record> records;
    QString error; // empty on success: "line 3, column 7: a quote inside an unquoted field"
    bool ok() const { return error.isEmpty(); }
};
// CRLF or LF line ends; a UTF-8 byte order mark is skipped; blank lines are skipped.
Parsed parse(const QByteArray &utf8);

// A Parse value as a cell, by the column's schema type: strings as they are (neutralized unless Raw),
// numbers and booleans as text, dates as ISO 8601 UTC, everything else as compact JSON. Undefined and null
// have no value.
std::optional<QString> cellText(const QJsonValue &value, const QString &type,
                                Formulas formulas = Formulas::Neutralize);
// The inverse (strings as they are: the importer knows whether they were neutralized). An empty type is
// JSON ({…} or […]). nullopt with the reason in error when the text is not a value of the type: a Number
// must be finite and, as Parse keeps numbers as doubles, an integer the server would round is refused; a
// Date without a zone is read in zone, and refused without one.
std::optional<QJsonValue> cellValue(const QString &text, const QString &type, QString *error,
                                    const std::optional<QTimeZone> &zone = std::nullopt);
// An ISO 8601 date as a Parse Date ({"__type":"Date","iso":…} in UTC), by the same rules.
std::optional<QJsonValue> date(const QString &iso, const std::optional<QTimeZone> &zone, QString *error);
// Why Parse would not store this JSON number as it is (it is not finite, or an integer a double can't
// hold exactly), empty when it would.
QString numberProblem(const QJsonValue &number);
} // namespace Csv
