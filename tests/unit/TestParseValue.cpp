#include "core/data/JsonText.h"
#include "core/data/ParseValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using Type = ParseValue::Type;

namespace {

// Test data is JSON text; wrapping it in an array allows scalars. Invalid text yields Undefined.
QJsonValue parse(const QString &json)
{
    return QJsonDocument::fromJson('[' + json.toUtf8() + ']').array().at(0);
}

// Stricter than QJsonValue::operator==, which treats 1 and 1.0 as equal; text also makes diffs readable.
QByteArray serialised(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

const QString Acl = uR"({"*":{"read":true},"u1":{"read":true,"write":true},"u2":{"read":true},)"
                    uR"("role:Admin":{"read":true,"write":true}})"_s;
const QString IncludedRoom = uR"({"__type":"Object","className":"Room","objectId":"abc123","name":"Lobby",)"
                             uR"("createdAt":"2024-01-02T03:04:05.678Z","ACL":{"*":{"read":true}},)"
                             uR"("owner":{"__type":"Pointer","className":"_User","objectId":"u1"}})"_s;

} // namespace

class TestParseValue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void integersStayExact_data();
    void integersStayExact();
    void numberKinds_data();
    void numberKinds();
    void displayText_data();
    void displayText();
    void typeName_data();
    void typeName();
    void accessors();
    void constructors();
    void undefinedStaysUndefined();
    void equalityAndVariant();
    void pointerGroups_data();
    void pointerGroups();
    void bytesFromData();
};

void TestParseValue::initTestCase()
{
    // A POSIX rule needs no tzdata and makes local-time display deterministic (CET, CEST in summer).
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
}

