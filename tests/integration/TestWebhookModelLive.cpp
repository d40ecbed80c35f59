// The Webhooks pane's model on the real OPS server (it has a webhookKey) under QAbstractItemModelTester:
// a function and a trigger webhook created, listed functions first, a URL changed, both deleted; an
// invalid one is refused before anything is sent.
#include "AdminClient.h"
#include "LocalParseServer.h"
#include "core/models/WebhookModel.h"
#include "core/net/ParseClient.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {
int rowOf(const WebhookModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, WebhookModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}
} // namespace

class TestWebhookModelLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createChangeDelete();
};

void TestWebhookModelLive::createChangeDelete()
{
    const QString reason = LocalParseServer::missingReason("OPS");
    if (!reason.isEmpty())
        QFAIL(qPrintable(reason));
    AdminClient admin(LocalParseServer::profile("OPS"));
    WebhookModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &WebhookModel::refreshed);
    QSignalSpy saved(&model, &WebhookModel::saved);
    model.setClient(&admin.client());
    QVERIFY(refreshed.wait(10000));
    QVERIFY2(model.problem().isEmpty(), qPrintable(model.problem()));

    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString function = QStringLiteral("hookFn") + suffix;
    const QString className = QStringLiteral("HookClass") + suffix;
    QString problem;
    Webhook bad;
    bad.functionName = function;
    bad.url = QStringLiteral("ftp://example.com/x");
    QVERIFY(!model.save(bad, false, &problem));
    QVERIFY2(problem.contains(QLatin1String("http")), qPrintable(problem));

    Webhook fn;
    fn.functionName = function;
    fn.url = QStringLiteral("http://127.0.0.1:9/fn");
    Webhook trigger;
    trigger.className = className;
    trigger.triggerName = QStringLiteral("beforeSave");
    trigger.url = QStringLiteral("https://example.com/before");
    for (const Webhook &hook : {fn, trigger}) {
        saved.clear();
        QVERIFY(model.save(hook, false, &problem));
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.last().at(0).value<ParseResult>().ok(),
                 qPrintable(saved.last().at(0).value<ParseResult>().error.describe()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, function) >= 0 && rowOf(model, className) >= 0, 10000);
    QVERIFY(rowOf(model, function) < rowOf(model, className)); // functions first
    QCOMPARE(model.index(rowOf(model, function), WebhookModel::Kind).data().toString(),
             QStringLiteral("Function"));
    QCOMPARE(model.index(rowOf(model, className), WebhookModel::Trigger).data().toString(),
             QStringLiteral("beforeSave"));

    trigger.url = QStringLiteral("https://example.com/changed");
    saved.clear();
    QVERIFY(model.save(trigger, true, &problem));
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.last().at(0).value<ParseResult>().ok(),
             qPrintable(saved.last().at(0).value<ParseResult>().error.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(qMax(0, rowOf(model, className)), WebhookModel::Url).data().toString(),
        QStringLiteral("https://example.com/changed"), 10000);

    for (const QString &name : {function, className}) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && rowOf(model, name) >= 0, 10000);
        saved.clear();
        model.remove(rowOf(model, name));
        QVERIFY(saved.wait(10000));
        QVERIFY(saved.last().at(0).value<ParseResult>().ok());
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(model, name), -1, 10000);
    }
}

QTEST_GUILESS_MAIN(TestWebhookModelLive)
#include "TestWebhookModelLive.moc"
