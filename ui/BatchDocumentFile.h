#pragma once

#include <QObject>
#include <QString>

class BatchModel;
class QMenu;
class QWidget;

// The batch composer's document on disk: open (a file or one of the examples), save, and whether the
// operations changed since, so replacing them asks first.
class BatchDocumentFile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDocumentFile)

public:
    // The example an empty composer offers first.
    static const QString kFirstExample;

    // dialogs: the widget the file dialogs and questions belong to.
    BatchDocumentFile(BatchModel *model, QWidget *dialogs);

    // Replaces the operations with the document in the file; false with the reason in error.
    bool load(const QString &path, QString *error);
    // Asks which file (or example) to open, after asking whether unsaved operations may be replaced.
    void open();
    void openExample(const QString &resource);
    void save();
    // True when nothing unsaved would be lost, or the user agreed to lose it.
    bool replaceAllowed();
    // One entry per example.
    QMenu *examplesMenu();

Q_SIGNALS:
    // A document was opened (the composer shows its first operation).
    void loaded();
    void statusMessage(const QString &message);

private:
    BatchModel *m_model;
    QWidget *m_dialogs;
    bool m_modified = false;
    QString m_lastDir;
};
