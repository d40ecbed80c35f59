// Issue #23: ParseDesk against Parse Dashboard, the same user actions on the same server in one run.
//  - the bench Parse Server twice: local (plain HTTP) and far (node/far-proxy.js: TLS with the test
//    certificate of tests/support/tls, 40 ms each way, keep-alive untouched, counting connections and TLS
//    handshakes); ParseDesk trusts the far certificate by its fingerprint (ServerProfile::
//    trustedCertificate), Chromium by its SPKI hash, as each tool's user would.
//  - two classes made straight in PostgreSQL by make-class.sh: BenchRoom (Room-like: 9 fields, 40 rows,
//    filtered on active == false) and BenchWide (200 fields of mixed types x 50,000 rows, filtered on
//    num1 == 7).
//  - the actions, from the class _Role (empty): open the class (after 6 s: the server has closed idle
//    keep-alive connections by then), _Role again, back to the class (a second click on it), apply the
//    filter; 1 s between actions.
//  - Parse Dashboard 9.2 (npm, node/) in headless Chromium driven by node/dashboard.js, timed to the first
//    frame with the rows on screen (the screencast, see that script); ParseDesk's ClassBrowser (the real
//    widgets, offscreen, 1280x800), timed to the end of the objects table's first paint that shows the
//    class's rows (all of them its ids; matching the filter after it): the event after the paint, once the
//    backing store is flushed. Each gets a new browser context or a new ClassBrowser, client and network
//    access manager per run: no connection or cache carried over.
//  - 3 runs of each, the two tools alternating, medians. Far: G5/G6/G7 of the issue with Dashboard as the
//    baseline; local: for information. G9: the longest GUI-thread stall (1 ms probe timer) while the wide
//    class opens, from the click to its first page loaded.
// Needs /usr/bin/chromium and the node modules (run.sh installs both) and a server of its own (run.sh's:
// PARSEDESK_TEST_* and PARSEDESK_TEST_STATE for make-class.sh). Ports: PARSEDESK_BENCH_FAR_PORT (1427, its
// stats on the next port) and PARSEDESK_BENCH_DASHBOARD_PORT (4040). Run alone as bench_browse, with
// QT_QPA_PLATFORM=offscreen.
#include "BenchBrowser.h"
#include "BenchFixture.h"
#include "BenchOutput.h"
#include "DashboardDriver.h"
#include "FarSetup.h"
#include "core/models/ObjectTableModel.h"
#include "ui/ClassBrowser.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace {
constexpr int kRuns = 3;
constexpr int kColdMs = 6000;
constexpr int kThinkMs = 1000;
const QString kNeutral = BenchBrowser::kNeutral;
using FarSetup::getJson;
using FarSetup::idle;
using FarSetup::ms;
using FarSetup::waitFor;

struct Shape
{
    QString cls;
    QString label;
    QString prefix; // of its objectIds (make-class.sh)
    QStringList makeArgs;
    QString field; // filtered on field == value, which holds for the ids whose number % mod == rest
    QJsonValue value;
    int mod;
    int rest;
};

struct Setting
{
    QString name;
    QString label;
    ServerProfile profile;
    QString dashboardApp;
    QString stats; // the far proxy's stats URL, empty when local
};

struct Action
{
    double paintMs = -1;
    double rowsMs = -1; // the rows in the model (ParseDesk) or in the DOM (Dashboard)
    int connections = -1;
    int handshakes = -1;
    int openAtStart = -1; // connections to the far proxy already open when the action began
    double stallMs = -1;
};

using Run = QMap<QString, Action>; // "open", "back", "filter"

// True when every objectId shown is one of the shape's (and, filtered, matches the filter).
bool idMatches(const QString &id, const Shape &shape, bool filtered)
{
    if (!id.startsWith(shape.prefix))
        return false;
    bool ok = false;
    const qint64 n = QStringView(id).mid(shape.prefix.size()).toLongLong(&ok, 16);
    return ok && (!filtered || n % shape.mod == shape.rest);
}

