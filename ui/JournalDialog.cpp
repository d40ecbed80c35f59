#include "ui/JournalDialog.h"

#include "core/journal/JournalModel.h"
#include "core/journal/UndoJournal.h"
#include "core/net/ParseClient.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

JournalDialog::JournalDialog(UndoJournal *journal, ParseClient *client, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_client(client)
    , m_model(new JournalModel(this))
    , m_runner(new UndoRunner(client, journal, this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
    , m_delete(new QPushButton(tr("&Delete selected"), this))
    , m_prune(new QPushButton(tr("Delete &older than"), this))
    , m_days(new QSpinBox(this))
{
    setObjectName(QStringLiteral("JournalDialog"));
    setWindowTitle(client ? tr("Undo journal — %1").arg(client->profile().name) : tr("Undo journal"));
    m_model->setJournal(journal);
    m_table->setObjectName(QStringLiteral("journalTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(JournalModel::SummaryColumn, QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("detailsPlainTextEdit"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_status->setObjectName(QStringLiteral("journalStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo->setObjectName(QStringLiteral("undoPushButton"));
    m_delete->setObjectName(QStringLiteral("deleteEntriesPushButton"));
    m_prune->setObjectName(QStringLiteral("pruneOlderPushButton"));
    m_days->setObjectName(QStringLiteral("pruneDaysSpinBox"));
    m_days->setRange(0, 3650);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_prune);
    buttons->addWidget(m_days);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(900, 600);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalDialog::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JournalDialog::showDetails);
    connect(m_undo, &QPushButton::clicked, this, &JournalDialog::undoSelected);
    connect(m_delete, &QPushButton::clicked, this, &JournalDialog::deleteSelected);
    connect(m_prune, &QPushButton::clicked, this, &JournalDialog::pruneOlder);
    connect(m_runner, &UndoRunner::finished, this, &JournalDialog::onUndoFinished);
    // The journal belongs to the connection: the dialog goes with it.
    if (journal)
        connect(journal, &QObject::destroyed, this, &QDialog::reject);
    if (client)
        connect(client, &ParseClient::writesLockedChanged, this, &JournalDialog::updateState);
    if (journal && !journal->loadProblems().isEmpty())
        m_status->setText(
            tr("Entries that could not be read: %1").arg(journal->loadProblems().join(QStringLiteral("; "))));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateState();
}

QStringList JournalDialog::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->idAt(index.row()));
    return ids;
}

void JournalDialog::updateState()
{
    const QStringList ids = selectedIds();
    const bool locked = !m_client || m_client->writesLocked();
    const bool busy = m_runner->isRunning();
    m_undo->setEnabled(ids.size() == 1 && !locked && !busy);
    m_undo->setToolTip(locked ? tr("This production connection is read-only: unlock writes to undo.")
                              : QString());
    m_delete->setEnabled(!ids.isEmpty() && !busy);
    m_prune->setEnabled(m_model->rowCount() > 0 && !busy);
}

void JournalDialog::showDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_details->setPlainText(rows.size() == 1 ? m_model->details(rows.first().row()) : QString());
}

void JournalDialog::undoSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_journal)
        return;
    const int row = m_model->rowOf(ids.first());
    const QString what = m_model->index(row, JournalModel::SummaryColumn).data().toString();
    QString question =
        tr("Undo \"%1\"? ParseDesk restores the changed fields, re-creates deleted objects and "
           "deletes created ones.")
            .arg(what);
    if (const int unknown = m_model->index(row, 0).data(JournalModel::UnknownRole).toInt())
        question +=
            QLatin1Char('\n') +
            tr("%n write(s) of this entry have an unknown outcome (the server's answer was lost): undo "
               "reads the objects as they are now and only reverses what did happen.",
               nullptr, unknown);
    if (m_model->index(row, 0).data(JournalModel::UndoneRole).toBool())
        question += QLatin1Char('\n') +
                    tr("This entry was undone already; undoing it again writes the old values again.");
    if (m_client && m_client->profile().production) {
        // Undo writes production data (and deletes what the entry created): as deleting, it asks for the
        // class name(s).
        const QString expected =
            m_journal->entries().at(m_journal->indexOf(ids.first())).classNames().join(QStringLiteral(", "));
        bool ok = false;
        const QString typed =
            QInputDialog::getText(this, tr("Undo on production"),
                                  question + QLatin1Char('\n') +
                                      tr("This is a production server. Type %1 to confirm:").arg(expected),
                                  QLineEdit::Normal, {}, &ok);
        if (!ok || typed.trimmed() != expected)
            return;
    } else if (QMessageBox::question(this, tr("Undo"), question) != QMessageBox::Yes) {
        return;
    }
    m_status->setText(tr("Undoing…"));
    m_runner->run(ids.first());
    updateState();
}

void JournalDialog::onUndoFinished(const UndoRunner::Report &report)
{
    m_status->setText(report.text());
    updateState();
    showDetails();
    Q_EMIT undone();
}

void JournalDialog::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_journal)
        return;
    if (QMessageBox::question(this, tr("Delete journal entries"),
                              tr("Delete %n entry(ies) from the journal? They can no longer be undone.",
                                 nullptr, int(ids.size()))) != QMessageBox::Yes)
        return;
    if (!m_journal->remove(ids))
        m_status->setText(tr("Some entries could not be deleted from %1.").arg(m_journal->directory()));
    updateState();
}

void JournalDialog::pruneOlder()
{
    if (!m_journal)
        return;
    const int days = m_days->value();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-days);
    const auto older = std::count_if(m_journal->entries().begin(), m_journal->entries().end(),
                                     [&cutoff](const UndoEntry &e) { return e.time < cutoff; });
    if (older == 0) {
        m_status->setText(tr("No entry is older than %n day(s).", nullptr, days));
        return;
    }
    if (QMessageBox::question(
            this, tr("Delete journal entries"),
            tr("Delete %n entry(ies) older than %1 days? They can no longer be undone.", nullptr, int(older))
                .arg(days)) != QMessageBox::Yes)
        return;
    const int removed = m_journal->removeOlderThan(cutoff);
    m_status->setText(tr("%n entry(ies) older than %1 days deleted.", nullptr, removed).arg(days));
    updateState();
}
