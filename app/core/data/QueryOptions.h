#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

// Everything a find takes besides the class: where, order, paging, projection, include, count.
struct QueryOptions
{
    Q_DECLARE_TR_FUNCTIONS(QueryOptions)

public:
    QJsonObject where;
    QStringList order; // "visits", "-createdAt"
    std::optional<int> limit;
    std::optional<int> skip;
    QStringList keys;
    QStringList excludeKeys;
    QStringList include;
    bool count = false;
    // On Postgres a count without a where is the planner's estimate (0 until ANALYZE). Unless an estimate
    // is asked for, a count gets a where every object matches, which makes it exact.
    bool estimateCount = false;

    // URL-encoded form for a plain GET.
    QUrlQuery toUrlQuery() const;
    // The URL form of a GET body as batch sub-requests carry it ({"where":{...},"limit":5}).
    static QUrlQuery urlQueryFromBody(const QJsonObject &body);
    // Body form for a GET sub-request of a /batch (Parse takes the query in the body there).
    QJsonObject toBatchBody() const;
    // The options as set, in the body's shape but without the where an exact count adds: for saving.
    QJsonObject toJson() const;
    // "a, b,,c" -> a, b, c: order, keys and include as they are typed (and as Parse takes them in a URL).
    static QStringList listFromText(const QString &text);
    // Reads toJson() and GET bodies ({"order":"a,-b","count":1,...}); nullopt and why for anything else.
    static std::optional<QueryOptions> fromJson(const QJsonObject &json, QString *error = nullptr);

    bool operator==(const QueryOptions &) const = default;
};
