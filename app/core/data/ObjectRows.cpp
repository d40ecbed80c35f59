#include "core/data/ObjectRows.h"

#include "core/data/JsonMembers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstring>
#include <simdjson.h>

using namespace simdjson;

namespace {

const QString kObjectId = QStringLiteral("objectId");

// The text after an opening quote up to its closing quote holds no escape. Such a string needs no
// unescaping to be valid: simdjson's first stage has already checked its UTF-8 and control characters.
bool isPlain(const char *raw, const char *bodyEnd)
{
    const auto *quote = static_cast<const char *>(std::memchr(raw, '"', size_t(bodyEnd - raw)));
    return quote && !std::memchr(raw, '\\', size_t(quote - raw));
}

// A number that is not zero but reads as 0.0 (1e-400): QJsonDocument, which decodes the cells, refuses it,
// so the reply is refused here too rather than showing an empty row.
bool underflows(std::string_view token)
{
    for (const char c : token) {
        if (c == 'e' || c == 'E' || c == ',' || c == '}' || c == ']' || c == ' ')
            return false;
        if (c >= '1' && c <= '9')
            return true;
    }
    return false;
}

error_code checkKey(ondemand::field &field, const char *bodyEnd)
{
    if (isPlain(reinterpret_cast<const char *>(field.key().raw()), bodyEnd))
        return SUCCESS;
    std::string_view key;
    return field.unescaped_key().get(key);
}

// QJsonDocument, which decodes the cells, refuses documents nested deeper; so does the decoder, before its
// recursion could exhaust the stack on a hostile reply.
constexpr int kMaxDepth = 1024;

// On Demand checks only what is read: reading every key and scalar validates the whole value (escapes,
// numbers, literals), so a row that decoded here also decodes with QJsonDocument later.
error_code walk(ondemand::value value, const char *bodyEnd, int depth)
{
    ondemand::json_type type;
    if (error_code e = value.type().get(type))
        return e;
    switch (type) {
    case ondemand::json_type::object: {
        if (depth > kMaxDepth)
            return DEPTH_ERROR;
        ondemand::object object;
        if (error_code e = value.get_object().get(object))
            return e;
        for (auto result : object) {
            ondemand::field field;
            if (error_code e = std::move(result).get(field))
                return e;
            if (error_code e = checkKey(field, bodyEnd))
                return e;
            if (error_code e = walk(field.value(), bodyEnd, depth + 1))
                return e;
        }
        return SUCCESS;
    }
    case ondemand::json_type::array: {
        if (depth > kMaxDepth)
            return DEPTH_ERROR;
        ondemand::array array;
        if (error_code e = value.get_array().get(array))
            return e;
        for (auto item : array) {
            ondemand::value element;
            if (error_code e = item.get(element))
                return e;
            if (error_code e = walk(element, bodyEnd, depth + 1))
                return e;
        }
        return SUCCESS;
    }
    case ondemand::json_type::string: {
        // Read either way, never skipped: On Demand checks the structure around a value only as it reads it.
        if (isPlain(value.raw_json_token().data() + 1, bodyEnd)) {
            ondemand::raw_json_string raw;
            return value.get_raw_json_string().get(raw);
        }
        std::string_view text;
        return value.get_string().get(text);
    }
    case ondemand::json_type::number: {
        const std::string_view token = value.raw_json_token();
        ondemand::number number;
        if (value.get_number().get(number) == SUCCESS)
            return number.is_double() && number.get_double() == 0 && underflows(token) ? NUMBER_OUT_OF_RANGE
                                                                                       : SUCCESS;
        // Integers beyond 64 bits are valid JSON; they read as doubles, as QJsonDocument reads them.
        double d = 0;
        return value.get_double().get(d);
    }
    case ondemand::json_type::boolean: {
        bool b = false;
        return value.get_bool().get(b);
    }
    case ondemand::json_type::null: {
        bool isNull = false;
        if (error_code e = value.is_null().get(isNull))
            return e;
        return isNull ? SUCCESS : N_ATOM_ERROR;
    }
    }
    return INCORRECT_TYPE;
}

const char *trimmed(const char *start, const char *end)
{
    while (end > start && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\r' || end[-1] == '\t'))
        --end;
    return end;
}

// The end of the container just read: where the iterator now stands, less the whitespace before it.
const char *valueEnd(ondemand::document &doc, const char *start, const char *bodyEnd)
{
    const char *end = nullptr;
    if (doc.current_location().get(end) != SUCCESS)
        end = bodyEnd;
    return trimmed(start, end);
}

QJsonValue qtValue(std::string_view text)
{
    // QJsonDocument parses containers only; wrapping also covers scalars.
    const QByteArray wrapped = '[' + QByteArray(text.data(), qsizetype(text.size())) + ']';
    return QJsonDocument::fromJson(wrapped).array().first();
}

} // namespace

qsizetype ObjectRows::padding()
{
    return SIMDJSON_PADDING;
}

ObjectRows::Decoded ObjectRows::fromFindReply(const QByteArray &input)
{
    QByteArray body = input;
    if (body.capacity() - body.size() < padding()) {
        body = QByteArray();
        body.reserve(input.size() + padding());
        body.append(input);
    }
    Decoded out;
    const char *const begin = body.constData();
    const char *const bodyEnd = begin + body.size();
    ondemand::parser parser;
    ondemand::document doc;
    bool iterating = false;
    const auto fail = [&](error_code e, const QString &what = {}) {
        const char *at = nullptr;
        if (!iterating || doc.current_location().get(at) != SUCCESS || at < begin || at > bodyEnd)
            at = bodyEnd;
        out.error = tr("offset %1: %2")
                        .arg(at - begin)
                        .arg(what.isEmpty() ? QString::fromUtf8(error_message(e)) : what);
        return out;
    };
    if (body.isEmpty())
        return fail(EMPTY, tr("empty reply"));
    // Room for a few levels beyond the limit, where walk() stops.
    if (error_code e = parser.allocate(size_t(body.size()), kMaxDepth + 8))
        return fail(e);
    if (error_code e =
            parser.iterate(body.constData(), size_t(body.size()), size_t(body.capacity())).get(doc))
        return fail(e);
    iterating = true;

    ObjectRows rows;
    rows.m_chunks.append(body);
    bool sawResults = false;
    ondemand::object top;
    if (error_code e = doc.get_object().get(top))
        return fail(e, tr("a find reply is a JSON object"));
    for (auto field : top) {
        std::string_view key;
        ondemand::value value;
        if (error_code e = field.unescaped_key().get(key))
            return fail(e);
        if (error_code e = field.value().get(value))
            return fail(e);
        if (key != "results") {
            const std::string_view token = value.raw_json_token();
            ondemand::json_type type;
            if (error_code e = value.type().get(type))
                return fail(e);
            const bool scalar = type != ondemand::json_type::object && type != ondemand::json_type::array;
            if (error_code e = walk(value, bodyEnd, 2)) // in the reply object
                return fail(e);
            // A scalar's token is its text; a container's ends where the iterator now stands.
            const char *end = scalar ? trimmed(token.data(), token.data() + token.size())
                                     : valueEnd(doc, token.data(), bodyEnd);
            out.rest.insert(QString::fromUtf8(key.data(), qsizetype(key.size())),
                            qtValue({token.data(), size_t(end - token.data())}));
            continue;
        }
        sawResults = true;
        ondemand::array results;
        if (error_code e = value.get_array().get(results))
            return fail(e, tr("\"results\" is not an array"));
        for (auto item : results) {
            ondemand::value element;
            ondemand::object object;
            if (error_code e = item.get(element))
                return fail(e);
            const char *start = element.raw_json_token().data();
            if (element.get_object().get(object) != SUCCESS)
                return fail(INCORRECT_TYPE, tr("result %1 is not an object").arg(rows.size()));
            Row row{0, quint32(start - begin), 0, 0, kNoPlainId};
            for (auto result : object) {
                ondemand::field member;
                if (error_code e = std::move(result).get(member))
                    return fail(e);
                // Before checkKey(): unescaping a key consumes it.
                const bool isId = member.key() == "objectId";
                if (error_code e = checkKey(member, bodyEnd))
                    return fail(e);
                ondemand::value memberValue = member.value();
                const std::string_view idToken = memberValue.raw_json_token();
                if (error_code e = walk(memberValue, bodyEnd, 4)) // reply, results, row
                    return fail(e);
                if (!isId)
                    continue;
                // A repeated objectId: the last one counts, as in QJsonDocument.
                row.idLength = kNoPlainId;
                // Read straight from the text when it is a plain string near the start: no escapes.
                const char *quote = idToken.data();
                const char *close =
                    quote[0] == '"'
                        ? static_cast<const char *>(std::memchr(quote + 1, '"', size_t(bodyEnd - quote - 1)))
                        : nullptr;
                const auto offset = quote + 1 - start;
                const auto length = close ? close - quote - 1 : 0;
                if (close && offset <= 0xffff && length < kNoPlainId &&
                    !std::memchr(quote + 1, '\\', size_t(length))) {
                    row.idOffset = quint16(offset);
                    row.idLength = quint8(length);
                }
            }
            row.length = quint32(valueEnd(doc, start, bodyEnd) - start);
            rows.m_rows.push_back(row);
        }
    }
    if (const char *rest = nullptr; doc.current_location().get(rest) != OUT_OF_BOUNDS)
        return fail(TRAILING_CONTENT);
    if (!sawResults)
        return fail(NO_SUCH_FIELD, tr("no \"results\" in the reply"));
    rows.m_rows.shrink_to_fit();
    out.rows = std::move(rows);
    return out;
}

QJsonObject ObjectRows::object(qsizetype row) const
{
    const QByteArrayView text = json(row);
    return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size())).object();
}