bool showsRows(const ObjectTableModel *model, const Shape &shape, bool filtered)
{
    const QJsonObject where = filtered ? QJsonObject{{shape.field, shape.value}} : QJsonObject();
    if (model->className() != shape.cls || model->where() != where || model->rowCount() == 0)
        return false;
    const int idColumn = int(model->fields().indexOf(QStringLiteral("objectId")));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!idMatches(model->index(row, idColumn).data().toString(), shape, filtered))
            return false;
    }
    return true;
}

// Notes the end of the first paint of the objects table that shows the rows wanted: the event after it,
// once the paint is flushed.
class PaintProbe final : public QObject
{
public:
    PaintProbe(QWidget *viewport, std::function<bool()> shows, std::function<void()> painted)
        : m_shows(std::move(shows))
        , m_painted(std::move(painted))
    {
        viewport->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && m_shows()) {
            m_seen = true;
            QTimer::singleShot(0, this, m_painted);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_shows;
    std::function<void()> m_painted;
    bool m_seen = false;
};

// ParseDesk's run: a new ClassBrowser on a new connection, as after starting the program.
Run runParseDesk(const Setting &setting, const Shape &shape, QNetworkAccessManager &statsNetwork)
{
    BenchBrowser bench(setting.profile);
    ClassBrowser &browser = bench.browser();
    ObjectTableModel *model = bench.model();
    QTableView *view = bench.table();

    const auto timed = [&](bool filtered, const std::function<void()> &act) {
        Action out;
        if (!setting.stats.isEmpty())
            out.openAtStart = getJson(statsNetwork, setting.stats + QStringLiteral("/reset"))
                                  .value(QLatin1String("open"))
                                  .toInt();
        QElapsedTimer t;
        bool painted = false;
        const auto shows = [&] { return showsRows(model, shape, filtered); };
        PaintProbe probe(view->viewport(), shows, [&] {
            out.paintMs = ms(t);
            painted = true;
        });
        const auto rows = [&] {
            if (out.rowsMs < 0 && shows())
                out.rowsMs = ms(t);
        };
        const QMetaObject::Connection inserted =
            QObject::connect(model, &QAbstractItemModel::rowsInserted, rows);
        const QMetaObject::Connection reset = QObject::connect(model, &QAbstractItemModel::modelReset, rows);
        // The longest the GUI thread went without running a 1 ms timer, until the first page is loaded.
        QElapsedTimer sinceTick;
        double stall = 0;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            stall = qMax(stall, ms(sinceTick));
            sinceTick.restart();
        });
        t.start();
        sinceTick.start();
        tick.start();
        act();
        if (!waitFor([&] { return painted && shows() && !model->isLoading(); }))
            qFatal("ParseDesk: %s never showed its rows", qPrintable(shape.cls));
        out.stallMs = qMax(stall, ms(sinceTick));
        QObject::disconnect(inserted);
        QObject::disconnect(reset);
        if (!setting.stats.isEmpty()) {
            const QJsonObject s = getJson(statsNetwork, setting.stats);
            out.connections = s.value(QLatin1String("accepted")).toInt();
            out.handshakes = s.value(QLatin1String("handshakes")).toInt();
        }
        return out;
    };
    Run run;
    idle(kColdMs);
    run[QStringLiteral("open")] = timed(false, [&] { browser.selectClass(shape.cls); });
    bench.open(kNeutral);
    idle(kThinkMs);
    run[QStringLiteral("back")] = timed(false, [&] { browser.selectClass(shape.cls); });
    idle(kThinkMs);
    run[QStringLiteral("filter")] = timed(true, [&] {
        browser.findChild<QLineEdit *>(QStringLiteral("whereLineEdit"))
            ->setText(QString::fromUtf8(
                QJsonDocument(QJsonObject{{shape.field, shape.value}}).toJson(QJsonDocument::Compact)));
        browser.findChild<QPushButton *>(QStringLiteral("applyFilterPushButton"))->click();
    });
    return run;
}

