#include "Csv.h"

#include "JsonText.h"
#include "ParseValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringDecoder>

namespace Csv {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Csv", text);
}

// The schema types whose cells are JSON, and the ParseValue type each must decode to (Null: any JSON of
// the right shape).
std::optional<ParseValue::Type> jsonCellType(const QString &type)
{
    using T = ParseValue::Type;
    static const QHash<QString, T> types{
        {QStringLiteral("Pointer"), T::Pointer},   {QStringLiteral("File"), T::File},
        {QStringLiteral("GeoPoint"), T::GeoPoint}, {QStringLiteral("Polygon"), T::Polygon},
        {QStringLiteral("Bytes"), T::Bytes},       {QStringLiteral("Array"), T::Array},
        {QStringLiteral("Object"), T::Null},       {QStringLiteral("ACL"), T::Acl}};
    const auto it = types.constFind(type);
    return it == types.constEnd() ? std::nullopt : std::optional<T>(*it);
}

std::optional<QJsonValue> number(const QString &text)
{
    bool ok = false;
    const qint64 integer = QLocale::c().toLongLong(text, &ok);
    if (ok)
        return QJsonValue(integer);
    const double value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<QJsonValue>(value) : std::nullopt;
}
} // namespace

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString row(const QList<std::optional<QString>> &cells)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        if (cells.at(i))
            out += cells.at(i)->isEmpty() ? QStringLiteral("\"\"") : field(*cells.at(i));
    }
    return out + QLatin1String("\r\n");
}

QByteArray table(const QStringList &header, const QList<QStringList> &rows)
{
    const auto cells = [](const QStringList &texts) {
        QList<std::optional<QString>> out;
        for (const QString &text : texts)
            out.append(text.isEmpty() ? std::nullopt : std::optional<QString>(text));
        return out;
    };
    QString out = row(cells(header));
    for (const QStringList &r : rows)
        out += row(cells(r));
    return out.toUtf8();
}

Parsed parse(const QByteArray &utf8)
{
    Parsed parsed;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(utf8);
    if (decoder.hasError()) {
        parsed.error = tr("the file is not UTF-8 text");
        return parsed;
    }
    qsizetype i = text.startsWith(QChar(0xfeff)) ? 1 : 0;
    int line = 1;
    qsizetype lineStart = i;
    Record record;
    record.line = line;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const auto fail = [&](const QString &why) {
        parsed.error = tr("line %1, column %2: %3").arg(line).arg(i - lineStart + 1).arg(why);
        return parsed;
    };
    const auto endCell = [&] {
        record.cells.append(quoted || !cell.isEmpty() ? std::optional<QString>(cell) : std::nullopt);
        cell.clear();
        quoted = false;
        cellStarted = false;
    };
    const auto endRecord = [&] {
        endCell();
        // A blank line is one empty cell: not a record.
        if (record.cells.size() > 1 || record.cells.first())
            parsed.records.append(record);
        record = Record();
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
            const int startLine = line;
            const qsizetype startColumn = i - lineStart + 1;
            for (++i;; ++i) {
                if (i >= text.size()) {
                    parsed.error = tr("line %1, column %2: the quoted field is never closed")
                                       .arg(startLine)
                                       .arg(startColumn);
                    return parsed;
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (text.at(i) == QLatin1Char('\n')) {
                    ++line;
                    lineStart = i + 1;
                }
                cell += text.at(i);
            }
            if (i < text.size() && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r') &&
                text.at(i) != QLatin1Char('\n'))
                return fail(tr("text after the closing quote of a field"));
            continue;
        }
        if (c == QLatin1Char(',')) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            lineStart = i + 1;
            record.line = line;
        } else if (c == QLatin1Char('"')) {
            return fail(tr("a quote inside an unquoted field (quote the whole field and double the quote)"));
        } else {
            cell += c;
            cellStarted = true;
        }
        ++i;
    }
    if (cellStarted || !record.cells.isEmpty())
        endRecord();
    return parsed;
}

std::optional<QString> cellText(const QJsonValue &value, const QString &type)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return ParseValue::fromJson(value).displayText();
    const ParseValue typed = ParseValue::fromJson(value, type);
    if (typed.type() == ParseValue::Type::Date)
        return typed.toDateTime().toString(Qt::ISODateWithMs);
    return JsonText::compact(value);
}

std::optional<QJsonValue> cellValue(const QString &text, const QString &type, QString *error)
{
    if (type == QLatin1String("String"))
        return QJsonValue(text);
    if (type == QLatin1String("Number")) {
        if (const auto value = number(text.trimmed()))
            return value;
        *error = tr("\"%1\" is not a number").arg(text);
        return std::nullopt;
    }
    if (type == QLatin1String("Boolean")) {
        const QString word = text.trimmed().toLower();
        if (word == QLatin1String("true") || word == QLatin1String("false"))
            return QJsonValue(word == QLatin1String("true"));
        *error = tr("\"%1\" is not true or false").arg(text);
        return std::nullopt;
    }
    if (type == QLatin1String("Date")) {
        const QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
        if (when.isValid())
            return ParseValue::fromDateTime(when).toJson();
    }
    const bool looksJson = text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['));
    const QString notDate = tr("\"%1\" is not a date (ISO 8601, e.g. 2025-06-01T12:34:56.789Z)").arg(text);
    if (type == QLatin1String("Date") && !looksJson) {
        *error = notDate;
        return std::nullopt;
    }
    if (type.isEmpty() && !looksJson) {
        if (const auto value = number(text.trimmed()))
            return value;
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return QJsonValue(text == QLatin1String("true"));
        return QJsonValue(text);
    }
    const JsonText::Parsed parsed = JsonText::parse(text.toUtf8());
    if (!parsed.ok()) {
        *error = type.isEmpty() ? parsed.error : tr("not a valid %1 (%2)").arg(type, parsed.error);
        return std::nullopt;
    }
    const QJsonValue value = parsed.document.isArray() ? QJsonValue(parsed.document.array())
                                                       : QJsonValue(parsed.document.object());
    if (type == QLatin1String("Date")) {
        if (ParseValue::fromJson(value).type() == ParseValue::Type::Date)
            return value;
        *error = notDate;
        return std::nullopt;
    }
    const std::optional<ParseValue::Type> expected = jsonCellType(type);
    if (expected) {
        const ParseValue typed = ParseValue::fromJson(value, type);
        const bool shapeOk =
            *expected == ParseValue::Type::Null ? value.isObject() : typed.type() == *expected;
        if (!shapeOk) {
            *error = tr("not a valid %1: %2").arg(type, text.left(60));
            return std::nullopt;
        }
    }
    return value;
}

} // namespace Csv
