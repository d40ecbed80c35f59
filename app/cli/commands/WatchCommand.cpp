#include "cli/commands/WatchCommand.h"

#include "cli/CliApp.h"
#include "cli/CliOutput.h"
#include "core/models/LiveListModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

QList<QCommandLineOption> WatchCommand::options()
{
    return CliApp::queryFlags()
           << QCommandLineOption(
                  QStringLiteral("interval"),
                  QStringLiteral("watch: whole seconds between refreshes, 1 to 86400 (default 30)."),
                  QStringLiteral("SEC"))
           << QCommandLineOption(QStringLiteral("livequery"),
                                 QStringLiteral("watch: follow LiveQuery events instead of polling."));
}

void WatchCommand::run()
{
    const std::optional<QueryOptions> options = m_app.queryOptions(QStringLiteral("watch"));
    if (!options)
        return;
    const std::optional<double> interval = m_app.numberOption(QStringLiteral("interval"), 30, 1, 86400, true);
    if (!interval)
        return;
    auto *model = new LiveListModel(this);
    model->setClient(m_app.client());
    model->setIntervalSeconds(int(*interval));
    model->setMode(m_app.parser().isSet(QStringLiteral("livequery")) ? LiveListModel::Mode::LiveQuery
                                                                     : LiveListModel::Mode::Polling);
    model->setQuery(m_app.positional().at(1), *options);
    const auto line = [](const QJsonObject &o) {
        CliOutput::writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    };
    connect(model, &LiveListModel::snapshot, this, [line](const QList<QJsonObject> &rows) {
        QJsonArray array;
        for (const QJsonObject &row : rows)
            array.append(row);
        line({{QStringLiteral("type"), QStringLiteral("snapshot")}, {QStringLiteral("rows"), array}});
    });
    connect(model, &LiveListModel::changed, this, [line](const QList<LiveListDiff::Step> &steps) {
        using Kind = LiveListDiff::Step::Kind;
        for (const LiveListDiff::Step &step : steps) {
            QJsonObject o{{QStringLiteral("objectId"), step.key}};
            switch (step.kind) {
            case Kind::Insert:
                o.insert(QStringLiteral("type"), QStringLiteral("insert"));
                o.insert(QStringLiteral("rank"), step.to + 1);
                o.insert(QStringLiteral("row"), step.row);
                break;
            case Kind::Remove:
                o.insert(QStringLiteral("type"), QStringLiteral("remove"));
                o.insert(QStringLiteral("rank"), step.from + 1);
                break;
            case Kind::Move:
                o.insert(QStringLiteral("type"), QStringLiteral("move"));
                o.insert(QStringLiteral("from"), step.from + 1);
                o.insert(QStringLiteral("to"), step.to + 1);
                break;
            case Kind::Update: {
                QJsonObject fields;
                for (const QString &f : step.changedFields)
                    fields.insert(f, step.row.contains(f) ? step.row.value(f) : QJsonValue());
                o.insert(QStringLiteral("type"), QStringLiteral("update"));
                o.insert(QStringLiteral("rank"), step.to + 1);
                o.insert(QStringLiteral("changed"), fields);
                break;
            }
            }
            line(o);
        }
    });
    // Errors go to stderr and the watch goes on: the model keeps the last rows and retries with backoff.
    connect(model, &LiveListModel::statusChanged, this, [model, last = std::make_shared<QString>()] {
        if (!model->errorText().isEmpty() && model->errorText() != *last)
            CliOutput::writeErr(model->errorText());
        *last = model->errorText();
    });
    model->start();
}
