#pragma once

#include "core/batch/BatchDocument.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class ClassListModel;
class ObjectBrowser;
class ParseClient;
class QSettings;
class RequestQueue;
class SchemaModel;
class QTimer;
struct ParseRequest;

namespace Ui {
class ClassBrowser;
}

// The classes of the connected server beside the fields of the selected one, or, while there is
// nothing to show, a page that says why (not connected, loading, refused, failed) and what to do.
class ClassBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassBrowser)

public:
    explicit ClassBrowser(QWidget *parent = nullptr);
    ~ClassBrowser() override;

    void setClassListModel(ClassListModel *model);
    // The connection's client and its shared queue (edits are saved through it); null when disconnected.
    void setConnection(ParseClient *client, RequestQueue *queue);
    // Where column widths and visibility are remembered per class.
    void setSettings(QSettings *settings);
    ObjectBrowser *objectBrowser() const;

    void showNotConnected(bool haveProfiles);
    void showConnecting(const QString &profileName);

    QString currentClass() const;
    // Selects the class now, or once the list has loaded.
    void selectClass(const QString &className);
    // Counts again: the class list (and classes new since) and the shown table's count, keeping rows,
    // selection and pending edits. Runs by itself shortly after each of our own writes and whenever the
    // browser is shown again (back from another tab, or from another program such as parsedesk-cli).
    void refreshCounts();

Q_SIGNALS:
    void connectionsRequested();
    void currentClassChanged(const QString &className);
    void statusMessage(const QString &message);
    void importRequested(const BatchDocument &document, const QString &description);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPlaceholder(const QString &title, const QString &text, const QString &actionText, bool busy,
                         bool retry);
    void followModelState();
    void restoreSelection();
    void showFieldsOf(const QString &className);
    void showContextMenu(const QPoint &pos);
    void updateSchemaActions();
    bool confirmDestructive(const QString &title, const QString &question);
    void sendSchemaChange(const ParseRequest &request, const QString &done);
    void addField();
    void editSelectedAcls();
    void deleteField();
    void newClass();
    void deleteClass();
    void viewChanged();
    void updateViewNote();
    void fitFields();

    std::unique_ptr<Ui::ClassBrowser> m_ui;
    ClassListModel *m_classes = nullptr;
    SchemaModel *m_schema;
    QTimer *m_refreshTimer; // a burst of writes (a batch) refreshes once, after it
    QPointer<ParseClient> m_client;
    QString m_wantedClass;       // kept across reloads, so a reload does not lose the user's place
    bool m_following = false;    // the list follows the object browser's navigation, not the other way
    bool m_fieldsFitted = false; // the field table's columns fit the schema shown
};
