#include "core/data/ParseValue.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <algorithm>
#include <iterator>
#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

struct ParseValue::Data
{
    // Dates keep the text they were decoded from, so a non-canonical but valid ISO string round trips.
    struct Date
    {
        QDateTime utc;
        QString iso;
        bool bare = false; // createdAt/updatedAt: a plain string, not a {"__type":"Date"} object
    };
    struct Pointer
    {
        QString className;
        QString objectId;
    };
    struct Relation
    {
        QString className;
    };
    struct File
    {
        QString name;
        QString url;
    };
    struct Bytes
    {
        QByteArray data;
        QString base64;
    };
    struct Object
    {
        QString className; // empty for a plain JSON object, set for an included {"__type":"Object"}
        QMap<QString, ParseValue> members;
    };
    using Acl = QMap<QString, AclAccess>;

    Type type;
    std::variant<bool, qint64, double, QString, Date, Pointer, Relation, File, LatLng, QList<LatLng>, Bytes,
                 Acl, QList<ParseValue>, Object, QJsonValue>
        value;
};

namespace {

constexpr qsizetype MaxDisplayLength = 200;

QString elided(const QString &text)
{
    if (text.size() <= MaxDisplayLength)
        return text;
    qsizetype cut = MaxDisplayLength - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + u'…';
}

QString compactJson(const QJsonValue &value)
{
    // QJsonDocument only serialises containers; wrapping in an array also covers scalars.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

QDateTime parseIso(const QString &iso)
{
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    // Without "Z" or an offset Qt would assume local time; Parse never sends that, so do not guess.
    return parsed.isValid() && parsed.timeSpec() != Qt::LocalTime ? parsed.toUTC() : QDateTime();
}

QJsonObject typed(const QString &type, QJsonObject fields)
{
    fields.insert(u"__type"_s, type);
    return fields;
}

// Parse's reserved fields have fixed types that the JSON of an included object does not spell out.
QStringView reservedFieldType(const QString &key)
{
    if (key == u"ACL")
        return u"ACL";
    if (key == u"createdAt" || key == u"updatedAt")
        return u"Date";
    return {};
}

QMap<QString, ParseValue> decodeMembers(const QJsonObject &object, bool parseObject)
{
    QMap<QString, ParseValue> members;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (parseObject && (it.key() == u"__type" || it.key() == u"className"))
            continue;
        members.insert(
            members.cend(), it.key(),
            ParseValue::fromJson(it.value(), parseObject ? reservedFieldType(it.key()) : QStringView()));
    }
    return members;
}

// Strict on purpose: Parse only ever writes `true` flags, and anything else would not re-encode exactly.
std::optional<QMap<QString, ParseValue::AclAccess>> parseAcl(const QJsonObject &object)
{
    QMap<QString, ParseValue::AclAccess> acl;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (!it.value().isObject() || entry.isEmpty())
            return std::nullopt;
        ParseValue::AclAccess access;
        for (auto flag = entry.begin(); flag != entry.end(); ++flag) {
            if (flag.value() != QJsonValue(true))
                return std::nullopt;
            if (flag.key() == u"read")
                access.read = true;
            else if (flag.key() == u"write")
                access.write = true;
            else
                return std::nullopt;
        }
        acl.insert(acl.cend(), it.key(), access);
    }
    return acl;
}

QString aclSummary(const QMap<QString, ParseValue::AclAccess> &acl)
{
    QStringList parts;
    if (const auto everyone = acl.constFind(u"*"_s); everyone != acl.cend()) {
        if (everyone->read && everyone->write)
            parts << ParseValue::tr("public read/write");
        else if (everyone->read)
            parts << ParseValue::tr("public read");
        else
            parts << ParseValue::tr("public write");
    }
    const QStringList keys = acl.keys();
    const auto isRole = [](const QString &key) { return key.startsWith(u"role:"); };
    const auto users = std::count_if(keys.cbegin(), keys.cend(),
                                     [&](const QString &key) { return key != u"*" && !isRole(key); });
    if (users == 1)
        parts << ParseValue::tr("1 user");
    else if (users > 1)
        parts << ParseValue::tr("%1 users").arg(users);
    std::copy_if(keys.cbegin(), keys.cend(), std::back_inserter(parts), isRole);
    return parts.isEmpty() ? ParseValue::tr("master key only") : elided(parts.join(u"; "));
}

} // namespace

template <typename T> ParseValue ParseValue::make(Type type, T &&value)
{
    ParseValue result;
    result.m_d = std::make_shared<const Data>(Data{type, std::forward<T>(value)});
    return result;
}

template <typename T> const T *ParseValue::get() const
{
    return m_d ? std::get_if<T>(&m_d->value) : nullptr;
}

