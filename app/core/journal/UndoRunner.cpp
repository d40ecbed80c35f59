#include "core/journal/UndoRunner.h"

#include "core/batch/BatchRunner.h"
#include "core/journal/SnapshotReader.h"
#include "core/journal/UndoJournal.h"
#include "core/net/ParseClient.h"

#include <QJsonArray>
#include <QTimer>

namespace {
constexpr int kReferrerLimit = 100;
}

// UndoRunner::tr spelled out: at run time a bare tr() here is UndoRunner's, but lupdate would file it under
// UndoRunner::Report, where no translation is looked up.
QString UndoRunner::Report::text() const
{
    QStringList lines;
    if (error.isError())
        return UndoRunner::tr("Undo failed: %1").arg(error.describe());
    lines.append(UndoRunner::tr("Undo: %n operation(s) applied", nullptr, restored) +
                 (failed ? UndoRunner::tr(", %n failed", nullptr, failed) : QString()) + QLatin1Char('.'));
    for (const Moved &m : moved) {
        lines.append(
            UndoRunner::tr("%1 %2 was re-created as %3: the server does not accept custom object ids "
                           "(allowCustomObjectId), so its objectId changed.")
                .arg(m.className, m.oldId, m.newId));
        if (m.referrers.isEmpty())
            lines.append(UndoRunner::tr("  No pointers found that refer to %1.").arg(m.oldId));
        for (const QString &r : m.referrers)
            lines.append(UndoRunner::tr("  Still points to %1: %2").arg(m.oldId, r));
    }
    lines.append(errors);
    lines.append(notes);
    return lines.join(QLatin1Char('\n'));
}

UndoRunner::UndoRunner(ParseClient *client, UndoJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

void UndoRunner::run(const QString &entryId)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_entryId = entryId;
    m_actionId = ParseRequest::newActionId();
    m_report = {};
    const int index = m_journal ? m_journal->indexOf(entryId) : -1;
    if (index < 0 || !m_client) {
        m_report.error = ParseError::config(tr("There is no journal entry %1.").arg(entryId));
        QTimer::singleShot(0, this, &UndoRunner::finish);
        return;
    }
    const UndoEntry entry = m_journal->entries().at(index);
    QMap<QString, QStringList> ids;
    for (const UndoOperation &op : entry.operations) {
        if (op.mayHaveApplied() && !op.objectId.isEmpty())
            ids[op.className].append(op.objectId);
    }
    ParseRequest headers;
    headers.masterKey = ParseRequest::MasterKey::FromProfile;
    auto *fetcher = new SnapshotReader(m_client, headers, this);
    connect(fetcher, &SnapshotReader::finished, this,
            [this, fetcher, entry](const QJsonObject &current, const ParseError &error) {
                fetcher->deleteLater();
                if (error.isError()) {
                    m_report.error = error;
                    finish();
                    return;
                }
                const UndoPlan plan = UndoPlan::build(entry, current, true);
                m_report.notes = plan.notes;
                send(plan.requests, plan.recreates, true);
            });
    fetcher->fetch(ids);
}