void TestParseValue::roundTrip_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("schemaType");
    QTest::addColumn<Type>("type");

    const auto row = [](const char *name, const QString &json, Type type, const QString &schemaType = {}) {
        QTest::newRow(name) << json << schemaType << type;
    };

    row("null", u"null"_s, Type::Null);
    row("true", u"true"_s, Type::Bool);
    row("false", u"false"_s, Type::Bool);
    row("zero", u"0"_s, Type::Number);
    row("negative", u"-42"_s, Type::Number);
    row("above 2^53", u"9007199254740993"_s, Type::Number);
    row("int64 max", u"9223372036854775807"_s, Type::Number);
    row("int64 min", u"-9223372036854775808"_s, Type::Number);
    row("fraction", u"0.5"_s, Type::Number);
    row("tiny", u"-1.5e-7"_s, Type::Number);
    row("huge", u"1e300"_s, Type::Number);
    row("beyond int64", u"1e19"_s, Type::Number);
    row("integral double", u"1.0"_s, Type::Number);
    row("negative zero", u"-0.0"_s, Type::Number);
    row("empty string", uR"("")"_s, Type::String);
    row("unicode string", uR"("héllo ✓ 😀")"_s, Type::String);
    row("iso string without schema", uR"("2024-01-02T03:04:05.678Z")"_s, Type::String);

    row("date", uR"({"__type":"Date","iso":"2024-01-02T03:04:05.678Z"})"_s, Type::Date);
    row("date without ms", uR"({"__type":"Date","iso":"2024-01-02T03:04:05Z"})"_s, Type::Date);
    row("date with offset", uR"({"__type":"Date","iso":"2024-01-02T05:04:05.678+02:00"})"_s, Type::Date);
    row("bare date with schema", uR"("2024-01-02T03:04:05.678Z")"_s, Type::Date, u"Date"_s);
    row("non-date string with Date schema", uR"("tomorrow")"_s, Type::String, u"Date"_s);
    row("date without zone", uR"({"__type":"Date","iso":"2024-01-02T03:04:05.678"})"_s, Type::Raw);
    row("date only", uR"({"__type":"Date","iso":"2024-01-02"})"_s, Type::Raw);
    row("date without iso", uR"({"__type":"Date"})"_s, Type::Raw);
    row("date with numeric iso", uR"({"__type":"Date","iso":1704164645678})"_s, Type::Raw);
    row("date with garbage iso", uR"({"__type":"Date","iso":"yesterday"})"_s, Type::Raw);
    row("date with extra key", uR"({"__type":"Date","iso":"2024-01-02T03:04:05.678Z","tz":"UTC"})"_s,
        Type::Raw);

    row("pointer", uR"({"__type":"Pointer","className":"Room","objectId":"abc123"})"_s, Type::Pointer);
    row("pointer without objectId", uR"({"__type":"Pointer","className":"Room"})"_s, Type::Raw);
    row("pointer with numeric objectId", uR"({"__type":"Pointer","className":"Room","objectId":7})"_s,
        Type::Raw);
    row("pointer with extra key", uR"({"__type":"Pointer","className":"Room","objectId":"a","x":1})"_s,
        Type::Raw);
    row("relation", uR"({"__type":"Relation","className":"_User"})"_s, Type::Relation);
    row("relation with objectId", uR"({"__type":"Relation","className":"_User","objectId":"a"})"_s,
        Type::Raw);
    row("file", uR"({"__type":"File","name":"a_pic.png","url":"http://x/files/a_pic.png"})"_s, Type::File);
    row("file without url", uR"({"__type":"File","name":"a_pic.png"})"_s, Type::File);
    row("file with empty url", uR"({"__type":"File","name":"a_pic.png","url":""})"_s, Type::Raw);
    row("file with numeric name", uR"({"__type":"File","name":3})"_s, Type::Raw);
    row("geopoint", uR"({"__type":"GeoPoint","latitude":52.52,"longitude":13.405})"_s, Type::GeoPoint);
    row("geopoint with integers", uR"({"__type":"GeoPoint","latitude":52,"longitude":-13})"_s,
        Type::GeoPoint);
    row("geopoint with string latitude", uR"({"__type":"GeoPoint","latitude":"52.52","longitude":13.4})"_s,
        Type::Raw);
    row("geopoint with int64 latitude",
        uR"({"__type":"GeoPoint","latitude":9223372036854775807,"longitude":1.5})"_s, Type::Raw);
    row("geopoint without longitude", uR"({"__type":"GeoPoint","latitude":52.52})"_s, Type::Raw);
    row("polygon", uR"({"__type":"Polygon","coordinates":[[0.5,1.5],[1,2],[3.25,-4]]})"_s, Type::Polygon);
    row("polygon with 3d point", uR"({"__type":"Polygon","coordinates":[[0,1],[1,2,3],[3,4]]})"_s, Type::Raw);
    row("polygon with string point", uR"({"__type":"Polygon","coordinates":[[0,1],"x",[3,4]]})"_s, Type::Raw);
    row("polygon with string coordinates", uR"({"__type":"Polygon","coordinates":"0,1"})"_s, Type::Raw);
    row("bytes", uR"({"__type":"Bytes","base64":"aGVsbG8="})"_s, Type::Bytes);
    row("empty bytes", uR"({"__type":"Bytes","base64":""})"_s, Type::Bytes);
    row("bytes with invalid base64", uR"({"__type":"Bytes","base64":"not base64!"})"_s, Type::Raw);

    row("acl", Acl, Type::Acl, u"ACL"_s);
    row("empty acl", u"{}"_s, Type::Acl, u"ACL"_s);
    row("null acl", u"null"_s, Type::Null, u"ACL"_s);
    row("acl without schema is an object", Acl, Type::Object);
    row("acl with false flag", uR"({"*":{"read":false}})"_s, Type::Raw, u"ACL"_s);
    row("acl with unknown flag", uR"({"*":{"read":true,"delete":true}})"_s, Type::Raw, u"ACL"_s);
    row("acl with empty entry", uR"({"u1":{}})"_s, Type::Raw, u"ACL"_s);
    row("acl with non-object entry", uR"({"u1":"read"})"_s, Type::Raw, u"ACL"_s);

    row("included object", IncludedRoom, Type::Object);
    row("included object without className", uR"({"__type":"Object","objectId":"a"})"_s, Type::Raw);
    row("included object with empty className", uR"({"__type":"Object","className":""})"_s, Type::Raw);
    row("unknown __type", uR"({"__type":"Mystery","payload":[1,2]})"_s, Type::Raw);
    row("non-string __type", uR"({"__type":5,"iso":"2024-01-02T03:04:05.678Z"})"_s, Type::Raw);
    row("operation is a plain object", uR"({"__op":"Increment","amount":1})"_s, Type::Object);

    row("empty array", u"[]"_s, Type::Array);
    row("array of typed values",
        uR"([{"__type":"Date","iso":"2024-01-02T03:04:05.678Z"},{"__type":"Pointer","className":"A","objectId":"b"},)"
        uR"(9007199254740993,0.25,[{"__type":"GeoPoint","latitude":1.5,"longitude":2.5}],{"__type":"Nope"}])"_s,
        Type::Array);
    row("nested object",
        uR"({"when":{"__type":"Date","iso":"2024-01-02T03:04:05.678Z"},"big":-9007199254740993,)"
        uR"("inner":{"list":[{"__type":"Bytes","base64":"AAE="},null,true],"room":)"_s +
            IncludedRoom + u"}}"_s,
        Type::Object);
}

