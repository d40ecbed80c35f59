#pragma once

#include "core/batch/BatchDocument.h"
#include "core/query/ObjectExporter.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>

class ClassListModel;
class ObjectCellEditor;
class ObjectColumnState;
class ObjectContextMenu;
class ObjectFileTransfer;
class ObjectRowActions;
class ObjectTableModel;
class ObjectValueDelegate;
class FrozenColumns;
class ParseClient;
class QLabel;
class QPushButton;
class QSettings;
class QTableView;
class RequestQueue;

namespace Ui {
class ObjectBrowser;
}

// The objects of one class: paged as the table scrolls, sorted on the server by a header click, filtered
// by a where, edited in place (pending until Save). Pointers and relations open the objects they name,
// with Back and Forward. Cells, rows, columns, the context menu and files are parts of their own; this
// keeps the place, the filter, the order and the state of the buttons, and wires the parts.
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
    QTableView *objectsView() const;
    // Tab order: from `previous` (the class list) on to the filter, the table and the buttons.
    void followInTabOrder(QWidget *previous);
    QString currentClass() const;
    // The rows selected in the table, in order.
    QList<int> selectedRows() const;
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
    void onSaved(int succeeded, int failed, int conflicts);
    void showOutcome(const QString &text, bool good);
    void openRowScript();

    std::unique_ptr<Ui::ObjectBrowser> m_ui;
    ObjectTableModel *m_model;
    ObjectValueDelegate *m_delegate;
    ClassListModel *m_classes = nullptr;
    QPointer<ParseClient> m_client; // for the builder's URL and live count
    QJsonObject m_schema;           // of the class shown
    QList<Place> m_back;
    QList<Place> m_forward;
    ObjectCellEditor *m_cells;
    ObjectContextMenu *m_contextMenu;
    FrozenColumns *m_frozen;
    ObjectValueDelegate *m_frozenDelegate;
    ObjectColumnState *m_columns;
    ObjectRowActions *m_rows;
    ObjectFileTransfer *m_files;
    QWidget *m_conflictBar;
    QLabel *m_conflictLabel;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QSettings *m_settings = nullptr; // the row script dialog keeps its function and mapping per class
};
