#include "core/batch/OperationBuilder.h"

#include "core/batch/BatchPath.h"
#include "core/data/JsonText.h"
#include "core/data/ParseValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace {
BatchOperation make(const QString &method, const QString &path,
                    const QJsonValue &body = QJsonValue::Undefined)
{
    BatchOperation op;
    op.method = method;
    op.path = path;
    op.body = body;
    return op;
}
} // namespace

namespace OperationBuilder {

Target targetOf(const QString &path)
{
    const BatchPath parsed = BatchPath::parse(path);
    return {parsed.className(), parsed.objectId()};
}

QString pathOf(const QString &className, const QString &objectId)
{
    QString path = BatchPath::objectRoute(className);
    if (!objectId.isEmpty())
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(objectId));
    return path;
}

BatchOperation create(const QString &className, const QJsonObject &fields)
{
    return make(QStringLiteral("POST"), pathOf(className), fields);
}

BatchOperation update(const QString &className, const QString &objectId, const QJsonObject &fields)
{
    return make(QStringLiteral("PUT"), pathOf(className, objectId), fields);
}

BatchOperation remove(const QString &className, const QString &objectId)
{
    return make(QStringLiteral("DELETE"), pathOf(className, objectId));
}

BatchOperation get(const QString &className, const QString &objectId)
{
    return make(QStringLiteral("GET"), pathOf(className, objectId));
}

BatchOperation query(const QString &className, const QueryOptions &options)
{
    const QJsonObject body = options.toBatchBody();
    return make(QStringLiteral("GET"), pathOf(className),
                body.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(body));
}

QList<FieldOp> fieldOps()
{
    return {FieldOp::Increment, FieldOp::Add,         FieldOp::AddUnique,     FieldOp::Remove,
            FieldOp::Delete,    FieldOp::AddRelation, FieldOp::RemoveRelation};
}

QString fieldOpName(FieldOp op)
{
    switch (op) {
    case FieldOp::Increment:
        return QStringLiteral("Increment");
    case FieldOp::Add:
        return QStringLiteral("Add");
    case FieldOp::AddUnique:
        return QStringLiteral("AddUnique");
    case FieldOp::Remove:
        return QStringLiteral("Remove");
    case FieldOp::Delete:
        return QStringLiteral("Delete");
    case FieldOp::AddRelation:
        return QStringLiteral("AddRelation");
    case FieldOp::RemoveRelation:
        return QStringLiteral("RemoveRelation");
    }
    return {};
}

QJsonObject fieldOperation(FieldOp op, const QJsonValue &argument)
{
    QJsonObject o{{QStringLiteral("__op"), fieldOpName(op)}};
    const QJsonArray items = argument.isArray() ? argument.toArray() : QJsonArray{argument};
    switch (op) {
    case FieldOp::Increment:
        o.insert(QStringLiteral("amount"), argument.isDouble() ? argument : QJsonValue(1));
        break;
    case FieldOp::Delete:
        break;
    case FieldOp::Add:
    case FieldOp::AddUnique:
    case FieldOp::Remove:
    case FieldOp::AddRelation:
    case FieldOp::RemoveRelation:
        o.insert(QStringLiteral("objects"), items);
        break;
    }
    return o;
}

std::optional<QJsonObject> fieldOperationFromText(FieldOp op, const QString &text, const QString &targetClass,
                                                  QString *error)
{
    switch (op) {
    case FieldOp::Delete:
        return fieldOperation(op, {});
    case FieldOp::Increment: {
        bool ok = false;
        const double amount = text.trimmed().toDouble(&ok);
        if (ok)
            return fieldOperation(op, ParseValue::fromDouble(amount).toJson());
        *error = QCoreApplication::translate("OperationBuilder", "Increment takes a number, e.g. 1 or -5");
        return std::nullopt;
    }
    case FieldOp::Add:
    case FieldOp::AddUnique:
    case FieldOp::Remove: {
        // A bare word is one string item: `red` means "red".
        const std::optional<QJsonArray> items = JsonText::parseItems(text);
        if (items && !items->isEmpty())
            return fieldOperation(op, *items);
        if (!text.trimmed().isEmpty() && !text.contains(QLatin1Char('"')))
            return fieldOperation(op, text.trimmed());
        *error = QCoreApplication::translate("OperationBuilder",
                                             "%1 takes items as JSON, e.g. \"red\", 2 or [\"a\", \"b\"]")
                     .arg(fieldOpName(op));
        return std::nullopt;
    }
    case FieldOp::AddRelation:
    case FieldOp::RemoveRelation: {
        const QStringList ids = text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        if (ids.isEmpty() || targetClass.isEmpty()) {
            *error = QCoreApplication::translate("OperationBuilder",
                                                 "%1 takes the objectIds of the related objects")
                         .arg(fieldOpName(op));
            return std::nullopt;
        }
        QJsonArray pointers;
        for (const QString &id : ids)
            pointers.append(ParseValue::pointer(targetClass, id).toJson());
        return fieldOperation(op, pointers);
    }
    }
    return std::nullopt;
}

} // namespace OperationBuilder
