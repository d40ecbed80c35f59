// What reading an object back can say about a write whose reply was lost (OutcomeCheck::judge).
#include "core/batch/OutcomeCheck.h"

#include <QTest>

using Verdict = OutcomeCheck::Verdict;

namespace {
QJsonObject room(const QJsonObject &fields)
{
    QJsonObject o{{QStringLiteral("objectId"), QStringLiteral("r1")},
                  {QStringLiteral("updatedAt"), QStringLiteral("2026-12-07T03:00:00.000Z")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
const QJsonObject kGone; // marker: the object does not exist
} // namespace

class TestOutcomeCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judge_data()
    {
        QTest::addColumn<ParseRequest>("write");
        QTest::addColumn<QJsonObject>("current"); // empty: the object does not exist
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("reasonPart");
        const QString cls = QStringLiteral("Room");
        const QJsonObject named{{QStringLiteral("name"), QStringLiteral("after")}};
        QTest::newRow("delete, gone") << ParseRequest::deleteObject(cls, QStringLiteral("r1")) << kGone
                                      << Verdict::Applied << QStringLiteral("no longer exists");
        QTest::newRow("delete, still there")
            << ParseRequest::deleteObject(cls, QStringLiteral("r1")) << room({}) << Verdict::NotApplied
            << QStringLiteral("still exists");
        QTest::newRow("update, value in place")
            << ParseRequest::updateObject(cls, QStringLiteral("r1"), named) << room(named) << Verdict::Applied
            << QStringLiteral("taken effect");
        QTest::newRow("update, other value")
            << ParseRequest::updateObject(cls, QStringLiteral("r1"), named)
            << room({{QStringLiteral("name"), QStringLiteral("before")}}) << Verdict::NotApplied
            << QStringLiteral(R"(holds "before", not the written "after")");
        QTest::newRow("update, field deleted")
            << ParseRequest::updateObject(cls, QStringLiteral("r1"),
                                          {{QStringLiteral("name"),
                                            QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}}}})
            << room({}) << Verdict::Applied << QStringLiteral("taken effect");
        QTest::newRow("update, increment")
            << ParseRequest::updateObject(cls, QStringLiteral("r1"),
                                          {{QStringLiteral("visits"),
                                            QJsonObject{{QStringLiteral("__op"), QStringLiteral("Increment")},
                                                        {QStringLiteral("amount"), 1}}}})
            << room({{QStringLiteral("visits"), 3}}) << Verdict::CannotTell << QStringLiteral("Increment");
        QTest::newRow("update, object gone")
            << ParseRequest::updateObject(cls, QStringLiteral("r1"), named) << kGone << Verdict::CannotTell
            << QStringLiteral("no longer exists");
        QTest::newRow("create with its own id, there")
            << ParseRequest::createObject(cls, {{QStringLiteral("objectId"), QStringLiteral("r1")}})
            << room({}) << Verdict::Applied << QStringLiteral("exists");
        QTest::newRow("create with its own id, absent")
            << ParseRequest::createObject(cls, {{QStringLiteral("objectId"), QStringLiteral("r1")}}) << kGone
            << Verdict::NotApplied << QStringLiteral("does not exist");
        QTest::newRow("create without an id") << ParseRequest::createObject(cls, named) << kGone
                                              << Verdict::CannotTell << QStringLiteral("objectId");
        QTest::newRow("cloud function")
            << ParseRequest::callFunction(QStringLiteral("createRoom"), {}) << kGone << Verdict::CannotTell
            << QStringLiteral("Only writes to objects");
        QTest::newRow("user delete, gone") << [] {
            ParseRequest r = ParseRequest::deleteObject(QStringLiteral("_User"), QStringLiteral("u1"));
            r.path = QStringLiteral("/users/u1");
            return r;
        }() << kGone << Verdict::Applied << QStringLiteral("_User u1 no longer exists");
    }
    void judge()
    {
        QFETCH(ParseRequest, write);
        QFETCH(QJsonObject, current);
        QFETCH(Verdict, verdict);
        QFETCH(QString, reasonPart);
        const OutcomeCheck::Finding f =
            OutcomeCheck::judge(write, current.isEmpty() ? std::nullopt : std::optional(current));
        QVERIFY2(f.reason.contains(reasonPart), qPrintable(f.reason));
        QCOMPARE(f.verdict, verdict);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeCheck)
#include "TestOutcomeCheck.moc"
