#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

class BatchModel;
class ClassListModel;
class ParseClient;
class QTableView;
struct BatchOperation;

namespace Ui {
class BatchBodyPane;
}

// The body of the batch composer's current operation, as JSON to edit in place; a query on a class opens in
// the query builder. Follows the operations table's current row and the model's changes to it.
class BatchBodyPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchBodyPane)

public:
    explicit BatchBodyPane(QWidget *parent = nullptr);
    ~BatchBodyPane() override;

    // The operations, and the table whose current row is the one shown. Call once.
    void setModel(BatchModel *model, QTableView *operations);
    // For the query builder's class list and field completion.
    void setConnection(ParseClient *client, ClassListModel *classes);
    void showCurrent();

private:
    // A GET on a class's objects: its body is a query the query builder can edit.
    static bool isClassQuery(const BatchOperation &op);
    int currentRow() const;
    void editQuery();
    void applyEdit();

    std::unique_ptr<Ui::BatchBodyPane> m_ui;
    BatchModel *m_model = nullptr;
    QTableView *m_operations = nullptr;
    QPointer<ParseClient> m_client;
    QPointer<ClassListModel> m_classes;
};