void UndoRunner::send(const QList<ParseRequest> &requests, const QStringList &recreates, bool retryWithoutIds)
{
    if (requests.isEmpty()) {
        findReferrers();
        return;
    }
    QList<ParseRequest> tagged = requests;
    UndoJournal::tag(&tagged, QStringLiteral("undo"), m_actionId);
    auto *runner = new BatchRunner(m_client, this);
    runner->setBatchSize(m_client->profile().batchSize);
    connect(runner, &BatchRunner::finished, this, [this, runner, tagged, recreates, retryWithoutIds] {
        runner->deleteLater();
        QList<ParseRequest> again;
        QStringList againIds;
        const QList<ParseResult> &results = runner->results();
        for (int i = 0; i < results.size(); ++i) {
            const ParseResult &r = results.at(i);
            const QString oldId = recreates.value(i);
            // Parse answers 105 "objectId is an invalid field name" when custom object ids are off.
            if (!r.ok() && retryWithoutIds && !oldId.isEmpty() && r.error.code == 105) {
                ParseRequest withoutId = tagged.at(i);
                QJsonObject body = withoutId.body.toObject();
                body.remove(QStringLiteral("objectId"));
                withoutId.body = body;
                again.append(withoutId);
                againIds.append(oldId);
                continue;
            }
            if (r.ok()) {
                ++m_report.restored;
                const QString newId = r.object().value(QLatin1String("objectId")).toString();
                if (!oldId.isEmpty() && !newId.isEmpty() && newId != oldId)
                    m_report.moved.append({r.request.path.section(QLatin1Char('/'), 2, 2), oldId, newId, {}});
            } else {
                ++m_report.failed;
                m_report.errors.append(tr("%1 %2: %3")
                                           .arg(QString::fromLatin1(r.request.methodName()), r.request.path,
                                                r.error.describe()));
            }
        }
        if (!again.isEmpty())
            send(again, againIds, false);
        else
            findReferrers();
    });
    runner->run(tagged, false);
}

void UndoRunner::findReferrers()
{
    if (m_report.moved.isEmpty()) {
        finish();
        return;
    }
    // Pointers are typed: only fields whose schema says Pointer to the class can refer to the old id.
    connect(
        m_client->send(ParseRequest::schemas()), &ParseReply::finished, this, [this](const ParseResult &r) {
            if (!r.ok()) {
                m_report.notes.append(
                    tr("Pointers to the old ids were not searched: %1").arg(r.error.describe()));
                finish();
                return;
            }
            auto open = std::make_shared<int>(0);
            const QJsonArray classes = r.object().value(QLatin1String("results")).toArray();
            for (int m = 0; m < m_report.moved.size(); ++m) {
                for (const QJsonValue &c : classes) {
                    const QString className = c.toObject().value(QLatin1String("className")).toString();
                    const QJsonObject fields = c.toObject().value(QLatin1String("fields")).toObject();
                    for (auto f = fields.begin(); f != fields.end(); ++f) {
                        const QJsonObject type = f.value().toObject();
                        if (type.value(QLatin1String("type")).toString() != QLatin1String("Pointer") ||
                            type.value(QLatin1String("targetClass")).toString() !=
                                m_report.moved.at(m).className)
                            continue;
                        QueryOptions options;
                        options.where = {
                            {f.key(),
                             QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                         {QStringLiteral("className"), m_report.moved.at(m).className},
                                         {QStringLiteral("objectId"), m_report.moved.at(m).oldId}}}};
                        options.keys = QStringList{QStringLiteral("objectId")};
                        options.limit = kReferrerLimit;
                        ++*open;
                        const QString label = className + QLatin1Char('.') + f.key();
                        connect(m_client->send(ParseRequest::find(className, options)), &ParseReply::finished,
                                this, [this, open, m, label](const ParseResult &found) {
                                    if (!found.ok()) {
                                        m_report.notes.append(tr("%1 could not be searched: %2")
                                                                  .arg(label, found.error.describe()));
                                    } else {
                                        QStringList ids;
                                        const QJsonArray results =
                                            found.object().value(QLatin1String("results")).toArray();
                                        for (const QJsonValue &v : results)
                                            ids.append(
                                                v.toObject().value(QLatin1String("objectId")).toString());
                                        if (!ids.isEmpty())
                                            m_report.moved[m].referrers.append(
                                                tr("%1: %2").arg(label, ids.join(QStringLiteral(", "))));
                                    }
                                    if (--*open == 0)
                                        finish();
                                });
                    }
                }
            }
            if (*open == 0)
                finish();
        });
}

void UndoRunner::finish()
{
    m_running = false;
    // A partly failed undo stays open, so it can be run again.
    if (!m_report.error.isError() && m_report.failed == 0 && m_journal)
        m_journal->markUndone(m_entryId, m_report.text());
    Q_EMIT finished(m_report);
}
