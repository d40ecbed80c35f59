#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

// Parses JSON typed or loaded by a person; on failure says what is wrong and where (line and column).
namespace JsonText {
struct Parsed
{
    QJsonDocument document;
    QString error;        // empty on success: "line 1, column 12: unterminated string"
    int errorOffset = -1; // byte offset of the mistake in the text, for editors that mark it
    bool ok() const { return error.isEmpty(); }
};
Parsed parse(const QByteArray &text);
// Indented JSON, unit per level, with firstKeys leading in every object they occur in and the other keys
// sorted (QJsonDocument sorts them all: a batch operation reads better as method, path, body).
QString indented(const QJsonValue &value, const QStringList &firstKeys = {},
                 const QString &unit = QStringLiteral("    "), int depth = 0);
QStringList orderedKeys(const QJsonObject &object, const QStringList &firstKeys);
// A list as people type it in a form field: JSON with or without its brackets (`1, 2`, `"a"`, `[true]`).
std::optional<QJsonArray> parseItems(const QString &text);
// 1-based line and column of a byte offset, as editors count them.
QString position(const QByteArray &text, int offset);
// Compact JSON text of any value, scalars included ("a" with quotes, 5, true, null).
QString compact(const QJsonValue &value);
// For cells and form fields: strings as they are, everything else as compact JSON.
QString text(const QJsonValue &value);
} // namespace JsonText
