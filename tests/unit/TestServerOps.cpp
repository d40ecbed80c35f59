// The core logic of issue #20 without a server: Parse Config conflicts and bodies, following a log without
// duplicates, when a job schedule is due and how a run is claimed, webhook validation.
#include "core/data/JobSchedule.h"
#include "core/data/LogCursor.h"
#include "core/data/ParseConfig.h"
#include "core/data/Webhook.h"

#include <QJsonArray>
#include <QTest>

Q_DECLARE_METATYPE(ParseConfig::Value)

namespace {
using Value = ParseConfig::Value;

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

QJsonObject entry(const char *time, const char *message)
{
    return {{QStringLiteral("timestamp"), QString::fromLatin1(time)},
            {QStringLiteral("level"), QStringLiteral("info")},
            {QStringLiteral("message"), QString::fromLatin1(message)}};
}

QStringList messages(const QList<QJsonObject> &entries)
{
    QStringList out;
    for (const QJsonObject &e : entries)
        out << e.value(QLatin1String("message")).toString();
    return out;
}
} // namespace

class TestServerOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void config_conflicts_data()
    {
        QTest::addColumn<Value>("loaded");
        QTest::addColumn<Value>("server");
        QTest::addColumn<Value>("mine");
        QTest::addColumn<bool>("conflict");
        const Value five{QJsonValue(5), false};
        const Value six{QJsonValue(6), false};
        const Value seven{QJsonValue(7), false};
        const Value fiveMaster{QJsonValue(5), true};
        const Value absent;
        QTest::newRow("unchanged on the server") << five << five << six << false;
        QTest::newRow("changed on the server") << five << seven << six << true;
        QTest::newRow("changed to mine already") << five << six << six << false;
        QTest::newRow("only masterKeyOnly changed") << five << fiveMaster << six << true;
        QTest::newRow("added on the server") << absent << seven << six << true;
        QTest::newRow("deleted on the server, I delete") << five << absent << absent << false;
        QTest::newRow("deleted on the server, I change") << five << absent << six << true;
    }
    void config_conflicts()
    {
        QFETCH(Value, loaded);
        QFETCH(Value, server);
        QFETCH(Value, mine);
        QFETCH(bool, conflict);
        const auto config = [](const Value &v) {
            ParseConfig c;
            c.params.insert(QStringLiteral("other"), 1);
            if (v.value) {
                c.params.insert(QStringLiteral("p"), *v.value);
                c.masterKeyOnly.insert(QStringLiteral("p"), v.masterKeyOnly);
            }
            return c;
        };
        const QList<ParseConfig::Conflict> found =
            ParseConfig::conflicts(config(loaded), config(server), {{QStringLiteral("p"), mine}});
        QCOMPARE(found.size(), conflict ? 1 : 0);
        if (conflict) {
            QCOMPARE(found.first().name, QStringLiteral("p"));
            QVERIFY(found.first().loaded == loaded);
            QVERIFY(found.first().server == server);
            QVERIFY(found.first().mine == mine);
        }
    }

    void config_bodiesAndRestore()
    {
        ParseConfig before;
        before.params = {{QStringLiteral("kept"), 1}, {QStringLiteral("secret"), QStringLiteral("s")}};
        before.masterKeyOnly = {{QStringLiteral("secret"), true}, {QStringLiteral("gone"), false}};
        // Stale masterKeyOnly entries of deleted parameters are not shown.
        QCOMPARE(before.toJson().value(QLatin1String("masterKeyOnly")).toObject(),
                 QJsonObject({{QStringLiteral("kept"), false}, {QStringLiteral("secret"), true}}));
        const QJsonObject body =
            ParseConfig::putBody(before.restore({QStringLiteral("secret"), QStringLiteral("new")}));
        QCOMPARE(body.value(QLatin1String("params")).toObject(),
                 QJsonObject({{QStringLiteral("secret"), QStringLiteral("s")},
                              {QStringLiteral("new"),
                               QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}}}}));
        QCOMPARE(body.value(QLatin1String("masterKeyOnly")).toObject(),
                 QJsonObject({{QStringLiteral("secret"), true}, {QStringLiteral("new"), false}}));
        QCOMPARE(ParseConfig::namesIn(body), QStringList({QStringLiteral("new"), QStringLiteral("secret")}));
    }

    void logCursor_takesEachEntryOnce()
    {
        LogCursor cursor;
        // The server's default order is newest first; taken oldest first.
        const QJsonArray first{entry("2026-01-01T10:00:02.000Z", "c"), entry("2026-01-01T10:00:01.000Z", "b"),
                               entry("2026-01-01T10:00:01.000Z", "a")};
        QCOMPARE(messages(cursor.take(first)),
                 QStringList({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(cursor.from(), utc("2026-01-01T10:00:02.000Z"));
        // The next poll starts at the newest timestamp, inclusive: "c" again, and "d" in the same ms.
        const QJsonArray second{entry("2026-01-01T10:00:02.000Z", "c"),
                                entry("2026-01-01T10:00:02.000Z", "d")};
        QCOMPARE(messages(cursor.take(second)), QStringList({QStringLiteral("d")}));
        QVERIFY(cursor.take(second).isEmpty()); // nothing new: nothing taken
        QCOMPARE(messages(cursor.take({entry("2026-01-01T10:00:03.000Z", "e")})),
                 QStringList({QStringLiteral("e")}));
    }

    void logCursor_parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime now = utc("2026-01-01T12:00:00.000Z");
        QTest::newRow("-30s") << QStringLiteral("-30s") << now.addSecs(-30);
        QTest::newRow("-10m") << QStringLiteral("-10m") << now.addSecs(-600);
        QTest::newRow("-2h") << QStringLiteral("-2h") << now.addSecs(-7200);
        QTest::newRow("-1d") << QStringLiteral("-1d") << now.addDays(-1);
        QTest::newRow("ISO") << QStringLiteral("2025-12-31T23:00:00Z") << utc("2025-12-31T23:00:00.000Z");
        QTest::newRow("junk") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("no unit") << QStringLiteral("-10") << QDateTime();
    }
    void logCursor_parseTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> time = LogCursor::parseTime(text, utc("2026-01-01T12:00:00.000Z"));
        QCOMPARE(time.has_value(), expected.isValid());
        if (time)
            QCOMPARE(*time, expected);
    }

    void schedule_due_data()
    {
        QTest::addColumn<QJsonObject>("schedule");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("due");  // invalid: not due
        QTest::addColumn<QDateTime>("next"); // invalid: none
        const auto s = [](std::initializer_list<std::pair<const char *, QJsonValue>> fields) {
            QJsonObject o{{QStringLiteral("jobName"), QStringLiteral("j")},
                          {QStringLiteral("startAfter"), QStringLiteral("2026-01-05T08:30:00.000Z")}};
            for (const auto &[k, v] : fields)
                o.insert(QString::fromLatin1(k), v);
            return o;
        };
        const QDateTime monday = utc("2026-01-05T10:00:00.000Z"); // 2026-01-05 is a Monday
        QTest::newRow("once, before its start")
            << s({}) << utc("2026-01-05T08:00:00.000Z") << QDateTime() << utc("2026-01-05T08:30:00.000Z");
        QTest::newRow("once, due") << s({}) << monday << utc("2026-01-05T08:30:00.000Z") << QDateTime();
        QTest::newRow("once, ran") << s({{"lastRun",
                                          double(utc("2026-01-05T08:30:00.000Z").toMSecsSinceEpoch())}})
                                   << monday << QDateTime() << QDateTime();
        QTest::newRow("every 60 min: the latest run, once")
            << s({{"repeatMinutes", 60}}) << monday << utc("2026-01-05T09:30:00.000Z")
            << utc("2026-01-05T10:30:00.000Z");
        QTest::newRow("every 60 min, ran the latest")
            << s({{"repeatMinutes", 60},
                  {"lastRun", double(utc("2026-01-05T09:30:00.000Z").toMSecsSinceEpoch())}})
            << monday << QDateTime() << utc("2026-01-05T10:30:00.000Z");
        QTest::newRow("daily at 09:00") << s({{"timeOfDay", QStringLiteral("09:00:00.000Z")}}) << monday
                                        << utc("2026-01-05T09:00:00.000Z") << utc("2026-01-06T09:00:00.000Z");
        QTest::newRow("daily at 11:00, first day not yet")
            << s({{"timeOfDay", QStringLiteral("11:00")}}) << monday << QDateTime()
            << utc("2026-01-05T11:00:00.000Z");
        QTest::newRow("09:00 then every 120 min")
            << s({{"timeOfDay", QStringLiteral("09:00")}, {"repeatMinutes", 120}}) << monday
            << utc("2026-01-05T09:00:00.000Z") << utc("2026-01-05T11:00:00.000Z");
        // Sundays only (flags from Sunday): Monday's latest run is none after the start; next Sunday.
        QTest::newRow("Sundays at 09:00")
            << s({{"timeOfDay", QStringLiteral("09:00")},
                  {"daysOfWeek", QJsonArray{true, false, false, false, false, false, false}}})
            << monday << QDateTime() << utc("2026-01-11T09:00:00.000Z");
        QTest::newRow("weekdays as \"1\"/\"0\", Monday")
            << s({{"timeOfDay", QStringLiteral("09:00")},
                  {"daysOfWeek", QJsonArray{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1"),
                                            QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                                            QStringLiteral("0")}}})
            << monday << utc("2026-01-05T09:00:00.000Z") << utc("2026-01-06T09:00:00.000Z");
    }
    void schedule_due()
    {
        QFETCH(QJsonObject, schedule);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, due);
        QFETCH(QDateTime, next);
        const JobSchedule s = JobSchedule::fromJson(schedule);
        QCOMPARE(s.due(now).value_or(QDateTime()), due);
        QCOMPARE(s.nextRunAfter(now).value_or(QDateTime()), next);
    }

    void schedule_claim()
    {
        JobSchedule s =
            JobSchedule::fromJson({{QStringLiteral("startAfter"), QStringLiteral("2026-01-05T08:30:00Z")},
                                   {QStringLiteral("repeatMinutes"), 60},
                                   {QStringLiteral("lastRun"), 1000}});
        const QDateTime run = utc("2026-01-05T09:30:00.000Z");
        const double amount = s.claimFields(run)
                                  .value(QLatin1String("lastRun"))
                                  .toObject()
                                  .value(QLatin1String("amount"))
                                  .toDouble();
        QCOMPARE(qint64(amount), run.toMSecsSinceEpoch() - 1000);
        // Won: the increment landed on the lastRun this runner read.
        QVERIFY(s.claimWon({{QStringLiteral("lastRun"), double(run.toMSecsSinceEpoch())}}, run));
        // Lost: another runner's increment came first.
        QVERIFY(!s.claimWon({{QStringLiteral("lastRun"), double(2 * run.toMSecsSinceEpoch() - 1000)}}, run));
        QCOMPARE(qint64(s.releaseFields(run)
                            .value(QLatin1String("lastRun"))
                            .toObject()
                            .value(QLatin1String("amount"))
                            .toDouble()),
                 -qint64(amount));
    }

    void webhook_problem_data()
    {
        QTest::addColumn<QJsonObject>("hook");
        QTest::addColumn<bool>("ok");
        QTest::newRow("function") << QJsonObject{{QStringLiteral("functionName"), QStringLiteral("f")},
                                                 {QStringLiteral("url"),
                                                  QStringLiteral("https://h.example/f")}}
                                  << true;
        QTest::newRow("trigger") << QJsonObject{{QStringLiteral("className"), QStringLiteral("Room")},
                                                {QStringLiteral("triggerName"), QStringLiteral("beforeSave")},
                                                {QStringLiteral("url"), QStringLiteral("http://h.example/t")}}
                                 << true;
        QTest::newRow("unknown trigger")
            << QJsonObject{{QStringLiteral("className"), QStringLiteral("Room")},
                           {QStringLiteral("triggerName"), QStringLiteral("onSave")},
                           {QStringLiteral("url"), QStringLiteral("http://h.example/t")}}
            << false;
        QTest::newRow("ftp URL") << QJsonObject{{QStringLiteral("functionName"), QStringLiteral("f")},
                                                {QStringLiteral("url"), QStringLiteral("ftp://h.example/f")}}
                                 << false;
        QTest::newRow("no host") << QJsonObject{{QStringLiteral("functionName"), QStringLiteral("f")},
                                                {QStringLiteral("url"), QStringLiteral("https:///f")}}
                                 << false;
        QTest::newRow("both kinds") << QJsonObject{{QStringLiteral("functionName"), QStringLiteral("f")},
                                                   {QStringLiteral("className"), QStringLiteral("Room")},
                                                   {QStringLiteral("url"),
                                                    QStringLiteral("https://h.example/f")}}
                                    << false;
    }
    void webhook_problem()
    {
        QFETCH(QJsonObject, hook);
        QFETCH(bool, ok);
        const Webhook w = Webhook::fromJson(hook);
        QCOMPARE(w.problem().isEmpty(), ok);
        if (ok)
            QCOMPARE(w.toJson(), hook);
    }
};

QTEST_GUILESS_MAIN(TestServerOps)
#include "TestServerOps.moc"