// Dashboard's run of the same actions (node/dashboard.js's browse command).
std::optional<Run> runDashboard(DashboardDriver &dashboard, const Setting &setting, const Shape &shape)
{
    const std::optional<QJsonObject> answer = dashboard.send(QJsonObject{
        {QStringLiteral("app"), setting.dashboardApp},
        {QStringLiteral("cls"), shape.cls},
        {QStringLiteral("neutral"), kNeutral},
        {QStringLiteral("prefix"), shape.prefix},
        {QStringLiteral("filter"), QJsonObject{{QStringLiteral("field"), shape.field},
                                               {QStringLiteral("value"), shape.value},
                                               {QStringLiteral("mod"), shape.mod},
                                               {QStringLiteral("rest"), shape.rest}}},
        {QStringLiteral("coldMs"), kColdMs},
        {QStringLiteral("thinkMs"), kThinkMs},
        {QStringLiteral("stats"), setting.stats.isEmpty() ? QJsonValue() : QJsonValue(setting.stats)}});
    if (!answer)
        return std::nullopt;
    Run out;
    for (const QString &name : {QStringLiteral("open"), QStringLiteral("back"), QStringLiteral("filter")}) {
        const QJsonObject a = answer->value(name).toObject();
        Action action;
        action.paintMs = a.value(QLatin1String("paintMs")).toDouble(-1);
        action.rowsMs = a.value(QLatin1String("domMs")).toDouble(-1);
        action.connections = a.value(QLatin1String("connections")).toInt(-1);
        action.handshakes = a.value(QLatin1String("handshakes")).toInt(-1);
        action.openAtStart = a.value(QLatin1String("openAtStart")).toInt(-1);
        out[name] = action;
    }
    return out;
}

double medianOf(const QList<Run> &runs, const QString &action, double Action::*field)
{
    QList<double> values;
    for (const Run &run : runs) {
        const double v = run.value(action).*field;
        if (v >= 0)
            values << v;
    }
    return values.isEmpty() ? -1 : BenchFixture::median(values);
}

QJsonArray samples(const QList<Run> &runs, const QString &action, double Action::*field)
{
    QJsonArray out;
    for (const Run &run : runs)
        out << qRound64(run.value(action).*field * 10) / 10.0;
    return out;
}

