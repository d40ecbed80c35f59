// The core models under QAbstractItemModelTester, fed through the QNAM seam.
#include "Await.h"
#include "OfflineProfile.h"
#include "RecordingNetwork.h"
#include "core/models/ClassListModel.h"
#include "core/models/RequestLogModel.h"
#include "core/net/ParseClient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {
ServerProfile profile()
{
    ServerProfile p = offlineProfile();
    p.masterKey = QStringLiteral("master");
    return p;
}

// /schemas lists Room and TypeZoo; counts answer 7 for an exact count and the given estimate otherwise.
RecordingNetwork::Canned answer(const RecordingNetwork::Sent &s, qint64 estimate)
{
    RecordingNetwork::Canned c;
    if (s.request.url().path().endsWith(QLatin1String("/schemas"))) {
        c.body =
            R"({"results":[{"className":"TypeZoo","fields":{"a":{"type":"String"},"b":{"type":"Number"}}},
                                {"className":"Room","fields":{"visits":{"type":"Number"}}}]})";
    } else {
        const bool exact = QUrlQuery(s.request.url()).hasQueryItem(QStringLiteral("where"));
        c.body = QByteArray(R"({"results":[],"count":)") + QByteArray::number(exact ? 7 : estimate) + '}';
    }
    return c;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classList_loadsSortedThenCounts_data()
    {
        QTest::addColumn<qint64>("estimate");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("isEstimate");
        QTest::newRow("small estimate is made exact") << qint64(0) << QStringLiteral("7") << false;
        QTest::newRow("large estimate stays labelled") << qint64(2500000) << QStringLiteral("≈") << true;
    }
    void classList_loadsSortedThenCounts()
    {
        QFETCH(qint64, estimate);
        QFETCH(QString, shown);
        QFETCH(bool, isEstimate);
        RecordingNetwork net;
        net.respond = [estimate](const RecordingNetwork::Sent &s) { return answer(s, estimate); };
        ParseClient client(profile(), &net);
        ClassListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        model.reload();
        QCOMPARE(model.state(), ClassListModel::State::Loading);
        QTRY_COMPARE(model.state(), ClassListModel::State::Loaded);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ClassListModel::Name).data().toString(), QStringLiteral("Room"));
        QCOMPARE(model.index(1, ClassListModel::Fields).data().toInt(), 2);
        QTRY_VERIFY(model.index(0, ClassListModel::Objects).data().toString().contains(shown));
        QCOMPARE(model.index(0, 0).data(ClassListModel::CountIsEstimateRole).toBool(), isEstimate);
        if (isEstimate) {
            model.countExactly(0);
            QTRY_COMPARE(model.index(0, ClassListModel::Objects).data().toString(), QStringLiteral("7"));
        }
    }

    void classList_refusedSchemasExplainsTheMasterKey()
    {
        RecordingNetwork net;
        net.next.status = 403;
        net.next.body = R"({"error":"unauthorized"})";
        ParseClient client(profile(), &net);
        ClassListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        model.reload();
        QTRY_COMPARE(model.state(), ClassListModel::State::Failed);
        QVERIFY(model.errorText().contains(QStringLiteral("master key")));
        QCOMPARE(model.rowCount(), 0);
    }

    void classList_staleRepliesAreIgnoredAfterReload()
    {
        RecordingNetwork net;
        net.respond = [](const RecordingNetwork::Sent &s) { return answer(s, 0); };
        ParseClient client(profile(), &net);
        ClassListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        model.reload();
        model.reload();
        QTRY_COMPARE(model.state(), ClassListModel::State::Loaded);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 2);
    }

    void requestLog_appendsCapsAndClears()
    {
        RequestLogModel log;
        // The tester rechecks the whole model on every change; it watches the first rows, not the 5,000
        // below.
        auto tester = std::make_unique<QAbstractItemModelTester>(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ParseResult r;
        r.request = ParseRequest::find(QStringLiteral("Room"), {});
        r.displayPath = QStringLiteral("/parse/classes/Room");
        r.httpStatus = 400;
        r.error = ParseError::fromHttpReply(400, R"({"code":102,"error":"bad"})", "application/json");
        r.elapsedMs = 12;
        r.bytesReceived = 2048;
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        log.append(r);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(log.index(0, RequestLogModel::Method).data().toString(), QStringLiteral("GET"));
        QCOMPARE(log.index(0, RequestLogModel::Code).data().toInt(), 102);
        QCOMPARE(log.index(0, RequestLogModel::Millis).data().toLongLong(), 12);
        QVERIFY(log.index(0, RequestLogModel::Path)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("bad")));
        tester.reset();
        for (int i = 0; i < RequestLogModel::kMaxEntries + 5; ++i)
            log.append(r);
        tester = std::make_unique<QAbstractItemModelTester>(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(r);
        QCOMPARE(log.rowCount(), RequestLogModel::kMaxEntries);
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "TestModels.moc"
