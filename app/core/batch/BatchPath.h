#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <optional>

// A batch operation's path, read the way Parse Server routes a batch sub-request, so that what is sent is
// what was meant. The server requires the /batch request's own mount in front of every path (any other
// fails the whole batch, code 107, after nothing or part of it ran), resolves "." and ".." (so
// "/classes/A/../B" writes into B) and routes the rest. Such paths are refused here, with the reason,
// before anything is sent; a valid one gives the route relative to the mount, which the client prefixes.
class BatchPath
{
    Q_DECLARE_TR_FUNCTIONS(BatchPath)

public:
    // mountPath: the server's ("" when it is mounted at the root); a path may carry exactly that mount in
    // front, or none. Without it (no server chosen yet), whatever precedes the first route passes for one.
    static BatchPath parse(const QString &path, const std::optional<QString> &mountPath = std::nullopt);

    bool isValid() const { return m_problem.isEmpty(); }
    // Why the path can't be sent, for people; empty when it is valid.
    QString problem() const { return m_problem; }
    // Empty when the route takes this method (GET, POST, PUT, DELETE); otherwise why not.
    QString methodProblem(const QString &method) const;
    // The route relative to the mount, as it is sent: "/classes/Room/abc".
    QString route() const { return m_route; }
    // For the routes of objects: the class ("_User" for /users/abc) and the objectId (may be empty).
    QString className() const { return m_className; }
    QString objectId() const { return m_objectId; }

    // The route of a class's objects: "/classes/Room", "/users" for _User, "/roles" for _Role, ...
    static QString objectRoute(const QString &className);

private:
    // Matches segments (the path without any mount) against Parse Server's routes.
    static BatchPath match(const QStringList &segments);

    QString m_problem;
    QString m_route;
    QString m_className;
    QString m_objectId;
    QStringList m_methods;
};
