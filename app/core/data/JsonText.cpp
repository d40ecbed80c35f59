#include "core/data/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace JsonText {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Qt reads an integer beyond 64 bits as a double, silently rounded. Returns the offset of the first such
// literal in valid JSON text, or -1; *literal gets its digits.
int firstOversizedInteger(const QByteArray &text, QByteArray *literal)
{
    const qsizetype size = text.size();
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && !isDigit(c))
            continue;
        qsizetype end = i + 1;
        while (end < size && isDigit(text.at(end)))
            ++end;
        const bool integral =
            end == size || (text.at(end) != '.' && text.at(end) != 'e' && text.at(end) != 'E');
        if (integral) {
            // Over 20 characters can't be a 64-bit integer (JSON has no leading zeros).
            bool fits = end - i <= 20;
            if (fits)
                text.mid(i, end - i).toLongLong(&fits);
            if (!fits) {
                *literal = text.mid(i, end - i);
                return int(i);
            }
        }
        while (end < size && (isDigit(text.at(end)) || QByteArrayView("+-.eE").contains(text.at(end))))
            ++end;
        i = end - 1;
    }
    return -1;
}
} // namespace

QString position(const QByteArray &text, int offset)
{
    offset = qBound(0, offset, int(text.size()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, so multi-byte UTF-8 before the error doesn't shift them.
    const int column = int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1;
    return QCoreApplication::translate("JsonText", "line %1, column %2").arg(line).arg(column);
}

Parsed parse(const QByteArray &text)
{
    Parsed result;
    QJsonParseError error;
    result.document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt may report the next token after a line break, a line below the mistake; point at the
        // end of the mistake's line instead.
        int offset = qMin(error.offset, int(text.size()));
        int before = offset;
        bool crossedLine = false;
        while (before > 0 && QChar::isSpace(uchar(text.at(before - 1))))
            crossedLine |= text.at(--before) == '\n';
        if (crossedLine)
            offset = before;
        result.errorOffset = offset;
        result.error = position(text, offset) + QStringLiteral(": ") + error.errorString();
        return result;
    }
    QByteArray literal;
    if (const int offset = firstOversizedInteger(text, &literal); offset >= 0) {
        // Refused rather than rounded: the user decides between the rounded double and a string.
        const QString rounded = QString::number(literal.toDouble(), 'g', 17);
        const QString shown = literal.size() > 30
                                  ? QString::fromLatin1(literal.left(27)) + QStringLiteral("...")
                                  : QString::fromLatin1(literal);
        result.document = {};
        result.errorOffset = offset;
        result.error = position(text, offset) + QStringLiteral(": ") +
                       QCoreApplication::translate(
                           "JsonText", "the integer %1 is beyond 64 bits and would be rounded. "
                                       "Write %2 to store the rounded number, or a string to keep "
                                       "every digit")
                           .arg(shown, rounded);
    }
    return result;
}

QStringList orderedKeys(const QJsonObject &object, const QStringList &firstKeys)
{
    QStringList keys;
    for (const QString &first : firstKeys) {
        if (object.contains(first))
            keys << first;
    }
    for (const QString &key : object.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

QString indented(const QJsonValue &value, const QStringList &firstKeys, const QString &unit, int depth)
{
    const QString inner = unit.repeated(depth + 1);
    QStringList items;
    QChar open;
    QChar close;
    if (value.isArray()) {
        open = QLatin1Char('[');
        close = QLatin1Char(']');
        for (const QJsonValue &item : value.toArray())
            items << inner + indented(item, firstKeys, unit, depth + 1);
    } else if (value.isObject()) {
        open = QLatin1Char('{');
        close = QLatin1Char('}');
        const QJsonObject object = value.toObject();
        for (const QString &key : orderedKeys(object, firstKeys))
            items << inner + indented(key) + QStringLiteral(": ") +
                         indented(object.value(key), firstKeys, unit, depth + 1);
    } else {
        // One scalar, encoded as QJsonDocument would: numbers, escapes and all.
        const QByteArray scalar = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(scalar.mid(1, scalar.size() - 2));
    }
    if (items.isEmpty())
        return QString(open) + close;
    return open + QLatin1Char('\n') + items.join(QStringLiteral(",\n")) + QLatin1Char('\n') +
           unit.repeated(depth) + close;
}

std::optional<QJsonArray> parseItems(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QString list =
        trimmed.startsWith(QLatin1Char('[')) ? trimmed : QLatin1Char('[') + trimmed + QLatin1Char(']');
    const Parsed parsed = parse(list.toUtf8());
    if (!parsed.ok() || !parsed.document.isArray())
        return std::nullopt;
    return parsed.document.array();
}

QString compact(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays: wrap the value in an array and take the brackets off.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : compact(value);
}

} // namespace JsonText
