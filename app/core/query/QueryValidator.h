#pragma once

#include "core/query/QueryNode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// Checks a where tree before anything is sent: invalid regexes, list operators without a list, values of
// the wrong type for the field's schema type, fields the class doesn't have, and what Parse refuses
// inside $or / $nor branches. Errors block sending; warnings don't.
class QueryValidator
{
    Q_DECLARE_TR_FUNCTIONS(QueryValidator)

public:
    struct Issue
    {
        enum class Severity
        {
            Warning,
            Error
        };
        Severity severity;
        QList<int> path; // child indexes from the root to the node
        QString message;
    };

    // schemaFields: the class schema's "fields" object ({"visits":{"type":"Number"}, ...}); empty = unknown.
    static QList<Issue> validate(const QueryNode &root, const QJsonObject &schemaFields = {});
    static bool hasErrors(const QList<Issue> &issues);
};
