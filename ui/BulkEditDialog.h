#pragma once

#include "core/batch/BulkEdit.h"
#include "core/net/ParseError.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class BatchModel;
class BatchResultsPane;
class BulkEditRun;
class FieldFormModel;
class ObjectScopeBox;
class ObjectTableModel;
class ParseClient;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

// One change to many objects of the class shown (issue #21): the selected rows, or all objects matching
// the filter. Choose what to do (the values to set with the class browser's typed editors, a field to
// unset, increment or change items of, delete, duplicate), preview it (how many objects, the first
// operations, requests and time under the budget), send it with progress and cancel, and see every
// object's outcome as in the batch composer, conflicts with their three values. BulkEditRun does the work.
class BulkEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)

public:
    // table: the objects shown (their filter, the selected rows as loaded); schema: the class's /schemas
    // entry.
    BulkEditDialog(ParseClient *client, ObjectTableModel *table, const QJsonObject &schema,
                   const QList<int> &selectedRows, BulkEdit::Kind kind, QWidget *parent = nullptr);
    ~BulkEditDialog() override;

    // While sending, stops it (what is on its way is reported) instead of closing.
    void reject() override;

Q_SIGNALS:
    // Something was written: the table is to load again.
    void written();

private:
    bool filterScope() const;
    BulkEdit edit() const;
    void kindChanged();
    void invalidatePreview();
    void preview();
    void showPreview(qint64 count, const QList<BatchOperation> &first);
    void send();
    void onFinished(bool cancelled, const ParseError &readError);
    void updateState();

    QPointer<ParseClient> m_client;
    ObjectTableModel *m_table;
    QJsonObject m_schema;
    BatchModel *m_outcomes;
    BulkEditRun *m_run;
    FieldFormModel *m_values;
    ObjectScopeBox *m_scope;
    QComboBox *m_kindCombo;
    QStackedWidget *m_editorStack;
    QComboBox *m_fieldCombo;
    QLineEdit *m_amountEdit;
    QLabel *m_problemLabel;
    QPlainTextEdit *m_previewEdit;
    QPushButton *m_previewButton;
    QPushButton *m_sendButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    BatchResultsPane *m_results;
    qint64 m_previewCount = -1; // of the preview shown; -1: none, or out of date
    bool m_previewing = false;
};
