#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// RFC 4180 text for exports people open in spreadsheets: CRLF line ends, fields quoted only when needed.
namespace Csv {
QString field(const QString &text);
QByteArray table(const QStringList &header, const QList<QStringList> &rows);
} // namespace Csv
