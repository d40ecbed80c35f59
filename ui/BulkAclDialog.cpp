#include "ui/BulkAclDialog.h"

#include "core/batch/BulkEdit.h"
#include "core/models/BatchModel.h"
#include "core/models/BulkEditRun.h"
#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/AclDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kAcl = QStringLiteral("ACL");
} // namespace

BulkAclDialog::BulkAclDialog(ParseClient *client, ObjectTableModel *table, const QList<int> &rows,
                             QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_table(table)
    , m_outcomes(new BatchModel(this))
    , m_run(new BulkEditRun(m_outcomes, this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTableView(this))
{
    setObjectName(QStringLiteral("bulkAclDialog"));
    setWindowTitle(tr("ACL of %n object(s) of %1", nullptr, int(rows.size())).arg(table->className()));
    for (const int row : rows)
        m_objects.append(table->index(row, 0).data(ObjectTableModel::ObjectRole).toJsonObject());
    m_outcomes->session()->setClient(client);
    if (client)
        m_outcomes->session()->setBatchSize(client->profile().batchSize);

    m_summary->setObjectName(QStringLiteral("bulkAclSummaryLabel"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("bulkAclProgressBar"));
    m_progress->setRange(0, int(m_objects.size()));
    m_results->setObjectName(QStringLiteral("bulkAclResultsTableView"));
    m_results->setModel(m_outcomes);
    for (const int column : {BatchModel::Method, BatchModel::Path, BatchModel::Body, BatchModel::Timestamp})
        m_results->setColumnHidden(column, true);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("bulkAclClosePushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        // Closing while it runs sends nothing further; what was sent stays sent.
        if (m_run->isRunning())
            m_run->cancel();
        else
            reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(m_run, &BulkEditRun::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    connect(m_run, &BulkEditRun::finished, this, &BulkAclDialog::onFinished);
}

QList<QJsonObject> BulkAclDialog::distinctAcls(const QList<QJsonObject> &objects)
{
    const QJsonObject open{
        {QStringLiteral("*"), QJsonObject{{QStringLiteral("read"), true}, {QStringLiteral("write"), true}}}};
    QList<QJsonObject> acls;
    for (const QJsonObject &object : objects) {
        const QJsonValue acl = object.value(kAcl);
        const QJsonObject effective = acl.isObject() ? acl.toObject() : open;
        if (!acls.contains(effective))
            acls.append(effective);
    }
    return acls;
}

bool BulkAclDialog::isRunning() const
{
    return m_run->isRunning();
}

bool BulkAclDialog::start()
{
    const QList<QJsonObject> acls = distinctAcls(m_objects);
    if (acls.isEmpty())
        return false;
    const int count = int(m_objects.size());
    const QString title =
        acls.size() == 1
            ? tr("ACL of %n selected object(s)", nullptr, count)
            : tr("ACL of %n selected object(s); they have %1 different ACLs now, all get this one", nullptr,
                 count)
                  .arg(acls.size());
    AclDialog editor(m_client, title, acls.first(), m_client && !m_client->writesLocked(), parentWidget());
    if (editor.exec() != QDialog::Accepted)
        return false;
    BulkEdit edit;
    edit.kind = BulkEdit::Kind::Set;
    edit.values = {{kAcl, editor.acl()}};
    m_summary->setText(tr("Sending the ACL to %n object(s) as one batch…", nullptr, count));
    m_run->run(m_table->className(), edit, m_objects);
    return true;
}

void BulkAclDialog::onFinished(bool cancelled, const ParseError &readError)
{
    const BatchModel::Summary s = m_outcomes->summary();
    QStringList parts{tr("%n written", nullptr, s.success)};
    if (s.error)
        parts.append(tr("%n failed", nullptr, s.error));
    if (s.conflict)
        parts.append(tr("%n changed on the server since loaded, not overwritten", nullptr, s.conflict));
    if (s.unknown)
        parts.append(tr("%n with an unknown outcome", nullptr, s.unknown));
    if (s.notSent)
        parts.append(tr("%n not sent", nullptr, s.notSent));
    QString text = parts.join(QStringLiteral(", "));
    if (cancelled)
        text = tr("Cancelled: %1").arg(text);
    if (readError.isError())
        text += QLatin1Char('\n') + readError.describe();
    m_summary->setText(text);
    m_progress->setValue(m_progress->maximum());
    Q_EMIT written(s.success > 0);
}
