#include "ui/ObjectFileTransfer.h"

#include "core/models/ObjectTableModel.h"
#include "core/net/ParseClient.h"
#include "ui/ImportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <limits>

ObjectFileTransfer::ObjectFileTransfer(ObjectTableModel *model, QWidget *owner)
    : QObject(owner)
    , m_model(model)
    , m_owner(owner)
{}

void ObjectFileTransfer::setClassListModel(ClassListModel *classes)
{
    m_classes = classes;
}

void ObjectFileTransfer::setClient(ParseClient *client)
{
    m_client = client;
}

void ObjectFileTransfer::askExport(ObjectExporter::Format format, const QJsonObject &schema)
{
    const QString className = m_model->className();
    const bool csv = format == ObjectExporter::Format::Csv;
    const QString suggested =
        QDir(m_lastDir).filePath(className + (csv ? QStringLiteral(".csv") : QStringLiteral(".json")));
    const QString path = QFileDialog::getSaveFileName(m_owner, tr("Export %1").arg(className), suggested,
                                                      csv ? tr("CSV (*.csv)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    m_lastDir = QFileInfo(path).absolutePath();
    startExport(format, path, schema);
}

void ObjectFileTransfer::startExport(ObjectExporter::Format format, const QString &path,
                                     const QJsonObject &schema)
{
    const QString className = m_model->className();
    if (!m_client || className.isEmpty() || (m_exporter && m_exporter->isRunning()))
        return;
    m_exporter = new ObjectExporter(m_client, this);
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(className), tr("Cancel"), 0, 0, m_owner);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    ObjectExporter *exporter = m_exporter;
    connect(progress, &QProgressDialog::canceled, exporter, &ObjectExporter::cancel);
    connect(exporter, &ObjectExporter::progress, progress, [progress](qint64 written, qint64 total) {
        // QProgressDialog counts in int; the ratio is what shows.
        const int scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
        progress->setMaximum(total < 0 ? 0 : int(total / scale));
        progress->setValue(int(written / scale));
        progress->setLabelText(total < 0 ? tr("%1 objects written…").arg(written)
                                         : tr("%1 of %2 objects written…").arg(written).arg(total));
    });
    connect(exporter, &ObjectExporter::finished, this,
            [this, exporter, progress, path, className](bool cancelled, const QString &error) {
                progress->deleteLater();
                exporter->deleteLater();
                const QString file = QDir::toNativeSeparators(path);
                if (cancelled) {
                    Q_EMIT outcome(tr("Export cancelled; %1 was not written.").arg(file), false);
                } else if (!error.isEmpty()) {
                    Q_EMIT outcome(error, false);
                    QMessageBox::warning(m_owner, tr("Export %1").arg(className), error);
                } else {
                    Q_EMIT outcome(
                        tr("Exported %1 objects of %2 to %3.").arg(exporter->written()).arg(className, file),
                        true);
                }
            });
    exporter->start(className, schema, m_model->where(), m_model->sortField(), m_model->sortDescending(),
                    format, path);
}

void ObjectFileTransfer::importObjects()
{
    ImportDialog dialog(m_classes, m_model->className(), m_owner);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT importRequested(dialog.plan().document, dialog.description());
}