QByteArrayView ObjectRows::json(qsizetype row) const
{
    const Row &r = m_rows.at(size_t(row));
    return QByteArrayView(m_chunks.at(r.chunk)).sliced(r.offset, r.length);
}

QString ObjectRows::objectId(qsizetype row) const
{
    const Row &r = m_rows.at(size_t(row));
    if (r.idLength == kNoPlainId)
        return object(row).value(kObjectId).toString();
    return QString::fromUtf8(json(row).sliced(r.idOffset, r.idLength));
}

qsizetype ObjectRows::indexOf(const QString &objectId) const
{
    const QByteArray id = objectId.toUtf8();
    for (qsizetype i = 0; i < size(); ++i) {
        const Row &r = m_rows[size_t(i)];
        if (r.idLength == kNoPlainId ? this->objectId(i) == objectId
                                     : json(i).sliced(r.idOffset, r.idLength) == QByteArrayView(id))
            return i;
    }
    return -1;
}

void ObjectRows::append(const ObjectRows &other)
{
    const auto shift = quint32(m_chunks.size());
    m_chunks.append(other.m_chunks);
    for (Row r : other.m_rows) {
        r.chunk += shift;
        m_rows.push_back(r);
    }
}

ObjectRows::Row ObjectRows::adopt(const ObjectRows &from, qsizetype fromRow)
{
    Row r = from.m_rows.at(size_t(fromRow));
    const QByteArray &chunk = from.m_chunks.at(r.chunk);
    const auto same = std::find_if(m_chunks.cbegin(), m_chunks.cend(), [&chunk](const QByteArray &mine) {
        return mine.constData() == chunk.constData();
    });
    r.chunk = quint32(same - m_chunks.cbegin());
    if (same == m_chunks.cend())
        m_chunks.append(chunk);
    return r;
}