void TestParseValue::roundTrip()
{
    QFETCH(QString, json);
    QFETCH(QString, schemaType);
    QFETCH(Type, type);

    const QJsonValue input = parse(json);
    QVERIFY2(!input.isUndefined(), "test data is not valid JSON");
    const ParseValue value = ParseValue::fromJson(input, schemaType);
    QCOMPARE(ParseValue::typeName(value.type()), ParseValue::typeName(type));
    QVERIFY(value.toJson() == input);
    QCOMPARE(serialised(value.toJson()), serialised(input));
    // Editors decode what they encoded, so decoding must be stable.
    QCOMPARE(ParseValue::fromJson(value.toJson(), schemaType), value);
}

void TestParseValue::integersStayExact_data()
{
    QTest::addColumn<qint64>("integer");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("2^53 + 1") << qint64(9007199254740993);
    QTest::newRow("-(2^53 + 1)") << qint64(-9007199254740993);
    QTest::newRow("max") << std::numeric_limits<qint64>::max();
    QTest::newRow("min") << std::numeric_limits<qint64>::min();
}

void TestParseValue::integersStayExact()
{
    QFETCH(qint64, integer);

    const ParseValue value = ParseValue::fromJson(QJsonValue(integer));
    QVERIFY(value.isIntegral());
    QCOMPARE(value.toInt64(), integer);
    QCOMPARE(value.toJson().toInteger(), integer);
    QCOMPARE(value.toJson().toVariant().typeId(), int(QMetaType::LongLong));

    // The way a reply arrives: JSON text.
    const QJsonValue parsed = QJsonDocument::fromJson('[' + QByteArray::number(integer) + ']').array().at(0);
    QCOMPARE(ParseValue::fromJson(parsed).toJson().toInteger(), integer);
    QCOMPARE(ParseValue::fromInteger(integer).toJson().toInteger(), integer);
}

void TestParseValue::numberKinds_data()
{
    // QJsonValue itself stores integral doubles (and -0.0) as integers; ParseValue must keep whichever kind
    // the input has, and must not turn a double into an integer or the other way round.
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("integral");
    QTest::newRow("fraction") << 0.5 << false;
    QTest::newRow("one point zero") << 1.0 << true;
    QTest::newRow("negative zero") << -0.0 << true;
    QTest::newRow("beyond int64") << 1e19 << false;
    QTest::newRow("huge negative") << -1e300 << false;
    QTest::newRow("not exactly representable") << 0.1 << false;
}

