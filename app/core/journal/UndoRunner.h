#pragma once

#include "core/journal/UndoPlan.h"
#include "core/net/ParseResult.h"

#include <QObject>
#include <QPointer>

class BatchRunner;
class ParseClient;
class UndoJournal;

// Undoes one journal entry: reads what exists now, sends the inverse (UndoPlan) as a batch, re-creates
// deleted objects with their old objectId and, when the server refuses custom object ids (Parse's
// allowCustomObjectId is off: error 105), again without them; then tells which pointers still refer to
// each old id. The undo's own writes go through the journal too (origin "undo"), so an undo can be undone.
class UndoRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoRunner)

public:
    struct Moved
    {
        QString className;
        QString oldId;
        QString newId;
        QStringList referrers; // "Class.field: id, id" of objects whose pointers refer to oldId
    };
    struct Report
    {
        int restored = 0; // updates reverted, objects re-created, created objects deleted
        int failed = 0;
        QList<Moved> moved;
        QStringList notes;  // from the plan, and what the pointer search could not do
        QStringList errors; // failed operations, for people
        ParseError error;   // the undo could not run at all

        QString text() const;
    };

    UndoRunner(ParseClient *client, UndoJournal *journal, QObject *parent = nullptr);

    void run(const QString &entryId);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const UndoRunner::Report &report);

private:
    void send(const QList<ParseRequest> &requests, const QStringList &recreates, bool retryWithoutIds);
    void findReferrers();
    void finish();

    QPointer<ParseClient> m_client;
    QPointer<UndoJournal> m_journal;
    QString m_entryId;
    QString m_actionId;
    Report m_report;
    bool m_running = false;
};

Q_DECLARE_METATYPE(UndoRunner::Report)
