#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

// An index of a class as Parse Server 9 manages it through PUT /schemas/CLASS: {"indexes": {NAME: {FIELD:
// 1|-1, ...}}} creates one, {"indexes": {NAME: {"__op": "Delete"}}} drops it. The server refuses (code
// 102) a name the class has already, a drop of a name it has not, and a field it does not have.
// On PostgreSQL (what the test servers run) Parse Server creates `CREATE INDEX IF NOT EXISTS NAME ON
// CLASS (FIELD, ...)`:
// - the direction is ignored (every column ascending); the columns keep the order given;
// - index names are one namespace for the whole database, not per class: a name another class's index
//   has creates nothing (yet the class's schema lists it), and dropping it drops the other class's index;
// - the schema reads the keys back in jsonb's order (shorter keys first), not the order given.
// On MongoDB names are per collection and directions are kept. Parse's own `_id_` is listed in every
// class's indexes once any index was added; it and any name starting with "_" are Parse's, not to drop.
struct ClassIndex
{
    Q_DECLARE_TR_FUNCTIONS(ClassIndex)

public:
    QString name;
    QList<std::pair<QString, int>> keys; // field and 1 (ascending) or -1 (descending), in order

    // NAME and "F1,-F2" (a leading - is descending); nullopt with the problem in *error.
    static std::optional<ClassIndex> fromText(const QString &name, const QString &keysText, QString *error);
    // Empty when the name is one to create: letters, digits and _, not starting with _ or a digit, at most
    // 63 bytes (PostgreSQL cuts longer identifiers).
    static QString nameProblem(const QString &name);
    static bool isParseOwn(const QString &name);

    // The fields the index names that the class (a schema's "fields") lacks.
    QStringList missingFields(const QJsonObject &fields) const;
    // The class (other than className) whose schema lists an index of this name, from GET /schemas's
    // "results"; empty when none does.
    static QString usedElsewhere(const QJsonArray &schemas, const QString &className, const QString &name);

    // Bodies for PUT /schemas/CLASS. addBody's object has its fields sorted (QJsonObject): send
    // addBodyText, which keeps their order, and show addBody.
    QJsonObject addBody() const;
    QByteArray addBodyText() const;
    static QJsonObject dropBody(const QString &name);
};