void TestParseValue::numberKinds()
{
    QFETCH(double, number);
    QFETCH(bool, integral);

    const QJsonValue input(number);
    const ParseValue value = ParseValue::fromJson(input);
    QCOMPARE(ParseValue::typeName(value.type()), u"Number"_s);
    QCOMPARE(value.isIntegral(), integral);
    QCOMPARE(value.toJson().toVariant().typeId(), input.toVariant().typeId());
    QCOMPARE(value.toDouble(), input.toDouble());
    QCOMPARE(std::signbit(value.toJson().toDouble()), std::signbit(input.toDouble()));
    QCOMPARE(serialised(ParseValue::fromDouble(number).toJson()), serialised(input));
}

void TestParseValue::displayText_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("schemaType");
    QTest::addColumn<QString>("text");

    const auto row = [](const char *name, const QString &json, const QString &text,
                        const QString &schemaType = {}) {
        QTest::newRow(name) << json << schemaType << text;
    };

    const QString longText(300, u'x');
    QString longArray;
    for (int i = 0; i < 100; ++i)
        longArray += (i ? u","_s : u"["_s) + QString::number(i);
    longArray += u']';

    row("null", u"null"_s, u"null"_s);
    row("bool", u"true"_s, u"true"_s);
    row("integer", u"9007199254740993"_s, u"9007199254740993"_s);
    row("double", u"0.1"_s, u"0.1"_s);
    row("string", uR"("Lobby")"_s, u"Lobby"_s);
    row("long string", u"\""_s + longText + u"\""_s, QString(199, u'x') + u'…');
    row("date in winter", uR"({"__type":"Date","iso":"2024-01-02T03:04:05.678Z"})"_s,
        u"2024-01-02 04:04:05"_s);
    row("date in summer", uR"({"__type":"Date","iso":"2024-07-01T12:00:00.000Z"})"_s,
        u"2024-07-01 14:00:00"_s);
    row("date with offset", uR"({"__type":"Date","iso":"2024-01-02T05:04:05.678+02:00"})"_s,
        u"2024-01-02 04:04:05"_s);
    row("bare date", uR"("2024-01-02T03:04:05.678Z")"_s, u"2024-01-02 04:04:05"_s, u"Date"_s);
    row("pointer", uR"({"__type":"Pointer","className":"Room","objectId":"abc123"})"_s, u"Room:abc123"_s);
    row("relation", uR"({"__type":"Relation","className":"_User"})"_s, u"Relation<_User>"_s);
    row("file", uR"({"__type":"File","name":"a_pic.png","url":"http://x/a_pic.png"})"_s, u"a_pic.png"_s);
    row("geopoint", uR"({"__type":"GeoPoint","latitude":52.52,"longitude":13.405})"_s,
        u"(52.5200, 13.4050)"_s);
    row("southern geopoint", uR"({"__type":"GeoPoint","latitude":-33.8688,"longitude":151.2093})"_s,
        u"(-33.8688, 151.2093)"_s);
    row("polygon", uR"({"__type":"Polygon","coordinates":[[0,1],[1,2],[3,4]]})"_s, u"Polygon, 3 points"_s);
    row("bytes", uR"({"__type":"Bytes","base64":"aGVsbG8="})"_s, u"5 bytes: 68 65 6c 6c 6f"_s);
    row("long bytes", uR"({"__type":"Bytes","base64":"AAECAwQFBgcICQ=="})"_s,
        u"10 bytes: 00 01 02 03 04 05 06 07…"_s);
    row("acl", Acl, u"public read; 2 users; role:Admin"_s, u"ACL"_s);
    row("public read/write acl", uR"({"*":{"read":true,"write":true}})"_s, u"public read/write"_s, u"ACL"_s);
    row("single user acl", uR"({"u1":{"write":true}})"_s, u"1 user"_s, u"ACL"_s);
    row("empty acl", u"{}"_s, u"master key only"_s, u"ACL"_s);
    row("array", uR"([1,"a",{"__type":"Pointer","className":"A","objectId":"b"}])"_s,
        uR"([1,"a",{"__type":"Pointer","className":"A","objectId":"b"}])"_s);
    row("long array", longArray, longArray.left(199) + u'…');
    row("object", uR"({"b":2,"a":[true]})"_s, uR"({"a":[true],"b":2})"_s);
    row("included object", IncludedRoom, u"Room:abc123"_s);
    row("included object without objectId", uR"({"__type":"Object","className":"Room","n":1})"_s,
        uR"({"__type":"Object","className":"Room","n":1})"_s);
    row("raw", uR"({"__type":"Mystery","v":1})"_s, uR"({"__type":"Mystery","v":1})"_s);
}

