#include "ui/BatchDocumentFile.h"

#include "core/models/BatchModel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace {
const QString kExamples = QStringLiteral(":/examples");
} // namespace

const QString BatchDocumentFile::kFirstExample = QStringLiteral(":/examples/rooms-and-users.json");

BatchDocumentFile::BatchDocumentFile(BatchModel *model, QWidget *dialogs)
    : QObject(dialogs)
    , m_model(model)
    , m_dialogs(dialogs)
{
    connect(model, &BatchModel::documentChanged, this, [this] { m_modified = true; });
}

bool BatchDocumentFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const std::optional<BatchDocument> doc = BatchDocument::fromJson(file.readAll(), error);
    if (!doc)
        return false;
    m_model->setDocument(*doc);
    m_modified = false;
    Q_EMIT loaded();
    return true;
}

bool BatchDocumentFile::replaceAllowed()
{
    if (!m_modified || m_model->rowCount() == 0)
        return true;
    return QMessageBox::question(
               m_dialogs, tr("Replace the operations?"),
               tr("The composer holds unsaved operations (%1). Replace them?").arg(m_model->rowCount()),
               QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes;
}

void BatchDocumentFile::open()
{
    if (m_model->isRunning() || !replaceAllowed())
        return;
    const QString path = QFileDialog::getOpenFileName(m_dialogs, tr("Open batch document"), m_lastDir,
                                                      tr("Batch documents (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDir = QFileInfo(path).absolutePath();
    QString error;
    if (!load(path, &error))
        QMessageBox::warning(m_dialogs, tr("Open batch document"),
                             tr("%1 is not a batch document ParseDesk can read:\n%2")
                                 .arg(QDir::toNativeSeparators(path), error));
    else
        Q_EMIT statusMessage(
            tr("Opened %1 (operations: %2).").arg(QFileInfo(path).fileName()).arg(m_model->rowCount()));
}

void BatchDocumentFile::openExample(const QString &resource)
{
    if (m_model->isRunning() || !replaceAllowed())
        return;
    QString error;
    if (!load(resource, &error))
        QMessageBox::warning(m_dialogs, tr("Open example"), error);
}

void BatchDocumentFile::save()
{
    const QString path = QFileDialog::getSaveFileName(m_dialogs, tr("Save batch document"),
                                                      QDir(m_lastDir).filePath(QStringLiteral("batch.json")),
                                                      tr("Batch documents (*.json)"));
    if (path.isEmpty())
        return;
    m_lastDir = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->document().toJson()) < 0 || !file.commit()) {
        QMessageBox::warning(
            m_dialogs, tr("Save batch document"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_modified = false;
    Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

QMenu *BatchDocumentFile::examplesMenu()
{
    auto *examples = new QMenu(m_dialogs);
    const QStringList files = QDir(kExamples).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        connect(examples->addAction(tr("Example: %1").arg(file)), &QAction::triggered, this,
                [this, path = kExamples + QLatin1Char('/') + file] { openExample(path); });
    }
    return examples;
}
