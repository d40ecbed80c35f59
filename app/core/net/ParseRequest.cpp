#include "core/net/ParseRequest.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace {
QString encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

ParseRequest make(ParseRequest::Method method, const QString &path,
                  const QJsonValue &body = QJsonValue::Undefined)
{
    ParseRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    return r;
}
} // namespace

QByteArray ParseRequest::methodName() const
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

bool ParseRequest::methodFromName(QStringView name, Method *method)
{
    static const std::pair<QLatin1String, Method> names[] = {{QLatin1String("GET"), Method::Get},
                                                             {QLatin1String("POST"), Method::Post},
                                                             {QLatin1String("PUT"), Method::Put},
                                                             {QLatin1String("DELETE"), Method::Delete}};
    for (const auto &[text, m] : names) {
        if (name.compare(text, Qt::CaseInsensitive) == 0) {
            *method = m;
            return true;
        }
    }
    return false;
}

QByteArray ParseRequest::encodedBody() const
{
    if (body.isUndefined())
        return {};
    if (bodyEncoding == BodyEncoding::Form) {
        // Strings go as they are; other values as their JSON text, the way form fields can carry them.
        QUrlQuery form = QueryOptions::urlQueryFromBody(body.toObject());
        return form.toString(QUrl::FullyEncoded).toUtf8();
    }
    if (!jsonText.isEmpty())
        return jsonText;
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray ParseRequest::contentType() const
{
    return bodyEncoding == BodyEncoding::Form ? QByteArrayLiteral("application/x-www-form-urlencoded")
                                              : QByteArrayLiteral("application/json");
}

QString ParseRequest::classPath(const QString &className)
{
    return QStringLiteral("/classes/") + encodeSegment(className);
}

ParseRequest ParseRequest::find(const QString &className, const QueryOptions &options)
{
    ParseRequest r = make(Method::Get, classPath(className));
    r.query = options.toUrlQuery();
    return r;
}

ParseRequest ParseRequest::count(const QString &className, const QJsonObject &where, bool estimate)
{
    QueryOptions options;
    options.where = where;
    options.estimateCount = estimate;
    options.limit = 0;
    options.count = true;
    return find(className, options);
}

ParseRequest ParseRequest::getObject(const QString &className, const QString &objectId)
{
    return make(Method::Get, classPath(className) + QLatin1Char('/') + encodeSegment(objectId));
}

ParseRequest ParseRequest::createObject(const QString &className, const QJsonObject &fields)
{
    return make(Method::Post, classPath(className), fields);
}

ParseRequest ParseRequest::updateObject(const QString &className, const QString &objectId,
                                        const QJsonObject &fields)
{
    return make(Method::Put, classPath(className) + QLatin1Char('/') + encodeSegment(objectId), fields);
}

ParseRequest ParseRequest::deleteObject(const QString &className, const QString &objectId)
{
    return make(Method::Delete, classPath(className) + QLatin1Char('/') + encodeSegment(objectId));
}

ParseRequest ParseRequest::schemas()
{
    ParseRequest r = make(Method::Get, QStringLiteral("/schemas"));
    r.masterKey = MasterKey::Required;
    return r;
}

ParseRequest ParseRequest::schema(const QString &className)
{
    ParseRequest r = make(Method::Get, QStringLiteral("/schemas/") + encodeSegment(className));
    r.masterKey = MasterKey::Required;
    return r;
}

ParseRequest ParseRequest::createSchema(const QString &className, const QJsonObject &schema)
{
    ParseRequest r = make(Method::Post, QStringLiteral("/schemas/") + encodeSegment(className), schema);
    r.masterKey = MasterKey::Required;
    return r;
}

ParseRequest ParseRequest::updateSchema(const QString &className, const QJsonObject &schema)
{
    ParseRequest r = make(Method::Put, QStringLiteral("/schemas/") + encodeSegment(className), schema);
    r.masterKey = MasterKey::Required;
    return r;
}

ParseRequest ParseRequest::deleteSchema(const QString &className)
{
    ParseRequest r = make(Method::Delete, QStringLiteral("/schemas/") + encodeSegment(className));
    r.masterKey = MasterKey::Required;
    return r;
}

ParseRequest ParseRequest::purgeClass(const QString &className)
{
    ParseRequest r = make(Method::Delete, QStringLiteral("/purge/") + encodeSegment(className));
    r.masterKey = MasterKey::Required;
    return r;
}

ParseRequest ParseRequest::callFunction(const QString &name, const QJsonObject &params)
{
    return make(Method::Post, QStringLiteral("/functions/") + encodeSegment(name), params);
}

ParseRequest ParseRequest::runJob(const QString &name, const QJsonObject &params)
{
    ParseRequest r = make(Method::Post, QStringLiteral("/jobs/") + encodeSegment(name), params);
    r.masterKey = MasterKey::Required;
    return r;
}

ParseRequest ParseRequest::batch(const QJsonArray &requests, bool transaction)
{
    QJsonObject body{{QStringLiteral("requests"), requests}};
    if (transaction)
        body.insert(QStringLiteral("transaction"), true);
    return make(Method::Post, QStringLiteral("/batch"), body);
}

ParseRequest ParseRequest::serverInfo()
{
    ParseRequest r = make(Method::Get, QStringLiteral("/serverInfo"));
    r.masterKey = MasterKey::Required;
    return r;
}

ParseRequest ParseRequest::health()
{
    ParseRequest r = make(Method::Get, QStringLiteral("/health"));
    r.masterKey = MasterKey::Never;
    r.maxRetries = 0; // asked to find out whether the server is there: the first answer is the answer
    return r;
}

QString ParseRequest::withMount(const QString &path, const QString &mountPath)
{
    if (mountPath.isEmpty() || path == mountPath || path.startsWith(mountPath + QLatin1Char('/')))
        return path;
    return mountPath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
}

QJsonObject ParseRequest::batchItem(const QString &mountPath) const
{
    QJsonObject item{{QStringLiteral("method"), QString::fromLatin1(methodName())},
                     {QStringLiteral("path"), withMount(path, mountPath)}};
    if (method == Method::Get) {
        QJsonObject params;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            bool isNumber = false;
            const qint64 number = value.toLongLong(&isNumber);
            if (key == QLatin1String("where"))
                params.insert(key, QJsonDocument::fromJson(value.toUtf8()).object());
            else if (isNumber && (key == QLatin1String("limit") || key == QLatin1String("skip") ||
                                  key == QLatin1String("count")))
                params.insert(key, number);
            else
                params.insert(key, value);
        }
        if (!params.isEmpty())
            item.insert(QStringLiteral("body"), params);
    } else if (!body.isUndefined()) {
        item.insert(QStringLiteral("body"), body);
    }
    return item;
}

int ParseRequest::operationCount() const
{
    if (path == QLatin1String("/batch"))
        return qMax(1, int(body.toObject().value(QLatin1String("requests")).toArray().size()));
    return 1;
}

bool ParseRequest::isWrite() const
{
    if (method == Method::Get)
        return false;
    if (method != Method::Post || path != QLatin1String("/batch"))
        return true;
    const QJsonArray items = body.toObject().value(QLatin1String("requests")).toArray();
    return items.isEmpty() || std::any_of(items.begin(), items.end(), [](const QJsonValue &item) {
               return item.toObject()
                          .value(QLatin1String("method"))
                          .toString()
                          .compare(QLatin1String("GET"), Qt::CaseInsensitive) != 0;
           });
}

QString ParseRequest::newActionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
