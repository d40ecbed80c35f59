#include "core/batch/BatchPath.h"

#include "core/data/ParseNames.h"

#include <QSet>
#include <QStringDecoder>
#include <QUrl>
#include <cctype>

namespace {
struct Route
{
    const char *method;
    const char *pattern;
};

// The routes of Parse Server 9's PromiseRouter: what a batch sub-request can reach (files, health and the
// pages are plain express routes a batch can't reach; in-app purchase validation is left out).
const Route kRoutes[] = {
    {"GET", "/classes/:className"},
    {"POST", "/classes/:className"},
    {"GET", "/classes/:className/:objectId"},
    {"PUT", "/classes/:className/:objectId"},
    {"DELETE", "/classes/:className/:objectId"},
    {"GET", "/users"},
    {"POST", "/users"},
    {"GET", "/users/me"},
    {"GET", "/users/:objectId"},
    {"PUT", "/users/:objectId"},
    {"DELETE", "/users/:objectId"},
    {"GET", "/roles"},
    {"POST", "/roles"},
    {"GET", "/roles/:objectId"},
    {"PUT", "/roles/:objectId"},
    {"DELETE", "/roles/:objectId"},
    {"GET", "/installations"},
    {"POST", "/installations"},
    {"GET", "/installations/:objectId"},
    {"PUT", "/installations/:objectId"},
    {"DELETE", "/installations/:objectId"},
    {"GET", "/sessions"},
    {"POST", "/sessions"},
    {"GET", "/sessions/me"},
    {"GET", "/sessions/:objectId"},
    {"PUT", "/sessions/:objectId"},
    {"DELETE", "/sessions/:objectId"},
    {"POST", "/functions/:functionName"},
    {"POST", "/jobs/:jobName"},
    {"GET", "/login"},
    {"POST", "/login"},
    {"POST", "/loginAs"},
    {"POST", "/logout"},
    {"POST", "/requestPasswordReset"},
    {"POST", "/verificationEmailRequest"},
    {"GET", "/verifyPassword"},
    {"POST", "/verifyPassword"},
    {"POST", "/upgradeToRevocableSession"},
    {"POST", "/challenge"},
    {"POST", "/events/:eventName"},
    {"GET", "/aggregate/:className"},
    {"GET", "/schemas"},
    {"POST", "/schemas"},
    {"GET", "/schemas/:className"},
    {"POST", "/schemas/:className"},
    {"PUT", "/schemas/:className"},
    {"DELETE", "/schemas/:className"},
    {"DELETE", "/purge/:className"},
    {"GET", "/config"},
    {"PUT", "/config"},
    {"GET", "/graphql-config"},
    {"PUT", "/graphql-config"},
    {"POST", "/push"},
    {"GET", "/push_audiences"},
    {"POST", "/push_audiences"},
    {"GET", "/push_audiences/:objectId"},
    {"PUT", "/push_audiences/:objectId"},
    {"DELETE", "/push_audiences/:objectId"},
    {"GET", "/hooks/functions"},
    {"POST", "/hooks/functions"},
    {"GET", "/hooks/functions/:functionName"},
    {"PUT", "/hooks/functions/:functionName"},
    {"GET", "/hooks/triggers"},
    {"POST", "/hooks/triggers"},
    {"GET", "/hooks/triggers/:className/:triggerName"},
    {"PUT", "/hooks/triggers/:className/:triggerName"},
    {"GET", "/cloud_code/jobs"},
    {"POST", "/cloud_code/jobs"},
    {"GET", "/cloud_code/jobs/data"},
    {"PUT", "/cloud_code/jobs/:objectId"},
    {"DELETE", "/cloud_code/jobs/:objectId"},
    {"GET", "/serverInfo"},
    {"GET", "/scriptlog"},
    {"GET", "/security"},
};

// Parse's classes with routes of their own; every other class's objects live under /classes/.
const std::pair<QLatin1String, QLatin1String> kOwnRoutes[] = {
    {QLatin1String("_User"), QLatin1String("users")},
    {QLatin1String("_Role"), QLatin1String("roles")},
    {QLatin1String("_Installation"), QLatin1String("installations")},
    {QLatin1String("_Session"), QLatin1String("sessions")},
};

const QLatin1String kClasses("classes");
const QLatin1String kBatch("batch");
const QLatin1String kFiles("files");

// The routes split into segments once: documents of thousands of operations are validated as they are typed.
struct Pattern
{
    QLatin1String method;
    QStringList segments;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> all = [] {
        QList<Pattern> list;
        for (const Route &r : kRoutes)
            list.append(
                {QLatin1String(r.method), QString::fromLatin1(r.pattern).mid(1).split(QLatin1Char('/'))});
        return list;
    }();
    return all;
}

// The first segments of routes, lower case (the server's router ignores case), batch and files included.
bool isRouteName(const QString &segment)
{
    static const QSet<QString> names = [] {
        QSet<QString> set{kBatch, kFiles};
        for (const Pattern &p : patterns())
            set.insert(p.segments.constFirst().toLower());
        return set;
    }();
    return names.contains(segment.toLower());
}

// The text of a path segment as the server's router decodes it (decodeURIComponent, which refuses a stray
// % or bytes that are not UTF-8 and then fails the whole batch); nullopt for such a segment.
std::optional<QString> decoded(const QString &segment)
{
    if (!segment.contains(QLatin1Char('%')))
        return segment;
    const QByteArray raw = segment.toUtf8();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == '%' &&
            (i + 2 >= raw.size() || !std::isxdigit(static_cast<unsigned char>(raw.at(i + 1))) ||
             !std::isxdigit(static_cast<unsigned char>(raw.at(i + 2)))))
            return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(QByteArray::fromPercentEncoding(raw));
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

// How a route reads in a message: "/classes/CLASS/ID".
QString form(const QStringList &pattern)
{
    QStringList words;
    for (const QString &segment : pattern) {
        if (segment == QLatin1String(":className"))
            words << QStringLiteral("CLASS");
        else if (segment == QLatin1String(":objectId"))
            words << QStringLiteral("ID");
        else if (segment.startsWith(QLatin1Char(':')))
            words << QStringLiteral("NAME");
        else
            words << segment;
    }
    return QLatin1Char('/') + words.join(QLatin1Char('/'));
}
} // namespace

