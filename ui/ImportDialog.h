#pragma once

#include "core/batch/ObjectImporter.h"

#include <QDialog>
#include <QFutureWatcher>

class ClassListModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Picks a JSON or CSV file and the class it goes into, shows what will be created and which rows can't
// be (with why), and hands the create operations on: the batch composer sends them and reports the
// outcome of every row.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(const ClassListModel *classes, const QString &className, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path);
    // Valid once accepted.
    const ImportPlan &plan() const { return m_plan; }
    QString description() const;

private:
    void browse();
    void replan();
    void showPlan();

    const ClassListModel *m_classes;
    QLineEdit *m_fileEdit;
    QComboBox *m_classCombo;
    QCheckBox *m_keepIdsCheck;
    QComboBox *m_timeZoneCombo; // the zone of dates written without one; first item: refuse them
    QLabel *m_summaryLabel;
    QPlainTextEdit *m_detailsEdit;
    QDialogButtonBox *m_buttonBox;
    QFutureWatcher<ImportPlan> m_watcher;
    ImportPlan m_plan;
    bool m_replanAgain = false; // the inputs changed while a plan was being made
};
