#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class UndoJournal;

// The entries of an undo journal, newest first: time, source, what was written, state.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)

public:
    enum Column
    {
        TimeColumn,
        SourceColumn,
        SummaryColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UndoneRole,
        UnknownRole // how many of the entry's writes have an unknown outcome
    };

    explicit JournalModel(QObject *parent = nullptr);

    void setJournal(UndoJournal *journal);
    UndoJournal *journal() const;
    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    // The entry in full, for a details view: its writes, outcomes and snapshots.
    QString details(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int entryIndex(int row) const;

    QPointer<UndoJournal> m_journal;
};
