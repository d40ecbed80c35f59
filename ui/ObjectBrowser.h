#pragma once

#include "core/batch/BatchDocument.h"
#include "core/query/ObjectExporter.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>

class ClassListModel;
class ObjectTableModel;
class ObjectValueDelegate;
class ParseClient;
class ParseValue;
class QSettings;
class RequestQueue;

namespace Ui {
class ObjectBrowser;
}

// The objects of one class: paged as the table scrolls, sorted on the server by a header click, filtered
// by a where, edited in place (pending until Save). Pointers and relations open the objects they name,
// with Back and Forward.
class ObjectBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectBrowser)

public:
    explicit ObjectBrowser(QWidget *parent = nullptr);
    ~ObjectBrowser() override;

    void setClassListModel(ClassListModel *classes);
    void setConnection(ParseClient *client, RequestQueue *queue);
    void setSettings(QSettings *settings);

    // Shows the class as chosen in the class list (a new place in the history unless it is shown already).
    void showClass(const QString &className);
    // Loads the class again with its current schema, filter and order (after a reload of the class list).
    void refresh();
    ObjectTableModel *model() const { return m_model; }
    // Tab order: from `previous` (the class list) on to the filter, the table and the buttons.
    void followInTabOrder(QWidget *previous);
    QString currentClass() const;
    // Writes every object the shown filter matches to path (the Export menu asks for the path first).
    void startExport(ObjectExporter::Format format, const QString &path);

Q_SIGNALS:
    // Navigation (a pointer, Back, Forward) moved to another class; the class list follows.
    void classShown(const QString &className);
    void statusMessage(const QString &message);
    // An import file became create operations: the batch composer sends them and reports every row.
    void importRequested(const BatchDocument &document, const QString &description);

private:
    struct Place
    {
        QString className;
        QJsonObject where;
    };

    void go(const Place &place);
    void apply(const Place &place);
    void navigateBack();
    void navigateForward();
    void applyFilter();
    // Under the where line: why the typed filter was not applied (empty: it was).
    void showFilterError(const QString &error);
    // Opens the query builder on the current where; OK puts the built where in the line and applies it.
    void buildFilter();
    void sortByColumn(int column);
    void updateState();
    void onSaved(int succeeded, int failed);
    void showContextMenu(const QPoint &pos);
    void openCell(const QModelIndex &index);
    void applyOperation(const QModelIndex &index, const QString &op);
    void editAsJson(const QModelIndex &index);
    static QString pointedText(const std::pair<QString, QStringList> &group);
    // The objects an array of pointers names (of one class).
    void openPointed(const std::pair<QString, QStringList> &group);
    void loadBytes(const QModelIndex &index);
    void saveBytes(const ParseValue &value);
    void copySelection() const;
    void saveColumns() const;
    void restoreColumns();
    void showColumnsMenu();
    bool refuseWhilePending();
    QList<int> selectedRows() const;
    void addRow();
    void duplicateRow();
    void deleteRows();
    void onWritten(int succeeded, int failed, const QString &firstError);
    void showOutcome(const QString &text, bool good);
    void askExport(ObjectExporter::Format format);
    void importObjects();

    std::unique_ptr<Ui::ObjectBrowser> m_ui;
    ObjectTableModel *m_model;
    ObjectValueDelegate *m_delegate;
    ClassListModel *m_classes = nullptr;
    QPointer<ParseClient> m_client; // for the builder's URL and live count
    QSettings *m_settings = nullptr;
    QJsonObject m_schema;      // of the class shown
    bool m_production = false; // the connection's profile: deleting asks for the class name
    QList<Place> m_back;
    QList<Place> m_forward;
    QPointer<ObjectExporter> m_exporter;
    QString m_lastDir;               // of the last export
    bool m_restoringColumns = false; // column changes while restoring are not the user's
};
