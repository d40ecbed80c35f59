#include "core/batch/BatchDocument.h"

#include "core/batch/BatchPath.h"
#include "core/data/JsonText.h"

#include <QJsonArray>

namespace {
const QString kRequests = QStringLiteral("requests");
const QString kTransaction = QStringLiteral("transaction");
const QString kMethod = QStringLiteral("method");
const QString kPath = QStringLiteral("path");
const QString kBody = QStringLiteral("body");
} // namespace

std::optional<BatchDocument> BatchDocument::fromJson(const QByteArray &text, QString *error)
{
    const JsonText::Parsed parsed = JsonText::parse(text);
    if (!parsed.ok()) {
        *error = tr("Not valid JSON at %1").arg(parsed.error);
        return std::nullopt;
    }
    // A bare array of operations is accepted too: people paste just the "requests" part.
    QJsonObject root;
    if (parsed.document.isArray())
        root.insert(kRequests, parsed.document.array());
    else
        root = parsed.document.object();
    const QJsonValue requests = root.value(kRequests);
    if (!requests.isArray()) {
        *error = tr("The document needs a \"requests\" array: {\"requests\":[{\"method\":\"POST\",\"path\":"
                    "\"/classes/Room\",\"body\":{...}}]}");
        return std::nullopt;
    }
    const QJsonValue transaction = root.value(kTransaction);
    if (!transaction.isUndefined() && !transaction.isBool()) {
        *error = tr("\"transaction\" must be true or false");
        return std::nullopt;
    }
    BatchDocument doc;
    doc.transaction = transaction.toBool();
    root.remove(kRequests);
    root.remove(kTransaction);
    doc.extra = root;
    const QJsonArray items = requests.toArray();
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            *error = tr("requests[%1] must be an object with method, path and body").arg(i);
            return std::nullopt;
        }
        QJsonObject o = items.at(i).toObject();
        const QJsonValue method = o.take(kMethod);
        const QJsonValue path = o.take(kPath);
        if (!method.isString() || !path.isString()) {
            *error = tr("requests[%1] needs \"method\" and \"path\" strings").arg(i);
            return std::nullopt;
        }
        BatchOperation op;
        op.method = method.toString();
        op.path = path.toString();
        op.body = o.take(kBody);
        op.extra = o;
        doc.operations.append(op);
    }
    return doc;
}

QByteArray BatchDocument::toJson() const
{
    QJsonArray items;
    for (const BatchOperation &op : operations) {
        QJsonObject o = op.extra;
        o.insert(kMethod, op.method);
        o.insert(kPath, op.path);
        if (!op.body.isUndefined())
            o.insert(kBody, op.body);
        items.append(o);
    }
    QJsonObject root = extra;
    root.insert(kRequests, items);
    if (transaction)
        root.insert(kTransaction, true);
    // Keys in reading order (a transaction shows first, each operation reads method, path, body).
    return JsonText::indented(root, {kTransaction, kMethod, kPath, kBody}).toUtf8() + '\n';
}

QStringList BatchDocument::validate(const std::optional<QString> &mountPath) const
{
    QStringList problems;
    for (int i = 0; i < operations.size(); ++i) {
        const BatchOperation &op = operations.at(i);
        ParseRequest::Method method;
        const bool knownMethod = ParseRequest::methodFromName(op.method, &method);
        if (!knownMethod)
            problems << tr("#%1 method: \"%2\" is not GET, POST, PUT or DELETE").arg(i + 1).arg(op.method);
        const BatchPath path = BatchPath::parse(op.path, mountPath);
        if (!path.isValid())
            problems << tr("#%1 path: %2").arg(i + 1).arg(path.problem());
        else if (const QString problem = path.methodProblem(op.method); knownMethod && !problem.isEmpty())
            problems << tr("#%1 path: %2").arg(i + 1).arg(problem);
        if (!op.body.isUndefined() && !op.body.isObject())
            problems << tr("#%1 body: must be a JSON object").arg(i + 1);
        if ((op.method.compare(QLatin1String("POST"), Qt::CaseInsensitive) == 0 ||
             op.method.compare(QLatin1String("PUT"), Qt::CaseInsensitive) == 0) &&
            op.body.isUndefined())
            problems << tr("#%1 body: %2 needs a body object").arg(i + 1).arg(op.method.toUpper());
    }
    return problems;
}

QList<ParseRequest> BatchDocument::toRequests(const QString &mountPath) const
{
    QList<ParseRequest> requests;
    for (const BatchOperation &op : operations) {
        ParseRequest r;
        ParseRequest::methodFromName(op.method, &r.method);
        // Paths may come with or without the mount; requests are relative to it, in the route's spelling.
        const BatchPath path = BatchPath::parse(op.path, mountPath);
        r.path = path.isValid() ? path.route() : op.path;
        if (r.method == ParseRequest::Method::Get)
            r.query = QueryOptions::urlQueryFromBody(op.body.toObject());
        else
            r.body = op.body;
        requests.append(r);
    }
    return requests;
}
