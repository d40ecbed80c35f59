// Goal 3 of issue #7: browsing a 1,000,000-object class on the local test server.
//  - first 200 rows: from opening the class in ObjectTableModel to the rows inserted, less the page's
//    round trip (ParseResult::elapsedMs: sent to received). Median of 11 openings.
//  - page 5000 against page 1, both by cursor (CursorPager's where for the row before page 5000), with
//    skip paging (skip=999800) as the baseline, in the same run; medians of 21, interleaved.
//  - a count never delays a page: opening the class (the model's first page, then its exact count)
//    against page 1 alone, interleaved, medians of 11. For information (stderr): page 1 sent while an exact
//    count runs on the server.
// The class (BenchMillion) is made by make-class.sh when it is missing: through /schemas, then rows with one
// INSERT ... generate_series into its table (see that script).
// Run alone: start a server (tests/server/server.sh start --state DIR --port P --pg-port PG), export
// PARSEDESK_TEST_SERVER_URL, _APP_ID, _MASTER_KEY, _REST_KEY, _CLIENT_KEY and PARSEDESK_TEST_STATE=DIR
// (as tests/run-tests.sh does), then build/release/tests/bench/bench_browse
#include "BenchFixture.h"
#include "LocalParseServer.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "core/net/ParseReply.h"
#include "core/query/CursorPager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <cstdio>

namespace {
constexpr int kRows = 1000000;
constexpr int kPage = ObjectTableModel::kPageSize;
constexpr int kRuns = 11;
// Pages take 5-20 ms on a shared machine: more runs, interleaved, for a steady median.
constexpr int kPageRuns = 21;
const QString kClass = QStringLiteral("BenchMillion");

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool ensureClass(ParseClient &client)
{
    ParseRequest count = ParseRequest::count(kClass);
    count.masterKey = ParseRequest::MasterKey::Required;
    const ParseResult r = BenchFixture::wait(client.send(count));
    if (r.ok() && r.object().value(QLatin1String("count")).toInteger() == kRows)
        return true;
    const QString state =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("PARSEDESK_TEST_STATE"));
    if (state.isEmpty()) {
        std::fprintf(stderr, "bench_browse: no %s class of %d rows and no PARSEDESK_TEST_STATE to make it\n",
                     qPrintable(kClass), kRows);
        return false;
    }
    std::fprintf(stderr, "bench_browse: making %s (%d rows) ...\n", qPrintable(kClass), kRows);
    QProcess make;
    make.setProcessChannelMode(QProcess::ForwardedChannels);
    make.start(QStringLiteral("bash"),
               {QStringLiteral(PARSEDESK_BENCH_DIR "/make-class.sh"), QStringLiteral("--state"), state,
                QStringLiteral("--rows"), QString::number(kRows)});
    return make.waitForFinished(600000) && make.exitCode() == 0;
}

