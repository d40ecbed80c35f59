#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <memory>

// One field value as Parse's REST API encodes it. Decoding is lossless: fromJson(v).toJson() == v for
// every input, because anything that does not match a known Parse shape exactly is kept verbatim as Raw.
// Immutable and cheap to copy (the payload is shared).
class ParseValue
{
    Q_DECLARE_TR_FUNCTIONS(ParseValue)

public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Date,
        Pointer,
        Relation,
        File,
        GeoPoint,
        Polygon,
        Bytes,
        Acl,
        Array,
        Object,
        Raw
    };

    struct LatLng
    {
        double latitude = 0;
        double longitude = 0;
        bool operator==(const LatLng &) const = default;
    };

    struct AclAccess
    {
        bool read = false;
        bool write = false;
        bool operator==(const AclAccess &) const = default;
    };

    ParseValue() = default; // Null

    // schemaType is the field's type from the class schema ("ACL", "Date", ...). It only adds meaning the
    // JSON cannot carry itself: "ACL" decodes a plain object as an ACL, "Date" decodes a bare ISO string
    // (createdAt/updatedAt) as a Date that re-encodes as that bare string.
    static ParseValue fromJson(const QJsonValue &value, QStringView schemaType = {});
    // A field of an object read without its schema: Parse's own createdAt and updatedAt come as bare
    // ISO strings there, and are still dates.
    static ParseValue fromField(QStringView field, const QJsonValue &value);
    QJsonValue toJson() const;

    static ParseValue fromBool(bool value);
    static ParseValue fromInteger(qint64 value);
    static ParseValue fromDouble(double value);
    static ParseValue fromString(const QString &value);
    static ParseValue fromDateTime(const QDateTime &value); // invalid -> Null; stored in UTC, ms precision
    static ParseValue pointer(const QString &className, const QString &objectId);
    static ParseValue geoPoint(double latitude, double longitude);
    static ParseValue fromBytes(const QByteArray &data);
    static ParseValue fromAcl(const QMap<QString, AclAccess> &acl); // entries granting nothing are dropped

    Type type() const;
    static QString typeName(Type type); // Parse schema spelling: "Boolean", "ACL", ...
    QString displayText() const;

    // Accessors return an empty/zero value when the type does not match.
    bool toBool() const;
    qint64 toInt64() const; // 0 unless isIntegral(); integral doubles are stored as integers, like QJsonValue
    double toDouble() const;
    bool isIntegral() const;
    QString toString() const;
    QDateTime toDateTime() const;    // UTC
    QString className() const;       // Pointer, Relation, included Object
    QString objectId() const;        // Pointer, included Object
    double latitude() const;         // GeoPoint
    double longitude() const;        // GeoPoint
    QString url() const;             // File
    QString name() const;            // File
    QList<ParseValue> array() const; // Array
    // Array: the objectIds of the pointers it holds, per class, classes in order of first appearance.
    QList<std::pair<QString, QStringList>> pointerGroups() const;
    QMap<QString, ParseValue> object() const; // Object, without __type/className
    QList<LatLng> coordinates() const;        // Polygon
    QByteArray bytes() const;                 // Bytes, decoded
    QMap<QString, AclAccess> acl() const;     // Acl

    // Same type and equal encoded JSON (QJsonValue equality).
    bool operator==(const ParseValue &other) const;

private:
    struct Data;

    template <typename T> static ParseValue make(Type type, T &&value);
    template <typename T> const T *get() const;
    static ParseValue decodeTyped(const QJsonObject &object);

    std::shared_ptr<const Data> m_d;
};

Q_DECLARE_METATYPE(ParseValue)
