#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

// RFC 4180 text for exports people open in spreadsheets (CRLF line ends, fields quoted only when needed),
// and the reader for imports.
namespace Csv {
QString field(const QString &text);
// One line with its CRLF. A cell without a value is left empty; an empty string is written "" so the two
// read back apart.
QString row(const QList<std::optional<QString>> &cells);
QByteArray table(const QStringList &header, const QList<QStringList> &rows);

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

// A Parse value as a cell, by the column's schema type: strings as they are, numbers and booleans as
// text, dates as ISO 8601 UTC, everything else as compact JSON. Undefined and null have no value.
std::optional<QString> cellText(const QJsonValue &value, const QString &type);
// The inverse. An empty type guesses: JSON for {…} and […], true/false, numbers, else a string.
// nullopt with the reason in error when the text is not a value of the type.
std::optional<QJsonValue> cellValue(const QString &text, const QString &type, QString *error);
} // namespace Csv