BatchPath BatchPath::parse(const QString &path, const std::optional<QString> &mountPath)
{
    BatchPath p;
    const auto refuse = [&p](const QString &why) {
        p.m_problem = why;
        return p;
    };
    if (!path.startsWith(QLatin1Char('/')))
        return refuse(tr("\"%1\" must start with /, e.g. /classes/Room").arg(path));
    if (path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('#')))
        return refuse(tr("query parameters go in the body of a batch operation, not in the path"));
    const QStringList segments = path.mid(1).split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        // The server resolves empty, "." and ".." segments (path.posix.join) before routing: the operation
        // would reach another path than the one it names and shows.
        if (segment.isEmpty())
            return refuse(tr("\"%1\" has an empty segment (// or a / at the end)").arg(path));
        const std::optional<QString> text = decoded(segment);
        if (!text)
            return refuse(tr("segment %1 is not valid percent-encoding (%XX of UTF-8 bytes)").arg(i + 1));
        // Not echoed: the path may hold terminal control sequences.
        if (std::any_of(text->begin(), text->end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; }))
            return refuse(tr("segment %1 contains a control character").arg(i + 1));
        if (*text == QLatin1String(".") || *text == QLatin1String(".."))
            return refuse(tr("\"%1\" has a \"%2\" segment, which the server would resolve to another path")
                              .arg(path, *text));
    }

    if (!mountPath) {
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (isRouteName(segments.at(i)))
                return match(segments.mid(i));
        }
        return match(segments);
    }
    const QString &mount = *mountPath;
    QStringList rest = segments;
    if (!mount.isEmpty() && path.startsWith(mount + QLatin1Char('/')))
        rest = segments.mid(mount.count(QLatin1Char('/')));
    if (!isRouteName(rest.constFirst())) {
        for (qsizetype i = 1; i < rest.size(); ++i) {
            if (!isRouteName(rest.at(i)))
                continue;
            const QString route = QLatin1Char('/') + rest.mid(i).join(QLatin1Char('/'));
            return refuse(tr("\"%1\" starts with %2, which is not this server's mount (%3): write %4, and "
                             "ParseDesk adds the mount")
                              .arg(path, path.left(path.size() - route.size()),
                                   mount.isEmpty() ? tr("it is mounted at /") : mount, route));
        }
    }
    return match(rest);
}

