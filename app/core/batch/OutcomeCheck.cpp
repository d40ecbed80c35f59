#include "core/batch/OutcomeCheck.h"

#include "core/batch/OperationBuilder.h"
#include "core/data/JsonText.h"
#include "core/net/ParseClient.h"
#include "core/query/ObjectFetcher.h"

#include <utility>

namespace {
const QLatin1String kObjectId("objectId");

QString compact(const QJsonValue &value)
{
    return value.isUndefined() ? OutcomeCheck::tr("(absent)") : JsonText::compact(value);
}
} // namespace

OutcomeCheck::OutcomeCheck(ParseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

std::pair<QString, QString> OutcomeCheck::targetOf(const ParseRequest &write)
{
    const OperationBuilder::Target target = OperationBuilder::targetOf(write.path);
    if (!target.isValid())
        return {};
    if (write.method == ParseRequest::Method::Post && target.objectId.isEmpty())
        return {target.className, write.body.toObject().value(kObjectId).toString()};
    return {target.className, target.objectId};
}

OutcomeCheck::Finding OutcomeCheck::judge(const ParseRequest &write,
                                          const std::optional<QJsonObject> &current)
{
    Finding f;
    if (current)
        f.object = *current;
    const auto [className, objectId] = targetOf(write);
    if (className.isEmpty()) {
        f.reason = tr("Only writes to objects can be checked; what this one did can't be read back.");
        return f;
    }
    if (objectId.isEmpty()) {
        f.reason = tr("A create without its own objectId can't be found again: look for the new object by "
                      "its fields before sending it again.");
        return f;
    }
    switch (write.method) {
    case ParseRequest::Method::Delete:
        f.verdict = current ? Verdict::NotApplied : Verdict::Applied;
        f.reason =
            current ? tr("%1 %2 still exists: the delete was not applied.").arg(className, objectId)
                    : tr("%1 %2 no longer exists: the delete has taken effect (or the object never existed).")
                          .arg(className, objectId);
        return f;
    case ParseRequest::Method::Post:
        f.verdict = current ? Verdict::Applied : Verdict::NotApplied;
        f.reason = current ? tr("%1 %2 exists: the create was applied.").arg(className, objectId)
                           : tr("%1 %2 does not exist: the create was not applied.").arg(className, objectId);
        return f;
    case ParseRequest::Method::Put: {
        if (!current) {
            f.reason = tr("%1 %2 no longer exists, so whether the update was applied can't be told.")
                           .arg(className, objectId);
            return f;
        }
        const QJsonObject fields = write.body.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonObject op = it.value().toObject();
            const QString kind = op.value(QLatin1String("__op")).toString();
            const QJsonValue now = current->value(it.key());
            if (kind == QLatin1String("Delete")) {
                if (now.isUndefined() || now.isNull())
                    continue;
                f.verdict = Verdict::NotApplied;
                f.reason = tr("%1 still holds %2: the update was not applied (or was changed since).")
                               .arg(it.key(), compact(now));
                return f;
            }
            if (!kind.isEmpty()) {
                f.reason = tr("%1 is changed by %2, whose effect can't be told from the object's state.")
                               .arg(it.key(), kind);
                return f;
            }
            if (now != it.value()) {
                f.verdict = Verdict::NotApplied;
                f.reason = tr("%1 holds %2, not the written %3: the update was not applied (or was changed "
                              "since).")
                               .arg(it.key(), compact(now), compact(it.value()));
                return f;
            }
        }
        f.verdict = Verdict::Applied;
        f.reason = tr("Every field holds the written value: the update has taken effect.");
        return f;
    }
    case ParseRequest::Method::Get:
        break;
    }
    f.reason = tr("A read changes nothing.");
    return f;
}

ParseResult OutcomeCheck::settled(const ParseResult &lost, const Finding &finding)
{
    ParseResult r = lost;
    switch (finding.verdict) {
    case Verdict::Applied: {
        r.error = {};
        QJsonObject success;
        for (const char *key : {"objectId", "createdAt", "updatedAt"}) {
            const QJsonValue v = finding.object.value(QLatin1String(key));
            if (!v.isUndefined())
                success.insert(QLatin1String(key), v);
        }
        r.json = success;
        return r;
    }
    case Verdict::NotApplied:
        r.error.outcomeUnknown = false;
        r.error.message =
            tr("%1; read back: %2 Sending it again is safe.").arg(lost.error.message, finding.reason);
        return r;
    case Verdict::CannotTell:
        r.error.message = tr("%1; read back: %2").arg(lost.error.message, finding.reason);
        return r;
    }
    return r;
}

void OutcomeCheck::check(const QList<ParseRequest> &writes)
{
    QMap<QString, QStringList> ids;
    for (const ParseRequest &w : writes) {
        const auto [className, objectId] = targetOf(w);
        if (!className.isEmpty() && !objectId.isEmpty() && !ids.value(className).contains(objectId))
            ids[className].append(objectId);
    }
    ParseRequest headers;
    headers.masterKey = writes.isEmpty() ? ParseRequest::MasterKey::FromProfile : writes.first().masterKey;
    headers.sessionToken = writes.isEmpty() ? QString() : writes.first().sessionToken;
    auto *fetcher = new ObjectFetcher(m_client, headers, this);
    connect(fetcher, &ObjectFetcher::finished, this,
            [this, fetcher, writes](const QJsonObject &objects, const ParseError &error) {
                fetcher->deleteLater();
                QList<Finding> findings;
                for (const ParseRequest &w : writes) {
                    if (error.isError()) {
                        Finding f;
                        f.reason = tr("The objects could not be read: %1").arg(error.describe());
                        findings.append(f);
                        continue;
                    }
                    const auto [className, objectId] = targetOf(w);
                    const QJsonValue found = objects.value(className).toObject().value(objectId);
                    findings.append(
                        judge(w, found.isObject() ? std::optional(found.toObject()) : std::nullopt));
                }
                Q_EMIT finished(findings, error);
            });
    fetcher->fetch(ids);
}

void OutcomeCheck::settle(const ParseResult &lost, const std::function<void(const ParseResult &)> &then)
{
    if (m_waiting.isEmpty())
        QMetaObject::invokeMethod(this, &OutcomeCheck::settleWaiting, Qt::QueuedConnection);
    m_waiting.append({lost, then});
}

void OutcomeCheck::settleWaiting()
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    QList<ParseRequest> writes;
    for (const Waiting &w : waiting)
        writes.append(w.lost.request);
    auto *check = new OutcomeCheck(m_client, this);
    connect(check, &OutcomeCheck::finished, this, [check, waiting](const QList<Finding> &findings) {
        check->deleteLater();
        for (qsizetype i = 0; i < waiting.size(); ++i)
            waiting.at(i).then(settled(waiting.at(i).lost, findings.at(i)));
    });
    check->check(writes);
}
