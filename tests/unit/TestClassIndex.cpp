// ClassIndex without a server: parsing NAME and "F1,-F2", names Parse Server or PostgreSQL would refuse or
// cut, the exact PUT /schemas bodies (fields in the order given), missing fields and names another class
// uses. The live create/drop round trips are in tests/integration/TestAccessCliLive.
#include "core/data/ClassIndex.h"

#include <QJsonDocument>
#include <QTest>

class TestClassIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("body"); // addBodyText, or empty when refused
        QTest::newRow("single") << QStringLiteral("by_n") << QStringLiteral("n")
                                << QStringLiteral("{\"indexes\":{\"by_n\":{\"n\":1}}}");
        QTest::newRow("compound keeps its order")
            << QStringLiteral("byScore") << QStringLiteral("score, -name,createdAt")
            << QStringLiteral("{\"indexes\":{\"byScore\":{\"score\":1,\"name\":-1,\"createdAt\":1}}}");
        QTest::newRow("Parse's own name") << QStringLiteral("_id_") << QStringLiteral("n") << QString();
        QTest::newRow("starts with a digit") << QStringLiteral("1st") << QStringLiteral("n") << QString();
        QTest::newRow("punctuation") << QStringLiteral("by-n") << QStringLiteral("n") << QString();
        QTest::newRow("too long for PostgreSQL")
            << QStringLiteral("i").repeated(64) << QStringLiteral("n") << QString();
        QTest::newRow("empty field") << QStringLiteral("ix") << QStringLiteral("a,,b") << QString();
        QTest::newRow("only a minus") << QStringLiteral("ix") << QStringLiteral("-") << QString();
        QTest::newRow("field twice") << QStringLiteral("ix") << QStringLiteral("a,-a") << QString();
    }
    void fromText()
    {
        QFETCH(QString, name);
        QFETCH(QString, keys);
        QFETCH(QString, body);
        QString error;
        const std::optional<ClassIndex> index = ClassIndex::fromText(name, keys, &error);
        if (body.isEmpty()) {
            QVERIFY(!index);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(index, qPrintable(error));
        QCOMPARE(QString::fromUtf8(index->addBodyText()), body);
        // The displayed body is the same value (its keys sorted).
        QCOMPARE(QJsonDocument::fromJson(index->addBodyText()).object(), index->addBody());
    }

    void dropBody()
    {
        QCOMPARE(
            ClassIndex::dropBody(QStringLiteral("by_n")),
            QJsonObject({{QStringLiteral("indexes"),
                          QJsonObject{{QStringLiteral("by_n"),
                                       QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}}}}}}));
    }

    void missingFields()
    {
        QString error;
        const std::optional<ClassIndex> index =
            ClassIndex::fromText(QStringLiteral("ix"), QStringLiteral("a,-b,c"), &error);
        QVERIFY(index);
        const QJsonObject fields{
            {QStringLiteral("a"), QJsonObject{{QStringLiteral("type"), QStringLiteral("String")}}}};
        QCOMPARE(index->missingFields(fields), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    }

    void usedElsewhere()
    {
        const auto schema = [](const char *className, const char *index) {
            return QJsonObject{
                {QStringLiteral("className"), QString::fromLatin1(className)},
                {QStringLiteral("indexes"),
                 QJsonObject{{QString::fromLatin1(index), QJsonObject{{QStringLiteral("n"), 1}}}}}};
        };
        const QJsonArray schemas{schema("A", "by_n"), schema("B", "by_m")};
        QCOMPARE(ClassIndex::usedElsewhere(schemas, QStringLiteral("B"), QStringLiteral("by_n")),
                 QStringLiteral("A"));
        QCOMPARE(ClassIndex::usedElsewhere(schemas, QStringLiteral("A"), QStringLiteral("by_n")), QString());
        QCOMPARE(ClassIndex::usedElsewhere(schemas, QStringLiteral("A"), QStringLiteral("by_x")), QString());
    }
};

QTEST_GUILESS_MAIN(TestClassIndex)
#include "TestClassIndex.moc"
