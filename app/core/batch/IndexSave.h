#pragma once

#include "core/data/ClassIndex.h"
#include "core/net/ParseResult.h"

#include <QObject>
#include <QPointer>

class ParseClient;

// Creates or drops one index of a class through PUT /schemas/CLASS, after the checks the server would
// not make or would answer badly: the fields must exist, and (PostgreSQL shares index names across the
// database) no other class may have an index of that name; Parse's own indexes are not dropped.
class IndexSave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexSave)

public:
    explicit IndexSave(ParseClient *client, QObject *parent = nullptr);

    void add(const QString &className, const ClassIndex &index);
    void drop(const QString &className, const QString &name);

Q_SIGNALS:
    // problem: why nothing was sent (a check failed), empty otherwise; result: the PUT's answer, or the
    // read before it when that failed.
    void finished(const ParseResult &result, const QString &problem);

private:
    void send(const ParseRequest &request);

    QPointer<ParseClient> m_client;
};
