#include "core/data/ClassIndex.h"

#include "core/data/JsonText.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
const QString kIndexes = QStringLiteral("indexes");
}

std::optional<ClassIndex> ClassIndex::fromText(const QString &name, const QString &keysText, QString *error)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    ClassIndex index;
    index.name = name;
    for (const QString &part : keysText.split(QLatin1Char(','))) {
        const QString item = part.trimmed();
        const bool descending = item.startsWith(QLatin1Char('-'));
        const QString field = descending ? item.mid(1) : item;
        if (field.isEmpty()) {
            *error = tr("'%1' lists an empty field name").arg(keysText);
            return std::nullopt;
        }
        if (std::any_of(index.keys.begin(), index.keys.end(),
                        [&](const auto &key) { return key.first == field; })) {
            *error = tr("'%1' names the field '%2' twice").arg(keysText, field);
            return std::nullopt;
        }
        index.keys.append({field, descending ? -1 : 1});
    }
    return index;
}

QString ClassIndex::nameProblem(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    if (isParseOwn(name))
        return tr("'%1' is a name Parse keeps for its own indexes").arg(name);
    if (!valid.match(name).hasMatch())
        return tr("'%1' is not an index name: letters, digits and _, starting with a letter").arg(name);
    if (name.toUtf8().size() > 63)
        return tr("'%1' is longer than 63 characters, which PostgreSQL cuts").arg(name);
    return {};
}

bool ClassIndex::isParseOwn(const QString &name)
{
    return name.startsWith(QLatin1Char('_'));
}

QStringList ClassIndex::missingFields(const QJsonObject &fields) const
{
    QStringList missing;
    for (const auto &[field, direction] : keys) {
        if (!fields.contains(field))
            missing.append(field);
    }
    return missing;
}

QString ClassIndex::usedElsewhere(const QJsonArray &schemas, const QString &className, const QString &name)
{
    for (const QJsonValue &schema : schemas) {
        const QJsonObject s = schema.toObject();
        const QString other = s.value(QLatin1String("className")).toString();
        if (other != className && s.value(kIndexes).toObject().contains(name))
            return other;
    }
    return {};
}

QJsonObject ClassIndex::addBody() const
{
    QJsonObject key;
    for (const auto &[field, direction] : keys)
        key.insert(field, direction);
    return {{kIndexes, QJsonObject{{name, key}}}};
}

QByteArray ClassIndex::addBodyText() const
{
    QStringList items;
    for (const auto &[field, direction] : keys)
        items.append(JsonText::compact(field) + QLatin1Char(':') + QString::number(direction));
    return QStringLiteral("{\"indexes\":{%1:{%2}}}")
        .arg(JsonText::compact(name), items.join(QLatin1Char(',')))
        .toUtf8();
}

QJsonObject ClassIndex::dropBody(const QString &name)
{
    return {{kIndexes, QJsonObject{{name, QJsonObject{{QStringLiteral("__op"), QStringLiteral("Delete")}}}}}};
}