ParseValue ParseValue::fromJson(const QJsonValue &value, QStringView schemaType)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return {};
    case QJsonValue::Bool:
        return fromBool(value.toBool());
    case QJsonValue::Double:
        // Qt keeps integral JSON numbers as qint64; going through toDouble() would round above 2^53.
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return fromInteger(value.toInteger());
        return make(Type::Number, value.toDouble());
    case QJsonValue::String:
        if (schemaType == u"Date") {
            if (const QDateTime utc = parseIso(value.toString()); utc.isValid())
                return make(Type::Date, Data::Date{utc, value.toString(), true});
        }
        return fromString(value.toString());
    case QJsonValue::Array: {
        QList<ParseValue> items;
        const QJsonArray array = value.toArray();
        items.reserve(array.size());
        for (const QJsonValue &item : array)
            items.append(fromJson(item));
        return make(Type::Array, std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (schemaType == u"ACL") {
            if (const auto acl = parseAcl(object))
                return fromAcl(*acl);
            return make(Type::Raw, QJsonValue(value));
        }
        if (object.contains(u"__type"))
            return decodeTyped(object);
        return make(Type::Object, Data::Object{{}, decodeMembers(object, false)});
    }
    case QJsonValue::Undefined:
        break;
    }
    // Undefined is what a missing key reads as; keeping it means re-inserting it leaves the key missing.
    return make(Type::Raw, QJsonValue(value));
}

ParseValue ParseValue::fromField(QStringView field, const QJsonValue &value)
{
    const bool isTimestamp = field == u"createdAt" || field == u"updatedAt";
    return fromJson(value, isTimestamp ? QStringView(u"Date") : QStringView());
}

ParseValue ParseValue::decodeTyped(const QJsonObject &object)
{
    const QString type = object.value(u"__type").toString();
    const auto string = [&](QStringView key) { return object.value(key).toString(); };
    const auto number = [&](QStringView key) { return object.value(key).toDouble(); };

    if (type == u"Object") {
        // Members are decoded one by one, each losslessly, so no re-encoding check is needed.
        if (const QString className = string(u"className"); !className.isEmpty())
            return make(Type::Object, Data::Object{className, decodeMembers(object, true)});
        return make(Type::Raw, QJsonValue(object));
    }

    ParseValue decoded;
    if (type == u"Date") {
        if (const QDateTime utc = parseIso(string(u"iso")); utc.isValid())
            decoded = make(Type::Date, Data::Date{utc, string(u"iso"), false});
    } else if (type == u"Pointer") {
        decoded = make(Type::Pointer, Data::Pointer{string(u"className"), string(u"objectId")});
    } else if (type == u"Relation") {
        decoded = make(Type::Relation, Data::Relation{string(u"className")});
    } else if (type == u"File") {
        decoded = make(Type::File, Data::File{string(u"name"), string(u"url")});
    } else if (type == u"GeoPoint") {
        decoded = make(Type::GeoPoint, LatLng{number(u"latitude"), number(u"longitude")});
    } else if (type == u"Polygon") {
        QList<LatLng> points;
        for (const QJsonValue &point : object.value(u"coordinates").toArray())
            points.append({point[0].toDouble(), point[1].toDouble()});
        decoded = make(Type::Polygon, std::move(points));
    } else if (type == u"Bytes") {
        const QString base64 = string(u"base64");
        if (auto data =
                QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors))
            decoded = make(Type::Bytes, Data::Bytes{*std::move(data), base64});
    }
    // The fields above are read leniently (a wrong type reads as ""/0, extra keys are ignored); accepting
    // only values that re-encode to the exact input turns every such mismatch into Raw. CBOR equality,
    // unlike QJsonValue's, also tells an integer from a double of the same value.
    const QCborValue input = QCborValue::fromJsonValue(object);
    if (decoded.type() != Type::Null && QCborValue::fromJsonValue(decoded.toJson()) == input)
        return decoded;
    return make(Type::Raw, QJsonValue(object));
}