void TestParseValue::displayText()
{
    QFETCH(QString, json);
    QFETCH(QString, schemaType);
    QFETCH(QString, text);

    const QJsonValue input = parse(json);
    QVERIFY2(!input.isUndefined(), "test data is not valid JSON");
    QCOMPARE(ParseValue::fromJson(input, schemaType).displayText(), text);
}

void TestParseValue::typeName_data()
{
    QTest::addColumn<Type>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("bool") << Type::Bool << u"Boolean"_s;
    QTest::newRow("number") << Type::Number << u"Number"_s;
    QTest::newRow("date") << Type::Date << u"Date"_s;
    QTest::newRow("geopoint") << Type::GeoPoint << u"GeoPoint"_s;
    QTest::newRow("acl") << Type::Acl << u"ACL"_s;
    QTest::newRow("object") << Type::Object << u"Object"_s;
    QTest::newRow("raw") << Type::Raw << u"Raw"_s;
}

void TestParseValue::typeName()
{
    QFETCH(Type, type);
    QFETCH(QString, name);
    QCOMPARE(ParseValue::typeName(type), name);
}

void TestParseValue::accessors()
{
    const ParseValue date =
        ParseValue::fromJson(parse(uR"({"__type":"Date","iso":"2024-01-02T05:04:05.678+02:00"})"_s));
    QCOMPARE(date.toDateTime(), QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
    QCOMPARE(date.toDateTime().timeSpec(), Qt::UTC);

    const ParseValue pointer =
        ParseValue::fromJson(parse(uR"({"__type":"Pointer","className":"Room","objectId":"a1"})"_s));
    QCOMPARE(pointer.className(), u"Room"_s);
    QCOMPARE(pointer.objectId(), u"a1"_s);
    QCOMPARE(ParseValue::fromJson(parse(uR"({"__type":"Relation","className":"_User"})"_s)).className(),
             u"_User"_s);

    const ParseValue file =
        ParseValue::fromJson(parse(uR"({"__type":"File","name":"n.txt","url":"http://x/n.txt"})"_s));
    QCOMPARE(file.name(), u"n.txt"_s);
    QCOMPARE(file.url(), u"http://x/n.txt"_s);

    const ParseValue geo =
        ParseValue::fromJson(parse(uR"({"__type":"GeoPoint","latitude":52.52,"longitude":13.405})"_s));
    QCOMPARE(geo.latitude(), 52.52);
    QCOMPARE(geo.longitude(), 13.405);

    const ParseValue polygon =
        ParseValue::fromJson(parse(uR"({"__type":"Polygon","coordinates":[[0.5,1],[2,3]]})"_s));
    QCOMPARE(polygon.coordinates(), (QList<ParseValue::LatLng>{{0.5, 1}, {2, 3}}));

    QCOMPARE(ParseValue::fromJson(parse(uR"({"__type":"Bytes","base64":"aGVsbG8="})"_s)).bytes(), "hello");

    const QMap<QString, ParseValue::AclAccess> acl = ParseValue::fromJson(parse(Acl), u"ACL").acl();
    QCOMPARE(acl.keys(), (QStringList{u"*"_s, u"role:Admin"_s, u"u1"_s, u"u2"_s}));
    QCOMPARE(acl.value(u"*"_s), (ParseValue::AclAccess{true, false}));
    QCOMPARE(acl.value(u"role:Admin"_s), (ParseValue::AclAccess{true, true}));

    const ParseValue room = ParseValue::fromJson(parse(IncludedRoom));
    QCOMPARE(room.className(), u"Room"_s);
    QCOMPARE(room.objectId(), u"abc123"_s);
    const QMap<QString, ParseValue> members = room.object();
    QVERIFY(!members.contains(u"__type"_s));
    QVERIFY(!members.contains(u"className"_s));
    QCOMPARE(members.value(u"name"_s).toString(), u"Lobby"_s);
    // Reserved fields of a Parse object carry their schema types.
    QCOMPARE(members.value(u"ACL"_s).type(), Type::Acl);
    QCOMPARE(members.value(u"createdAt"_s).type(), Type::Date);
    QCOMPARE(members.value(u"owner"_s).objectId(), u"u1"_s);

    const QList<ParseValue> items = ParseValue::fromJson(parse(uR"([true,"s",3,2.5])"_s)).array();
    QCOMPARE(items.size(), 4);
    QVERIFY(items.at(0).toBool());
    QCOMPARE(items.at(1).toString(), u"s"_s);
    QCOMPARE(items.at(2).toDouble(), 3.0);
    QCOMPARE(items.at(3).toDouble(), 2.5);
    QCOMPARE(items.at(3).toInt64(), 0); // not integral

    // Mismatched accessors answer empty rather than converting.
    QCOMPARE(items.at(1).toInt64(), 0);
    QVERIFY(!items.at(1).toBool());
    QVERIFY(!pointer.toDateTime().isValid());
    QVERIFY(pointer.toString().isEmpty());
    QVERIFY(pointer.object().isEmpty());
    QVERIFY(ParseValue::fromJson(parse(u"{\"objectId\":\"x\"}"_s)).objectId().isEmpty());
    QVERIFY(ParseValue().array().isEmpty());
}

void TestParseValue::constructors()
{
    const QDateTime berlin(QDate(2024, 1, 2), QTime(4, 4, 5, 678), QTimeZone(3600));
    const ParseValue date = ParseValue::fromDateTime(berlin);
    QCOMPARE(serialised(date.toJson()),
             serialised(parse(uR"({"__type":"Date","iso":"2024-01-02T03:04:05.678Z"})"_s)));
    QCOMPARE(date.toDateTime(), berlin);
    QCOMPARE(date.toDateTime().time().msec(), 678);
    QCOMPARE(ParseValue::fromDateTime(QDateTime()).type(), Type::Null);

    QCOMPARE(ParseValue::pointer(u"Room"_s, u"a1"_s).toJson(),
             parse(uR"({"__type":"Pointer","className":"Room","objectId":"a1"})"_s));
    QCOMPARE(ParseValue::geoPoint(52.52, 13.405).toJson(),
             parse(uR"({"__type":"GeoPoint","latitude":52.52,"longitude":13.405})"_s));

    const ParseValue acl = ParseValue::fromAcl({{u"*"_s, {true, false}},
                                                {u"u1"_s, {true, true}},
                                                {u"u2"_s, {false, false}},
                                                {u"role:Ops"_s, {false, true}}});
    QCOMPARE(serialised(acl.toJson()),
             serialised(parse(
                 uR"({"*":{"read":true},"role:Ops":{"write":true},"u1":{"read":true,"write":true}})"_s)));

    QCOMPARE(serialised(ParseValue::fromBool(true).toJson()), "[true]");
    QCOMPARE(serialised(ParseValue::fromInteger(-7).toJson()), "[-7]");
    QCOMPARE(serialised(ParseValue::fromDouble(2.5).toJson()), "[2.5]");
    QVERIFY(ParseValue::fromDouble(2.0).isIntegral()); // normalised like QJsonValue
    QCOMPARE(serialised(ParseValue::fromString(u"hi"_s).toJson()), "[\"hi\"]");
}

void TestParseValue::undefinedStaysUndefined()
{
    // A missing field reads as Undefined; it must not turn into an explicit null when written back.
    const ParseValue missing = ParseValue::fromJson(QJsonObject().value(u"nope"));
    QCOMPARE(missing.type(), Type::Raw);
    QVERIFY(missing.toJson().isUndefined());
    QVERIFY(missing.displayText().isEmpty());
}

void TestParseValue::equalityAndVariant()
{
    const ParseValue pointer = ParseValue::pointer(u"Room"_s, u"a1"_s);
    QCOMPARE(QVariant::fromValue(pointer).value<ParseValue>(), pointer);
    QCOMPARE(ParseValue::fromJson(pointer.toJson()), pointer);
    QVERIFY(pointer != ParseValue::pointer(u"Room"_s, u"a2"_s));
    QVERIFY(ParseValue::fromString(u"1"_s) != ParseValue::fromInteger(1));
    QCOMPARE(ParseValue::fromInteger(1), ParseValue::fromDouble(1.0));
    QCOMPARE(ParseValue(), ParseValue::fromJson(QJsonValue::Null));

    // Same instant, different encodings: a bare createdAt string is not a typed Date.
    const QJsonValue iso(u"2024-01-02T03:04:05.678Z"_s);
    QVERIFY(ParseValue::fromJson(iso, u"Date") !=
            ParseValue::fromJson(QJsonObject{{u"__type"_s, u"Date"_s}, {u"iso"_s, iso}}));
}

void TestParseValue::pointerGroups_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("classes");
    QTest::addColumn<QList<QStringList>>("ids");
    QTest::newRow("no pointers") << u"[1, \"a\"]"_s << QStringList() << QList<QStringList>();
    QTest::newRow("not an array") << u"{\"a\": 1}"_s << QStringList() << QList<QStringList>();
    QTest::newRow("one class, duplicates once")
        << uR"([{"__type":"Pointer","className":"Room","objectId":"a"},2,
                {"__type":"Pointer","className":"Room","objectId":"b"},
                {"__type":"Pointer","className":"Room","objectId":"a"}])"_s
        << QStringList{u"Room"_s} << QList<QStringList>{{u"a"_s, u"b"_s}};
    QTest::newRow("two classes in order of appearance")
        << uR"([{"__type":"Pointer","className":"_User","objectId":"u1"},
                {"__type":"Pointer","className":"Room","objectId":"r1"},
                {"__type":"Pointer","className":"_User","objectId":"u2"}])"_s
        << QStringList{u"_User"_s, u"Room"_s} << QList<QStringList>{{u"u1"_s, u"u2"_s}, {u"r1"_s}};
}

void TestParseValue::pointerGroups()
{
    QFETCH(QString, json);
    QFETCH(QStringList, classes);
    QFETCH(QList<QStringList>, ids);
    const JsonText::Parsed parsed = JsonText::parse(u"[%1]"_s.arg(json).toUtf8());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const auto groups = ParseValue::fromJson(parsed.document.array().first()).pointerGroups();
    QCOMPARE(groups.size(), classes.size());
    for (int i = 0; i < groups.size(); ++i) {
        QCOMPARE(groups.at(i).first, classes.at(i));
        QCOMPARE(groups.at(i).second, ids.at(i));
    }
}

void TestParseValue::bytesFromData()
{
    const QByteArray data("\x00\xff binary\n", 10);
    const ParseValue value = ParseValue::fromBytes(data);
    QCOMPARE(value.type(), ParseValue::Type::Bytes);
    QCOMPARE(value.bytes(), data);
    QCOMPARE(value.toJson().toObject().value(u"base64"_s).toString(), QString::fromLatin1(data.toBase64()));
    QCOMPARE(ParseValue::fromJson(value.toJson()), value);
}

QTEST_GUILESS_MAIN(TestParseValue)
#include "TestParseValue.moc"
