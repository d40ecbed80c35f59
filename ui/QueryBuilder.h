#pragma once

#include "core/data/QueryOptions.h"
#include "core/query/QueryNode.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <memory>

class ParseClient;
class QAction;
class QueryCounter;
class QueryTreeModel;

namespace Ui {
class QueryBuilder;
}

// Builds one query for one class: a tree of conditions and AND / OR / NOR groups edited with the mouse
// or the keyboard, the other options (order, paging, keys, include, count), and a live preview: the
// where JSON (editable: valid edits replace the tree), the request URL, a curl command and a count that
// follows the edits. Reused wherever a query is entered; it sends nothing but the count.
class QueryBuilder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryBuilder)

public:
    explicit QueryBuilder(QWidget *parent = nullptr);
    ~QueryBuilder() override;

    // For the URL, the curl command and the live count; nullptr shows none of them.
    void setClient(ParseClient *client);
    // schema: the class's /schemas entry; its fields fill the field lists and type the values.
    void setClass(const QString &className, const QJsonObject &schema);
    QString className() const { return m_className; }

    QueryOptions options() const;
    void setOptions(const QueryOptions &options);
    QueryTreeModel *model() const { return m_model; }
    // Puts text in the where editor as if typed: a valid where replaces the tree, an invalid one blocks
    // the query until it is fixed.
    void setWhereText(const QString &text);
    // Empty when the query can be sent; otherwise why not, for people.
    QString blockingReason() const;

Q_SIGNALS:
    void queryChanged();

private:
    void setUpActions();
    QAction *makeAction(const QString &name, const QString &text, const QString &description,
                        const QList<QKeySequence> &keys, const QList<QKeySequence> &treeKeys = {});
    QModelIndex current() const;
    // The innermost group around the current row that is an OR / NOR, for another branch.
    QModelIndex branchingGroup() const;
    // The current row when it is a group, else the group it is in; invalid at the top level.
    QModelIndex switchableGroup() const;
    void select(const QModelIndex &index, bool editField);
    void addGroup(QueryNode::GroupOp op);
    void switchGroup(QueryNode::GroupOp op);
    void onWhereChanged();
    void applyWhereText();
    void showIssues();
    void refreshPreview();
    void showCount();
    void updateActions();

    std::unique_ptr<Ui::QueryBuilder> m_ui;
    QueryTreeModel *m_model;
    QueryCounter *m_counter;
    QPointer<ParseClient> m_client;
    QString m_className;
    bool m_applyingText = false; // the tree is being set from the where JSON: leave the text alone
    QString m_whereError;        // the where JSON is not valid: the tree is not what it says
    QAction *m_addCondition = nullptr;
    QAction *m_addGroup = nullptr;
    QAction *m_addBranch = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_indent = nullptr;
    QAction *m_outdent = nullptr;
    QAction *m_cycleGroup = nullptr;
};
