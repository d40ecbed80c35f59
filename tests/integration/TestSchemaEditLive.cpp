// Schema and row editing as the class browser does it, against the real server: create a class, add and
// delete a field, add, duplicate and delete rows through the request queue, purge and delete the class.
#include "Await.h"
#include "LocalParseServer.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestSchemaEditLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QJsonObject fieldType(const QString &type, const QString &target = {})
    {
        QJsonObject f{{QStringLiteral("type"), type}};
        if (!target.isEmpty())
            f.insert(QStringLiteral("targetClass"), target);
        return f;
    }

private Q_SLOTS:
    void initTestCase() { REQUIRE_LOCAL_PARSE_SERVER(); }

    void classFieldsAndRows_lifecycle()
    {
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true;
        ParseClient client(p, &m_network);
        const QString name = QStringLiteral("ItSchema") + QUuid::createUuid().toString(QUuid::Id128).left(8);

        ParseResult r =
            await(client.send(ParseRequest::createSchema(name, {{QStringLiteral("className"), name}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        r = await(client.send(ParseRequest::updateSchema(
            name, {{QStringLiteral("fields"),
                    QJsonObject{{QStringLiteral("title"), fieldType(QStringLiteral("String"))},
                                {QStringLiteral("room"),
                                 fieldType(QStringLiteral("Pointer"), QStringLiteral("Room"))},
                                {QStringLiteral("score"), fieldType(QStringLiteral("Number"))}}}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QCOMPARE(r.object()
                     .value(QLatin1String("fields"))
                     .toObject()
                     .value(QLatin1String("room"))
                     .toObject()
                     .value(QLatin1String("targetClass"))
                     .toString(),
                 QStringLiteral("Room"));
        const QJsonObject schema = r.object();

        RequestQueue queue(&client);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client, &queue);
        model.setClass(name, schema);
        QSignalSpy written(&model, &ObjectTableModel::written);
        model.createObject(
            {{QStringLiteral("title"), QStringLiteral("first")}, {QStringLiteral("score"), 3}});
        QVERIFY(written.wait(20000));
        QCOMPARE(written.last().at(0).toInt(), 1);
        QTRY_VERIFY(model.canFetchMore({}) || model.rowCount() > 0 || model.isLoading());
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 1);

        model.duplicateRow(0);
        QVERIFY(written.wait(20000));
        QCOMPARE(written.last().at(0).toInt(), 1);
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2);
        const int title = int(model.fields().indexOf(QStringLiteral("title")));
        QCOMPARE(model.index(1, title).data().toString(), QStringLiteral("first"));

        model.deleteRows({0});
        QVERIFY(written.wait(20000));
        QCOMPARE(written.last().at(0).toInt(), 1);
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 1);

        // Deleting a field removes it from the schema (and its values from every object).
        r = await(client.send(ParseRequest::updateSchema(
            name, {{QStringLiteral("fields"),
                    QJsonObject{{QStringLiteral("score"),
                                 QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}}}}}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        QVERIFY(!r.object().value(QLatin1String("fields")).toObject().contains(QLatin1String("score")));

        // A class with objects can't be deleted until it is purged.
        r = await(client.send(ParseRequest::deleteSchema(name)));
        QVERIFY(!r.ok());
        QVERIFY(await(client.send(ParseRequest::purgeClass(name))).ok());
        r = await(client.send(ParseRequest::deleteSchema(name)));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        r = await(client.send(ParseRequest::schema(name)));
        QCOMPARE(r.error.code, int(ParseError::InvalidClassName));
    }
};

QTEST_GUILESS_MAIN(TestSchemaEditLive)
#include "TestSchemaEditLive.moc"
