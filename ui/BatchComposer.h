#pragma once

#include "core/batch/CodeExport.h"
#include "core/models/BatchModel.h"
#include "ui/OperationForm.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class BatchDocumentFile;
class ClassListModel;
class OperationDelegate;
class ParseClient;
class QAction;

namespace Ui {
class BatchComposer;
}

// Build a /batch visually, send it, and read what happened to each operation. The operations live in a
// BatchModel (the table, the body pane and the JSON tab are three views of it); its BatchSession sends
// them and keeps their outcomes, which the results pane shows.
class BatchComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchComposer)

public:
    // Progress is redrawn at most this often, however fast results arrive.
    static constexpr int kProgressIntervalMs = 100;

    explicit BatchComposer(QWidget *parent = nullptr);
    ~BatchComposer() override;

    // The connection to send with (null: not connected) and its classes, for the forms, path completion
    // and schema warnings. A send under way is stopped when the connection changes.
    void setConnection(ParseClient *client, ClassListModel *classes);
    BatchModel *model() const { return m_model; }
    // Replaces the operations with the document in the file; false with the reason in error.
    bool loadFile(const QString &path, QString *error);
    // Replaces the operations (asking first if they are unsaved) and sends them all, as for an import.
    // False when the composer is busy, unconnected, or the user kept the operations it holds.
    bool sendDocument(const BatchDocument &document, const QString &description);

Q_SIGNALS:
    // Something worth a line in the status bar happened (copied, saved, a send finished).
    void statusMessage(const QString &message);
    void serverLogAroundRequested(const QDateTime &time);

private:
    void setUpTables();
    void setUpMenus();
    void showAddForm(OperationForm::Kind kind);
    void removeSelected();
    void moveCurrent(int delta);
    void copyAs(CodeExport::Language language);
    // Through the session, which asks BatchSendConfirmation first.
    void send(const QList<int> &rows);
    void reportRun(bool cancelled);
    QList<int> selectedRows() const;
    void validate();
    void updateState();
    void updateProgress();
    void updatePathCompletions();
    QHash<QString, QJsonObject> schemas() const;

    std::unique_ptr<Ui::BatchComposer> m_ui;
    BatchModel *m_model;
    OperationDelegate *m_delegate;
    BatchDocumentFile *m_file;
    QAction *m_includeKeysAction = nullptr;
    QPointer<ParseClient> m_client;
    QPointer<ClassListModel> m_classes;
    QTimer m_validateTimer;
    QTimer m_progressTimer;
    QStringList m_problems;
    QStringList m_warnings;
    bool m_validated = false; // the current document has been checked (m_problems, m_warnings are its)
    quint64 m_validation = 0; // the latest check started; older ones' results are dropped
    int m_progressDone = 0;
    int m_progressTotal = 0;
};
