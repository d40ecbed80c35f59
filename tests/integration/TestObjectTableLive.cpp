// The object table against the real server: cursor paging returns every object exactly once even when a
// whole batch shares its createdAt, sorting puts missing values where Postgres does, and edits saved
// through the request queue read back.
#include "Await.h"
#include "LocalParseServer.h"
#include "core/batch/BatchRunner.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "core/net/RequestQueue.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

class TestObjectTableLive : public QObject
{
    Q_OBJECT

private:
    static constexpr int kObjects = 450;
    static constexpr int kWithoutScore = 30;
    QNetworkAccessManager m_network;
    ParseClient *m_admin = nullptr;
    QString m_class;
    QJsonObject m_schema;

    // Scrolls to the end the way a view does: fetchMore while the model can.
    static QStringList loadAll(ObjectTableModel &model)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            else if (!model.isLoading())
                break;
            QTest::qWait(5);
        }
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data().toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_LOCAL_PARSE_SERVER();
        ServerProfile p = LocalParseServer::profile();
        p.useMasterKey = true;
        m_admin = new ParseClient(p, &m_network, this);
        m_class = QStringLiteral("ItPaging") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QJsonObject fields{
            {QStringLiteral("score"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Number")}}},
            {QStringLiteral("label"), QJsonObject{{QStringLiteral("type"), QStringLiteral("String")}}}};
        ParseResult r = await(m_admin->send(ParseRequest::createSchema(
            m_class, {{QStringLiteral("className"), m_class}, {QStringLiteral("fields"), fields}})));
        QVERIFY2(r.ok(), qPrintable(r.error.describe()));
        m_schema = r.object();
        QList<ParseRequest> creates;
        for (int i = 0; i < kObjects; ++i) {
            QJsonObject o{{QStringLiteral("label"), QStringLiteral("n%1").arg(i)}};
            if (i >= kWithoutScore)
                o.insert(QStringLiteral("score"), i % 7); // many ties
            creates << ParseRequest::createObject(m_class, o);
        }
        BatchRunner runner(m_admin);
        runner.setBatchSize(50); // 50 objects per batch share one createdAt
        runner.run(creates, false);
        QVERIFY(QTest::qWaitFor([&] { return !runner.isRunning(); }, 60000));
        for (const ParseResult &x : runner.results())
            QVERIFY(x.ok());
    }

    void cleanupTestCase()
    {
        if (!m_admin || m_class.isEmpty())
            return;
        await(m_admin->send(ParseRequest::purgeClass(m_class)));
        await(m_admin->send(ParseRequest::deleteSchema(m_class)));
    }

    void paging_everyObjectExactlyOnce_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("descending");
        QTest::newRow("createdAt (shared by each batch)") << QStringLiteral("createdAt") << false;
        QTest::newRow("createdAt descending") << QStringLiteral("createdAt") << true;
        QTest::newRow("score with ties and missing") << QStringLiteral("score") << false;
        QTest::newRow("score descending") << QStringLiteral("score") << true;
        QTest::newRow("objectId") << QStringLiteral("objectId") << false;
    }
    void paging_everyObjectExactlyOnce()
    {
        QFETCH(QString, field);
        QFETCH(bool, descending);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_admin, nullptr);
        model.setClass(m_class, m_schema);
        QVERIFY(model.sortBy(field, descending));
        const QStringList ids = loadAll(model);
        QCOMPARE(ids.size(), kObjects);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), kObjects);
        QTRY_COMPARE(model.count().value_or(-1), qint64(kObjects));
        if (field == QLatin1String("score")) {
            const int column = int(model.fields().indexOf(field));
            // Missing scores come last ascending and first descending, as Postgres orders them.
            const int missingRow = descending ? 0 : kObjects - 1;
            QVERIFY(model.index(missingRow, column).data().toString().isEmpty());
            const int firstScored = descending ? kWithoutScore : 0;
            const int lastScored = descending ? kObjects - 1 : kObjects - kWithoutScore - 1;
            for (int r = firstScored; r < lastScored; ++r) {
                const double a = model.index(r, column)
                                     .data(ObjectTableModel::ObjectRole)
                                     .toJsonObject()
                                     .value(field)
                                     .toDouble();
                const double b = model.index(r + 1, column)
                                     .data(ObjectTableModel::ObjectRole)
                                     .toJsonObject()
                                     .value(field)
                                     .toDouble();
                QVERIFY(descending ? a >= b : a <= b);
            }
        }
    }

    void edit_saveThroughQueue_readBack()
    {
        RequestQueue queue(m_admin);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_admin, &queue);
        model.setClass(m_class, m_schema);
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > 3);
        const int score = int(model.fields().indexOf(QStringLiteral("score")));
        const int label = int(model.fields().indexOf(QStringLiteral("label")));
        QVERIFY(model.setData(model.index(0, label), QStringLiteral("edited")));
        QVERIFY(model.setData(model.index(1, score), QStringLiteral("1234")));
        model.applyOperation(model.index(2, score), {{QStringLiteral("__op"), QStringLiteral("Increment")},
                                                     {QStringLiteral("amount"), 10}});
        QCOMPARE(model.pendingCount(), 3);
        QVERIFY(model.index(0, label).data(ObjectTableModel::PendingRole).toBool());
        const QString id0 = model.index(0, 0).data().toString();
        const QString id2 = model.index(2, 0).data().toString();
        const double before2 = model.index(2, 0)
                                   .data(ObjectTableModel::ObjectRole)
                                   .toJsonObject()
                                   .value(QLatin1String("score"))
                                   .toDouble();
        QSignalSpy saved(&model, &ObjectTableModel::saved);
        model.save();
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().at(0).toInt(), 3);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.index(0, label).data().toString(), QStringLiteral("edited"));

        ParseResult r = await(m_admin->send(ParseRequest::getObject(m_class, id0)));
        QCOMPARE(r.object().value(QLatin1String("label")).toString(), QStringLiteral("edited"));
        r = await(m_admin->send(ParseRequest::getObject(m_class, id2)));
        QCOMPARE(r.object().value(QLatin1String("score")).toDouble(), before2 + 10);
    }

    void failedEdit_staysPendingWithItsError()
    {
        RequestQueue queue(m_admin);
        ObjectTableModel model;
        model.setClient(m_admin, &queue);
        model.setClass(m_class, m_schema);
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > 0);
        const int score = int(model.fields().indexOf(QStringLiteral("score")));
        QVERIFY(model.setData(model.index(0, score), QStringLiteral("\"not a number\"")));
        QSignalSpy saved(&model, &ObjectTableModel::saved);
        model.save();
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().at(1).toInt(), 1);
        QCOMPARE(model.pendingCount(), 1);
        QVERIFY(!model.index(0, score).data(ObjectTableModel::ErrorRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestObjectTableLive)
#include "TestObjectTableLive.moc"