QJsonValue ParseValue::toJson() const
{
    switch (type()) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::Bool:
        return *get<bool>();
    case Type::Number:
        if (const auto *integer = get<qint64>())
            return *integer;
        return *get<double>();
    case Type::String:
        return *get<QString>();
    case Type::Date: {
        const auto &date = *get<Data::Date>();
        return date.bare ? QJsonValue(date.iso) : typed(u"Date"_s, {{u"iso"_s, date.iso}});
    }
    case Type::Pointer: {
        const auto &pointer = *get<Data::Pointer>();
        return typed(u"Pointer"_s, {{u"className"_s, pointer.className}, {u"objectId"_s, pointer.objectId}});
    }
    case Type::Relation:
        return typed(u"Relation"_s, {{u"className"_s, get<Data::Relation>()->className}});
    case Type::File: {
        const auto &file = *get<Data::File>();
        QJsonObject fields{{u"name"_s, file.name}};
        // Parse omits the url on files that were only referenced by name.
        if (!file.url.isEmpty())
            fields.insert(u"url"_s, file.url);
        return typed(u"File"_s, fields);
    }
    case Type::GeoPoint: {
        const auto &point = *get<LatLng>();
        return typed(u"GeoPoint"_s, {{u"latitude"_s, point.latitude}, {u"longitude"_s, point.longitude}});
    }
    case Type::Polygon: {
        QJsonArray coordinates;
        for (const LatLng &point : *get<QList<LatLng>>())
            coordinates.append(QJsonArray{point.latitude, point.longitude});
        return typed(u"Polygon"_s, {{u"coordinates"_s, coordinates}});
    }
    case Type::Bytes:
        return typed(u"Bytes"_s, {{u"base64"_s, get<Data::Bytes>()->base64}});
    case Type::Acl: {
        const auto &entries = *get<Data::Acl>();
        QJsonObject acl;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            QJsonObject entry;
            if (it->read)
                entry.insert(u"read"_s, true);
            if (it->write)
                entry.insert(u"write"_s, true);
            acl.insert(it.key(), entry);
        }
        return acl;
    }
    case Type::Array: {
        QJsonArray array;
        for (const ParseValue &item : *get<QList<ParseValue>>())
            array.append(item.toJson());
        return array;
    }
    case Type::Object: {
        const auto &object = *get<Data::Object>();
        QJsonObject json;
        for (auto it = object.members.cbegin(); it != object.members.cend(); ++it)
            json.insert(it.key(), it->toJson());
        if (!object.className.isEmpty()) {
            json.insert(u"__type"_s, u"Object"_s);
            json.insert(u"className"_s, object.className);
        }
        return json;
    }
    case Type::Raw:
        return *get<QJsonValue>();
    }
    Q_UNREACHABLE();
}

ParseValue ParseValue::fromBool(bool value)
{
    return make(Type::Bool, value);
}

ParseValue ParseValue::fromInteger(qint64 value)
{
    return make(Type::Number, value);
}

ParseValue ParseValue::fromDouble(double value)
{
    // Same normalisation as QJsonValue (integral doubles become integers), so values compare as decoded.
    return fromJson(QJsonValue(value));
}

ParseValue ParseValue::fromString(const QString &value)
{
    return make(Type::String, QString(value));
}

ParseValue ParseValue::fromDateTime(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    const QDateTime utc = value.toUTC();
    return make(Type::Date, Data::Date{utc, utc.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"), false});
}

ParseValue ParseValue::pointer(const QString &className, const QString &objectId)
{
    return make(Type::Pointer, Data::Pointer{className, objectId});
}

ParseValue ParseValue::geoPoint(double latitude, double longitude)
{
    return make(Type::GeoPoint, LatLng{latitude, longitude});
}

ParseValue ParseValue::fromBytes(const QByteArray &data)
{
    return make(Type::Bytes, Data::Bytes{data, QString::fromLatin1(data.toBase64())});
}

ParseValue ParseValue::fromAcl(const QMap<QString, AclAccess> &acl)
{
    Data::Acl granted;
    for (auto it = acl.cbegin(); it != acl.cend(); ++it) {
        if (it->read || it->write)
            granted.insert(granted.cend(), it.key(), *it);
    }
    return make(Type::Acl, std::move(granted));
}

ParseValue::Type ParseValue::type() const
{
    return m_d ? m_d->type : Type::Null;
}

QString ParseValue::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return u"Null"_s;
    case Type::Bool:
        return u"Boolean"_s;
    case Type::Number:
        return u"Number"_s;
    case Type::String:
        return u"String"_s;
    case Type::Date:
        return u"Date"_s;
    case Type::Pointer:
        return u"Pointer"_s;
    case Type::Relation:
        return u"Relation"_s;
    case Type::File:
        return u"File"_s;
    case Type::GeoPoint:
        return u"GeoPoint"_s;
    case Type::Polygon:
        return u"Polygon"_s;
    case Type::Bytes:
        return u"Bytes"_s;
    case Type::Acl:
        return u"ACL"_s;
    case Type::Array:
        return u"Array"_s;
    case Type::Object:
        return u"Object"_s;
    case Type::Raw:
        return u"Raw"_s;
    }
    Q_UNREACHABLE();
}

