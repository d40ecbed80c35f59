#include "ui/IndexManager.h"

#include "core/batch/IndexSave.h"
#include "core/data/ClassIndex.h"
#include "core/models/IndexListModel.h"
#include "core/net/ParseClient.h"
#include "ui/IndexDialog.h"
#include "ui/ToneDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

IndexManager::IndexManager(QWidget *parent)
    : QWidget(parent)
    , m_model(new IndexListModel(this))
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("New index…"), this))
    , m_drop(new QPushButton(tr("Drop index…"), this))
{
    setObjectName(QStringLiteral("indexManager"));
    m_note->setObjectName(QStringLiteral("indexesNoteLabel"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("indexesTableView"));
    m_new->setObjectName(QStringLiteral("newIndexPushButton"));
    m_drop->setObjectName(QStringLiteral("dropIndexPushButton"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ToneDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *intro =
        new QLabel(tr("Indexes make queries that filter or sort on their fields fast. How the database "
                      "keeps them differs: on PostgreSQL every column is ascending, keys are listed "
                      "in the database's order, and an index name is shared by every class; on "
                      "MongoDB directions and order are kept and names are per class. _id_ and other "
                      "names starting with _ are Parse Server's own."),
                   this);
    intro->setObjectName(QStringLiteral("indexesIntroLabel"));
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_drop);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnToContents(IndexListModel::Name);
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IndexManager::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &IndexManager::newIndex);
    connect(m_drop, &QPushButton::clicked, this, &IndexManager::dropIndex);
    updateButtons();
}

void IndexManager::setConnection(ParseClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    delete m_save;
    m_save = nullptr;
    if (client) {
        connect(client, &ParseClient::writesLockedChanged, this, &IndexManager::updateButtons,
                Qt::UniqueConnection);
        m_save = new IndexSave(client, this);
        connect(m_save, &IndexSave::finished, this,
                [this](const ParseResult &result, const QString &problem) {
                    if (!problem.isEmpty() || !result.ok()) {
                        QMessageBox::warning(this, tr("Indexes not changed"),
                                             problem.isEmpty() ? result.error.describe() : problem);
                        return;
                    }
                    setSchema(result.object());
                    Q_EMIT statusMessage(m_done);
                    Q_EMIT saved(m_className);
                });
    }
    updateButtons();
}

void IndexManager::setSchema(const QJsonObject &schema)
{
    m_className = schema.value(QLatin1String("className")).toString();
    m_fields = schema.value(QLatin1String("fields")).toObject();
    m_model->setSchema(schema);
}

void IndexManager::updateButtons()
{
    const bool master = m_client && m_client->profile().hasMasterKey();
    const bool locked = m_client && m_client->writesLocked();
    const bool writable = master && !locked && !m_className.isEmpty();
    const QModelIndex current = m_table->currentIndex();
    m_new->setEnabled(writable);
    m_drop->setEnabled(writable && current.isValid() && !current.data(IndexListModel::ParseOwnRole).toBool());
    if (!m_client)
        m_note->clear();
    else if (!master)
        m_note->setText(tr("Reading and changing indexes needs the master key: add it to this connection."));
    else if (locked)
        m_note->setText(tr("This is a production connection and it is read-only: indexes are shown, not "
                           "changed. Unlock writes to change them."));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
}

void IndexManager::newIndex()
{
    if (!m_save || m_className.isEmpty())
        return;
    QStringList fields = m_fields.keys();
    fields.removeAll(QStringLiteral("ACL"));
    IndexDialog dialog(m_className, fields, this);
    Q_EMIT indexDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ClassIndex index = dialog.index();
    m_done = tr("Index %1 created on %2").arg(index.name, m_className);
    m_save->add(m_className, index);
}

void IndexManager::dropIndex()
{
    const QString name = m_table->currentIndex().data(IndexListModel::IndexNameRole).toString();
    if (!m_save || name.isEmpty() ||
        QMessageBox::question(
            this, tr("Drop an index"),
            tr("Drop the index %1 of %2? Queries that use it get slower; the undo journal does "
               "not keep indexes.")
                .arg(name, m_className)) != QMessageBox::Yes)
        return;
    m_done = tr("Index %1 dropped from %2").arg(name, m_className);
    m_save->drop(m_className, name);
}
