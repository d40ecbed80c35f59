#include "core/journal/JournalModel.h"

#include "core/data/JsonText.h"
#include "core/journal/UndoJournal.h"

#include <QLocale>

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JournalModel::setJournal(UndoJournal *journal)
{
    beginResetModel();
    if (m_journal)
        m_journal->disconnect(this);
    m_journal = journal;
    endResetModel();
    if (!journal)
        return;
    // Rows are newest first (entry i is row size-1-i): a new entry is row 0.
    connect(journal, &UndoJournal::entryAboutToBeAdded, this, [this] { beginInsertRows({}, 0, 0); });
    connect(journal, &UndoJournal::entryAdded, this, [this] { endInsertRows(); });
    connect(journal, &UndoJournal::entryChanged, this, [this](int index) {
        const int row = rowCount() - 1 - index;
        Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    });
    // Removals can be scattered; a reset keeps it simple and they are rare (pruning).
    connect(journal, &UndoJournal::entriesAboutToBeRemoved, this, [this] { beginResetModel(); });
    connect(journal, &UndoJournal::entriesRemoved, this, [this] { endResetModel(); });
}

UndoJournal *JournalModel::journal() const
{
    return m_journal;
}

int JournalModel::entryIndex(int row) const
{
    return rowCount() - 1 - row;
}

QString JournalModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_journal->entries().at(entryIndex(row)).id;
}

int JournalModel::rowOf(const QString &id) const
{
    const int index = m_journal ? m_journal->indexOf(id) : -1;
    return index < 0 ? -1 : rowCount() - 1 - index;
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_journal ? 0 : int(m_journal->entries().size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const UndoEntry &entry = m_journal->entries().at(entryIndex(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
        case SourceColumn:
            return entry.source;
        case SummaryColumn:
            return entry.summary();
        case StateColumn: {
            if (entry.undoneAt.isValid())
                return tr("Undone %1")
                    .arg(QLocale().toString(entry.undoneAt.toLocalTime(), QLocale::ShortFormat));
            const auto failed =
                std::count_if(entry.operations.begin(), entry.operations.end(), [](const UndoOperation &op) {
                    return op.outcome == UndoOperation::Outcome::Failed;
                });
            const int unknown = entry.unknownCount();
            QStringList parts;
            if (failed)
                parts.append(tr("%n failed", nullptr, int(failed)));
            if (unknown)
                parts.append(tr("%n outcome unknown", nullptr, unknown));
            return parts.isEmpty() ? tr("Applied") : parts.join(QStringLiteral(", "));
        }
        }
        break;
    case Qt::ToolTipRole:
        return entry.undoReport.isEmpty() ? QVariant() : entry.undoReport;
    case IdRole:
        return entry.id;
    case UndoneRole:
        return entry.undoneAt.isValid();
    case UnknownRole:
        return entry.unknownCount();
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SourceColumn:
        return tr("Source");
    case SummaryColumn:
        return tr("Changes");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QString JournalModel::details(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const UndoEntry &entry = m_journal->entries().at(entryIndex(row));
    QStringList lines;
    lines.append(tr("Entry %1, %2, from %3")
                     .arg(entry.id, entry.time.toLocalTime().toString(Qt::ISODate), entry.source));
    if (!entry.undoReport.isEmpty())
        lines.append(entry.undoReport);
    lines.append(QString());
    for (const UndoOperation &op : entry.operations) {
        const QStringList kinds{tr("create"), tr("update"), tr("delete")};
        const QStringList outcomes{tr("pending"), tr("applied"), tr("failed"), tr("outcome unknown")};
        lines.append(
            tr("%1 %2 %3: %4%5")
                .arg(kinds.at(int(op.kind)), op.className, op.objectId, outcomes.at(int(op.outcome)),
                     op.error.isEmpty() ? QString() : QStringLiteral(" (") + op.error + QLatin1Char(')')));
        if (!op.body.isEmpty())
            lines.append(QStringLiteral("  ") + tr("sent: %1").arg(JsonText::compact(op.body)));
        if (!op.withheld.isEmpty())
            lines.append(QStringLiteral("  ") +
                         tr("also set %1 (not kept in the journal: undo cannot restore it)")
                             .arg(op.withheld.join(QStringLiteral(", "))));
        const QJsonObject before = entry.snapshot(op.className, op.objectId);
        if (!before.isEmpty())
            lines.append(QStringLiteral("  ") + tr("before: %1").arg(JsonText::compact(before)));
    }
    return lines.join(QLatin1Char('\n'));
}
