#include "core/data/Csv.h"

#include "core/data/JsonText.h"
#include "core/data/ParseValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
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

// Parse keeps numbers as doubles: an integer beyond 2^53 that a double can't hold is stored rounded.
bool exactAsDouble(qint64 integer)
{
    constexpr qint64 k2p53 = qint64(1) << 53;
    if (integer >= -k2p53 && integer <= k2p53)
        return true;
    const double rounded = double(integer);
    return rounded < 9223372036854775808.0 && qint64(rounded) == integer;
}

QString roundedProblem(const QString &shown, double rounded)
{
    const QString digits =
        qAbs(rounded) < 1e21 ? QString::number(rounded, 'f', 0) : QString::number(rounded, 'g', 17);
    return tr("the integer %1 is beyond 2^53: Parse keeps numbers as doubles and would store %2. Import "
              "it into a String field (header name:String) to keep every digit")
        .arg(shown, digits);
}

QString notFiniteProblem(const QString &shown)
{
    return tr("%1 is not a finite number (Parse can't store NaN or Infinity)").arg(shown);
}

// A number as typed in a Number column: no group separators ("1,000" or "1,5" would change meaning).
std::optional<QJsonValue> number(const QString &text, QString *error)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const qint64 integer = c.toLongLong(text, &ok);
    if (ok) {
        if (exactAsDouble(integer))
            return QJsonValue(integer);
        *error = roundedProblem(text, double(integer));
        return std::nullopt;
    }
    const double value = c.toDouble(text, &ok);
    if (!ok) {
        *error = tr("\"%1\" is not a number").arg(text);
        return std::nullopt;
    }
    if (!qIsFinite(value)) {
        *error = notFiniteProblem(QLatin1Char('"') + text + QLatin1Char('"'));
        return std::nullopt;
    }
    // Digits alone, yet no 64-bit integer: far beyond 2^53.
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e'), Qt::CaseInsensitive)) {
        *error = roundedProblem(text, value);
        return std::nullopt;
    }
    return QJsonValue(value);
}

QString notDateProblem(const QString &text)
{
    return tr("\"%1\" is not a date (ISO 8601, e.g. 2025-06-01T12:34:56.789Z)").arg(text);
}

// The formula's first character, after any quotes that neutralized it already.
bool startsLikeFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && QStringView(u"=+-@\t\r").contains(text.at(i));
}
} // namespace

QString neutralized(const QString &text)
{
    return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString unneutralized(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) && startsLikeFormula(text) ? text.mid(1) : text;
}

bool isPlainNumber(const QString &text)
{
    static const QRegularExpression plain(
        QStringLiteral("^ *-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)? *$"));
    return plain.match(text).hasMatch();
}

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

QString textRow(const QStringList &texts, Formulas formulas)
{
    QList<std::optional<QString>> cells;
    for (const QString &text : texts) {
        if (text.isEmpty())
            cells.append(std::nullopt);
        else if (formulas == Formulas::Neutralize && !isPlainNumber(text))
            cells.append(neutralized(text));
        else
            cells.append(text);
    }
    return row(cells);
}

QByteArray table(const QStringList &header, const QList<QStringList> &rows, Formulas formulas)
{
    QString out = textRow(header, formulas);
    for (const QStringList &r : rows)
        out += textRow(r, formulas);
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

std::optional<QString> cellText(const QJsonValue &value, const QString &type, Formulas formulas)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isString())
        return formulas == Formulas::Neutralize ? neutralized(value.toString()) : value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return ParseValue::fromJson(value).displayText();
    // Only a {"__type": "Date"} object is a date; decoding every pointer, array and object just to learn
    // that took a third of the CSV time of a wide export.
    if (value.toObject().value(QLatin1String("__type")) == QLatin1String("Date")) {
        const ParseValue typed = ParseValue::fromJson(value, type);
        if (typed.type() == ParseValue::Type::Date)
            return typed.toDateTime().toString(Qt::ISODateWithMs);
    }
    return JsonText::compact(value);
}

std::optional<QJsonValue> date(const QString &iso, const std::optional<QTimeZone> &zone, QString *error)
{
    QDateTime when = QDateTime::fromString(iso.trimmed(), Qt::ISODateWithMs);
    if (!when.isValid()) {
        *error = notDateProblem(iso);
        return std::nullopt;
    }
    // Without a zone the text would be read in this machine's zone (and by the server in its own).
    if (when.timeSpec() == Qt::LocalTime) {
        if (!zone) {
            *error = tr("\"%1\" has no time zone: write it with Z or an offset (+02:00), or choose the "
                        "time zone the file's dates are in")
                         .arg(iso);
            return std::nullopt;
        }
        const QDateTime inZone(when.date(), when.time(), *zone);
        if (!inZone.isValid() || inZone.time() != when.time()) {
            *error = tr("\"%1\" does not exist in %2 (the clocks were put forward)")
                         .arg(iso, QString::fromUtf8(zone->id()));
            return std::nullopt;
        }
        when = inZone;
    }
    return ParseValue::fromDateTime(when).toJson();
}

QString numberProblem(const QJsonValue &number)
{
    if (!number.isDouble())
        return {};
    if (number.toVariant().typeId() == QMetaType::LongLong) {
        const qint64 integer = number.toInteger();
        return exactAsDouble(integer) ? QString() : roundedProblem(QString::number(integer), double(integer));
    }
    return qIsFinite(number.toDouble()) ? QString() : notFiniteProblem(QString::number(number.toDouble()));
}

std::optional<QJsonValue> cellValue(const QString &text, const QString &type, QString *error,
                                    const std::optional<QTimeZone> &zone)
{
    if (type == QLatin1String("String"))
        return QJsonValue(text);
    if (type == QLatin1String("Number"))
        return number(text.trimmed(), error);
    if (type == QLatin1String("Boolean")) {
        const QString word = text.trimmed().toLower();
        if (word == QLatin1String("true") || word == QLatin1String("false"))
            return QJsonValue(word == QLatin1String("true"));
        *error = tr("\"%1\" is not true or false").arg(text);
        return std::nullopt;
    }
    const bool looksJson = text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['));
    if (type == QLatin1String("Date") && !looksJson)
        return date(text, zone, error);
    const JsonText::Parsed parsed = JsonText::parse(text.toUtf8());
    if (!parsed.ok()) {
        *error = type.isEmpty() ? parsed.error : tr("not a valid %1 (%2)").arg(type, parsed.error);
        return std::nullopt;
    }
    const QJsonValue value = parsed.document.isArray() ? QJsonValue(parsed.document.array())
                                                       : QJsonValue(parsed.document.object());
    if (type == QLatin1String("Date")) {
        if (value[QLatin1String("__type")] == QLatin1String("Date"))
            return date(value[QLatin1String("iso")].toString(), zone, error);
        *error = notDateProblem(text);
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
