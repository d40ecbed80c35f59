#pragma once

#include "core/batch/BatchDocument.h"
#include "core/query/ObjectExporter.h"

#include <QObject>
#include <QPointer>

class ClassListModel;
class ObjectTableModel;
class ParseClient;
class QJsonObject;

// The objects of the shown class to and from files: every object the filter matches exported (JSON or CSV,
// in the table's order, with progress and Cancel), and a file imported as create operations.
class ObjectFileTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectFileTransfer)

public:
    // Dialogs open on owner (the object browser), which also owns this.
    ObjectFileTransfer(ObjectTableModel *model, QWidget *owner);

    void setClassListModel(ClassListModel *classes);
    void setClient(ParseClient *client);
    // Asks for the path (in the folder of the last export), then exports. schema: of the class shown.
    void askExport(ObjectExporter::Format format, const QJsonObject &schema);
    // Does nothing while an export runs.
    void startExport(ObjectExporter::Format format, const QString &path, const QJsonObject &schema);
    void importObjects();

Q_SIGNALS:
    // How an export ended; good: the file was written.
    void outcome(const QString &text, bool good);
    // An import file became create operations: the batch composer sends them and reports every row.
    void importRequested(const BatchDocument &document, const QString &description);

private:
    ObjectTableModel *m_model;
    QWidget *m_owner;
    ClassListModel *m_classes = nullptr;
    QPointer<ParseClient> m_client;
    QPointer<ObjectExporter> m_exporter;
    QString m_lastDir; // of the last export
};
