#pragma once

#include "core/batch/BatchDocument.h"

#include <QDialog>
#include <memory>
#include <optional>

class ClassListModel;
class FieldFormModel;
class ParseClient;
struct QueryOptions;

namespace Ui {
class OperationForm;
}

// Fills one batch operation from a form instead of hand-written JSON: create or update an object with
// typed field editors from the class schema, delete one, query a class (with the query builder), or
// apply a field operation (Increment, Add, AddUnique, Remove, Delete, AddRelation, RemoveRelation).
// A preview shows the operation as it will be sent.
class OperationForm final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationForm)

public:
    enum class Kind
    {
        Create,
        Update,
        Delete,
        Query,
        FieldOperation
    };

    explicit OperationForm(QWidget *parent = nullptr);
    ~OperationForm() override;

    // The connection's classes, for the class list and the field types; without them class and field
    // names are typed by hand.
    void setClasses(const ClassListModel *classes);
    // For the query builder's live count, URL and curl preview.
    void setClient(ParseClient *client);
    void setKind(Kind kind);
    // Opens on a class query, as when editing a GET operation of the batch.
    void setQuery(const QString &className, const QueryOptions &options);
    void setClassName(const QString &className);

    // The operation the form describes, or nullopt with the reason in error.
    std::optional<BatchOperation> operation(QString *error) const;

private:
    Kind kind() const;
    void showKind();
    void showClass();
    void showFieldOpHint();
    void updatePreview();

    std::unique_ptr<Ui::OperationForm> m_ui;
    const ClassListModel *m_classes = nullptr;
    FieldFormModel *m_fields;
};
