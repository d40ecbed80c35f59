#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

class ClassListModel;
class ParseClient;
class QSettings;
class QTableView;
class QueryBuilder;
class ResultsTableModel;
class SavedQueryModel;
class ViewAsBar;
struct SavedQuery;

namespace Ui {
class QueryPanel;
}

// The Query tab: pick a class, build a query, run it and read the objects (or only the count) it finds.
// Queries can be saved by name, and the last ones run are kept, per connection.
class QueryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryPanel)

public:
    explicit QueryPanel(QWidget *parent = nullptr);
    ~QueryPanel() override;

    // Once, before the first connection: where saved queries and the history are kept.
    void setSettings(QSettings *settings);
    void setClassListModel(ClassListModel *classes);
    // The connected profile's client and id, or nullptr and "" when disconnected.
    void setConnection(ParseClient *client, const QString &profileId);

    QueryBuilder *builder() const;
    QString currentClass() const;
    void selectClass(const QString &className);
    // The class browsed in the Classes tab: shown here until this tab is used (a class chosen here, the
    // query edited, run or loaded).
    void followClass(const QString &className);
    QTableView *resultsView() const;
    void run();

private:
    void followClassList();
    void classChosen();
    void updateRunState();
    void showResults();
    void saveQuery();
    void load(const SavedQuery &query);
    void loadSelected(SavedQueryModel *model, const QModelIndex &index);
    // View as… changed: the results are read as that principal from now on, again at once if shown.
    void followView();
    void compareViews();

    std::unique_ptr<Ui::QueryPanel> m_ui;
    ResultsTableModel *m_results;
    ViewAsBar *m_viewAs;
    SavedQueryModel *m_saved = nullptr;
    SavedQueryModel *m_history = nullptr;
    ClassListModel *m_classes = nullptr;
    QPointer<ParseClient> m_client;
    QPointer<ParseClient> m_reader; // the results' client: the connection's, or View as…'s
    QString m_wantedClass;          // kept while the class list reloads
    bool m_used = false;            // the user worked in this tab: it no longer follows the class browser
    bool m_settingClass = false;
    bool m_countOnly = false; // of the query shown
};
