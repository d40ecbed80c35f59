#pragma once

#include "core/net/ParseRequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// One operation of a batch document, as the REST body spells it. Keys ParseDesk doesn't know are kept
// in extra, so loading and saving a document never loses anything.
struct BatchOperation
{
    QString method;
    QString path;
    QJsonValue body = QJsonValue::Undefined;
    QJsonObject extra;

    bool operator==(const BatchOperation &) const = default;
};

// A batch document: the body of POST /batch, {"requests":[{method, path, body}], "transaction": bool}.
class BatchDocument
{
    Q_DECLARE_TR_FUNCTIONS(BatchDocument)

public:
    QList<BatchOperation> operations;
    bool transaction = false;
    QJsonObject extra; // other top-level keys, kept as they were

    // Parses a document; on failure returns nullopt and says what and where (line and column, or
    // which operation and key).
    static std::optional<BatchDocument> fromJson(const QByteArray &text, QString *error);
    QByteArray toJson() const;

    // Problems that would make the server refuse an operation or route it elsewhere, one line each
    // ("#3 path: ..."). With the server's mount path, a path carrying another mount is one (see BatchPath).
    QStringList validate(const std::optional<QString> &mountPath = std::nullopt) const;
    // The operations as requests relative to the mount (the client adds it back); documents that
    // validate(mountPath) passes only.
    QList<ParseRequest> toRequests(const QString &mountPath) const;

    bool operator==(const BatchDocument &) const = default;
};
