// Parse Server's rules for class and field names (SchemaController's classNameIsValid and
// fieldNameIsValid): what it refuses is refused before anything is sent, and nothing else is.
#include "core/data/ParseNames.h"

#include <QTest>

class TestParseNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classNameProblem_asParseServerDecides_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("plain") << "Room_2"
                               << "";
        QTest::newRow("system class") << "_User"
                                      << "";
        QTest::newRow("idempotency") << "_Idempotency"
                                     << "";
        QTest::newRow("join table") << "_Join:members:Room"
                                    << "";
        QTest::newRow("not a system class") << "_GraphQLConfig"
                                            << "is not a Parse system class";
        QTest::newRow("reserved className") << "className"
                                            << "reserved by Parse";
        QTest::newRow("reserved length") << "length"
                                         << "reserved by Parse";
        QTest::newRow("digit first") << "2Rooms"
                                     << "start with a letter";
        QTest::newRow("dash") << "My-Rooms"
                              << "is not a valid class name";
        QTest::newRow("join table with a dash") << "_Join:a:B-c"
                                                << "is not a Parse system class";
        QTest::newRow("empty") << ""
                               << "needs a name";
    }
    void classNameProblem_asParseServerDecides()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const QString got = ParseNames::classNameProblem(name);
        QVERIFY2(got.contains(problem) && got.isEmpty() == problem.isEmpty(), qPrintable(got));
    }

    void fieldNameProblem_asParseServerDecides_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("plain") << "roomName"
                               << "";
        QTest::newRow("reserved") << "length"
                                  << "reserved by Parse";
        QTest::newRow("dot") << "room.name"
                             << "is not a valid field name";
    }
    void fieldNameProblem_asParseServerDecides()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const QString got = ParseNames::fieldNameProblem(name);
        QVERIFY2(got.contains(problem) && got.isEmpty() == problem.isEmpty(), qPrintable(got));
    }
    void columnOrder_idOwnFieldsByNameThenBookkeeping_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QStringList>("unsorted");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("schema order")
            << QStringList{"ACL", "visits", "updatedAt", "objectId", "createdAt", "roomName"} << QStringList{}
            << QStringList{"objectId", "roomName", "visits", "createdAt", "updatedAt", "ACL"};
        QTest::newRow("case folded, then exact case")
            << QStringList{"zeta", "Notes", "name", "Name", "alpha"} << QStringList{}
            << QStringList{"alpha", "Name", "name", "Notes", "zeta"};
        QTest::newRow("beyond the schema after it, as given")
            << QStringList{"visits", "objectId", "b"} << QStringList{"updatedAt", "zz", "a", "b"}
            << QStringList{"objectId", "b", "visits", "zz", "a", "updatedAt"};
        QTest::newRow("only what is there, each once")
            << QStringList{"x", "x", "createdAt"} << QStringList{} << QStringList{"x", "createdAt"};
        QTest::newRow("nothing") << QStringList{} << QStringList{} << QStringList{};
    }
    void columnOrder_idOwnFieldsByNameThenBookkeeping()
    {
        QFETCH(QStringList, fields);
        QFETCH(QStringList, unsorted);
        QFETCH(QStringList, columns);
        QCOMPARE(ParseNames::columnOrder(fields, unsorted), columns);
    }
};

QTEST_GUILESS_MAIN(TestParseNames)
#include "TestParseNames.moc"
