#pragma once

#include "core/net/ParseError.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class ObjectScopeBox;
class ObjectTableModel;
class ParseClient;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSettings;
class QTableWidget;
class RowScript;
class RowScriptModel;

// A Cloud Code function called once for each of the selected rows, or for every object matching the
// filter (issue #21): its parameters taken from the object's fields by a small mapping, or the whole
// object; a preview of the first row's parameters; the calls in parallel up to the profile's budget
// with progress and Stop; each object's result or error; the failed ones run again; the outcomes saved as
// CSV or JSON. The function and mapping are kept per profile and class. RowScript does the work.
class RowScriptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowScriptDialog)

public:
    enum class ExportFormat
    {
        Csv,
        Json
    };

    // table: the objects shown (their filter, the selected rows as loaded); schema: the class's /schemas
    // entry; settings: where the function and mapping are kept (nullptr: not kept).
    RowScriptDialog(ParseClient *client, ObjectTableModel *table, const QJsonObject &schema,
                    const QList<int> &selectedRows, QSettings *settings, QWidget *parent = nullptr);
    ~RowScriptDialog() override;

    RowScriptModel *outcomes() const { return m_outcomes; }
    // Writes the outcomes to path (the Export buttons ask for it first); false when it could not.
    bool exportOutcomes(ExportFormat format, const QString &path);
    // While running, stops it (the calls on their way are reported) instead of closing.
    void reject() override;

private:
    bool filterScope() const;
    QString function() const;
    // param -> field; empty for the whole object.
    QJsonObject paramMap() const;
    QString problem() const;
    void addParam(const QString &param = {}, const QString &field = {});
    void restore();
    void save() const;
    void updatePreview();
    void run();
    void retryFailed();
    // False when a production connection's confirmation was not given.
    bool confirmed(qint64 count);
    void start(const QJsonObject &where, qint64 total);
    void stop();
    void onFinished(int failed, const ParseError &readError);
    void askExport(ExportFormat format);
    void updateState();

    QPointer<ParseClient> m_client;
    ObjectTableModel *m_table;
    QSettings *m_settings;
    QStringList m_fields; // of the class, as the mapping offers them
    RowScriptModel *m_outcomes;
    RowScript *m_script;
    ObjectScopeBox *m_scope;
    QComboBox *m_functionCombo;
    QRadioButton *m_wholeObjectRadio;
    QRadioButton *m_paramMapRadio;
    QTableWidget *m_paramTable;
    QPushButton *m_addParamButton;
    QPushButton *m_removeParamButton;
    QPlainTextEdit *m_previewEdit;
    QLabel *m_problemLabel;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QPushButton *m_retryButton;
    QPushButton *m_exportCsvButton;
    QPushButton *m_exportJsonButton;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    int m_reported = 0; // rows of the current run
    QString m_lastDir;
};