// One find by cursor or skip, as the model sends it; the time from sending to decoded rows.
double timePage(ParseClient &client, const QJsonObject &where, int skip)
{
    QueryOptions options;
    options.where = where;
    options.order = {QStringLiteral("createdAt"), QStringLiteral("objectId")};
    options.limit = kPage;
    if (skip > 0)
        options.skip = skip;
    ParseRequest request = ParseRequest::find(kClass, options);
    request.compactRows = true;
    QElapsedTimer t;
    t.start();
    const ParseResult r = BenchFixture::wait(client.send(request));
    const double elapsed = ms(t);
    if (!r.ok() || !r.rows || r.rows->size() != kPage)
        qFatal("page failed: %s", qPrintable(r.error.describe()));
    return elapsed;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString missing = LocalParseServer::missingReason(); !missing.isEmpty()) {
        std::fprintf(stderr, "bench_browse: %s\n", qPrintable(missing));
        return 1;
    }
    QNetworkAccessManager network;
    ServerProfile profile = LocalParseServer::profile();
    ParseClient client(profile, &network);
    if (!ensureClass(client))
        return 1;
    const ParseResult schema = BenchFixture::wait(client.send(ParseRequest::schema(kClass)));
    if (!schema.ok())
        return 1;

    // First 200 rows after opening the class.
    QList<double> clientMs;
    QList<double> roundTrips;
    QList<double> openings;
    QList<double> alone; // page 1 by itself, between the openings
    for (int run = 0; run < kRuns; ++run) {
        ObjectTableModel model;
        model.setClient(&client, nullptr);
        double roundTrip = -1;
        const QMetaObject::Connection finds =
            QObject::connect(&client, &ParseClient::requestFinished, &app, [&](const ParseResult &r) {
                if (r.request.compactRows)
                    roundTrip = double(r.elapsedMs);
            });
        QEventLoop loop;
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        model.setClass(kClass, schema.object());
        model.fetchMore({});
        loop.exec();
        const double total = ms(t);
        QObject::disconnect(finds);
        if (model.rowCount() != kPage || roundTrip < 0)
            return 1;
        clientMs.append(total - roundTrip);
        openings.append(total);
        roundTrips.append(roundTrip);
        // Let the model's count finish before the next opening.
        while (!model.count())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        alone.append(timePage(
            client, CursorPager({}, QStringLiteral("createdAt"), false, true, kPage).nextWhere(), 0));
    }
    const double firstClient = BenchFixture::median(clientMs);
    std::fprintf(stderr, "first 200 rows: round trip %.1f ms, client %.1f ms (medians)\n",
                 BenchFixture::median(roundTrips), firstClient);

    // Page 1 and page 5000 by cursor, page 5000 by skip.
    QueryOptions before;
    before.order = {QStringLiteral("createdAt"), QStringLiteral("objectId")};
    before.limit = 1;
    before.skip = 4999 * kPage - 1;
    const ParseResult last = BenchFixture::wait(client.send(ParseRequest::find(kClass, before)));
    const QJsonArray lastRows = last.object().value(QLatin1String("results")).toArray();
    if (lastRows.size() != 1)
        return 1;
    CursorPager first({}, QStringLiteral("createdAt"), false, true, kPage);
    CursorPager later = first;
    later.advance(kPage, lastRows.first().toObject());
    QList<double> page1;
    QList<double> page5000;
    QList<double> skip5000;
    for (int run = 0; run < kPageRuns; ++run) {
        page1.append(timePage(client, first.nextWhere(), 0));
        page5000.append(timePage(client, later.nextWhere(), 0));
        skip5000.append(timePage(client, {}, 4999 * kPage));
    }
    const double p1 = BenchFixture::median(page1);
    const double p5000 = BenchFixture::median(page5000);
    const double s5000 = BenchFixture::median(skip5000);
    std::fprintf(stderr, "page 1 %.1f ms, page 5000 by cursor %.1f ms, by skip %.1f ms\n", p1, p5000, s5000);

    // Page 1 while an exact count of the class runs.
    QList<double> withCount;
    for (int run = 0; run < kRuns; ++run) {
        ParseReply *count = client.send(ParseRequest::count(kClass));
        withCount.append(timePage(client, first.nextWhere(), 0));
        BenchFixture::wait(count);
    }
    const double opening = BenchFixture::median(openings);
    std::fprintf(
        stderr,
        "opening (first page, then the count) %.1f ms, page 1 alone %.1f ms; page 1 sent while a count "
        "runs %.1f ms\n",
        opening, BenchFixture::median(alone), BenchFixture::median(withCount));

    using BenchFixture::report;
    report(QStringLiteral("browse"),
           QStringLiteral("first 200 rows of 1M: client time beyond one round trip"), QStringLiteral("ms"),
           -1, {}, firstClient, QStringLiteral("<= 30"), firstClient <= 30);
    const double ratio = 100 * p5000 / p1;
    report(QStringLiteral("browse"), QStringLiteral("page 5000 as % of page 1"), QStringLiteral("%"),
           100 * s5000 / p1, QStringLiteral("skip paging"), ratio, QStringLiteral("80 - 120"),
           ratio >= 80 && ratio <= 120);
    const double pageAlone = BenchFixture::median(alone);
    const double delay = opening - pageAlone;
    report(QStringLiteral("browse"),
           QStringLiteral("first page delayed by the count (opening - page 1 alone)"), QStringLiteral("ms"),
           -1, {}, delay, QStringLiteral("<= 20% of page 1"), delay <= 0.2 * pageAlone);
    return 0;
}