BatchPath BatchPath::match(const QStringList &segments)
{
    BatchPath p;
    const QString &first = segments.constFirst();
    if (first.compare(kBatch, Qt::CaseInsensitive) == 0) {
        p.m_problem = tr("a batch can't contain another batch");
        return p;
    }
    if (first.compare(kFiles, Qt::CaseInsensitive) == 0) {
        p.m_problem = tr("files are not served in a batch; upload or read each file on its own");
        return p;
    }
    bool known = false;
    QStringList matched; // the first matching route, in its own spelling
    for (const auto &[method, pattern] : patterns()) {
        if (pattern.constFirst().compare(first, Qt::CaseInsensitive) != 0)
            continue;
        known = true;
        if (pattern.size() != segments.size())
            continue;
        const auto same = [&segments](const QString &want, qsizetype i) {
            // The server's router matches the route's words in any case.
            return want.startsWith(QLatin1Char(':')) ||
                   want.compare(segments.at(i), Qt::CaseInsensitive) == 0;
        };
        qsizetype i = 0;
        while (i < pattern.size() && same(pattern.at(i), i))
            ++i;
        if (i < pattern.size())
            continue;
        if (matched.isEmpty()) {
            for (i = 0; i < pattern.size(); ++i)
                matched << (pattern.at(i).startsWith(QLatin1Char(':')) ? segments.at(i) : pattern.at(i));
            const qsizetype classAt = pattern.indexOf(QLatin1String(":className"));
            if (classAt >= 0) {
                const QString problem =
                    ParseNames::classNameProblem(QUrl::fromPercentEncoding(matched.at(classAt).toUtf8()));
                if (!problem.isEmpty()) {
                    p.m_problem = problem;
                    return p;
                }
            }
        }
        if (!p.m_methods.contains(method))
            p.m_methods << method;
    }
    const auto written = [&segments] { return QLatin1Char('/') + segments.join(QLatin1Char('/')); };
    if (!known) {
        p.m_problem = tr("\"%1\" is not a Parse Server route (e.g. /classes/Room, /users, /functions/name)")
                          .arg(written());
        return p;
    }
    if (matched.isEmpty()) {
        QStringList forms;
        for (const Pattern &pattern : patterns()) {
            if (pattern.segments.constFirst().compare(first, Qt::CaseInsensitive) == 0 &&
                !forms.contains(form(pattern.segments)))
                forms << form(pattern.segments);
        }
        p.m_problem = tr("\"%1\" is not a Parse Server route; use %2").arg(written(), forms.join(tr(" or ")));
        return p;
    }
    p.m_route = QLatin1Char('/') + matched.join(QLatin1Char('/'));
    const auto decodedAt = [&matched](qsizetype i) {
        return i < matched.size() ? QUrl::fromPercentEncoding(matched.at(i).toUtf8()) : QString();
    };
    if (matched.constFirst() == kClasses) {
        p.m_className = decodedAt(1);
        p.m_objectId = decodedAt(2);
    }
    for (const auto &[className, own] : kOwnRoutes) {
        if (matched.constFirst() == own) {
            p.m_className = className;
            p.m_objectId = decodedAt(1);
        }
    }
    return p;
}

QString BatchPath::methodProblem(const QString &method) const
{
    if (!isValid() || m_methods.contains(method.toUpper()))
        return {};
    return tr("%1 %2 is not a route; it takes %3")
        .arg(method.toUpper(), m_route, m_methods.join(QLatin1String(", ")));
}

QString BatchPath::objectRoute(const QString &className)
{
    for (const auto &[name, own] : kOwnRoutes) {
        if (className == name)
            return QLatin1Char('/') + own;
    }
    return QLatin1Char('/') + kClasses + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(className));
}
