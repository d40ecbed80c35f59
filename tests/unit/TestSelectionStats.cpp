// Selection statistics: numbers and dates among the selected cells, other values not counted, pending edits
// counted as shown.
#include "RecordingNetwork.h"
#include "core/data/ParseValue.h"
#include "core/models/ObjectTableModel.h"
#include "core/models/SelectionStats.h"
#include "core/net/ParseClient.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

namespace {
QJsonObject date(const char *iso)
{
    return {{QStringLiteral("__type"), QStringLiteral("Date")}, {QStringLiteral("iso"), QLatin1String(iso)}};
}

// [value, schema type] pairs.
using Cells = QList<std::pair<QJsonValue, QString>>;
} // namespace

class TestSelectionStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void add_data()
    {
        QTest::addColumn<Cells>("cells");
        QTest::addColumn<int>("numbers");
        QTest::addColumn<double>("sum");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("dates");
        QTest::addColumn<QString>("earliest");
        QTest::addColumn<QString>("latest");
        const QString number = QStringLiteral("Number");
        const QString dateType = QStringLiteral("Date");
        QTest::newRow("numbers") << Cells{{1, number}, {2.5, number}, {-3, number}, {10, number}} << 4 << 10.5
                                 << 2.625 << -3.0 << 10.0 << 0 << QString() << QString();
        QTest::newRow("dates") << Cells{{date("2026-03-01T10:00:00.000Z"), dateType},
                                        {QStringLiteral("2025-12-31T23:59:59.000Z"), dateType}, // createdAt
                                        {date("2026-01-15T00:00:00.000Z"), dateType}}
                               << 0 << 0.0 << 0.0 << 0.0 << 0.0 << 3
                               << QStringLiteral("2025-12-31T23:59:59.000Z")
                               << QStringLiteral("2026-03-01T10:00:00.000Z");
        QTest::newRow("mixed") << Cells{{7, number},
                                        {QStringLiteral("5"), QStringLiteral("String")},
                                        {true, QStringLiteral("Boolean")},
                                        {QJsonValue(), number},
                                        {QJsonValue(QJsonValue::Undefined), number},
                                        {date("2026-01-01T00:00:00.000Z"), dateType},
                                        {QJsonObject{{QStringLiteral("__op"), QStringLiteral("Increment")}},
                                         number},
                                        {3, number}}
                               << 2 << 10.0 << 5.0 << 3.0 << 7.0 << 1
                               << QStringLiteral("2026-01-01T00:00:00.000Z")
                               << QStringLiteral("2026-01-01T00:00:00.000Z");
        QTest::newRow("empty") << Cells{} << 0 << 0.0 << 0.0 << 0.0 << 0.0 << 0 << QString() << QString();
    }
    void add()
    {
        QFETCH(Cells, cells);
        SelectionStats stats;
        for (const auto &[value, type] : std::as_const(cells))
            stats.add(ParseValue::fromJson(value, type));
        QFETCH(int, numbers);
        QFETCH(int, dates);
        QCOMPARE(stats.numberCount(), numbers);
        QCOMPARE(stats.dateCount(), dates);
        QCOMPARE(stats.isEmpty(), numbers == 0 && dates == 0);
        QCOMPARE(stats.text().isEmpty(), stats.isEmpty());
        if (numbers > 0) {
            QTEST(stats.sum(), "sum");
            QTEST(stats.mean(), "mean");
            QTEST(stats.min(), "min");
            QTEST(stats.max(), "max");
            QVERIFY2(stats.text().contains(QStringLiteral("Count %1").arg(numbers)),
                     qPrintable(stats.text()));
        }
        if (dates > 0) {
            QTEST(stats.earliest().toString(Qt::ISODateWithMs), "earliest");
            QTEST(stats.latest().toString(Qt::ISODateWithMs), "latest");
            QVERIFY2(stats.text().contains(QStringLiteral("Dates %1").arg(dates)), qPrintable(stats.text()));
        }
        QVERIFY(!stats.text().contains(QStringLiteral("of loaded rows")));
        QCOMPARE(stats.text(true).contains(QStringLiteral("(of loaded rows)")), !stats.isEmpty());
    }

    // The selected cells of a table are read as shown: a pending edit's value, not the loaded one.
    void of_pendingValuesCountAsShown()
    {
        RecordingNetwork net;
        net.respond = [](const RecordingNetwork::Sent &s) {
            RecordingNetwork::Canned c;
            const QUrlQuery query(s.request.url());
            QJsonArray rows;
            // The first page only: the next one's where has an $or of what comes after the last row.
            if (!query.hasQueryItem(QStringLiteral("count")) &&
                !query.queryItemValue(QStringLiteral("where"), QUrl::FullyDecoded)
                     .contains(QStringLiteral("$or")))
                rows = {QJsonObject{{QStringLiteral("objectId"), QStringLiteral("a")},
                                    {QStringLiteral("score"), 1}},
                        QJsonObject{{QStringLiteral("objectId"), QStringLiteral("b")},
                                    {QStringLiteral("score"), 2}}};
            c.body =
                QJsonDocument(QJsonObject{{QStringLiteral("results"), rows}, {QStringLiteral("count"), 2}})
                    .toJson(QJsonDocument::Compact);
            return c;
        };
        ServerProfile p;
        p.name = QStringLiteral("t");
        p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:1/parse"));
        p.applicationId = QStringLiteral("app");
        ParseClient client(p, &net);
        ObjectTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client, nullptr);
        model.setClass(QStringLiteral("Thing"),
                       {{QStringLiteral("fields"),
                         QJsonObject{{QStringLiteral("score"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("Number")}}}}}});
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2);
        const int score = int(model.fields().indexOf(QStringLiteral("score")));
        QVERIFY(model.setData(model.index(0, score), QStringLiteral("5")));
        const QItemSelection selection(model.index(0, 0), model.index(1, score));
        const SelectionStats stats = SelectionStats::of(selection, [](const QModelIndex &cell) {
            return ParseValue::fromJson(cell.data(ObjectTableModel::ValueRole).toJsonValue(),
                                        cell.data(ObjectTableModel::TypeRole).toString());
        });
        QCOMPARE(stats.numberCount(), 2);
        QCOMPARE(stats.sum(), 7.0);
        QCOMPARE(stats.max(), 5.0);
    }
};

QTEST_MAIN(TestSelectionStats)
#include "TestSelectionStats.moc"