QString ParseValue::displayText() const
{
    switch (type()) {
    case Type::Null:
        return u"null"_s;
    case Type::Bool:
        return toBool() ? u"true"_s : u"false"_s;
    case Type::Number:
        if (const auto *integer = get<qint64>())
            return QString::number(*integer);
        return QString::number(*get<double>(), 'g', QLocale::FloatingPointShortest);
    case Type::String:
        return elided(*get<QString>());
    case Type::Date:
        return get<Data::Date>()->utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss");
    case Type::Pointer:
        return className() + u':' + objectId();
    case Type::Relation:
        return tr("Relation<%1>").arg(className());
    case Type::File:
        return name();
    case Type::GeoPoint:
        return u"(%1, %2)"_s.arg(latitude(), 0, 'f', 4).arg(longitude(), 0, 'f', 4);
    case Type::Polygon:
        return tr("Polygon, %1 points").arg(get<QList<LatLng>>()->size());
    case Type::Bytes: {
        // The first bytes in hex tell a signature or a text apart at a glance.
        const QByteArray &data = get<Data::Bytes>()->data;
        constexpr int kShown = 8;
        const QString hex = QString::fromLatin1(data.first(qMin(kShown, int(data.size()))).toHex(' '));
        return tr("%1 bytes: %2").arg(data.size()).arg(data.size() > kShown ? hex + QChar(0x2026) : hex);
    }
    case Type::Acl:
        return aclSummary(*get<Data::Acl>());
    case Type::Object:
        // An included object stands in for a pointer, so show it like one.
        if (!className().isEmpty() && !objectId().isEmpty())
            return className() + u':' + objectId();
        break;
    case Type::Array:
        break;
    case Type::Raw:
        if (get<QJsonValue>()->isUndefined())
            return {};
        break;
    }
    return elided(compactJson(toJson()));
}

bool ParseValue::toBool() const
{
    const auto *value = get<bool>();
    return value && *value;
}

qint64 ParseValue::toInt64() const
{
    const auto *value = get<qint64>();
    return value ? *value : 0;
}

double ParseValue::toDouble() const
{
    if (const auto *integer = get<qint64>())
        return double(*integer);
    const auto *value = get<double>();
    return value ? *value : 0;
}

bool ParseValue::isIntegral() const
{
    return get<qint64>() != nullptr;
}

QString ParseValue::toString() const
{
    const auto *value = get<QString>();
    return value ? *value : QString();
}

QDateTime ParseValue::toDateTime() const
{
    const auto *date = get<Data::Date>();
    return date ? date->utc : QDateTime();
}

QString ParseValue::className() const
{
    if (const auto *pointer = get<Data::Pointer>())
        return pointer->className;
    if (const auto *relation = get<Data::Relation>())
        return relation->className;
    const auto *object = get<Data::Object>();
    return object ? object->className : QString();
}

QString ParseValue::objectId() const
{
    if (const auto *pointer = get<Data::Pointer>())
        return pointer->objectId;
    const auto *object = get<Data::Object>();
    return object && !object->className.isEmpty() ? object->members.value(u"objectId"_s).toString()
                                                  : QString();
}

double ParseValue::latitude() const
{
    const auto *point = get<LatLng>();
    return point ? point->latitude : 0;
}

double ParseValue::longitude() const
{
    const auto *point = get<LatLng>();
    return point ? point->longitude : 0;
}

QString ParseValue::url() const
{
    const auto *file = get<Data::File>();
    return file ? file->url : QString();
}

QString ParseValue::name() const
{
    const auto *file = get<Data::File>();
    return file ? file->name : QString();
}

QList<ParseValue> ParseValue::array() const
{
    const auto *items = get<QList<ParseValue>>();
    return items ? *items : QList<ParseValue>();
}

QList<std::pair<QString, QStringList>> ParseValue::pointerGroups() const
{
    QList<std::pair<QString, QStringList>> groups;
    for (const ParseValue &item : array()) {
        if (item.type() != Type::Pointer)
            continue;
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&item](const auto &g) { return g.first == item.className(); });
        if (group == groups.end())
            group = groups.insert(groups.end(), {item.className(), {}});
        if (!group->second.contains(item.objectId()))
            group->second.append(item.objectId());
    }
    return groups;
}

QMap<QString, ParseValue> ParseValue::object() const
{
    const auto *object = get<Data::Object>();
    return object ? object->members : QMap<QString, ParseValue>();
}

QList<ParseValue::LatLng> ParseValue::coordinates() const
{
    const auto *points = get<QList<LatLng>>();
    return points ? *points : QList<LatLng>();
}

QByteArray ParseValue::bytes() const
{
    const auto *bytes = get<Data::Bytes>();
    return bytes ? bytes->data : QByteArray();
}

QMap<QString, ParseValue::AclAccess> ParseValue::acl() const
{
    const auto *acl = get<Data::Acl>();
    return acl ? *acl : Data::Acl();
}

bool ParseValue::operator==(const ParseValue &other) const
{
    return m_d == other.m_d || (type() == other.type() && toJson() == other.toJson());
}
