#include "core/net/AdminRequest.h"

#include <QUrl>

namespace {
ParseRequest admin(ParseRequest::Method method, const QString &path, const QJsonValue &body = {})
{
    ParseRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.masterKey = ParseRequest::MasterKey::Required;
    return r;
}

QString segment(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

// /hooks/functions/NAME or /hooks/triggers/CLASS/TRIGGER for a hook's JSON.
QString hookPath(const QJsonObject &hook)
{
    if (hook.contains(QLatin1String("functionName")))
        return QStringLiteral("/hooks/functions/") +
               segment(hook.value(QLatin1String("functionName")).toString());
    return QStringLiteral("/hooks/triggers/") + segment(hook.value(QLatin1String("className")).toString()) +
           QLatin1Char('/') + segment(hook.value(QLatin1String("triggerName")).toString());
}
} // namespace

namespace AdminRequest {
ParseRequest config()
{
    return admin(ParseRequest::Method::Get, QStringLiteral("/config"));
}

ParseRequest updateConfig(const QJsonObject &body)
{
    return admin(ParseRequest::Method::Put, QStringLiteral("/config"), body);
}

ParseRequest scriptLog(LogLevel level, const QDateTime &from, const QDateTime &until, int size,
                       bool ascending)
{
    ParseRequest r = admin(ParseRequest::Method::Get, QStringLiteral("/scriptlog"));
    r.query.addQueryItem(QStringLiteral("level"),
                         level == LogLevel::Error ? QStringLiteral("error") : QStringLiteral("info"));
    if (from.isValid())
        r.query.addQueryItem(QStringLiteral("from"), from.toUTC().toString(Qt::ISODateWithMs));
    if (until.isValid())
        r.query.addQueryItem(QStringLiteral("until"), until.toUTC().toString(Qt::ISODateWithMs));
    r.query.addQueryItem(QStringLiteral("size"), QString::number(size));
    r.query.addQueryItem(QStringLiteral("order"), ascending ? QStringLiteral("asc") : QStringLiteral("desc"));
    return r;
}

ParseRequest jobsData()
{
    return admin(ParseRequest::Method::Get, QStringLiteral("/cloud_code/jobs/data"));
}

ParseRequest schedules()
{
    return admin(ParseRequest::Method::Get, QStringLiteral("/cloud_code/jobs"));
}

ParseRequest createSchedule(const QJsonObject &schedule)
{
    return admin(ParseRequest::Method::Post, QStringLiteral("/cloud_code/jobs"),
                 QJsonObject{{QStringLiteral("job_schedule"), schedule}});
}

ParseRequest updateSchedule(const QString &objectId, const QJsonObject &schedule)
{
    return admin(ParseRequest::Method::Put, QStringLiteral("/cloud_code/jobs/") + segment(objectId),
                 QJsonObject{{QStringLiteral("job_schedule"), schedule}});
}

ParseRequest deleteSchedule(const QString &objectId)
{
    return admin(ParseRequest::Method::Delete, QStringLiteral("/cloud_code/jobs/") + segment(objectId));
}

ParseRequest changeSchedule(const QString &objectId, const QJsonObject &fields)
{
    return admin(ParseRequest::Method::Put, QStringLiteral("/classes/_JobSchedule/") + segment(objectId),
                 fields);
}

ParseRequest functionHooks()
{
    return admin(ParseRequest::Method::Get, QStringLiteral("/hooks/functions"));
}

ParseRequest triggerHooks()
{
    return admin(ParseRequest::Method::Get, QStringLiteral("/hooks/triggers"));
}

ParseRequest createHook(const QJsonObject &hook)
{
    return admin(ParseRequest::Method::Post,
                 hook.contains(QLatin1String("functionName")) ? QStringLiteral("/hooks/functions")
                                                              : QStringLiteral("/hooks/triggers"),
                 hook);
}

ParseRequest updateHook(const QJsonObject &hook)
{
    return admin(ParseRequest::Method::Put, hookPath(hook),
                 QJsonObject{{QStringLiteral("url"), hook.value(QLatin1String("url"))}});
}

ParseRequest deleteHook(const QJsonObject &hook)
{
    return admin(ParseRequest::Method::Put, hookPath(hook),
                 QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}});
}
} // namespace AdminRequest
