// ObjectRows: find replies decoded with simdjson into compact rows that decode back to exactly the objects
// sent; malformed replies give an error with its offset, never a crash.
#include "core/data/ObjectRows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {
QJsonObject fixture(const char *name)
{
    QFile f(QStringLiteral(PARSEDESK_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonArray resultsByQt(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("results")).toArray();
}
} // namespace

class TestObjectRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_rowsEqualTheJsonSent_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QJsonObject cases = fixture("object-rows-valid.json");
        for (auto it = cases.begin(); it != cases.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.value().toString().toUtf8();
        QTest::newRow("noRows") << QByteArrayLiteral("{\"results\":[]}");
    }
    void decode_rowsEqualTheJsonSent()
    {
        QFETCH(QByteArray, body);
        const ObjectRows::Decoded decoded = ObjectRows::fromFindReply(body);
        QVERIFY2(decoded.rows, qPrintable(decoded.error));
        const QJsonArray expected = resultsByQt(body);
        QCOMPARE(decoded.rows->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject object = expected.at(i).toObject();
            QCOMPARE(decoded.rows->object(i), object);
            QCOMPARE(decoded.rows->objectId(i), object.value(QLatin1String("objectId")).toString());
            QCOMPARE(decoded.rows->indexOf(object.value(QLatin1String("objectId")).toString()), i);
            // The text kept is the object's own text, nothing around it.
            QVERIFY(decoded.rows->json(i).startsWith('{') && decoded.rows->json(i).endsWith('}'));
        }
    }

    void decode_keepsTypedValuesExact()
    {
        const QByteArray body =
            fixture("object-rows-valid.json").value(QLatin1String("every")).toString().toUtf8();
        const ObjectRows::Decoded decoded = ObjectRows::fromFindReply(body);
        QVERIFY2(decoded.rows, qPrintable(decoded.error));
        const QJsonObject row = decoded.rows->object(0);
        // Beyond 2^53 a double would round these.
        QCOMPARE(row.value(QLatin1String("big")).toInteger(), Q_INT64_C(9007199254740993));
        QCOMPARE(row.value(QLatin1String("max")).toInteger(), std::numeric_limits<qint64>::max());
        QCOMPARE(row.value(QLatin1String("min")).toInteger(), std::numeric_limits<qint64>::min());
        QCOMPARE(row.value(QLatin1String("uni")).toString(), QStringLiteral("Zürich café 日本 😀"));
        QCOMPARE(row.value(QLatin1String("esc")).toString(),
                 QStringLiteral("quote \" backslash \\ tab \t newline \n slash / ctrl \u0001"));
        QCOMPARE(row.value(QLatin1String("ptr")).toObject().value(QLatin1String("objectId")).toString(),
                 QStringLiteral("u1"));
        QCOMPARE(row.value(QLatin1String("date")).toObject().value(QLatin1String("iso")).toString(),
                 QStringLiteral("2024-02-29T23:59:59.999Z"));
        // And the text is the server's, byte for byte.
        QVERIFY(decoded.rows->json(0).contains("9223372036854775807"));
        QVERIFY(decoded.rows->json(0).contains("123456789012345678901234567890"));
    }

    void decode_otherMembersComeBackAsRest()
    {
        const QByteArray body =
            fixture("object-rows-valid.json").value(QLatin1String("pretty")).toString().toUtf8();
        const ObjectRows::Decoded decoded = ObjectRows::fromFindReply(body);
        QVERIFY2(decoded.rows, qPrintable(decoded.error));
        QCOMPARE(decoded.rest, (QJsonObject{{QStringLiteral("count"), 2}}));
    }

    void decode_malformedGivesErrorWithOffset_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QJsonObject cases = fixture("object-rows-malformed.json");
        for (auto it = cases.begin(); it != cases.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.value().toString().toUtf8();
        QTest::newRow("invalidUtf8") << QByteArray("{\"results\":[{\"objectId\":\"a\xff\"}]}");
        QTest::newRow("nul") << QByteArray("{\"results\":[{\"objectId\":\"a\0\"}]}", 28);
    }
    void decode_malformedGivesErrorWithOffset()
    {
        QFETCH(QByteArray, body);
        const ObjectRows::Decoded decoded = ObjectRows::fromFindReply(body);
        QVERIFY(!decoded.rows);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^offset (\\d+): .+")).match(decoded.error);
        QVERIFY2(m.hasMatch(), qPrintable(decoded.error));
        QVERIFY(m.captured(1).toLongLong() <= body.size());
        // What Qt's own parser says about the same bytes: it rejects them too.
        QVERIFY(resultsByQt(body).isEmpty() || !QJsonDocument::fromJson(body).isObject() ||
                !decoded.error.isEmpty());
    }

    void decode_errorPointsAtTheMistake()
    {
        const QByteArray body =
            fixture("object-rows-malformed.json").value(QLatin1String("resultNotObject")).toString().toUtf8();
        const ObjectRows::Decoded decoded = ObjectRows::fromFindReply(body);
        QVERIFY(decoded.error.contains(QLatin1String("result 1 is not an object")));
    }

    void decode_nestingLimitIsQtsOwn_data()
    {
        QTest::addColumn<QByteArray>("body");
        // Around QJsonDocument's limit in a row and in another member, and far beyond it (deep enough to
        // exhaust the stack of a decoder that recursed without a limit).
        for (const int depth : {1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 200000}) {
            const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
            QTest::addRow("row, %d", depth) << "{\"results\":[{\"objectId\":\"a\",\"n\":" + nested + "}]}";
            QTest::addRow("rest, %d", depth) << "{\"results\":[],\"n\":" + nested + "}";
        }
    }
    void decode_nestingLimitIsQtsOwn()
    {
        QFETCH(QByteArray, body);
        const ObjectRows::Decoded decoded = ObjectRows::fromFindReply(body);
        QJsonParseError qtError;
        QJsonDocument::fromJson(body, &qtError);
        QCOMPARE(decoded.rows.has_value(), qtError.error == QJsonParseError::NoError);
        if (!decoded.rows)
            QVERIFY2(decoded.error.contains(QLatin1String("too deep")), qPrintable(decoded.error));
    }

    void decode_unpaddedBodyIsCopiedNotOverread()
    {
        // A body without spare capacity (fromRawData has none): decoded from a padded copy.
        static const char text[] = "{\"results\":[{\"objectId\":\"a\"}]}";
        const QByteArray body = QByteArray::fromRawData(text, sizeof(text) - 1);
        const ObjectRows::Decoded decoded = ObjectRows::fromFindReply(body);
        QVERIFY2(decoded.rows, qPrintable(decoded.error));
        QCOMPARE(decoded.rows->objectId(0), QStringLiteral("a"));
    }

    void appendAndReplace()
    {
        const QByteArray first = QByteArrayLiteral("{\"results\":[{\"objectId\":\"a\",\"n\":1}]}");
        const QByteArray second = QByteArrayLiteral("{\"results\":[{\"objectId\":\"b\",\"n\":2}]}");
        ObjectRows rows = *ObjectRows::fromFindReply(first).rows;
        rows.append(*ObjectRows::fromFindReply(second).rows);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.indexOf(QStringLiteral("b")), 1);
        rows.replace(0, {{QStringLiteral("objectId"), QStringLiteral("a")}, {QStringLiteral("n"), 5}});
        QCOMPARE(rows.object(0).value(QLatin1String("n")).toInt(), 5);
        QCOMPARE(rows.objectId(0), QStringLiteral("a"));
        QCOMPARE(rows.indexOf(QStringLiteral("a")), 0);
        QCOMPARE(rows.indexOf(QStringLiteral("zz")), -1);
        rows.clear();
        QVERIFY(rows.isEmpty());
    }

    void replace_keepsTheObjectAndItsId_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<bool>("idFirst"); // written first, plain: indexOf() need not decode the row
        const QString id = QStringLiteral("objectId");
        // A pointer's objectId sorts before the object's own: the row's id must still be its own.
        QTest::newRow("plain") << QJsonObject{{id, QStringLiteral("b")},
                                              {QStringLiteral("a"), QJsonObject{{QStringLiteral("__type"),
                                                                                 QStringLiteral("Pointer")},
                                                                                {id, QStringLiteral("x")}}},
                                              {QStringLiteral("z"), 1}}
                               << true;
        QTest::newRow("id only") << QJsonObject{{id, QStringLiteral("b")}} << true;
        QTest::newRow("escaped id") << QJsonObject{{id, QStringLiteral("b\"q")}, {QStringLiteral("n"), 2}}
                                    << false;
        QTest::newRow("no id") << QJsonObject{{QStringLiteral("n"), 2}} << false;
    }

    void replace_keepsTheObjectAndItsId()
    {
        QFETCH(QJsonObject, object);
        QFETCH(bool, idFirst);
        const QByteArray reply =
            QByteArrayLiteral("{\"results\":[{\"objectId\":\"a\"},{\"objectId\":\"c\"}]}");
        ObjectRows rows = *ObjectRows::fromFindReply(reply).rows;
        rows.replace(0, object);
        QCOMPARE(rows.object(0), object);
        const QString id = object.value(QLatin1String("objectId")).toString();
        QCOMPARE(rows.objectId(0), id);
        QCOMPARE(rows.indexOf(QStringLiteral("c")), 1);
        if (!id.isEmpty())
            QCOMPARE(rows.indexOf(id), 0);
        QCOMPARE(rows.json(0).startsWith("{\"objectId\":\""), idFirst);
    }

    // A save's fields set in the row's text: the row reads as the whole object with them set, the other
    // members' text is kept byte for byte, and the id stays readable without decoding.
    void update_setsTheMembersKeepsTheRest_data()
    {
        QTest::addColumn<QByteArray>("row"); // as the server sent it
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<bool>("idFirst");
        const QJsonObject set{{QStringLiteral("s"), QStringLiteral("new \"quoted\"")},
                              {QStringLiteral("added"), QJsonArray{1, QStringLiteral("x")}}};
        QTest::newRow("id not first, spaces")
            << QByteArrayLiteral("{ \"s\" : \"old\", \"n\": 12345678901234567, \"objectId\" : \"a\" }") << set
            << true;
        QTest::newRow("nested, id first")
            << QByteArrayLiteral(
                   "{\"objectId\":\"a\",\"p\":{\"__type\":\"Pointer\",\"objectId\":\"q\"},\"s\":\"old\"}")
            << set << true;
        QTest::newRow("a member twice: the last counted, both replaced")
            << QByteArrayLiteral("{\"objectId\":\"a\",\"s\":1,\"s\":2}") << set << true;
        QTest::newRow("escaped id: decoded and written whole")
            << QByteArrayLiteral("{\"objectId\":\"a\\\"b\",\"s\":1}") << set << false;
        QTest::newRow("nothing changed")
            << QByteArrayLiteral("{\"s\":1,\"objectId\":\"a\"}") << QJsonObject() << true;
    }
    void update_setsTheMembersKeepsTheRest()
    {
        QFETCH(QByteArray, row);
        QFETCH(QJsonObject, changes);
        QFETCH(bool, idFirst);
        const QByteArray reply = "{\"results\":[{\"objectId\":\"z\"}," + row + "]}";
        ObjectRows rows = *ObjectRows::fromFindReply(reply).rows;
        QJsonObject expected = rows.object(1);
        const QString id = rows.objectId(1);
        for (auto it = changes.begin(); it != changes.end(); ++it)
            expected.insert(it.key(), it.value());
        rows.update(1, changes);
        QCOMPARE(rows.object(1), expected);
        QCOMPARE(rows.objectId(1), id);
        QCOMPARE(rows.indexOf(id), 1);
        QCOMPARE(rows.indexOf(QStringLiteral("z")), 0);
        QCOMPARE(rows.json(1).startsWith("{\"objectId\":\""), idFirst);
        // A 64-bit number survives as its text, which a decode to double would have rounded.
        if (row.contains("12345678901234567"))
            QVERIFY(rows.json(1).contains("12345678901234567"));
    }
};

QTEST_GUILESS_MAIN(TestObjectRows)
#include "TestObjectRows.moc"