double medianCount(const QList<Run> &runs, const QString &action, int Action::*field)
{
    QList<double> values;
    for (const Run &run : runs)
        values << run.value(action).*field;
    return BenchFixture::median(values);
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (const QString missing = FarSetup::missingReason(); !missing.isEmpty()) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(missing));
        return 1;
    }
    const QList<Shape> shapes{{QStringLiteral("BenchRoom"),
                               QStringLiteral("Room-like class (40 rows)"),
                               QStringLiteral("b"),
                               {QStringLiteral("--rows"), QStringLiteral("40")},
                               QStringLiteral("active"),
                               false,
                               3,
                               0},
                              {QStringLiteral("BenchWide"),
                               QStringLiteral("200-column class of 50k"),
                               QStringLiteral("w"),
                               {QStringLiteral("--rows"), QStringLiteral("50000"), QStringLiteral("--wide")},
                               QStringLiteral("num1"),
                               7,
                               1000,
                               7}};
    for (const Shape &shape : shapes) {
        if (!FarSetup::makeClass(shape.cls, shape.makeArgs))
            return 1;
    }

    // The far server and Parse Dashboard, both apps in one Dashboard.
    const FarSetup::Servers servers = FarSetup::start(&app);
    DashboardDriver dashboard(servers.dashboardUrl, servers.spki);

    const QList<Setting> settings{
        {QStringLiteral("far"), QStringLiteral("80 ms TLS"), servers.far, QStringLiteral("far"),
         servers.statsUrl},
        {QStringLiteral("local"), QStringLiteral("local"), servers.local, QStringLiteral("local"), {}}};
    QNetworkAccessManager statsNetwork;
    QMap<QString, QList<Run>> ours;
    QMap<QString, QList<Run>> theirs;
    for (int run = 0; run < kRuns; ++run) {
        for (const Setting &setting : settings) {
            for (const Shape &shape : shapes) {
                const QString key = setting.name + QLatin1Char('/') + shape.cls;
                BenchOutput::log(QStringLiteral("run %1, %2: Parse Dashboard ...").arg(run + 1).arg(key));
                std::optional<Run> dashboardRun = runDashboard(dashboard, setting, shape);
                if (!dashboardRun) // once more: a run that failed is shown in the log
                    dashboardRun = runDashboard(dashboard, setting, shape);
                if (dashboardRun)
                    theirs[key] << *dashboardRun;
                BenchOutput::log(QStringLiteral("run %1, %2: ParseDesk ...").arg(run + 1).arg(key));
                ours[key] << runParseDesk(setting, shape, statsNetwork);
            }
        }
    }

    // G5/G6/G7 far, with their targets per class; local for information.
    struct Goal
    {
        QString action;
        QString goal;
        QString what;
        double small;
        double wide;
    };
    const QList<Goal> goals{
        {QStringLiteral("open"), QStringLiteral("far-open"), QStringLiteral("open the class"), 5, 20},
        {QStringLiteral("back"), QStringLiteral("far-back"), QStringLiteral("back to the class"), 10, 30},
        {QStringLiteral("filter"), QStringLiteral("far-filter"), QStringLiteral("apply a filter"), 5, 20}};
    for (const Setting &setting : settings) {
        for (const Shape &shape : shapes) {
            const QString key = setting.name + QLatin1Char('/') + shape.cls;
            for (const Goal &goal : goals) {
                const QList<Run> &o = ours.value(key);
                const QList<Run> &d = theirs.value(key);
                const double mine = medianOf(o, goal.action, &Action::paintMs);
                const double base = medianOf(d, goal.action, &Action::paintMs);
                const bool isFar = setting.name == QLatin1String("far");
                const double target = shape.cls == QLatin1String("BenchWide") ? goal.wide : goal.small;
                BenchOutput::Line line;
                line.goal = isFar ? goal.goal : QStringLiteral("local-dashboard");
                line.metric = QStringLiteral("%1, %2: %3, first rows on screen")
                                  .arg(setting.label, shape.label, goal.what);
                line.unit = QStringLiteral("ms");
                if (base > 0) {
                    line.baseline = qRound64(base * 10) / 10.0;
                    line.baselineName = QStringLiteral("Parse Dashboard 9.2");
                }
                line.ours = qRound64(mine * 10) / 10.0;
                if (isFar) {
                    line.target = QStringLiteral(">= %1x").arg(target);
                    line.met = base > 0 && mine > 0 && base / mine >= target;
                }
                line.extra = {
                    {QStringLiteral("runs"), int(o.size())},
                    {QStringLiteral("oursSamples"), samples(o, goal.action, &Action::paintMs)},
                    {QStringLiteral("baselineSamples"), samples(d, goal.action, &Action::paintMs)},
                    {QStringLiteral("oursRowsInModelMs"), medianOf(o, goal.action, &Action::rowsMs)},
                    {QStringLiteral("baselineRowsInDomMs"), medianOf(d, goal.action, &Action::rowsMs)},
                };
                if (isFar) {
                    line.extra.insert(QStringLiteral("oursConnections"),
                                      medianCount(o, goal.action, &Action::connections));
                    line.extra.insert(QStringLiteral("oursHandshakes"),
                                      medianCount(o, goal.action, &Action::handshakes));
                    line.extra.insert(QStringLiteral("baselineConnections"),
                                      medianCount(d, goal.action, &Action::connections));
                    line.extra.insert(QStringLiteral("oursOpenAtStart"),
                                      medianCount(o, goal.action, &Action::openAtStart));
                    line.extra.insert(QStringLiteral("baselineOpenAtStart"),
                                      medianCount(d, goal.action, &Action::openAtStart));
                    line.extra.insert(QStringLiteral("baselineHandshakes"),
                                      medianCount(d, goal.action, &Action::handshakes));
                }
                BenchOutput::emitLine(line);
            }
        }
    }
    for (const Setting &setting : settings) {
        const QList<Run> &o = ours.value(setting.name + QStringLiteral("/BenchWide"));
        const double stall = medianOf(o, QStringLiteral("open"), &Action::stallMs);
        BenchFixture::report(
            QStringLiteral("wide-stall"),
            QStringLiteral("%1, 200-column class: longest GUI-thread stall, click to first page loaded")
                .arg(setting.label),
            QStringLiteral("ms"), -1, {}, stall, QStringLiteral("<= 50"), stall <= 50);
    }
    return 0;
}