void ObjectRows::insert(qsizetype row, const ObjectRows &from, qsizetype fromRow)
{
    const Row r = adopt(from, fromRow);
    m_rows.insert(m_rows.begin() + row, r);
}

void ObjectRows::set(qsizetype row, const ObjectRows &from, qsizetype fromRow)
{
    m_rows.at(size_t(row)) = adopt(from, fromRow);
}

void ObjectRows::remove(qsizetype row)
{
    m_rows.erase(m_rows.begin() + row);
}

void ObjectRows::move(qsizetype from, qsizetype to)
{
    const Row r = m_rows.at(size_t(from));
    m_rows.erase(m_rows.begin() + from);
    m_rows.insert(m_rows.begin() + to, r);
}

qsizetype ObjectRows::bytes() const
{
    qsizetype n = qsizetype(m_rows.size() * sizeof(Row));
    for (const QByteArray &chunk : m_chunks)
        n += chunk.size();
    return n;
}

void ObjectRows::replace(qsizetype row, const QJsonObject &object)
{
    // A chunk of its own: the other rows' text stays where it is. Its objectId is written first, plain, so
    // that indexOf() never decodes the row (a save of 1,000 wide rows decoded them all once per reply).
    Row r{quint32(m_chunks.size()), 0, 0, 0, kNoPlainId};
    const QJsonValue id = object.value(kObjectId);
    const QByteArray idArray = QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact);
    const QByteArrayView quoted = QByteArrayView(idArray).sliced(1, idArray.size() - 2); // ["..."] -> "..."
    QByteArray text;
    if (id.isString() && !quoted.contains('\\') && quoted.size() - 2 < kNoPlainId) {
        QJsonObject rest = object;
        rest.remove(kObjectId);
        const QByteArray fields = QJsonDocument(rest).toJson(QJsonDocument::Compact);
        text = "{\"objectId\":" + quoted.toByteArray() + (rest.isEmpty() ? "}" : "," + fields.sliced(1));
        r.idOffset = quint16(std::strlen("{\"objectId\":\""));
        r.idLength = quint8(quoted.size() - 2);
    } else {
        text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    r.length = quint32(text.size());
    m_chunks.append(text);
    m_rows.at(size_t(row)) = r;
}

void ObjectRows::update(qsizetype row, const QJsonObject &changes)
{
    const Row &old = m_rows.at(size_t(row));
    const JsonMembers members(json(row));
    if (old.idLength == kNoPlainId || changes.contains(kObjectId) || !members.isValid()) {
        QJsonObject object = this->object(row);
        for (auto it = changes.begin(); it != changes.end(); ++it)
            object.insert(it.key(), it.value());
        replace(row, object);
        return;
    }
    // The objectId first, as replace() writes it, so it stays readable without decoding.
    const QByteArray text = members.with(changes, kObjectId);
    const Row r{quint32(m_chunks.size()), 0, quint32(text.size()), quint16(std::strlen("{\"objectId\":\"")),
                old.idLength};
    m_chunks.append(text);
    m_rows.at(size_t(row)) = r;
}

void ObjectRows::clear()
{
    m_chunks.clear();
    m_rows.clear();
    m_rows.shrink_to_fit();
}
