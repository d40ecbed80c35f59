#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

// Parses JSON typed or loaded by a person; on failure says what is wrong and where (line and column).
namespace JsonText {
struct Parsed
{
    QJsonDocument document;
    QString error; // empty on success: "line 1, column 12: unterminated string"
    bool ok() const { return error.isEmpty(); }
};
Parsed parse(const QByteArray &text);
// 1-based line and column of a byte offset, as editors count them.
QString position(const QByteArray &text, int offset);
} // namespace JsonText
