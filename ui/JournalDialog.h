#pragma once

#include "core/journal/UndoRunner.h"

#include <QDialog>
#include <QPointer>

class JournalModel;
class ParseClient;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class UndoJournal;

// Review the undo journal of the connection: the entries (newest first) and one entry's writes and
// snapshots; undo an entry; delete selected entries or those older than some days.
class JournalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalDialog)

public:
    JournalDialog(UndoJournal *journal, ParseClient *client, QWidget *parent = nullptr);

Q_SIGNALS:
    // An undo ran: the objects on the server changed.
    void undone();

private:
    void updateState();
    void showDetails();
    void undoSelected();
    void deleteSelected();
    void pruneOlder();
    QStringList selectedIds() const;
    void onUndoFinished(const UndoRunner::Report &report);

    QPointer<UndoJournal> m_journal;
    QPointer<ParseClient> m_client;
    JournalModel *m_model;
    UndoRunner *m_runner;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QPushButton *m_undo;
    QPushButton *m_delete;
    QPushButton *m_prune;
    QSpinBox *m_days;
};
