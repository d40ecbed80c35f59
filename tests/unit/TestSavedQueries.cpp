// Keeping queries: options survive JSON exactly, and the saved queries and the run history of a profile
// live in QSettings (models under QAbstractItemModelTester).
#include "core/models/SavedQueryModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
// JSON lives in fixture files: moc 6.4 drops a class whose file has raw strings with odd quote counts.
QJsonValue fixture(const QString &key)
{
    QFile file(QStringLiteral(PARSEDESK_FIXTURES "/query-results.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(key);
}

SavedQuery query(const QString &name, int visits, const QString &className = QStringLiteral("Room"))
{
    SavedQuery q;
    q.name = name;
    q.className = className;
    q.options.where = {{QStringLiteral("visits"), QJsonObject{{QStringLiteral("$gt"), visits}}}};
    q.options.order = {QStringLiteral("-visits"), QStringLiteral("roomName")};
    q.options.limit = 10;
    q.at = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0, 250), Qt::UTC);
    return q;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(Qt::EditRole).toString();
    return out;
}
} // namespace

class TestSavedQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_settingsCount = 0;

    std::unique_ptr<QSettings> freshSettings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsCount)),
                                           QSettings::IniFormat);
    }

    static void addCases(const QString &key)
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QJsonValue>("extra");
        const QJsonArray cases = fixture(key).toArray();
        QVERIFY(!cases.isEmpty());
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            QTest::newRow(qPrintable(o.value(QLatin1String("name")).toString()))
                << o.value(QLatin1String("json")).toObject()
                << (o.contains(QLatin1String("expected")) ? o.value(QLatin1String("expected"))
                                                          : o.value(QLatin1String("message")));
        }
    }

private Q_SLOTS:
    void options_roundTrip_data() { addCases(QStringLiteral("options")); }
    void options_roundTrip()
    {
        QFETCH(QJsonObject, json);
        const std::optional<QueryOptions> options = QueryOptions::fromJson(json);
        QVERIFY(options);
        QCOMPARE(options->toJson(), json);
        QCOMPARE(QueryOptions::fromJson(options->toJson()), options);
    }

    void options_readBatchBodies_data() { addCases(QStringLiteral("bodies")); }
    void options_readBatchBodies()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QJsonValue, extra);
        const std::optional<QueryOptions> options = QueryOptions::fromJson(json);
        QVERIFY(options);
        QCOMPARE(options->toJson(), extra.toObject());
    }

    void options_refuseWhatTheyCannotRead_data() { addCases(QStringLiteral("badOptions")); }
    void options_refuseWhatTheyCannotRead()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QJsonValue, extra);
        QString error;
        QVERIFY(!QueryOptions::fromJson(json, &error));
        QVERIFY2(error.contains(extra.toString()), qPrintable(error));
    }

    // Saved as set: the where an exact count adds on the wire is not the user's.
    void options_exactCountWhereIsNotSaved()
    {
        QueryOptions o;
        o.count = true;
        o.limit = 0;
        QVERIFY(!o.toJson().contains(QLatin1String("where")));
        QVERIFY(o.toBatchBody().value(QLatin1String("where")).toObject().contains(QLatin1String("objectId")));
    }

    void savedQuery_roundTrip()
    {
        for (const SavedQuery &q : {query(QStringLiteral("busy rooms"), 3), query(QString(), 5)}) {
            const std::optional<SavedQuery> back = SavedQuery::fromJson(q.toJson());
            QVERIFY(back);
            QCOMPARE(*back, q);
            QCOMPARE(back->at.timeSpec(), Qt::UTC);
        }
    }

    void savedQuery_dropsBrokenEntries()
    {
        QJsonObject json = query(QStringLiteral("x"), 1).toJson();
        json.remove(QStringLiteral("className"));
        QVERIFY(!SavedQuery::fromJson(json));
        json = query(QStringLiteral("x"), 1).toJson();
        json.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), QStringLiteral("ten")}});
        QVERIFY(!SavedQuery::fromJson(json));
    }

    void saved_addReplaceRenameRemove_andPersistPerProfile()
    {
        const auto settings = freshSettings();
        SavedQueryModel model(SavedQueryModel::Kind::Saved, settings.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile(QStringLiteral("p1"));
        QCOMPARE(model.add(query(QStringLiteral("busy"), 10)), 0);
        QCOMPARE(model.add(query(QStringLiteral("all rooms"), 0)), 0);
        QCOMPARE(names(model), (QStringList{QStringLiteral("all rooms"), QStringLiteral("busy")}));

        // The same name replaces the query.
        QCOMPARE(model.add(query(QStringLiteral("busy"), 20)), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.query(1).options.where, query(QString(), 20).options.where);

        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0), QStringLiteral("busy")));
        QVERIFY(!model.setData(model.index(0), QStringLiteral("  ")));
        QVERIFY(model.setData(model.index(0), QStringLiteral("quiet")));
        QCOMPARE(names(model), (QStringList{QStringLiteral("busy"), QStringLiteral("quiet")}));
        QCOMPARE(model.index(1).data(SavedQueryModel::ClassNameRole).toString(), QStringLiteral("Room"));

        SavedQueryModel reread(SavedQueryModel::Kind::Saved, settings.get());
        reread.setProfile(QStringLiteral("p1"));
        QCOMPARE(names(reread), names(model));
        QCOMPARE(reread.query(0), model.query(0));
        reread.setProfile(QStringLiteral("p2"));
        QCOMPARE(reread.rowCount(), 0);

        model.remove(0);
        QCOMPARE(names(model), QStringList{QStringLiteral("quiet")});
        reread.setProfile(QStringLiteral("p1"));
        QCOMPARE(names(reread), QStringList{QStringLiteral("quiet")});
    }

    void history_keepsTheLast50_newestFirst()
    {
        const auto settings = freshSettings();
        SavedQueryModel history(SavedQueryModel::Kind::History, settings.get());
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setProfile(QStringLiteral("p1"));
        for (int i = 0; i < SavedQueryModel::kHistorySize + 5; ++i)
            QCOMPARE(history.add(query(QString(), i)), 0);
        QCOMPARE(history.rowCount(), SavedQueryModel::kHistorySize);
        QCOMPARE(history.query(0).options.where, query(QString(), 54).options.where);
        QCOMPARE(history.query(49).options.where, query(QString(), 5).options.where);
        QVERIFY(history.index(0).data().toString().startsWith(QStringLiteral("Room: ")));

        // Running a query again moves it up instead of listing it twice.
        history.add(query(QString(), 30));
        QCOMPARE(history.rowCount(), SavedQueryModel::kHistorySize);
        QCOMPARE(history.query(0).options.where, query(QString(), 30).options.where);
        QCOMPARE(history.query(1).options.where, query(QString(), 54).options.where);

        QVERIFY(!history.flags(history.index(0)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!history.setData(history.index(0), QStringLiteral("name")));

        SavedQueryModel reread(SavedQueryModel::Kind::History, settings.get());
        reread.setProfile(QStringLiteral("p1"));
        QCOMPARE(reread.rowCount(), SavedQueryModel::kHistorySize);
        history.clear();
        reread.setProfile(QStringLiteral("p1"));
        QCOMPARE(reread.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSavedQueries)
#include "TestSavedQueries.moc"
